"""`kundereg connect URL`: one clear message per failure, the password only in a 0600 pgpass file."""
from __future__ import annotations

import itertools
import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pg_server import _free_port, create_database, with_database
from staff_secrets import OWNER_PASSWORD

_databases = itertools.count(1)
DB_PASSWORD = "s3rver-Passord:med\\kolon"


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def password_user(pg_server):
    """A role that must give its password (scram), on its own database."""
    name = f"delt{next(_databases)}"
    create_database(pg_server, name)
    engine = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        hba = Path(conn.execute(text("SHOW hba_file")).scalar())
        rules = hba.read_text()
        if "skranke" not in rules:  # once per server
            conn.execute(text(f"CREATE ROLE skranke LOGIN PASSWORD '{DB_PASSWORD}'"))
            hba.write_text("host all skranke 127.0.0.1/32 scram-sha-256\n" + rules)
            conn.execute(text("SELECT pg_reload_conf()"))
        conn.execute(text(f"GRANT ALL ON DATABASE {name} TO skranke"))
        conn.execute(text(f"ALTER DATABASE {name} OWNER TO skranke"))
    engine.dispose()
    u = make_url(pg_server)
    return f"postgresql://skranke@{u.host}:{u.port}/{name}"


def test_connect_stores_the_url_and_the_password_apart(run, password_user, tmp_path):
    result = run("connect", password_user, env_extra={"KUNDEREG_DB_PASSWORD": DB_PASSWORD})
    assert result.returncode == 0, result.stderr
    assert "The database is empty" in result.stdout
    home = tmp_path / "home" / ".config" / "kundereg"
    stored = json.loads((home / "connection.json").read_text())["url"]
    assert DB_PASSWORD not in (home / "connection.json").read_text() and "passfile=" in stored
    assert stat.S_IMODE((home / "pgpass").stat().st_mode) == 0o600
    # The CLI now works on the server, with no --db and no password in the environment.
    made = run("init", "--shop-name", "Delt AS", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password=OWNER_PASSWORD)
    assert made.returncode == 0, made.stderr
    engine = create_engine(password_user.replace("postgresql://", "postgresql+psycopg://").replace(
        "skranke@", f"skranke:{DB_PASSWORD.replace(':', '%3A').replace(chr(92), '%5C')}@"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM shop")).scalar() == "Delt AS"
    engine.dispose()
    again = run("connect", password_user, env_extra={"KUNDEREG_DB_PASSWORD": DB_PASSWORD})
    assert again.returncode == 0 and "empty" not in again.stdout  # now a register
    assert run("connect", "--forget").returncode == 0 and not (home / "connection.json").exists()


def test_every_failure_has_its_own_message(run, pg_server, pg_template, password_user):
    u = make_url(pg_server)
    cases = {
        f"postgresql://kundereg@127.0.0.1:{_free_port()}/x": "does not answer",
        f"postgresql://kundereg@{u.host}:{u.port}/nosuchdb": "There is no database nosuchdb",
        f"postgresql://kundereg@{u.host}:{u.port}/postgres?sslmode=require": "secure (TLS) connection",
        "mysql://kundereg@localhost/x": "Only PostgreSQL",
    }
    create_database(pg_server, "andre")
    _sql(with_database(pg_server, "andre"), "CREATE TABLE faktura (id int)")
    cases[f"postgresql://kundereg@{u.host}:{u.port}/andre"] = "belongs to another program"
    create_database(pg_server, "nyere", template=pg_template)
    _sql(with_database(pg_server, "nyere"), "UPDATE alembic_version SET version_num = '9999'")
    cases[f"postgresql://kundereg@{u.host}:{u.port}/nyere"] = "newer than this kundereg"
    for url, words in cases.items():
        result = run("connect", url)
        assert result.returncode == 1 and words in result.stderr, (url, result.stderr)
    wrong = run("connect", password_user, env_extra={"KUNDEREG_DB_PASSWORD": "wrong"})
    assert wrong.returncode == 1 and "refused user skranke: wrong password" in wrong.stderr
    assert "wrong" not in wrong.stderr.replace("wrong password", "")
