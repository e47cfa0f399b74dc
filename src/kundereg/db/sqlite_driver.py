"""The SQLite library every part of kundereg opens register files with.

sqlean.py bundles a current SQLite (3.49+) as a drop-in ``sqlite3`` module. Python's own
module links whatever the system has (3.40 on Debian 12), and erasure needs FTS5's
``secure-delete`` option (3.42+): without it a deleted customer's index entries stay in the
file as tombstoned trigrams until the next full merge. Once the option is on, an older
SQLite can no longer write the index, so tests and tools use this module too.
"""
from __future__ import annotations

from sqlean import dbapi2

connect = dbapi2.connect
Connection = dbapi2.Connection
Error = dbapi2.Error
sqlite_version = dbapi2.sqlite_version
