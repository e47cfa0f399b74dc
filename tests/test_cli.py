"""The CLI in a temp data directory: in-process through main(argv) (``run``), and as a real
subprocess (``run_process``) for exit codes, start-up and what a script without a terminal sees."""
from __future__ import annotations

import json
import os


from kundereg import __version__
from kundereg.db.migrate import SCHEMA_HEAD


def test_version(run_process):
    result = run_process("--version", data=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"kundereg {__version__} (register schema {SCHEMA_HEAD})"


def test_help_lists_commands(run):
    result = run("--help", data=False)
    assert result.returncode == 0
    for word in ("init", "demo", "search", "show", "--data-dir", "--db"):
        assert word in result.stdout


def test_usage_errors_exit_2(run_process):
    assert run_process("init", "--shop-name", "X").returncode == 2
    assert run_process("show", "abc").returncode == 2


def test_usage_errors_in_process(run):
    assert run("init", "--shop-name", "X", "--country", "DE", "--owner", "eier").returncode == 2
    assert run("demo", "--customers", "-5").returncode == 2
    frob = run("frobnicate")
    assert frob.returncode == 2 and "invalid choice" in frob.stderr


def test_init_search_show_end_to_end(run):
    result = run("init", "--shop-name", "Gjøvik Rens", "--country", "no", "--owner", "eier", "--owner-name", "Eva Eier",
                 password="correct horse battery")
    assert result.returncode == 0, result.stderr
    assert (run.data_dir / "logs" / "kundereg.log").exists()

    again = run("init", "--shop-name", "X", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "already set up" in again.stderr

    owner = {"user": "eier", "password": "correct horse battery"}
    result = run("demo", "--customers", "40", "--seed", "7", **owner)
    assert result.returncode == 0, result.stderr
    assert "Added 40 customers" in result.stdout

    listing = json.loads(run("search", "", "--json", "--limit", "5", **owner).stdout)
    assert len(listing) == 5
    target = listing[0]
    assert "•••" in (target["masked_mobile"] or "•••") and "mobile" not in target  # search shows masked contact
    word = (target["last_name"] or target["company_name"]).split()[0]
    hits = json.loads(run("search", word, "--json", **owner).stdout)
    assert target["id"] in [h["id"] for h in hits]

    table = run("search", word, **owner)
    assert table.returncode == 0 and "Name" in table.stdout and str(target["id"]) in table.stdout

    gated = run("show", str(target["id"]), **owner)
    assert gated.returncode == 2 and "--verified-by" in gated.stderr  # one of the gate flags is required
    shown = json.loads(run("show", str(target["id"]), "--json", "--reason", "invoicing", **owner).stdout)
    assert shown["id"] == target["id"] and isinstance(shown["purchases"], list)
    text = run("show", str(target["id"]), "--verified-by", "photo-id:passport", **owner)
    assert text.returncode == 0 and "Purchases" in text.stdout
    wrong = run("show", str(target["id"]), "--verified-by", "knowledge:mobile", **owner,
                env_extra={"KUNDEREG_STATED_VALUE": "+47 400 00 000"})
    assert wrong.returncode == 1 and "does not match" in wrong.stderr and "400" not in wrong.stderr
    if shown["mobile"]:
        right = run("show", str(target["id"]), "--verified-by", "knowledge:mobile", **owner,
                    env_extra={"KUNDEREG_STATED_VALUE": shown["mobile"]})
        assert right.returncode == 0, right.stderr
    assert run("show", str(target["id"]), "--reason", "curiosity", **owner).returncode == 1

    logs = b"".join(p.read_bytes() for p in (run.data_dir / "logs").iterdir())
    for value in (shown["first_name"], shown["last_name"], shown["mobile"], shown["email"]):
        assert not value or value.encode() not in logs  # personal data never reaches the logs

    verify = run("audit", "verify", **owner)
    assert verify.returncode == 0 and "intact" in verify.stdout
    entries = json.loads(run("audit", "list", "--customer", str(target["id"]), "--json", **owner).stdout)
    assert {"customer_viewed", "business_reason_stated", "identity_verified", "identity_check_failed"} <= \
        {e["action"] for e in entries}

    from kundereg.db import sqlite_driver as sqlite3
    with sqlite3.connect(run.data_dir / "kundereg.sqlite3") as conn:  # someone edits the file behind our back
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("UPDATE audit_entry SET customer_id = 999 WHERE id = 3")
    conn.close()
    broken = run("audit", "verify", **owner)
    assert broken.returncode == 1 and "broken at entry 3" in broken.stderr


def test_commands_need_a_staff_member(run):
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    result = run("search", "x")
    assert result.returncode == 1 and "--user" in result.stderr
    result = run("search", "x", user="eier", password="wrong password")
    assert result.returncode == 1 and "wrong password" in result.stderr
    add = run("staff", "add", "disk", "--name", "Disk", "--role", "counter", user="eier",
              password="correct horse battery", env_extra={"KUNDEREG_NEW_PASSWORD": "counter secret 1"})
    assert add.returncode == 0, add.stderr
    counter = {"user": "disk", "password": "counter secret 1"}
    assert run("search", "x", **counter).returncode == 0
    denied = run("audit", "verify", **counter)
    assert denied.returncode == 1 and denied.stderr.strip() == "kundereg: Only the owner may read the audit trail."
    assert run("demo", "--customers", "3", **counter).returncode == 1
    listing = run("staff", "list", user="eier", password="correct horse battery")
    assert "disk" in listing.stdout and "counter" in listing.stdout


def test_errors_are_one_clear_line(run):
    result = run("search", "kari", user="eier", password="x")
    assert result.returncode == 1
    assert result.stderr.startswith("kundereg: ") and result.stderr.count("\n") == 1
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    missing = run("show", "4242", "--reason", "invoicing", user="eier", password="correct horse battery")
    assert missing.returncode == 1 and "Customer 4242 does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_init_refuses_weak_password_and_writes_no_shop(run):
    result = run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="short")
    assert result.returncode == 1 and "Password" in result.stderr
    assert run("search", "x", user="eier", password="correct horse battery").returncode == 1  # still not set up


def test_init_without_password_in_a_script(run_process):
    result = run_process("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier")
    assert result.returncode == 1 and "KUNDEREG_PASSWORD" in result.stderr


def test_env_data_dir_and_db_url(run, tmp_path):
    other = tmp_path / "elsewhere"
    result = run("init", "--shop-name", "Rens", "--country", "SE", "--owner", "eier", "--owner-name", "Eva Eier",
                 password="correct horse battery", data=False, env_extra={"KUNDEREG_DATA_DIR": str(other)})
    assert result.returncode == 0, result.stderr
    assert (other / "kundereg.sqlite3").exists()
    url = f"sqlite:///{tmp_path / 'custom.db'}"
    result = run("--db", url, "init", "--shop-name", "Rens", "--country", "DK", "--owner", "eier", "--owner-name", "Eva Eier",
                 password="correct horse battery")
    assert result.returncode == 0 and (tmp_path / "custom.db").exists()


def test_bad_db_url(run):
    result = run("--db", "nonsense", "search", "x", user="eier", password="x")
    assert result.returncode == 1 and "database URL is not valid" in result.stderr


def test_requests_from_the_command_line(run, monkeypatch):
    from datetime import date

    from kundereg.services import register

    owner = {"user": "eier", "password": "correct horse battery"}
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "3", **owner)
    for day in ("2020-01-31", "2999-01-01"):  # before the register existed; in the future
        refused = run("request", "add", "2", "--type", "access", "--channel", "email", "--received", day, **owner)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "received" in refused.stderr.lower()
    monkeypatch.setattr(register, "created_on", lambda db: date(2019, 6, 1))  # a register kept since 2019
    added = run("request", "add", "2", "--type", "access", "--channel", "email", "--received", "2020-01-31", **owner)
    assert added.returncode == 0 and "due 29.02.2020" in added.stdout, added.stderr
    ref = added.stdout.split()[1]
    assert run("request", "complete", ref, **owner).returncode == 1  # not verified yet
    verified = run("request", "verify", ref, "--verified-by", "photo-id:passport", **owner)
    assert verified.returncode == 0 and "identity verified" in verified.stdout, verified.stderr
    listing = json.loads(run("requests", "--open", "--json", **owner).stdout)
    assert [r["reference"] for r in listing] == [ref] and listing[0]["overdue"]
    assert "OVERDUE" in run("requests", **owner).stdout
    assert run("request", "complete", ref, **owner).returncode == 0
    assert json.loads(run("requests", "--open", "--json", **owner).stdout) == []
    assert run("request", "add", "2", "--type", "nonsense", "--channel", "email", **owner).returncode == 2


