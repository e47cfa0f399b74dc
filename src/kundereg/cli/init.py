"""`kundereg init`: the register, the shop and its owner account, all or nothing: a failed init
leaves no register file, no logs/ and nothing else it created in the data folder."""
from __future__ import annotations

import getpass
import os
import shutil
import sys
from contextlib import contextmanager

from ..domain.languages import LANGUAGES, SHOP_COUNTRIES
from .common import ENV_PASSWORD, opened, where


def add_parser(sub) -> None:
    p = sub.add_parser("init", help="create the register, the shop and its owner account")
    p.add_argument("--shop-name", required=True, metavar="S")
    p.add_argument("--country", required=True, choices=SHOP_COUNTRIES, type=str.upper)
    p.add_argument("--owner", required=True, metavar="USER", help="owner's username")
    p.add_argument("--owner-name", required=True, metavar="NAME",
                   help="owner's full name: letters and receipts are signed with it, never with the username")
    p.add_argument("--org-number", metavar="N", help="the shop's organisation number")
    contact = p.add_argument_group("the shop's contact details (the privacy notice and the record of processing "
                                   "need an address and an email or phone)")
    contact.add_argument("--street", metavar="S")
    contact.add_argument("--postal-code", metavar="N")
    contact.add_argument("--city", metavar="S")
    contact.add_argument("--email", metavar="ADDR")
    contact.add_argument("--phone", metavar="N")
    p.add_argument("--document-language", choices=LANGUAGES,
                   help="language of the shop's documents (default: the country's language)")
    p.add_argument("--preset", choices=["dry_cleaner", "b2b_supplier", "web_shop", "blank"],
                   help="start the shop profile (fields, purposes, legal bases, recipients) from a preset; "
                        "without it, documents use the built-in defaults until the owner sets up the profile")
    p.set_defaults(handler=cmd_init, late_logging=True)


def cmd_init(args, locations) -> int:
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            print(f"kundereg: no password: set {ENV_PASSWORD} or run 'init' in a terminal", file=sys.stderr)
            return 1
        password = getpass.getpass("Owner password: ")
        if getpass.getpass("Repeat password: ") != password:
            print("kundereg: the passwords do not match", file=sys.stderr)
            return 1
    from ..domain import validation as v
    from ..services.profile import CONTACT_FIELDS, clean_contact, store_contact

    # A wrong address or organisation number is refused before the register is created.
    contact = clean_contact(args.country, {field: getattr(args, field) for field in CONTACT_FIELDS})
    v.org_number(args.org_number, args.country)
    with all_or_nothing(locations):
        shop = _create(args, locations, password, contact, store_contact)
    from ..logs import setup_logging

    setup_logging(locations.log_dir)
    print(f"Register created for {shop.name} ({shop.country}) at {where(locations)}")
    return 0


@contextmanager
def all_or_nothing(locations):
    """Remove what this run added to the data folder when it fails (the folder itself too, if it
    was new), so the next command does not find a register without a shop."""
    folder = locations.data_dir
    if locations.sqlite_path is None:  # a database server: its schema is the server's business
        yield
        return
    existed = folder.exists()
    before = set(folder.iterdir()) if existed else set()
    try:
        yield
    except BaseException:
        if folder.exists():
            for path in set(folder.iterdir()) - before:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            if not existed and not any(folder.iterdir()):
                folder.rmdir()
        raise


def _create(args, locations, password, contact, store_contact):
    with opened(args, locations, login=False, require_shop=False) as (reg, _):
        if args.preset:
            from ..domain.presets import preset_profile
            from ..services.profile import create_register

            profile = preset_profile(args.preset, name=args.shop_name, country=args.country,
                                     org_number=args.org_number)
            profile = profile.with_changes(**{k: val for k, val in contact.items() if val is not None})
            shop = create_register(reg.db, profile, owner_username=args.owner, owner_password=password,
                                   owner_display_name=args.owner_name, preset=args.preset)
        else:
            from ..services.shop import init_shop

            shop = init_shop(reg.db, name=args.shop_name, country=args.country, owner_username=args.owner,
                             owner_password=password, owner_display_name=args.owner_name,
                             org_number=args.org_number)
            store_contact(reg.db, contact)
    return shop
