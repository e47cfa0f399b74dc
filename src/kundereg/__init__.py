"""kundereg: a customer register with GDPR tooling for small Nordic shops."""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("kundereg")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "kundereg"
