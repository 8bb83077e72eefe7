"""Situation reports: `eventwire report` -> one self-contained HTML (or Markdown) file."""

from eventwire.export.report.build import build_report, render_html
from eventwire.export.report.markdown import render_markdown

__all__ = ["build_report", "render_html", "render_markdown"]