def test_access_report_from_the_command_line(run, tmp_path):
    from pypdf import PdfReader

    owner = {"user": "eier", "password": "correct horse battery"}
    run("init", "--shop-name", "Rens", "--country", "SE", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "2", **owner)
    out = tmp_path / "innsyn.pdf"
    done = run("report", "access", "1", "--verified-by", "photo-id:passport", "--lang", "sv", "--out", str(out),
               "--password-protect", **owner)
    assert done.returncode == 0, done.stderr
    password = done.stdout.strip().splitlines()[-1].split(": ")[-1]
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt(password)
    assert "Integritetsskyddsmyndigheten" in "".join(p.extract_text() for p in reader.pages)
    missing = run("report", "access", "1", "--verified-by", "photo-id:passport", "--lang", "sv",
                  "--out", str(tmp_path / "nowhere" / "x.pdf"), **owner)
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_portability_export_from_the_command_line(run, tmp_path):
    import zipfile

    owner = {"user": "eier", "password": "correct horse battery"}
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "2", **owner)
    out = tmp_path / "eksport.zip"
    done = run("export", "1", "--verified-by", "photo-id:passport", "--out", str(out), **owner)
    assert done.returncode == 0, done.stderr
    assert "written to" in done.stdout and not (tmp_path / "eksport.zip.partial").exists()
    with zipfile.ZipFile(out) as archive:
        document = json.loads(archive.read("kundereg-export.json"))
        assert {"README.txt", "person.csv", "purchases.csv", "purchase_lines.csv"} <= set(archive.namelist())
    assert document["schema_version"] == 1 and document["person"]["customer_id"] == 1
    entries = json.loads(run("audit", "list", "--customer", "1", "--json", **owner).stdout)
    assert any(e["action"] == "export" and e["details"]["kind"] == "portability" for e in entries)
    assert run("export", "1", "--out", str(out), **owner).returncode == 2  # the gate flag is required
    missing = run("export", "1", "--verified-by", "photo-id:passport", "--out", str(tmp_path / "nowhere" / "x.zip"),
                  **owner)
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert "export" in run("--help", data=False).stdout


