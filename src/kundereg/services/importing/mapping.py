"""Which column holds what: header names of Nordic accounting and CRM exports, and overrides.

Headers are compared folded (case, accents and Nordic letters) with punctuation and spaces
removed, so "E-post", "e_post" and "EPOST" are one name. A saved mapping (TOML) can name
columns the table does not know, ignore columns, and state consent columns.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.enums import ConsentSource
from ...domain.text import fold
from .reading import ImportFileError

# What a column can be mapped to. "full_name" is split into first and last name; "phone" is
# used when a row has no mobile; "street2" is joined to the street; "postal_place" holds
# postal code and city together ("0150 Oslo").
TARGETS: tuple[str, ...] = (
    "customer_number", "first_name", "last_name", "full_name", "company_name", "org_number",
    "mobile", "phone", "email", "invoice_email", "street", "street2", "postal_code", "city",
    "postal_place", "country", "notes", "consent_date",
)
IGNORE = "ignore"
CONSENT_PREFIX = "consent:"  # "consent:newsletter": a yes/no (or date) column for that purpose

_ALIASES: dict[str, tuple[str, ...]] = {
    "customer_number": (
        "kundenr", "kundenummer", "kundnr", "kundnummer", "kundeid", "kundid", "asiakasnumero", "asiakasnro",
        "asiakastunnus", "debitornr", "debitornummer", "customernumber", "customerno", "customerid",
        "aktornr", "aktornummer", "kontaktid", "firmaid", "contactid", "id", "nr", "nummer",
    ),
    "first_name": ("fornavn", "fornamn", "etunimi", "firstname", "givenname", "personfornavn", "kontaktfornavn"),
    "last_name": ("etternavn", "etternamn", "efternavn", "efternamn", "sukunimi", "lastname", "surname",
                  "familyname", "personetternavn", "kontaktetternavn"),
    "full_name": ("navn", "namn", "nimi", "name", "fullname", "fulltnavn", "fullstendignavn", "kontaktperson",
                  "kontaktnavn", "personnavn", "kundenavn", "kundnamn", "asiakkaannimi", "asiakas", "kunde",
                  "kund", "contactname", "customername"),
    "company_name": ("firma", "firmanavn", "foretak", "foretaksnavn", "foretag", "foretagsnamn", "bedrift",
                     "bedriftsnavn", "selskap", "yritys", "yrityksennimi", "virksomhed", "virksomhedsnavn",
                     "company", "companyname", "organisation", "organization", "organisasjon"),
    "org_number": ("orgnr", "orgnummer", "organisasjonsnummer", "organisasjonsnr", "organisationsnummer",
                   "organisationsnr", "ytunnus", "yritystunnus", "cvr", "cvrnr", "cvrnummer", "seno",
                   "orgno", "organisationnumber", "organizationnumber", "companynumber", "foretaksnummer",
                   "foretaksregisternummer", "vatnumber", "momsnr"),
    "mobile": ("mobil", "mobilnr", "mobilnummer", "mobiltelefon", "mobiltlf", "mobiltelefonnr", "matkapuhelin",
               "kannykka", "gsm", "mobile", "mobilephone", "mobileno", "cellphone", "cell"),
    "phone": ("telefon", "telefonnr", "telefonnummer", "tlf", "tlfnr", "puhelin", "puhelinnumero", "phone",
              "telephone", "phonenumber", "tel", "telefonarbeid", "telefonprivat"),
    "email": ("epost", "epostadresse", "email", "emailadresse", "emailaddress", "mail", "sahkoposti",
              "sahkopostiosoite", "mejl", "epostadress", "emailadress"),
    "invoice_email": ("fakturaepost", "epostfaktura", "fakturaemail", "fakturamail", "fakturaepostadresse",
                      "fakturaepostadress", "laskutussahkoposti", "invoiceemail", "billingemail"),
    "street": ("adresse", "adresse1", "adresselinje1", "gateadresse", "postadresse", "besoksadresse",
               "adress", "adress1", "gatuadress", "utdelningsadress", "katuosoite", "osoite", "lahiosoite",
               "vej", "vejnavn", "address", "address1", "addressline1", "street", "streetaddress"),
    "street2": ("adresse2", "adresselinje2", "adress2", "coadresse", "co", "address2", "addressline2"),
    "postal_code": ("postnr", "postnummer", "postkode", "postinumero", "zip", "zipcode", "postcode",
                    "postalcode", "postnrpostadresse"),
    "city": ("poststed", "sted", "postort", "ort", "postitoimipaikka", "paikkakunta", "by", "bynavn",
             "city", "town", "kommune", "stad"),
    "postal_place": ("postnrogsted", "postnrsted", "postnummerogsted", "postnummerogpoststed",
                     "postnrort", "postnummerochort", "postadressort", "postnrby", "postnummerogby"),
    "country": ("land", "maa", "country", "landkode", "countrycode"),
    "notes": ("notat", "notater", "merknad", "merknader", "kommentar", "kommentarer", "anteckning",
              "anteckningar", "huomautus", "huomautukset", "lisatiedot", "bemaerkning", "bemaerkninger",
              "note", "notes", "comment", "comments", "info"),
    "consent_date": ("samtykkedato", "samtykkedatum", "samtyckedatum", "suostumuspaiva", "consentdate",
                     "samtykkegitt"),
}
_CONSENT_ALIASES: dict[str, str] = {
    "nyhetsbrev": "newsletter", "nyhedsbrev": "newsletter",
    "uutiskirje": "newsletter", "newsletter": "newsletter", "markedsforing": "marketing",
    "samtykkemarkedsforing": "marketing", "marknadsforing": "marketing", "markkinointi": "marketing",
    "markedsforingsms": "marketing_sms", "smsmarkedsforing": "marketing_sms", "marketing": "marketing",
    "marketingconsent": "marketing", "marketingsms": "marketing_sms", "marketingemail": "marketing_email",
}
ALIASES: dict[str, str] = {alias: target for target, names in _ALIASES.items() for alias in names}

# Fingerprints of the systems the exports come from: the source kind recorded on each customer.
_SOURCE_HINTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("superoffice", frozenset({"kontaktid", "firmaid", "personfornavn", "personetternavn", "kontaktfornavn"})),
    ("visma", frozenset({"aktornr", "aktornummer", "adresse1", "adresse2", "kundnr"})),
    ("tripletex", frozenset({"fakturaepost", "organisasjonsnummer", "mobilnummer"})),
    ("poweroffice", frozenset({"organisasjonsnr", "epostadresse", "telefonnr", "mobilnr"})),
    ("fiken", frozenset({"postnummer", "kundenummer", "land"})),
)
SOURCE_KINDS: tuple[str, ...] = ("superoffice", "visma", "tripletex", "fiken", "poweroffice", "xlsx", "csv")


def header_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(name or ""))


@dataclass(frozen=True, slots=True)
class MappingFile:
    """A saved mapping for one source (TOML). Every part is optional."""

    source: str | None = None
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header -> target, "ignore" or "consent:<purpose>"
    consent_source: str = ConsentSource.COUNTER.value


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Column index -> target for one file's header row."""

    headers: tuple[str, ...]
    targets: tuple[str | None, ...]  # None: not imported

    def index_of(self, target: str) -> int | None:
        try:
            return self.targets.index(target)
        except ValueError:
            return None

    def label(self, index: int) -> str:
        """The header as the user sees it, numbered when the file repeats a name."""
        name = self.headers[index].strip() or f"#{index + 1}"
        if sum(1 for h in self.headers[:index] if h.strip() == self.headers[index].strip()) > 0:
            return f"{name} ({index + 1})"
        return name

    def with_target(self, index: int, target: str | None) -> ColumnMap:
        """The map with one column changed (a drop-down in the wizard); a target is held by one column."""
        targets = [None if (t == target and target is not None and i != index) else t
                   for i, t in enumerate(self.targets)]
        targets[index] = target
        return ColumnMap(self.headers, tuple(targets))


