"""The shop's privacy notice, generated from its profile (GDPR Art. 12-14, 21(4)).

``notice_document(profile, language, generated_at)`` builds the notice as plain blocks
(``reports.document``); ``render_pdf`` and ``render_html`` write it. Sections: controller and
contact; what we record; purposes with legal basis, data, retention and recipients; sources;
marketing; recipients and processors with transfers; retention; security; automated
decisions; rights and how to use them; complaint to the supervisory authority; changes.
"""
from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from babel.lists import format_list

from ..domain import legal
from ..domain import profile_texts as pt
from ..domain.catalogue import translate
from ..domain.formatting import format_phone
from ..domain.languages import check_language
from ..domain.profile import EEA, Processor, Purpose, ServiceMessaging, ShopProfile
from ..domain.profile_needs import data_needs
from ..domain.records import CORE_FIELDS, CUSTOMER_FIELDS
from ..domain.retention import backup_max_days
from . import letter, texts
from .document import Address, Bullets, Document, Grid, Heading, Pairs, Para, Section
from .letter import document_locale
from .notice_texts import need_consequence, notice_text, ropa_text

# Records besides the form's fields, in the order "what we record" lists them.
_RECORD_CATEGORIES = ("purchases", "service_events", "correspondence", "consents", "requests")


def address_line(profile: ShopProfile) -> str:
    return letter.address_line(profile.street, profile.postal_code, profile.city)


def org_label(profile: ShopProfile, language: str) -> str:
    return letter.org_label(profile.country, language)


def letterhead(profile: ShopProfile, language: str) -> tuple[str, ...]:
    lines = [profile.name]
    if address_line(profile):
        lines.append(address_line(profile))
    if profile.org_number:
        lines.append(f"{org_label(profile, language)} {profile.org_number}")
    if profile.phone:
        lines.append(f"{notice_text('phone', language)} {format_phone(profile.phone)}")
    if profile.email:
        lines.append(profile.email)
    return tuple(lines)


def footer(profile: ShopProfile, language: str) -> str:
    if profile.org_number:
        return f"{profile.name} · {org_label(profile, language)} {profile.org_number}"
    return profile.name


def channels(profile: ShopProfile, language: str) -> str:
    return letter.channels(language, document_locale(language, profile.country), email=profile.email,
                           phone=profile.phone, address=address_line(profile))


def legal_basis_text(basis: str, language: str) -> str:
    return "\n".join(legal.legal_basis_lines(basis, language)) or basis


def authority_block(profile: ShopProfile, language: str) -> Address | Para:
    authority = legal.supervisory_authority(profile.country)
    if authority is None:
        return Para(translate(legal.AUTHORITY_UNKNOWN, language))
    return Address((authority.name(language), *authority.address_lines(language), authority.website))


def transfers_text(profile: ShopProfile, language: str) -> str:
    outside = sorted({p.country for p in profile.processors if p.country and p.country not in EEA})
    if not outside:
        return translate(legal.NO_THIRD_COUNTRY_TRANSFERS, language)
    names = ", ".join(pt.country_name(c, language) for c in outside)
    return notice_text("transfers_outside", language).format(countries=names)


def needed_blocks(profile: ShopProfile, language: str, locale) -> list:
    """Art. 13(2)(e): per contract purpose the data it needs and what happens without them, then
    what is voluntary (domain.profile_needs)."""
    def label(field: str) -> str:
        return translate(texts.FIELD_LABELS[field], language)

    needs = data_needs(profile)
    blocks: list = [Heading(notice_text("h_needed", language))]
    if not needs.needed:
        return blocks + [Para(notice_text("all_voluntary", language))]
    items = []
    for need in needs.needed:
        parts: list[str] = []
        for group, either in zip(need.fields, need.either):
            if either:  # one of them is enough: "Mobile phone or Email"
                parts.append(format_list([label(f) for f in group], style="or", locale=locale))
            else:
                parts.extend(label(f) for f in group)
        fields = format_list(list(dict.fromkeys(parts)), locale=locale)
        title = pt.purpose_name(Purpose(need.purpose_key, "b", (), "relationship", title=need.purpose_title),
                                language)
        items.append((f"{title}.", notice_text("needed_item", language).format(
            fields=fields, consequence=need_consequence(need.purpose_key, language))))
    blocks += [Para(notice_text("needed", language)), Bullets(tuple(items))]
    if needs.voluntary:
        blocks.append(Para(notice_text("voluntary", language).format(
            fields=format_list([label(f) for f in needs.voluntary], locale=locale))))
    return blocks


def unnamed_roles(profile: ShopProfile) -> tuple[str, ...]:
    """Kinds of recipients the purposes name without an organisation in the profile (the authorities
    have their own line)."""
    roles = dict.fromkeys(r for p in profile.purposes for r in p.recipients)
    return tuple(r for r in roles if r != "authorities" and not profile.processors_for(r))


