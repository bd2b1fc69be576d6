"""Use cases of the application: synchronous, Qt-free, returning domain values and ``Changes``.

Every public method opens its own unit of work, so callers run them on the db executor.
"""