def auto_map(headers: Sequence[str], override: MappingFile | None = None) -> ColumnMap:
    """Map each header to a target; the first column with a name wins it, repeats are left out."""
    wanted = {header_key(k): v for k, v in (override.columns if override else {}).items()}
    targets: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        key = header_key(header)
        target = wanted.get(key)
        if target is None:
            target = ALIASES.get(key) or (CONSENT_PREFIX + _CONSENT_ALIASES[key] if key in _CONSENT_ALIASES
                                          else None)
        if target == IGNORE or target in taken:
            target = None
        if target is not None:
            taken.add(target)
        targets.append(target)
    return ColumnMap(tuple(headers), tuple(targets))


def guess_source(headers: Sequence[str], file_kind: str, override: MappingFile | None = None) -> str:
    if override is not None and override.source:
        return override.source
    keys = {header_key(h) for h in headers}
    best, hits = file_kind, 0
    for kind, marks in _SOURCE_HINTS:
        found = len(keys & marks)
        if found > hits:
            best, hits = kind, found
    return best


def load_mapping(path: Path) -> MappingFile:
    """Read a saved mapping; a mistake in it is named by key, never by value."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise ImportFileError("The mapping file {name} cannot be read.", name=Path(path).name) from None
    except tomllib.TOMLDecodeError:
        raise ImportFileError("The mapping file {name} is not valid TOML.", name=Path(path).name) from None
    return mapping_from_dict(data)


def mapping_from_dict(data: dict) -> MappingFile:
    allowed = {"source", "sheet", "encoding", "delimiter", "columns", "consent_source"}
    for key in data:
        if key not in allowed:
            raise ImportFileError("The mapping has an unknown setting: {key}.", key=str(key)[:40])
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise ImportFileError("The mapping's [columns] must be a table of header = target.")
    for header, target in columns.items():
        if not isinstance(target, str) or not (target in TARGETS or target == IGNORE or (
                target.startswith(CONSENT_PREFIX) and len(target) > len(CONSENT_PREFIX))):
            raise ImportFileError("The mapping's column {header} has an unknown target.", header=str(header)[:60])
    for key in ("source", "sheet", "encoding", "delimiter", "consent_source"):
        if key in data and not isinstance(data[key], str):
            raise ImportFileError("The mapping's {key} must be text.", key=key)
    source = data.get("source")
    if source is not None and not re.fullmatch(r"[a-z0-9_-]{1,32}", source):
        raise ImportFileError("The mapping's source must be a short name such as superoffice or visma.")
    consent_source = data.get("consent_source", ConsentSource.COUNTER.value)
    if consent_source not in {s.value for s in ConsentSource}:
        raise ImportFileError("The mapping's consent_source must be counter, web, email, phone or letter.")
    delimiter = data.get("delimiter")
    if delimiter is not None and delimiter not in ("\t", ";", ",", "|"):
        raise ImportFileError("The mapping's delimiter must be ; , | or a tab.")
    return MappingFile(source=source, sheet=data.get("sheet"), encoding=data.get("encoding"), delimiter=delimiter,
                       columns=dict(columns), consent_source=consent_source)


# -- names -------------------------------------------------------------------------------------

_COMPANY_SUFFIX = re.compile(r"(?:^|\s)(as|asa|ans|da|enk|sa|ab|hb|kb|oy|oyj|ky|tmi|aps|a/s|i/s|ivs|k/s|p/s|"
                             r"ltd|limited|gmbh|inc|llc)\.?$", re.IGNORECASE)
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "af", "av", "la", "le", "ten", "ter",
                        "zu", "del", "dos", "das", "el", "al", "bin", "mac"})


def looks_like_company(name: str) -> bool:
    return bool(_COMPANY_SUFFIX.search(name.strip()))


def split_full_name(name: str) -> tuple[str | None, str | None]:
    """(first, last). "Nordmann, Kari" is last-name-first; otherwise the last word is the last
    name, with particles that belong to it ("Jan van der Berg" -> "Jan", "van der Berg")."""
    name = " ".join(name.split())
    if not name:
        return None, None
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip() or None, last.strip() or None
    words = name.split(" ")
    if len(words) == 1:
        return None, words[0]
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])
