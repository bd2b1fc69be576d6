"""Fakes injected in place of the environment: keyring, executors, clock (ARCHITECTURE.md §10)."""
