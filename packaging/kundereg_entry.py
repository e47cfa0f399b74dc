"""Entry point of the frozen app: the same as the `kundereg` console script (kundereg.cli:main).

No arguments start the desktop app; a command runs the CLI. Both executables of the frozen
folder (kundereg and, on Windows, the windowed kundereg-gui) start here.
"""
import sys

from kundereg.cli import main

if __name__ == "__main__":
    sys.exit(main())
