"""Entry point of the frozen app: the same as the `kundereg` console script (kundereg.cli:main).

No arguments start the desktop app; a command runs the CLI. Both executables of the frozen
folder (kundereg and, on Windows, the windowed kundereg-gui) start here.
"""
import os
import sys

from kundereg.cli import main

if __name__ == "__main__":
    # A windowed executable has no console: sys.stdout/stderr are None, and anything that writes
    # to them (argparse's usage errors, a library's warning) would crash instead of being lost.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    sys.exit(main())
