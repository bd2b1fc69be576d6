"""Tests of the test helpers themselves (fakes must behave like what they replace)."""
