"""The central sync server (FastAPI): accounts, revisions, participants, pull, audit.

Built by :func:`advisor_app.server.app.create_app`; run by the ``advisor-server`` command
(:mod:`advisor_app.server.cli`). Nothing here is imported by the desktop client.
"""
