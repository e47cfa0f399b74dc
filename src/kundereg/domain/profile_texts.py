"""Texts for the shop-profile vocabulary in every document language (nb, nn, sv, fi, da, en).

Purposes, data categories, retention rules, recipient roles and sources are stored as keys
(``domain.profile``); the access report, the privacy notice and the record of processing
print them through these tables, so one profile reads right in any language. The wording of
purposes follows the seed notices (customer relationship, customer service, marketing to new
and existing customers, legal obligations including bookkeeping, legal claims: seed 001's table)
and the GDPR's own terms. No Qt, no SQL.
"""
from __future__ import annotations

from babel import Locale

from . import legal
from .legal import Texts, pick
from .profile import Processor, Purpose, ShopProfile

PURPOSE_NAMES: dict[str, Texts] = {
    "customer_relationship": {
        "nb": "Administrasjon av kundeforholdet", "nn": "Administrasjon av kundeforholdet",
        "sv": "Administration av kundrelationen", "fi": "Asiakassuhteen hoitaminen",
        "da": "Administration af kundeforholdet", "en": "Managing the customer relationship"},
    "orders_delivery": {
        "nb": "Bestilling og levering", "nn": "Bestilling og levering", "sv": "Beställning och leverans",
        "fi": "Tilaukset ja toimitukset", "da": "Bestilling og levering", "en": "Orders and delivery"},
    "pickup": {
        "nb": "Oppdrag og henting", "nn": "Oppdrag og henting", "sv": "Uppdrag och upphämtning",
        "fi": "Palvelutilaukset ja nouto", "da": "Opgaver og afhentning", "en": "Service orders and collection"},
    "invoicing": {
        "nb": "Fakturering", "nn": "Fakturering", "sv": "Fakturering", "fi": "Laskutus", "da": "Fakturering",
        "en": "Invoicing"},
    "customer_service": {
        "nb": "Kundeservice, reklamasjoner og returer", "nn": "Kundeservice, reklamasjonar og returar",
        "sv": "Kundservice, reklamationer och returer", "fi": "Asiakaspalvelu, reklamaatiot ja palautukset",
        "da": "Kundeservice, reklamationer og returneringer", "en": "Customer service, complaints and returns"},
    "bookkeeping": {
        "nb": "Bokføring og andre rettslige forpliktelser", "nn": "Bokføring og andre rettslege plikter",
        "sv": "Bokföring och andra rättsliga förpliktelser", "fi": "Kirjanpito ja muut lakisääteiset velvoitteet",
        "da": "Bogføring og andre retlige forpligtelser", "en": "Bookkeeping and other legal obligations"},
    "marketing_consent": {
        "nb": "Nyhetsbrev og markedsføring du har sagt ja til", "nn": "Nyheitsbrev og marknadsføring du har sagt ja til",
        "sv": "Nyhetsbrev och marknadsföring som du har samtyckt till",
        "fi": "Uutiskirjeet ja markkinointi, johon olet suostunut",
        "da": "Nyhedsbreve og markedsføring, du har sagt ja til",
        "en": "Newsletters and marketing you have agreed to"},
    "marketing_existing": {
        "nb": "Markedsføring mot eksisterende kunder", "nn": "Marknadsføring mot eksisterande kundar",
        "sv": "Marknadsföring till befintliga kunder", "fi": "Markkinointi nykyisille asiakkaille",
        "da": "Markedsføring til eksisterende kunder", "en": "Marketing to existing customers"},
    "legal_claims": {
        "nb": "Fastsette, gjøre gjeldende eller forsvare rettskrav",
        "nn": "Fastsetje, gjere gjeldande eller forsvare rettskrav",
        "sv": "Fastställa, göra gällande eller försvara rättsliga anspråk",
        "fi": "Oikeusvaateiden laatiminen, esittäminen tai puolustaminen",
        "da": "Fastlægge, gøre gældende eller forsvare retskrav", "en": "Establishing or defending legal claims"},
    "data_subject_requests": {
        "nb": "Behandling av forespørslene dine om personvern", "nn": "Behandling av førespurnadene dine om personvern",
        "sv": "Hantering av dina begäranden om personuppgifter", "fi": "Tietosuojapyyntöjesi käsittely",
        "da": "Behandling af dine anmodninger om persondata", "en": "Handling your privacy requests"},
}

