"""The sync user interface: status bar, sign-in, badges, conflicts (issue 7, SYNC.md §3).

Kept free of imports so that modules using one part (the list model uses the badges) do not
load the rest.
"""
