"""``python -m advisor_app`` runs the command line front (GUI by default)."""

import sys

from advisor_app.cli import main

sys.exit(main())
