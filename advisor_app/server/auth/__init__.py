"""Accounts and authentication: passwords, access tokens, rotating refresh tokens (SYNC.md §3.7)."""