PURPOSE_DESCRIPTIONS: dict[str, Texts] = {
    "customer_relationship": {
        "nb": "Å kjenne deg igjen som kunde, gi tilbud, ta imot og følge opp bestillinger og kontakte deg om dem.",
        "nn": "Å kjenne deg att som kunde, gi tilbod, ta imot og følgje opp bestillingar og kontakte deg om dei.",
        "sv": "Att känna igen dig som kund, lämna offerter, ta emot och följa upp beställningar och kontakta dig "
              "om dem.",
        "fi": "Tunnistaa sinut asiakkaaksi, antaa tarjouksia, vastaanottaa ja hoitaa tilauksia sekä ottaa sinuun "
              "yhteyttä niistä.",
        "da": "At kende dig som kunde, give tilbud, modtage og følge op på bestillinger og kontakte dig om dem.",
        "en": "To recognise you as a customer, give quotes, take and follow up orders, and contact you about them."},
    "orders_delivery": {
        "nb": "Å levere det du har bestilt til rett adresse og håndtere betaling, returer og kundekontoen din.",
        "nn": "Å levere det du har bestilt til rett adresse og handtere betaling, returar og kundekontoen din.",
        "sv": "Att leverera det du har beställt till rätt adress och hantera betalning, returer och ditt kundkonto.",
        "fi": "Toimittaa tilaamasi oikeaan osoitteeseen ja hoitaa maksut, palautukset ja asiakastilisi.",
        "da": "At levere det, du har bestilt, til den rigtige adresse og håndtere betaling, returneringer og din "
              "kundekonto.",
        "en": "To deliver what you ordered to the right address and handle payment, returns and your customer "
              "account."},
    "pickup": {
        "nb": "Å levere det du har levert inn tilbake til rett person, og kontakte deg når det er klart til henting "
              "eller hvis vi har spørsmål eller det blir forsinkelser.",
        "nn": "Å levere det du har levert inn tilbake til rett person, og kontakte deg når det er klart til henting "
              "eller om vi har spørsmål eller det blir forseinkingar.",
        "sv": "Att lämna tillbaka det du har lämnat in till rätt person och kontakta dig när det är klart att "
              "hämta, eller om vi har frågor eller det blir förseningar.",
        "fi": "Luovuttaa jättämäsi tavarat oikealle henkilölle ja ottaa sinuun yhteyttä, kun ne ovat "
              "noudettavissa tai jos meillä on kysyttävää tai työ viivästyy.",
        "da": "At udlevere det, du har indleveret, til den rigtige person og kontakte dig, når det er klar til "
              "afhentning, eller hvis vi har spørgsmål, eller der er forsinkelser.",
        "en": "To hand what you left with us back to the right person, and to contact you when it is ready for "
              "collection or if we have questions or there are delays."},
    "invoicing": {
        "nb": "Å sende faktura til rett adresse, på e-post hvis du ønsker det, og følge opp betalingen.",
        "nn": "Å sende faktura til rett adresse, på e-post om du ønskjer det, og følgje opp betalinga.",
        "sv": "Att skicka fakturor till rätt adress, via e-post om du vill, och följa upp betalningen.",
        "fi": "Lähettää laskut oikeaan osoitteeseen, pyynnöstäsi sähköpostitse, ja seurata maksuja.",
        "da": "At sende fakturaer til den rigtige adresse, på e-mail hvis du ønsker det, og følge op på betalingen.",
        "en": "To send invoices to the right address, by email if you wish, and follow up payment."},
    "customer_service": {
        "nb": "Å svare på spørsmål og hjelpe deg med reklamasjoner, returer og reparasjoner etter et kjøp. Vi har "
              "vurdert at dette er i både din og vår interesse.",
        "nn": "Å svare på spørsmål og hjelpe deg med reklamasjonar, returar og reparasjonar etter eit kjøp. Vi har "
              "vurdert at dette er i både di og vår interesse.",
        "sv": "Att svara på dina frågor och hjälpa dig med reklamationer, returer och reparationer efter ett köp. "
              "Vi har bedömt att detta ligger i både ditt och vårt intresse.",
        "fi": "Vastata kysymyksiisi ja auttaa sinua reklamaatioissa, palautuksissa ja korjauksissa oston jälkeen. "
              "Olemme arvioineet, että tämä on sekä sinun että meidän etumme mukaista.",
        "da": "At besvare dine spørgsmål og hjælpe dig med reklamationer, returneringer og reparationer efter et "
              "køb. Vi har vurderet, at det er i både din og vores interesse.",
        "en": "To answer your questions and help you with complaints, returns and repairs after a purchase. We "
              "have assessed that this is in both your interest and ours."},
    "bookkeeping": {
        "nb": "Å oppbevare regnskapsmateriale slik loven krever, og svare myndighetene når loven pålegger oss det.",
        "nn": "Å oppbevare rekneskapsmateriale slik lova krev, og svare styresmaktene når lova pålegg oss det.",
        "sv": "Att spara räkenskapsinformation så som lagen kräver och lämna uppgifter till myndigheter när lagen "
              "ålägger oss det.",
        "fi": "Säilyttää kirjanpitoaineisto lain edellyttämällä tavalla ja antaa tietoja viranomaisille, kun laki "
              "meitä siihen velvoittaa.",
        "da": "At opbevare regnskabsmateriale, som loven kræver, og svare myndighederne, når loven pålægger os det.",
        "en": "To keep the accounting records the law requires, and to answer the authorities when the law "
              "obliges us to."},
    "marketing_consent": {
        "nb": "Å sende deg tilbud og nyheter bare hvis du har sagt ja. Hver utsendelse har en lenke for å melde "
              "deg av.",
        "nn": "Å sende deg tilbod og nyheiter berre om du har sagt ja. Kvar utsending har ei lenkje for å melde "
              "deg av.",
        "sv": "Att skicka erbjudanden och nyheter bara om du har sagt ja. Varje utskick har en länk för att "
              "avregistrera dig.",
        "fi": "Lähettää sinulle tarjouksia ja uutisia vain, jos olet suostunut siihen. Jokaisessa viestissä on "
              "linkki, jolla voit peruuttaa tilauksen.",
        "da": "At sende dig tilbud og nyheder, kun hvis du har sagt ja. Hver udsendelse har et link, så du kan "
              "afmelde dig.",
        "en": "To send you offers and news only if you have said yes. Every message has a link to unsubscribe."},
    "marketing_existing": {
        "nb": "Å fortelle deg som eksisterende kunde om produkter og tjenester som ligner dem du har kjøpt. Du kan "
              "når som helst protestere, og da slutter vi.",
        "nn": "Å fortelje deg som eksisterande kunde om produkt og tenester som liknar dei du har kjøpt. Du kan "
              "når som helst protestere, og då sluttar vi.",
        "sv": "Att berätta för dig som befintlig kund om produkter och tjänster som liknar dem du har köpt. Du "
              "kan när som helst invända, och då slutar vi.",
        "fi": "Kertoa sinulle nykyisenä asiakkaana tuotteista ja palveluista, jotka muistuttavat ostamiasi. Voit "
              "milloin tahansa vastustaa tätä, jolloin lopetamme.",
        "da": "At fortælle dig som eksisterende kunde om produkter og tjenester, der ligner dem, du har købt. Du "
              "kan når som helst gøre indsigelse, og så stopper vi.",
        "en": "To tell you, as an existing customer, about products and services like those you have bought. You "
              "may object at any time, and we then stop."},
    "legal_claims": {
        "nb": "Å kunne dokumentere hva som ble avtalt og levert, hvis det oppstår en tvist.",
        "nn": "Å kunne dokumentere kva som vart avtalt og levert, dersom det oppstår ein tvist.",
        "sv": "Att kunna visa vad som avtalades och levererades om en tvist uppstår.",
        "fi": "Pystyä osoittamaan, mitä sovittiin ja toimitettiin, jos syntyy riita.",
        "da": "At kunne dokumentere, hvad der blev aftalt og leveret, hvis der opstår en tvist.",
        "en": "To be able to show what was agreed and delivered, should a dispute arise."},
    "data_subject_requests": legal._PURPOSES["requests"],
}

