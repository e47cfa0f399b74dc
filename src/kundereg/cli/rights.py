"""The person's rights one at a time, without a request on file: `kundereg restrict|lift ID`
(Art. 18), `kundereg object ID` (Art. 21(2)), `kundereg consent give|withdraw ID --purpose P`
(Art. 7) and `kundereg purposes`, the stable keys consents are stored under.

Each acts on the customer's record, so the identity gate applies (``--verified-by`` or
``--reason``) as for ``show``. A request the person made is answered with
``kundereg request complete REF``, which applies the same change and closes the request.
"""
from __future__ import annotations

from ..domain.enums import ConsentSource
from .common import add_gate_arguments, add_json_argument, opened, output, pass_gate, positive_int, records


def add_parser(sub) -> None:
    for command, text in (("restrict", "restrict a customer's record (GDPR Art. 18): kept, not used or changed "
                                       "(owner)"),
                          ("lift", "lift a restriction (owner)"),
                          ("object", "record an objection to direct marketing (Art. 21(2)); marketing consents "
                                     "are withdrawn")):
        p = sub.add_parser(command, help=text)
        p.add_argument("id", type=positive_int, metavar="ID")
        add_gate_arguments(p, reason=True)
        p.set_defaults(handler=cmd_restriction if command != "object" else cmd_object)

    p = sub.add_parser("consent", help="record a consent, or its withdrawal, for a purpose (see 'purposes')")
    consent_sub = p.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    for action, text in (("give", "record that the customer consents to a purpose"),
                         ("withdraw", "withdraw the customer's consent for a purpose")):
        q = consent_sub.add_parser(action, help=text)
        q.add_argument("id", type=positive_int, metavar="ID")
        q.add_argument("--purpose", required=True, metavar="KEY", help="the purpose's key, e.g. newsletter")
        if action == "give":
            q.add_argument("--source", choices=[s.value for s in ConsentSource], default=ConsentSource.COUNTER.value,
                           help="how the consent was given (default counter)")
        add_gate_arguments(q, reason=True)
        q.set_defaults(handler=cmd_consent)

    p = sub.add_parser("purposes", help="the purposes consents are given for, by key, with active consents")
    add_json_argument(p)
    p.set_defaults(handler=cmd_purposes)


def cmd_restriction(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        version = reg.customers.get(staff, args.id).version
        if args.command == "restrict":
            reg.customers.restrict(staff, args.id, version)
        else:
            reg.customers.lift_restriction(staff, args.id, version)
    print(f"Customer {args.id} is {'restricted' if args.command == 'restrict' else 'no longer restricted'}.")
    return 0


def cmd_object(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        reg.customers.object_to_marketing(staff, args.id)
    print(f"Customer {args.id} objects to direct marketing: off every marketing list, marketing consents "
          "withdrawn.")
    return 0


def cmd_consent(args, locations) -> int:
    from ..domain import validation as v

    v.text("purpose", args.purpose, required=True)
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        if args.consent_command == "give":
            consent = reg.consents.give(staff, args.id, args.purpose, args.source, strict=True)
            print(f"Customer {args.id} consents to {consent.purpose} (consent {consent.id}).")
        else:
            consent = reg.consents.withdraw_purpose(staff, args.id, args.purpose)
            print(f"Customer {args.id} withdrew the consent to {consent.purpose} (consent {consent.id}).")
    return 0


def cmd_purposes(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        purposes = reg.consents.purposes(staff)
    output(args, ("Key", "Purpose", "Marketing", "Active consents"),
           [(p.key, p.label, "yes" if p.marketing else "no", p.active_consents) for p in purposes], records(purposes))
    return 0
