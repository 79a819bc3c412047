"""``python -m quotecheck``: the command line."""

import sys

from quotecheck.cli import main

sys.exit(main())
