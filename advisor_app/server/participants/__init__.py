"""Participant master data: 3-way field merge, conflicts, erasure (SYNC.md §3.5B)."""
