"""Coordinators: assignments and ownership transfer, lists of received balances, CSV export."""
