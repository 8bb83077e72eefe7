"""Errors of the model backend, under eventwire's one root."""

from eventwire.errors import EventwireError


class BackendError(EventwireError):
    """The model server cannot be reached, refuses the request, or answers something unreadable."""


class FormatRejected(BackendError):
    """The server refused a structured-output mode (`response_format`); the next mode is tried."""


class AnswerError(BackendError):
    """The model's answer did not match the expected shape, even after one retry."""
