"""Scoring extraction against gold data (ACLED CSV, CASE 2021, linking pairs)."""
