"""`kundereg init --preset`, `kundereg notice` and `kundereg ropa`, in-process in a temp data dir."""
from __future__ import annotations

import csv
import io
import pytest
from pypdf import PdfReader

OWNER = {"user": "eier", "password": "correct horse battery"}
CONTACT = ("--street", "Mannerheimintie 1", "--postal-code", "00100", "--city", "Helsinki",
           "--email", "info@jerone.example")


@pytest.fixture
def web_shop(run):
    result = run("init", "--shop-name", "Jerone Group Oy", "--country", "FI", "--owner", "eier", "--owner-name", "Eva Eier",
                 "--org-number", "2381931-8", "--preset", "web_shop", *CONTACT, password=OWNER["password"])
    assert result.returncode == 0, result.stderr
    return run


def test_notice_pdf_and_html_from_a_preset_register(web_shop, tmp_path):
    pdf = tmp_path / "tietosuojaseloste.pdf"
    result = web_shop("notice", "--out", str(pdf), **OWNER)  # language: the profile's (fi for a Finnish shop)
    assert result.returncode == 0, result.stderr
    assert "(fi, pdf)" in result.stdout and not (tmp_path / "tietosuojaseloste.pdf.partial").exists()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Tietosuojaseloste" in text and "Tietosuojavaltuutetun toimisto PL 800 00531 Helsinki" in text
    assert "Uutiskirjeet ja markkinointi, johon olet suostunut" in text

    page = tmp_path / "integritetspolicy.html"
    result = web_shop("notice", "--lang", "sv", "--out", str(page), **OWNER)
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "Dataombudsmannens byrå" in html

    forced = tmp_path / "notice.txt"
    result = web_shop("notice", "--lang", "en", "--format", "html", "--out", str(forced), **OWNER)
    assert result.returncode == 0 and forced.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_ropa_csv_and_pdf(web_shop, tmp_path):
    result = web_shop("ropa", "--lang", "en", "--out", str(tmp_path / "ropa.csv"), **OWNER)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "ropa.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Processing activity", "Purpose"] and [r[0] for r in rows[1:]][:1] == ["Orders and delivery"]
    result = web_shop("ropa", "--out", str(tmp_path / "seloste.pdf"), **OWNER)
    assert result.returncode == 0, result.stderr
    assert "Seloste käsittelytoimista" in PdfReader(tmp_path / "seloste.pdf").pages[0].extract_text()


def test_usage_and_errors(web_shop, tmp_path):
    unknown = web_shop("notice", "--out", str(tmp_path / "notice.docx"), **OWNER)
    assert unknown.returncode == 2 and "--format" in unknown.stderr
    assert web_shop("notice", "--lang", "de", "--out", str(tmp_path / "n.pdf"), **OWNER).returncode == 2
    assert web_shop("ropa", "--format", "html", "--out", str(tmp_path / "r.html"), **OWNER).returncode == 2
    missing = web_shop("notice", "--out", str(tmp_path / "no-such-folder" / "n.pdf"), **OWNER)
    assert missing.returncode == 1 and "folder for --out does not exist" in missing.stderr
    nobody = web_shop("ropa", "--out", str(tmp_path / "r.csv"))
    assert nobody.returncode == 1 and "--user" in nobody.stderr and not (tmp_path / "r.csv").exists()


def test_notice_and_ropa_without_contact_details_are_refused_naming_the_field(run, tmp_path):
    assert run("init", "--shop-name", "Gjøvik Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", "--street", "Storgata 10",
               password=OWNER["password"]).returncode == 0
    for command in ("notice", "ropa"):
        result = run(command, "--out", str(tmp_path / f"{command}.pdf"), **OWNER)
        assert result.returncode == 1 and not (tmp_path / f"{command}.pdf").exists()
        assert "Postal code: is needed" in result.stderr and "City: is needed" in result.stderr
        assert "Email: or a phone number is needed" in result.stderr and "Street" not in result.stderr


def test_init_takes_contact_details_owner_name_and_document_language(run, tmp_path):
    result = run("init", "--shop-name", "Jerone Group Oy", "--country", "FI", "--owner", "eier",
                 "--owner-name", "Jenni Rönkkö", "--document-language", "sv", "--street", "Mannerheimintie 1",
                 "--postal-code", "00100", "--city", "Helsinki", "--phone", "09 123 4567",
                 password=OWNER["password"])
    assert result.returncode == 0, result.stderr
    result = run("notice", "--out", str(tmp_path / "n.pdf"), **OWNER)  # no --lang: the profile's Swedish
    assert result.returncode == 0 and "(sv, pdf)" in result.stdout, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "n.pdf").pages)
    assert "Integritetspolicy" in text and "Mannerheimintie 1" in text and "00100 Helsinki" in text
    assert "+358 9 1234567" in text or "09 1234567" in text or "+358 91234567" in text


def test_init_refuses_a_wrong_postal_code_before_creating_anything(run, tmp_path):
    result = run("init", "--shop-name", "Gjøvik Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
                 "--postal-code", "ABC", password=OWNER["password"])
    assert result.returncode == 1 and "Postal code" in result.stderr
    assert run("init", "--shop-name", "Gjøvik Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password=OWNER["password"]).returncode == 0  # nothing half-written: init works afterwards


def test_notice_without_a_profile_uses_the_defaults(run, tmp_path):
    assert run("init", "--shop-name", "Gjøvik Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", "--street", "Storgata 10",
               "--postal-code", "2815", "--city", "Gjøvik", "--phone", "61 17 00 00",
               password=OWNER["password"]).returncode == 0
    result = run("notice", "--out", str(tmp_path / "n.pdf"), **OWNER)
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "n.pdf").pages)
    assert "Personvernerklæring" in text and "Administrasjon av kundeforholdet" in text


def test_init_rejects_an_invalid_preset_profile_and_writes_nothing(run):
    bad = run("init", "--shop-name", "X", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", "--org-number", "123",
              "--preset", "dry_cleaner", password=OWNER["password"])
    assert bad.returncode == 1 and "Organisation number" in bad.stderr and "123" not in bad.stderr
    again = run("init", "--shop-name", "X", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", "--preset", "dry_cleaner",
                password=OWNER["password"])
    assert again.returncode == 0, again.stderr