CATEGORY_NAMES: dict[str, Texts] = {
    "name": {"nb": "Navn", "nn": "Namn", "sv": "Namn", "fi": "Nimi", "da": "Navn", "en": "Name"},
    "contact": {"nb": "Kontaktopplysninger (mobil, e-post)", "nn": "Kontaktopplysningar (mobil, e-post)",
                "sv": "Kontaktuppgifter (mobil, e-post)", "fi": "Yhteystiedot (matkapuhelin, sähköposti)",
                "da": "Kontaktoplysninger (mobil, e-mail)", "en": "Contact details (mobile, email)"},
    "address": {"nb": "Adresse", "nn": "Adresse", "sv": "Adress", "fi": "Osoite", "da": "Adresse", "en": "Address"},
    "company": {"nb": "Firmaopplysninger (firmanavn, organisasjonsnummer, e-post for faktura)",
                "nn": "Firmaopplysningar (firmanamn, organisasjonsnummer, e-post for faktura)",
                "sv": "Företagsuppgifter (företagsnamn, organisationsnummer, e-post för fakturor)",
                "fi": "Yritystiedot (yrityksen nimi, Y-tunnus, laskutussähköposti)",
                "da": "Firmaoplysninger (firmanavn, CVR-nummer, e-mail til faktura)",
                "en": "Company details (company name, organisation number, invoice email)"},
    "purchases": {"nb": "Kjøp og bestillinger (hva, når, beløp)", "nn": "Kjøp og bestillingar (kva, når, beløp)",
                  "sv": "Köp och beställningar (vad, när, belopp)", "fi": "Ostot ja tilaukset (mitä, milloin, summat)",
                  "da": "Køb og bestillinger (hvad, hvornår, beløb)", "en": "Purchases and orders (what, when, amounts)"},
    "service_events": legal.SECTION_HEADINGS["service_events"],
    "correspondence": {"nb": "Korrespondanse med deg", "nn": "Korrespondanse med deg", "sv": "Korrespondens med dig",
                       "fi": "Kanssasi käyty viestintä", "da": "Korrespondance med dig",
                       "en": "Correspondence with you"},
    "consents": legal.CATEGORY_NAMES["consents"],
    "requests": legal.CATEGORY_NAMES["requests"],
}