def recipient_blocks(profile: ShopProfile, language: str, record: bool = False) -> tuple:
    """The named processors and recipients as a table, then the kinds of recipients the purposes
    name without an organisation (Art. 13(1)(e) and 30(1)(d) allow categories); "no one" only when
    there are neither. ``record``: the neutral wording of the record of processing."""
    blocks: list = []
    if profile.processors:
        rows = tuple((p.name, pt.role_name(p.role, language, record), pt.country_name(p.country, language),
                      notice_text("processor" if p.is_processor else "recipient", language))
                     for p in profile.processors)
        if not record:
            blocks.append(Para(notice_text("recipients", language)))
        blocks += [Grid((notice_text("col_name", language), notice_text("col_role", language),
                         notice_text("col_country", language), notice_text("col_kind", language)),
                        rows, (0.27, 0.37, 0.16, 0.20))]
    kinds = unnamed_roles(profile)
    if kinds:
        lead = ropa_text("recipient_kinds", language) if record else notice_text("recipient_kinds", language)
        blocks += [Para(lead), Bullets(tuple(("", pt.role_name(r, language, record)) for r in kinds))]
    if not blocks:
        blocks.append(Para(notice_text("recipients_none", language)))
    return tuple(blocks)


def marketing_text(profile: ShopProfile, language: str) -> str:
    """The marketing the shop does: none, only on consent, or to existing customers under the
    national exemption (the provision cited, its conditions stated, domain.legal)."""
    exemption = legal.marketing_exemption(profile.country)
    if profile.marketing_basis == "f" and exemption is not None:
        return translate(legal.MARKETING_EXISTING, language).format(law=legal.cite(exemption.law, language))
    return notice_text("marketing_a" if profile.marketing_basis else "marketing_none", language)


def with_messaging(profile: ShopProfile, messaging: ServiceMessaging | None) -> ShopProfile:
    """The profile with the SMS provider of the notification settings as a processor, unless the
    profile already names one for text messages."""
    if messaging is None or not messaging.sms_provider or profile.processors_for("sms"):
        return profile
    return profile.with_changes(processors=(*profile.processors, Processor(messaging.sms_provider, "sms", "")))


def messaging_blocks(messaging: ServiceMessaging | None, language: str) -> list:
    """Issue 16: the mobile (and email where used) is used for service messages about the orders."""
    if messaging is None or not (messaging.sms or messaging.email):
        return []
    key = "messages_both" if messaging.sms and messaging.email else "messages_sms" if messaging.sms else "messages_email"
    lines = [notice_text(key, language)]
    if messaging.reminders:
        lines.append(notice_text("messages_reminders", language).format(n=messaging.reminders))
    lines.append(notice_text("messages_basis", language))
    if messaging.sms and messaging.sms_provider:
        lines.append(notice_text("messages_provider", language).format(provider=messaging.sms_provider))
    return [Heading(notice_text("h_messages", language)), Para(" ".join(lines))]


