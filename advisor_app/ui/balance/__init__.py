"""The balance view: stage pages over one open balance, with autosave and undo."""