_RETENTION: dict[str, Texts] = {
    "relationship": legal._RETENTION_CUSTOMER,
    "until_withdrawn": {
        "nb": "Til du trekker tilbake samtykket eller melder deg av.",
        "nn": "Til du trekkjer tilbake samtykket eller melder deg av.",
        "sv": "Tills du återkallar ditt samtycke eller avregistrerar dig.",
        "fi": "Kunnes peruutat suostumuksesi tai tilauksen.",
        "da": "Indtil du tilbagekalder dit samtykke eller afmelder dig.",
        "en": "Until you withdraw your consent or unsubscribe."},
    "claims": {
        "nb": "Til krav knyttet til kjøpet er foreldet etter forbrukerkjøps- og avtalereglene; deretter sletter vi "
              "dem.",
        "nn": "Til krav knytte til kjøpet er forelda etter forbrukarkjøps- og avtalereglane; deretter slettar vi "
              "dei.",
        "sv": "Tills anspråk som gäller köpet har preskriberats enligt konsument- och avtalsreglerna; därefter "
              "raderar vi dem.",
        "fi": "Kunnes ostoon liittyvät vaatimukset ovat vanhentuneet kuluttaja- ja sopimussääntöjen mukaan; sen "
              "jälkeen poistamme ne.",
        "da": "Indtil krav vedrørende købet er forældede efter forbrugerkøbs- og aftalereglerne; derefter sletter "
              "vi dem.",
        "en": "Until claims about the purchase are time-barred under consumer and contract law; after that we "
              "delete them."},
    "documentation": legal._RETENTION["requests"],
    "fixed_years": {"nb": "{years} år; deretter sletter vi dem.", "nn": "{years} år; deretter slettar vi dei.",
                    "sv": "{years} år; därefter raderar vi dem.", "fi": "{years} vuotta; sen jälkeen poistamme ne.",
                    "da": "{years} år; derefter sletter vi dem.", "en": "{years} years; after that we delete them."},
}
# Added to "relationship" when the shop's inactivity rule is on (services.retention applies it).
INACTIVE_RULE: Texts = {
    "nb": "Har du ikke handlet hos oss på {years} år, sletter vi kundeopplysningene dine.",
    "nn": "Har du ikkje handla hos oss på {years} år, slettar vi kundeopplysningane dine.",
    "sv": "Om du inte har handlat hos oss på {years} år raderar vi dina kunduppgifter.",
    "fi": "Jos et ole asioinut meillä {years} vuoteen, poistamme asiakastietosi.",
    "da": "Har du ikke handlet hos os i {years} år, sletter vi dine kundeoplysninger.",
    "en": "If you have not bought anything from us for {years} years, we delete your customer record.",
}
# Added to "until_withdrawn" when consents expire after the shop's consent period.
CONSENT_RULE: Texts = {
    "nb": "Et samtykke gjelder i høyst {years} år; deretter spør vi deg på nytt.",
    "nn": "Eit samtykke gjeld i høgst {years} år; deretter spør vi deg på nytt.",
    "sv": "Ett samtycke gäller i högst {years} år; därefter frågar vi dig på nytt.",
    "fi": "Suostumus on voimassa enintään {years} vuotta, minkä jälkeen kysymme sinulta uudelleen.",
    "da": "Et samtykke gælder i højst {years} år; derefter spørger vi dig igen.",
    "en": "A consent lasts at most {years} years; after that we ask you again.",
}

