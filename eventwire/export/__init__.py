"""Exports of stored events: ACLED CSV, JSON Lines, GeoJSON, Parquet, and situation reports."""

from eventwire.export.formats import FORMATS, export_events

__all__ = ["FORMATS", "export_events"]
