"""Entry point of the frozen app (PyInstaller): the same ``advisor-app`` command line.

Without a command it starts the desktop application; with one it runs headless
(``--version``, ``check``, ``import``, ``report`` ...), see ``advisor_app/cli.py``.
"""

from advisor_app.cli import main

raise SystemExit(main())