ROLE_NAMES: dict[str, Texts] = {
    "accounting": {"nb": "Regnskap (regnskapsfører eller regnskapssystem)",
                   "nn": "Rekneskap (rekneskapsførar eller rekneskapssystem)",
                   "sv": "Redovisning (redovisningsbyrå eller ekonomisystem)",
                   "fi": "Kirjanpito (tilitoimisto tai taloushallinnon järjestelmä)",
                   "da": "Regnskab (bogholder eller regnskabssystem)",
                   "en": "Accounting (our accountant or accounting system)"},
    "crm": {"nb": "Kundesystem (CRM)", "nn": "Kundesystem (CRM)", "sv": "Kundsystem (CRM)",
            "fi": "Asiakkuudenhallintajärjestelmä (CRM)", "da": "Kundesystem (CRM)",
            "en": "Customer relationship management (CRM) system"},
    "erp": {"nb": "Forretningssystem (ERP)", "nn": "Forretningssystem (ERP)", "sv": "Affärssystem (ERP)",
            "fi": "Toiminnanohjausjärjestelmä (ERP)", "da": "Forretningssystem (ERP)", "en": "Business system (ERP)"},
    "delivery": {"nb": "Transportør som leverer bestillingen din", "nn": "Transportør som leverer bestillinga di",
                 "sv": "Transportföretag som levererar din beställning", "fi": "Tilauksesi toimittava kuljetusyritys",
                 "da": "Transportfirma, der leverer din bestilling", "en": "Carrier delivering your order"},
    "hosting": {"nb": "Drift av nettside og nettbutikk", "nn": "Drift av nettstad og nettbutikk",
                "sv": "Drift av webbplats och webbutik", "fi": "Verkkosivuston ja verkkokaupan ylläpito",
                "da": "Drift af hjemmeside og webshop", "en": "Website and web shop hosting"},
    "payment": {"nb": "Betalingstjeneste", "nn": "Betalingsteneste", "sv": "Betaltjänst", "fi": "Maksupalvelu",
                "da": "Betalingstjeneste", "en": "Payment service"},
    "email_service": {"nb": "E-post- og nyhetsbrevtjeneste", "nn": "E-post- og nyheitsbrevteneste",
                      "sv": "E-post- och nyhetsbrevstjänst", "fi": "Sähköposti- ja uutiskirjepalvelu",
                      "da": "E-mail- og nyhedsbrevstjeneste", "en": "Email and newsletter service"},
    "it_support": {"nb": "IT-drift og brukerstøtte", "nn": "IT-drift og brukarstøtte", "sv": "IT-drift och support",
                   "fi": "IT-tuki", "da": "IT-drift og support", "en": "IT support"},
    "supplier": {"nb": "Produsent eller leverandør, når en reklamasjon gjelder deres vare",
                 "nn": "Produsent eller leverandør, når ein reklamasjon gjeld vara deira",
                 "sv": "Tillverkare eller leverantör, när en reklamation gäller deras vara",
                 "fi": "Valmistaja tai toimittaja, kun reklamaatio koskee sen tuotetta",
                 "da": "Producent eller leverandør, når en reklamation drejer sig om deres vare",
                 "en": "Manufacturer or supplier, when a complaint concerns their product"},
    "authorities": {"nb": "Offentlige myndigheter, når loven krever det",
                    "nn": "Offentlege styresmakter, når lova krev det", "sv": "Myndigheter, när lagen kräver det",
                    "fi": "Viranomaiset, kun laki sitä edellyttää", "da": "Offentlige myndigheder, når loven kræver det",
                    "en": "Public authorities, when the law requires it"},
    "other": {"nb": "Annet", "nn": "Anna", "sv": "Övrigt", "fi": "Muu", "da": "Andet", "en": "Other"},
}

