"""Tests of advisor_app.storage."""
