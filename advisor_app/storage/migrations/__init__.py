"""Alembic migrations of the profile database, shipped as package data (see ``migrate.py``).

This is a package only so that packaging tools pick up ``env.py``; nothing imports it.
"""