SOURCE_TEXTS: dict[str, Texts] = {
    "customer": {"nb": "Fra deg, når du blir kunde, bestiller eller tar kontakt, og når du senere gir oss endringer.",
                 "nn": "Frå deg, når du blir kunde, bestiller eller tek kontakt, og når du seinare gir oss endringar.",
                 "sv": "Från dig, när du blir kund, beställer eller kontaktar oss och när du senare meddelar ändringar.",
                 "fi": "Sinulta itseltäsi, kun sinusta tulee asiakas, kun tilaat tai otat yhteyttä ja kun "
                       "myöhemmin ilmoitat muutoksista.",
                 "da": "Fra dig, når du bliver kunde, bestiller eller kontakter os, og når du senere giver os "
                       "ændringer.",
                 "en": "From you, when you become a customer, order or contact us, and when you later tell us of "
                       "changes."},
    "company": {"nb": "Fra firmaet du handler for.", "nn": "Frå firmaet du handlar for.",
                "sv": "Från företaget du handlar för.", "fi": "Yritykseltä, jonka puolesta asioit.",
                "da": "Fra den virksomhed, du handler for.", "en": "From the company you buy for."},
    "website": {"nb": "Gjennom kontaktskjemaet eller kundekontoen på nettsiden vår.",
                "nn": "Gjennom kontaktskjemaet eller kundekontoen på nettstaden vår.",
                "sv": "Via kontaktformuläret eller kundkontot på vår webbplats.",
                "fi": "Verkkosivustomme yhteydenottolomakkeen tai asiakastilin kautta.",
                "da": "Via kontaktformularen eller kundekontoen på vores hjemmeside.",
                "en": "Through the contact form or the customer account on our website."},
    "public_registers": {"nb": "Fra offentlige foretaksregistre, for å kontrollere firmaopplysninger.",
                         "nn": "Frå offentlege føretaksregister, for å kontrollere firmaopplysningar.",
                         "sv": "Från offentliga företagsregister, för att kontrollera företagsuppgifter.",
                         "fi": "Julkisista yritysrekistereistä yritystietojen tarkistamiseksi.",
                         "da": "Fra offentlige virksomhedsregistre, for at kontrollere firmaoplysninger.",
                         "en": "From public business registers, to check company details."},
}

