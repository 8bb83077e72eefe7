"""One exception root.  Every message says what went wrong, on which input, and how to fix it."""


class EventwireError(Exception):
    """Root of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input file or record cannot be read."""


class StoreError(EventwireError):
    """The database cannot be opened, migrated or written."""


class ModelError(EventwireError):
    """A model or resource needed for extraction is missing or broken."""


class NoDatabaseError(StoreError):
    """A command that only reads was pointed at a database file that does not exist."""