def test_marketing_list_from_the_command_line(run, tmp_path):
    owner = {"user": "eier", "password": "correct horse battery"}
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "30", **owner)
    out = tmp_path / "list.csv"
    done = run("marketing-list", "--purpose", "newsletter", "--out", str(out), **owner)
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "customer_id,name,email,mobile,consent_given_at,first_sale_at"
    assert f"{len(lines) - 1} contacts" in done.stdout


def test_production_runs_use_production_argon2(run_process):
    """The suite patches the hasher to a cheap one; a real run must hash with argon2-cffi's defaults."""
    from argon2 import PasswordHasher, extract_parameters

    from kundereg.db import sqlite_driver as sqlite3

    done = run_process("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
                       password="correct horse battery")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(run_process.data_dir / "kundereg.sqlite3") as conn:
        [stored] = conn.execute("SELECT password_hash FROM staff").fetchone()
    conn.close()
    used, production = extract_parameters(stored), PasswordHasher()
    assert (used.time_cost, used.memory_cost, used.parallelism) == \
        (production.time_cost, production.memory_cost, production.parallelism) == (3, 65536, 4)


def test_production_backups_use_owasp_scrypt_cost(run_process, tmp_path):
    """The suite lowers the scrypt cost (conftest); a real ``kundereg backup`` records 2**17."""
    from kundereg.services.backup import read_header

    assert run_process("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name",
                       "Eva Eier", password="correct horse battery").returncode == 0
    out = tmp_path / "backups"
    out.mkdir()
    done = run_process("backup", "--out", str(out), user="eier", password="correct horse battery",
                       env_extra={"KUNDEREG_BACKUP_PASSPHRASE": "korrekt hest batteri stift"})
    assert done.returncode == 0, done.stderr
    [backup] = out.glob("*.kbak")
    _, meta = read_header(backup)
    assert (meta["kdf"]["name"], meta["kdf"]["n"], meta["kdf"]["r"], meta["kdf"]["p"]) == ("scrypt", 2 ** 17, 8, 1)


def test_a_closed_pipe_is_no_traceback(run):
    """`kundereg staff list | head -0`: the reader goes away; the CLI ends quietly with exit 1."""
    import subprocess
    import sys

    assert run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password="correct horse battery").returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
    env["KUNDEREG_PASSWORD"] = "correct horse battery"
    child = subprocess.Popen([sys.executable, "-m", "kundereg", "--data-dir", str(run.data_dir),
                              "--user", "eier", "staff", "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdin=subprocess.DEVNULL, env=env)
    child.stdout.close()  # long before the child prints its table
    _, err = child.communicate(timeout=60)
    assert child.returncode == 1 and err == b"", err


def test_the_package_runs_as_a_module(run_process):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kundereg.cli", "--help"], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 0 and "retention" in done.stdout