DATA_LABEL: Texts = {"nb": "Opplysninger", "nn": "Opplysningar", "sv": "Uppgifter", "fi": "Tiedot",
                     "da": "Oplysninger", "en": "Data"}
NO_RECIPIENTS: Texts = legal._NO_ONE


def purpose_name(purpose: Purpose, language: str) -> str:
    if purpose.key == "custom" or purpose.key not in PURPOSE_NAMES:
        return purpose.title or purpose.key
    return pick(PURPOSE_NAMES[purpose.key], language)


def purpose_description(purpose: Purpose, language: str) -> str:
    texts = PURPOSE_DESCRIPTIONS.get(purpose.key)
    return pick(texts, language) if texts and purpose.key != "custom" else ""


def category_name(key: str, language: str) -> str:
    texts = CATEGORY_NAMES.get(key)
    return pick(texts, language) if texts else key


def role_name(role: str, language: str) -> str:
    texts = ROLE_NAMES.get(role)
    return pick(texts, language) if texts else role


def source_text(key: str, language: str) -> str:
    texts = SOURCE_TEXTS.get(key)
    return pick(texts, language) if texts else key


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    return Locale.parse(language if language in legal.LANGUAGES else "en").territories.get(code.upper(), code)


def retention_text(purpose: Purpose, profile: ShopProfile, language: str) -> str:
    """The retention of one purpose, with the shop's own periods where a rule applies."""
    if purpose.retention == "bookkeeping":
        return legal.retention_text("purchases", language, profile.country)
    if purpose.retention == "fixed_years":
        return pick(_RETENTION["fixed_years"], language).format(years=purpose.retention_years or 0)
    text = pick(_RETENTION.get(purpose.retention, _RETENTION["relationship"]), language)
    if purpose.retention == "relationship" and profile.inactive_years:
        text = f"{text} {pick(INACTIVE_RULE, language).format(years=profile.inactive_years)}"
    if purpose.retention == "until_withdrawn" and profile.consent_years:
        text = f"{text} {pick(CONSENT_RULE, language).format(years=profile.consent_years)}"
    return text


def processor_line(processor: Processor, language: str) -> str:
    """'Visma Business: Accounting (...), Norway' or the role alone when no name is given."""
    role = role_name(processor.role, language)
    where = country_name(processor.country, language)
    if processor.name:
        return f"{processor.name}: {role}, {where}"
    return f"{role}, {where}"


def recipient_lines(purpose: Purpose, profile: ShopProfile, language: str) -> tuple[str, ...]:
    """Who receives this purpose's data: the named organisations of each role, else the role."""
    lines: list[str] = []
    for role in purpose.recipients:
        named = profile.processors_for(role)
        if named:
            lines.extend(processor_line(p, language) for p in named)
        else:
            lines.append(role_name(role, language))
    return tuple(lines) or (pick(NO_RECIPIENTS, language),)
