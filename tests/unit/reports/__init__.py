"""Tests of the printed documents (advisor_app.reports)."""