def notice_document(profile: ShopProfile, language: str, generated_at: datetime,
                    messaging: ServiceMessaging | None = None,
                    imports: tuple[tuple[str, date], ...] = ()) -> Document:
    """``messaging``: what the order notifications send (services.notices), None when they are off;
    ``imports``: the systems customers were imported from, with the first day (issue 15)."""
    lang = check_language(language)
    profile = with_messaging(profile, messaging)
    locale = document_locale(lang, profile.country)
    sections: list[Section] = []

    # 1 controller (Art. 13(1)(a))
    contact: list[tuple[str, str]] = []
    if address_line(profile):
        contact.append((notice_text("address", lang), address_line(profile)))
    if profile.org_number:
        contact.append((org_label(profile, lang), profile.org_number))
    if profile.email:
        contact.append((texts.word("email", lang), profile.email))
    if profile.phone:
        contact.append((notice_text("phone", lang), format_phone(profile.phone)))
    blocks = [Para(notice_text("controller", lang).format(shop=profile.name))]
    if contact:
        blocks.append(Pairs(tuple(contact)))
    sections.append(Section(notice_text("h_controller", lang), tuple(blocks)))

    # 2 what we record
    fields = [f for f in CUSTOMER_FIELDS if f in CORE_FIELDS or f in profile.customer_fields]
    items = [("", translate(texts.FIELD_LABELS[f], lang)) for f in fields]
    used = profile.used_categories()
    items += [("", pt.category_name(c, lang)) for c in _RECORD_CATEGORIES if c in used]
    blocks = [Para(notice_text("collected", lang)), Bullets(tuple(items)), Para(notice_text("only_needed", lang))]
    if "org_number" in profile.customer_fields:
        blocks.append(Para(notice_text("sole_trader_personal" if profile.sole_trader_org_personal else "org_company_data",
                             lang)))
    blocks += needed_blocks(profile, lang, locale)
    sections.append(Section(notice_text("h_collected", lang), tuple(blocks)))

    # 3 purposes and legal bases (Art. 13(1)(c), (e); 13(2)(a))
    blocks = [Para(notice_text("purposes", lang))]
    for purpose in profile.purposes:
        blocks.append(Heading(pt.purpose_name(purpose, lang)))
        description = pt.purpose_description(purpose, lang, profile.country)
        if description:
            blocks.append(Para(description))
        data = format_list([pt.category_name(c, lang) for c in purpose.categories], locale=locale)
        blocks.append(Pairs((
            (translate(pt.DATA_LABEL, lang), data),
            (texts.word("legal_basis", lang), legal_basis_text(purpose.legal_basis, lang)),
            (texts.word("retention", lang), pt.retention_text(purpose, profile, lang)),
            (texts.word("recipients", lang), "\n".join(pt.recipient_lines(purpose, profile, lang))),
        )))
    blocks += messaging_blocks(messaging, lang)
    sections.append(Section(notice_text("h_purposes", lang), tuple(blocks)))

    # 4 sources
    sources = [pt.source_text(s, lang) for s in profile.sources]
    sources += [pt.import_source_text(kind, on, lang, profile.country) for kind, on in imports]
    sections.append(Section(notice_text("h_sources", lang), (Bullets(tuple(("", s) for s in sources)),)))

    # 5 marketing (Art. 21(4): the right to object is stated clearly and separately)
    sections.append(Section(notice_text("h_marketing", lang), (Para(marketing_text(profile, lang)),
                                                               Para(notice_text("no_sale", lang)))))

    # 6 recipients, processors and transfers (Art. 13(1)(e), (f))
    blocks = list(recipient_blocks(profile, lang))
    if any("authorities" in p.recipients for p in profile.purposes):
        blocks.append(Para(f"{notice_text('also', lang)} {pt.role_name('authorities', lang)}."))
    blocks.append(Heading(translate(legal.SECTION_HEADINGS["transfers"], lang)))
    blocks.append(Para(transfers_text(profile, lang)))
    sections.append(Section(notice_text("h_recipients", lang), tuple(blocks)))

    # 7 retention (Art. 13(2)(a))
    rows = tuple((pt.purpose_name(p, lang), pt.retention_text(p, profile, lang)) for p in profile.purposes)
    sections.append(Section(notice_text("h_retention", lang), (
        Para(notice_text("retention", lang)), Pairs(rows),
        Para(notice_text("backups", lang).format(
            days=profile.backup_keep_daily, weeks=profile.backup_keep_weekly,
            max_days=backup_max_days(profile.backup_keep_daily, profile.backup_keep_weekly))))))

    # 8 security, 9 automated decisions (Art. 13(2)(f))
    sections.append(Section(notice_text("h_security", lang), (Para(notice_text("security", lang)),)))
    sections.append(Section(translate(legal.SECTION_HEADINGS["automated"], lang),
                            (Para(translate(legal.AUTOMATED_DECISIONS, lang)),)))

    # 10 rights (Art. 13(2)(b), (c)) and how to use them
    rights = []
    for right in legal.RIGHTS:
        explanation = notice_text("access_notice", lang) if right.key == "access" else translate(right.explanation, lang)
        rights.append((f"{translate(right.title, lang)} ({translate(right.article, lang)}).", explanation))
    how = translate(legal.HOW_TO_USE_RIGHTS, lang).format(channels=channels(profile, lang))
    sections.append(Section(translate(legal.SECTION_HEADINGS["rights"], lang), (
        Bullets(tuple(rights)), Heading(translate(legal.SECTION_HEADINGS["how_to"], lang)), Para(how))))

    # 11 complaint (Art. 13(2)(d), 77)
    sections.append(Section(translate(legal.SECTION_HEADINGS["complaint"], lang),
                            (Para(translate(legal.COMPLAINT, lang)), authority_block(profile, lang))))

    # 12 changes
    since = profile.updated_at if isinstance(profile.updated_at, datetime) else generated_at
    sections.append(Section(notice_text("h_changes", lang), (
        Para(notice_text("changes", lang).format(date=format_date(since.date(), "long", locale=locale))),)))

    title = notice_text("title", lang)
    return Document(language=lang, title=title, subtitle=notice_text("subtitle", lang).format(shop=profile.name),
                    author=profile.name, subject=f"{title} · GDPR Art. 13", letterhead=letterhead(profile, lang),
                    footer=footer(profile, lang), sections=tuple(sections), lead=(Para(notice_text("intro", lang)),))
