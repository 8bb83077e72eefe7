"""Exports of stored events: ACLED CSV, JSON Lines, GeoJSON, Parquet, and situation reports."""

from eventwire.export.formats import FORMATS, ExportSummary, export_events, format_for

__all__ = ["FORMATS", "ExportSummary", "export_events", "format_for"]
