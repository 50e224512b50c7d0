"""Entry point of the frozen bundle: the same `inspector` command as the installed console script."""

import sys

from inspector_app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
