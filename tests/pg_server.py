"""A real PostgreSQL server for the tests, started in a temp folder (initdb + pg_ctl).

.ci/run installs PostgreSQL when a machine lacks it; without the binaries the tests that
need a server skip. PostgreSQL refuses to run as root, so as root it runs as ``postgres``.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url


def pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def start_server(tmp_path_factory) -> Iterator[str]:
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL server binaries not installed (.ci/run installs them)")
    # Not under pytest's basetemp: pytest keeps /tmp/pytest-of-USER at 0700 (and other runs
    # reset it), which a server running as ``postgres`` cannot pass through.
    root = Path(tempfile.mkdtemp(prefix="kundereg-pg-"))
    root.chmod(0o755)
    data = root / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    port = _free_port()
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "kundereg", "--auth=trust", "-E", "UTF8",
                    "--locale=C"], check=True, capture_output=True)
    # fsync off: a test server's data need not survive a power cut, and it spares the shared disk.
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                    f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                    f"-c max_connections=200", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://kundereg@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(url: str):
    import psycopg

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, user=u.username, dbname="postgres", autocommit=True)


def create_database(url: str, name: str, template: str | None = None) -> None:
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def drop_database(url: str, name: str) -> None:
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
