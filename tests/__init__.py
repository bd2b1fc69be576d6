"""Test suite of advisor_app (a package so mypy and pytest agree on module names)."""
