"""The bundle's entry point: the same command line as the installed `kiosk` script."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
