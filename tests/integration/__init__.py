"""Integration tests: real processes, sockets, the OS."""
