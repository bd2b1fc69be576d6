"""Tests of the use cases on a real encrypted profile."""
