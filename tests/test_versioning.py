"""--version and the About dialog name the version and the schema this program expects, cheaply."""
from __future__ import annotations

import json
import subprocess
import sys

from kundereg.db import migrate
from kundereg.db.schema_head import module_constant, schema_head


def test_schema_head_is_read_from_migrate_without_running_it():
    assert schema_head() == migrate.SCHEMA_HEAD


def test_module_constant_takes_the_last_string_assignment():
    code = compile('A = "0001"\nB = 2\nA = "0007"\nC = A\n', "m.py", "exec")
    assert module_constant(code, "A") == "0007"
    assert module_constant(code, "B") is None  # not a string
    assert module_constant(code, "C") is None  # not a literal
    assert module_constant(code, "D") is None


def test_version_imports_neither_sqlalchemy_nor_qt(tmp_path):
    probe = ("import json, sys\n"
             "from kundereg.cli import main\n"
             "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'sqlalchemy', 'alembic', 'PySide6', 'faker', 'reportlab'})))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    first, last = result.stdout.strip().splitlines()
    assert first.endswith(f"(register schema {migrate.SCHEMA_HEAD})")
    assert json.loads(last) == []
