"""eventwire: news articles about armed conflict -> ACLED-style events."""
__version__ = "0.1.0"
