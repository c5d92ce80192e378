"""``python -m fitmate_desktop``, and the entry script of the PyInstaller build."""

import sys

from fitmate_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
