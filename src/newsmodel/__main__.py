"""``python -m newsmodel``: the same command line as ``newsmodel``."""

import sys

from newsmodel.cli import main

sys.exit(main())
