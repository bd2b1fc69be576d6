"""Unit tests: no QApplication, no network; real files in temporary directories are fine."""
