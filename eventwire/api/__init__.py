"""The read-only REST API (FastAPI) and the web page it serves.  See `create_app`."""

from eventwire.api.app import create_app
from eventwire.api.server import BindError, check_bind, check_port, serve

__all__ = ["BindError", "check_bind", "check_port", "create_app", "serve"]
