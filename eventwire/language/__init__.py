"""Language identification of articles (`identify`), so that only English text meets the English rules."""

from eventwire.language.identify import ENGLISH, UNDETERMINED, LanguageGuess, identify

__all__ = ["ENGLISH", "UNDETERMINED", "LanguageGuess", "identify"]
