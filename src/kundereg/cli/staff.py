"""`kundereg staff`: the shop's staff accounts (owner)."""
from __future__ import annotations

from .common import ENV_NEW_PASSWORD, add_json_argument, opened, output, records, secret

ENV_NEW_PIN = "KUNDEREG_NEW_PIN"


def add_parser(sub) -> None:
    p = sub.add_parser("staff", help="staff accounts (owner)")
    staff_sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    q = staff_sub.add_parser("add", help=f"add an account; its password is asked for or read from {ENV_NEW_PASSWORD}")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--name", required=True, metavar="DISPLAY_NAME")
    q.add_argument("--role", required=True, choices=["owner", "counter"])
    q.add_argument("--pin", action="store_true",
                   help=f"also give counter staff a 4-8 digit PIN for quick login at the counter; it is asked for "
                        f"or read from {ENV_NEW_PIN}")
    q.set_defaults(handler=cmd_staff_add)
    q = staff_sub.add_parser("list", help="list accounts")
    add_json_argument(q)
    q.set_defaults(handler=cmd_staff_list)


def cmd_staff_add(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        password = secret(ENV_NEW_PASSWORD, f"Password for {args.username}: ")
        pin = secret(ENV_NEW_PIN, f"PIN for {args.username} (4 to 8 digits): ", pin=True) if args.pin else None
        member = reg.auth.add_staff(staff, username=args.username, display_name=args.name, role=args.role,
                                    password=password, pin=pin)
    print(f"Added {member.username} ({member.role.value}{', with a PIN' if member.has_pin else ''}).")
    return 0


def cmd_staff_list(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        members = reg.auth.list_staff(staff)
    output(args, ("ID", "Username", "Name", "Role", "Active", "PIN"),
           [(m.id, m.username, m.display_name, m.role.value, "yes" if m.active else "no",
             "yes" if m.has_pin else "no") for m in members], records(members))
    return 0
