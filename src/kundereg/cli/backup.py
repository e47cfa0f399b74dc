"""`kundereg backup` and `kundereg restore`: encrypted copies of the register."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..domain.errors import KunderegError
from .common import ENV_BACKUP_PASSPHRASE, ENV_PASSWORD, ENV_USER, acting_user, opened, positive_int, secret, where


def add_parser(sub) -> None:
    p = sub.add_parser("backup", help="write an encrypted backup of the register, or check one",
                       description="Take a consistent copy of the register while it may be in use, encrypt it "
                                   "(AES-256-GCM, key from the backup passphrase via scrypt), verify it and "
                                   "rotate old ones. The passphrase is asked for, or read from "
                                   f"{ENV_BACKUP_PASSPHRASE} for scheduled runs. Without --user the run is "
                                   "recorded as a scheduled one.")
    p.add_argument("--out", metavar="DIR", help="folder for the backup (default: backups/ in the data directory)")
    p.add_argument("--keep-daily", type=positive_int, metavar="N",
                   help="keep the newest backup of each of the last N days (default: the shop's setting, 7)")
    p.add_argument("--keep-weekly", type=positive_int, metavar="M",
                   help="keep the newest backup of each of the last M weeks (default: the shop's setting, 8)")
    p.add_argument("--verify", metavar="FILE", help="only check that FILE decrypts completely and is intact")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the register with a backup; erasures made since are applied again",
                       description="Decrypt FILE, bring it to this version's schema, erase again everyone in "
                                   "the erasure ledger, and only then put it in place of the register. Close "
                                   "kundereg on this PC first. The current register is replaced. Needs the "
                                   "owner (--user): checked against the current register, or against the "
                                   "backup's when the current one cannot be opened. Every erasure ledger "
                                   "found beside the register and the backup is merged; without one newer "
                                   "than the backup the restore is refused.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--without-ledger", action="store_true",
                   help="restore even if no erasure ledger newer than the backup is found: people erased "
                        "since the backup was taken come back")
    p.set_defaults(handler=cmd_restore)


def passphrase(confirm: bool) -> str:
    value = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise KunderegError("No backup passphrase: set {env} or run in a terminal.", env=ENV_BACKUP_PASSPHRASE)
    value = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != value:
        raise KunderegError("The passphrases do not match.")
    return value


def cmd_backup(args, locations) -> int:
    if args.verify:
        from ..services.backup import verify_backup

        meta = verify_backup(Path(args.verify), passphrase(confirm=False))
        print(f"{args.verify}: intact; taken {meta['taken_at']}, schema {meta['schema']}, "
              f"{meta['plain_size']} bytes of register.")
        return 0
    out = Path(args.out) if args.out else None
    if out is not None and not out.is_dir():
        raise KunderegError("The folder for --out does not exist: {folder}", folder=str(out))
    with opened(args, locations, login=acting_user(args) is not None) as (reg, staff):
        result = reg.backups.take(staff, passphrase(confirm=True), out_dir=out, keep_daily=args.keep_daily,
                                  keep_weekly=args.keep_weekly)
    print(f"Backup written and verified: {result.path} ({result.size_bytes / 1e6:.1f} MB)")
    return 0


def cmd_restore(args, locations) -> int:
    # The register stays closed: restore_backup swaps the file in place and replays the ledger itself.
    from ..services.backup import BackupError, read_header
    from ..services.restore import Credentials, restore_backup

    path = Path(args.file)
    if path.is_dir():
        raise BackupError("{name} is a folder, not a backup file.", name=path.name)
    _, meta = read_header(path)
    if not args.yes:
        if not sys.stdin.isatty():
            raise KunderegError("Restoring replaces the register: confirm with --yes.")
        answer = input(f"Replace the register at {where(locations)} with the backup taken {meta['taken_at']}? "
                       "[y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was changed.")
            return 1
    username = acting_user(args)
    if not username:
        raise KunderegError("Restoring needs the owner: --user NAME (or {env}).", env=ENV_USER)
    credentials = Credentials(username, secret(ENV_PASSWORD, f"Password for {username}: "))
    if args.without_ledger:
        print("kundereg: warning: restoring without a current erasure ledger; people erased since the "
              "backup was taken may come back.", file=sys.stderr)
    report = restore_backup(path, passphrase(confirm=False), locations, credentials=credentials,
                            without_ledger=args.without_ledger)
    print(f"Register restored from the backup taken {report.taken_at:%Y-%m-%d %H:%M} UTC; "
          f"{report.reerased} person(s) erased since then were erased again "
          f"({report.ledgers} erasure ledger(s) merged; {report.dropped_entries} audit entries of the "
          "replaced register are not in the restored one).")
    return 0
