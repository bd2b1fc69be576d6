"""The pull: ``GET /v1/sync/changes`` with a ``server_seq`` cursor and tombstones."""
