"""The legal texts the register prints, in one place, each with its source.

Everything a data-subject document says about the law lives here: the supervisory authorities,
the GDPR Art. 6(1) legal bases, the data-subject rights and how to use them, the Art. 22
statement, the Art. 15 section headings and the default categories of personal data (purpose,
legal basis, retention, recipients, source) that apply until a shop profile states its own.

Texts exist in every report language: nb, nn, sv, fi, da, en. They are written as a careful
shop would write to a customer: formal but plain, "we" for the shop and "you" for the person.

Sources (cited again at each text):
- GDPR: Regulation (EU) 2016/679, https://eur-lex.europa.eu/eli/reg/2016/679/oj
  (Norway: personopplysningsloven § 1 makes it Norwegian law, https://lovdata.no/lov/2018-06-15-38)
- EDPB Guidelines 01/2022 on data subject rights - Right of access, version 2.0 (28 March 2023),
  https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en
No Qt, no SQL.
"""
from __future__ import annotations

from dataclasses import dataclass

from .report_data import CategoryInfo

from .languages import COUNTRY_LANGUAGE, COUNTRY_LANGUAGES, LANGUAGES  # noqa: F401  (used by the tables below)
from .languages import SHOP_COUNTRIES as COUNTRIES  # noqa: F401
from .languages import SOURCE_LANGUAGE as DEFAULT_LANGUAGE

Texts = dict[str, str]  # language -> text


def pick(texts: Texts, language: str) -> str:
    """The text in ``language``; English when a language is missing (never silently empty)."""
    return texts.get(language) or texts[DEFAULT_LANGUAGE]


# -- supervisory authorities (GDPR Art. 51, 77; Art. 15(1)(f) requires naming the right) ---------


@dataclass(frozen=True, slots=True)
class SupervisoryAuthority:
    country: str
    names: Texts                  # language -> the name a reader of that language should see
    address: dict[str, tuple[str, ...]]  # language -> postal address lines
    website: str

    def name(self, language: str) -> str:
        return pick(self.names, language)

    def address_lines(self, language: str) -> tuple[str, ...]:
        return self.address.get(language) or self.address[DEFAULT_LANGUAGE]


SUPERVISORY_AUTHORITIES: dict[str, SupervisoryAuthority] = {
    # Datatilsynet, "Hvordan klage til Datatilsynet?": formal complaints by post to
    # "Datatilsynet, Postboks 458 Sentrum, 0105 Oslo".
    # https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/hvordan-kan-jeg-klage-til-datatilsynet/
    # (visiting address Tollbugata 3, 0152 Oslo; not for post)
    "NO": SupervisoryAuthority(
        country="NO",
        names={"nb": "Datatilsynet", "nn": "Datatilsynet", "sv": "Datatilsynet (Norge)",
               "fi": "Datatilsynet (Norjan tietosuojaviranomainen)", "da": "Datatilsynet (Norge)",
               "en": "Datatilsynet (the Norwegian Data Protection Authority)"},
        address={"nb": ("Postboks 458 Sentrum", "0105 Oslo"),
                 "nn": ("Postboks 458 Sentrum", "0105 Oslo"),
                 "en": ("Postboks 458 Sentrum", "0105 Oslo", "Norway"),
                 "sv": ("Postboks 458 Sentrum", "0105 Oslo", "Norge"),
                 "fi": ("Postboks 458 Sentrum", "0105 Oslo", "Norja"),
                 "da": ("Postboks 458 Sentrum", "0105 Oslo", "Norge")},
        website="www.datatilsynet.no",
    ),
    # IMY, "Om våra e-tjänster inte fungerar": post to "Integritetsskyddsmyndigheten, Box 8114,
    # 104 20 Stockholm". https://www.imy.se/om-oss/etjanst-avbrott/
    "SE": SupervisoryAuthority(
        country="SE",
        names={"sv": "Integritetsskyddsmyndigheten (IMY)", "nb": "Integritetsskyddsmyndigheten (IMY), Sverige",
               "nn": "Integritetsskyddsmyndigheten (IMY), Sverige",
               "fi": "Integritetsskyddsmyndigheten (IMY), Ruotsin tietosuojaviranomainen",
               "da": "Integritetsskyddsmyndigheten (IMY), Sverige",
               "en": "Integritetsskyddsmyndigheten (IMY, the Swedish Authority for Privacy Protection)"},
        address={"sv": ("Box 8114", "104 20 Stockholm"),
                 "en": ("Box 8114", "104 20 Stockholm", "Sweden"),
                 "nb": ("Box 8114", "104 20 Stockholm", "Sverige"),
                 "nn": ("Box 8114", "104 20 Stockholm", "Sverige"),
                 "fi": ("Box 8114", "104 20 Stockholm", "Ruotsi"),
                 "da": ("Box 8114", "104 20 Stockholm", "Sverige")},
        website="www.imy.se",
    ),
    # Tietosuojavaltuutetun toimisto, "Yhteystiedot": "Postiosoite: PL 800, 00531 Helsinki";
    # in Swedish "Dataombudsmannens byrå, PB 800, 00531 Helsingfors".
    # https://tietosuoja.fi/yhteystiedot, https://tietosuoja.fi/sv/kontaktuppgifter
    "FI": SupervisoryAuthority(
        country="FI",
        names={"fi": "Tietosuojavaltuutetun toimisto", "sv": "Dataombudsmannens byrå",
               "nb": "Tietosuojavaltuutetun toimisto (Finlands datatilsyn)",
               "nn": "Tietosuojavaltuutetun toimisto (Finlands datatilsyn)",
               "da": "Tietosuojavaltuutetun toimisto (Finlands datatilsyn)",
               "en": "Tietosuojavaltuutetun toimisto (the Office of the Data Protection Ombudsman, Finland)"},
        address={"fi": ("PL 800", "00531 Helsinki"),
                 "sv": ("PB 800", "00531 Helsingfors"),
                 "en": ("P.O. Box 800", "00531 Helsinki", "Finland"),
                 "nb": ("PL 800", "00531 Helsinki", "Finland"),
                 "nn": ("PL 800", "00531 Helsinki", "Finland"),
                 "da": ("PL 800", "00531 Helsinki", "Finland")},
        website="www.tietosuoja.fi",
    ),
    # Datatilsynet (DK), privacy policy "When you write to us": "The Danish Data Protection
    # Agency, Carl Jacobsens Vej 35, 2500 Valby". https://www.datatilsynet.dk/english/privacy-policy
    "DK": SupervisoryAuthority(
        country="DK",
        names={"da": "Datatilsynet", "nb": "Datatilsynet (Danmark)", "nn": "Datatilsynet (Danmark)",
               "sv": "Datatilsynet (Danmark)", "fi": "Datatilsynet (Tanskan tietosuojaviranomainen)",
               "en": "Datatilsynet (the Danish Data Protection Agency)"},
        address={"da": ("Carl Jacobsens Vej 35", "2500 Valby"),
                 "en": ("Carl Jacobsens Vej 35", "2500 Valby", "Denmark"),
                 "nb": ("Carl Jacobsens Vej 35", "2500 Valby", "Danmark"),
                 "nn": ("Carl Jacobsens Vej 35", "2500 Valby", "Danmark"),
                 "sv": ("Carl Jacobsens Vej 35", "2500 Valby", "Danmark"),
                 "fi": ("Carl Jacobsens Vej 35", "2500 Valby", "Tanska")},
        website="www.datatilsynet.dk",
    ),
}


def supervisory_authority(country: str) -> SupervisoryAuthority | None:
    """The authority of the shop's country; None for a country the register has no entry for."""
    return SUPERVISORY_AUTHORITIES.get((country or "").upper())


# Shown instead of an address when the shop's country has no entry above. The EDPB keeps the
# list of all EEA authorities: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en
AUTHORITY_UNKNOWN: Texts = {
    "nb": "Tilsynsmyndigheten i landet ditt. Oversikt over alle tilsynsmyndigheter i EØS: www.edpb.europa.eu",
    "nn": "Tilsynsstyresmakta i landet ditt. Oversikt over alle tilsynsstyresmakter i EØS: www.edpb.europa.eu",
    "sv": "Tillsynsmyndigheten i ditt land. Förteckning över alla tillsynsmyndigheter i EES: www.edpb.europa.eu",
    "fi": "Oman maasi valvontaviranomainen. Luettelo kaikista ETA-maiden valvontaviranomaisista: "
          "www.edpb.europa.eu",
    "da": "Tilsynsmyndigheden i dit land. Oversigt over alle tilsynsmyndigheder i EØS: www.edpb.europa.eu",
    "en": "The supervisory authority in your country. List of all EEA authorities: www.edpb.europa.eu",
}


# -- GDPR Art. 6(1): legal bases --------------------------------------------------------------
# Art. 6(1)(a)-(f), https://eur-lex.europa.eu/eli/reg/2016/679/oj. Short names follow the
# official language versions (sv "berättigat intresse", fi "oikeutettu etu", da "legitim
# interesse"); nb/nn follow the Norwegian translation in personopplysningsloven.

LEGAL_BASES: dict[str, Texts] = {
    "a": {"nb": "samtykke", "nn": "samtykke", "sv": "samtycke", "fi": "suostumus", "da": "samtykke",
          "en": "consent"},
    "b": {"nb": "nødvendig for å oppfylle en avtale med deg", "nn": "naudsynt for å oppfylle ein avtale med deg",
          "sv": "nödvändigt för att fullgöra ett avtal med dig", "fi": "sopimuksen täytäntöönpano",
          "da": "nødvendigt for at opfylde en aftale med dig", "en": "necessary to perform a contract with you"},
    "c": {"nb": "nødvendig for å oppfylle en rettslig forpliktelse", "nn": "naudsynt for å oppfylle ei rettsleg plikt",
          "sv": "nödvändigt för att fullgöra en rättslig förpliktelse", "fi": "lakisääteisen velvoitteen noudattaminen",
          "da": "nødvendigt for at overholde en retlig forpligtelse", "en": "necessary to comply with a legal obligation"},
    "d": {"nb": "vern av vitale interesser", "nn": "vern av vitale interesser",
          "sv": "skydd av intressen som är av grundläggande betydelse", "fi": "elintärkeiden etujen suojaaminen",
          "da": "beskyttelse af vitale interesser", "en": "protection of vital interests"},
    "e": {"nb": "oppgave i allmennhetens interesse eller offentlig myndighetsutøvelse",
          "nn": "oppgåve i ålmenta si interesse eller offentleg styresmaktsutøving",
          "sv": "uppgift av allmänt intresse eller myndighetsutövning",
          "fi": "yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen",
          "da": "opgave i samfundets interesse eller offentlig myndighedsudøvelse",
          "en": "a task in the public interest or official authority"},
    "f": {"nb": "berettiget interesse", "nn": "berettiga interesse", "sv": "berättigat intresse",
          "fi": "oikeutettu etu", "da": "legitim interesse", "en": "legitimate interests"},
}

# How each language cites Art. 6(1)(x): Norwegian "art. 6 nr. 1 bokstav b", Swedish "art. 6.1 b",
# Finnish "6 artiklan 1 kohdan b alakohta", Danish "art. 6, stk. 1, litra b", English "Art. 6(1)(b)".
_ART6_CITE: Texts = {
    "nb": "GDPR art. 6 nr. 1 bokstav {letter}", "nn": "GDPR art. 6 nr. 1 bokstav {letter}",
    "sv": "GDPR art. 6.1 {letter}", "fi": "Tietosuoja-asetuksen 6 artiklan 1 kohdan {letter} alakohta",
    "da": "GDPR art. 6, stk. 1, litra {letter}", "en": "GDPR Art. 6(1)({letter})",
}


def legal_basis_letters(legal_basis: str) -> tuple[str, ...]:
    """'b', 'b,c', 'b/c' or 'B' -> ('b',) / ('b', 'c'); anything but a-f is ignored."""
    return tuple(dict.fromkeys(ch for ch in legal_basis.lower() if ch in LEGAL_BASES))


def legal_basis_lines(legal_basis: str, language: str) -> tuple[str, ...]:
    """One line per Art. 6(1) letter: 'GDPR art. 6 nr. 1 bokstav b: nødvendig for ...'."""
    return tuple(f"{pick(_ART6_CITE, language).format(letter=letter)}: {pick(LEGAL_BASES[letter], language)}"
                 for letter in legal_basis_letters(legal_basis))


# -- the data-subject rights (GDPR Art. 15-22, 7(3), 77) ----------------------------------------


@dataclass(frozen=True, slots=True)
class Right:
    key: str
    article: Texts
    title: Texts
    explanation: Texts


RIGHTS: tuple[Right, ...] = (
    # Art. 15(1), 15(3): confirmation, access and a copy.
    Right("access",
          {"nb": "art. 15", "nn": "art. 15", "sv": "art. 15", "fi": "15 art.", "da": "art. 15", "en": "Art. 15"},
          {"nb": "Rett til innsyn", "nn": "Rett til innsyn", "sv": "Rätt till tillgång (registerutdrag)",
           "fi": "Oikeus tarkastaa tiedot", "da": "Ret til indsigt", "en": "Right of access"},
          {"nb": "Du kan når som helst spørre hvilke personopplysninger vi har om deg, og få en kopi av dem. "
                 "Dette brevet er et slikt svar.",
           "nn": "Du kan når som helst spørje kva personopplysningar vi har om deg, og få ein kopi av dei. "
                 "Dette brevet er eit slikt svar.",
           "sv": "Du kan när som helst fråga vilka personuppgifter vi har om dig och få en kopia av dem. "
                 "Det här brevet är ett sådant svar.",
           "fi": "Voit milloin tahansa kysyä, mitä henkilötietoja meillä on sinusta, ja saada niistä jäljennöksen. "
                 "Tämä kirje on tällainen vastaus.",
           "da": "Du kan til enhver tid spørge, hvilke personoplysninger vi har om dig, og få en kopi af dem. "
                 "Dette brev er et sådant svar.",
           "en": "You may ask at any time what personal data we hold about you and receive a copy of it. "
                 "This letter is such an answer."}),
    # Art. 16.
    Right("rectification",
          {"nb": "art. 16", "nn": "art. 16", "sv": "art. 16", "fi": "16 art.", "da": "art. 16", "en": "Art. 16"},
          {"nb": "Rett til retting", "nn": "Rett til retting", "sv": "Rätt till rättelse",
           "fi": "Oikeus tietojen oikaisemiseen", "da": "Ret til berigtigelse", "en": "Right to rectification"},
          {"nb": "Er noe feil eller ufullstendig, kan du be oss rette eller supplere det.",
           "nn": "Er noko feil eller ufullstendig, kan du be oss rette eller supplere det.",
           "sv": "Om något är fel eller ofullständigt kan du be oss rätta eller komplettera det.",
           "fi": "Jos jokin tieto on virheellinen tai puutteellinen, voit pyytää meitä korjaamaan tai "
                 "täydentämään sen.",
           "da": "Er noget forkert eller ufuldstændigt, kan du bede os rette eller supplere det.",
           "en": "If anything is wrong or incomplete, you may ask us to correct or complete it."}),
    # Art. 17; Art. 17(3)(b): data a legal obligation requires us to keep is kept until it ends.
    Right("erasure",
          {"nb": "art. 17", "nn": "art. 17", "sv": "art. 17", "fi": "17 art.", "da": "art. 17", "en": "Art. 17"},
          {"nb": "Rett til sletting", "nn": "Rett til sletting", "sv": "Rätt till radering",
           "fi": "Oikeus tietojen poistamiseen", "da": "Ret til sletning", "en": "Right to erasure"},
          {"nb": "Du kan be oss slette personopplysningene dine. Vi sletter da alt vi ikke er lovpålagt å beholde; "
                 "kjøpsopplysninger som bokføringsreglene krever at vi oppbevarer, sletter vi når "
                 "oppbevaringstiden er ute.",
           "nn": "Du kan be oss slette personopplysningane dine. Vi slettar då alt vi ikkje er lovpålagde å ta vare "
                 "på; kjøpsopplysningar som bokføringsreglane krev at vi oppbevarer, slettar vi når "
                 "oppbevaringstida er ute.",
           "sv": "Du kan be oss radera dina personuppgifter. Vi raderar då allt som vi inte är skyldiga enligt "
                 "lag att spara; köpuppgifter som bokföringsreglerna kräver att vi sparar raderar vi när "
                 "lagringstiden har gått ut.",
           "fi": "Voit pyytää meitä poistamaan henkilötietosi. Poistamme silloin kaiken, mitä laki ei velvoita "
                 "meitä säilyttämään; ostotiedot, jotka kirjanpitosäännöt velvoittavat säilyttämään, poistamme "
                 "säilytysajan päätyttyä.",
           "da": "Du kan bede os slette dine personoplysninger. Vi sletter da alt, som vi ikke efter loven skal "
                 "gemme; købsoplysninger, som bogføringsreglerne kræver, at vi opbevarer, sletter vi, når "
                 "opbevaringsperioden udløber.",
           "en": "You may ask us to delete your personal data. We then delete everything the law does not require "
                 "us to keep; purchase records that the bookkeeping rules require us to keep are deleted when "
                 "the retention period ends."}),
    # Art. 18(1)(a), (d).
    Right("restriction",
          {"nb": "art. 18", "nn": "art. 18", "sv": "art. 18", "fi": "18 art.", "da": "art. 18", "en": "Art. 18"},
          {"nb": "Rett til begrensning av behandlingen", "nn": "Rett til avgrensing av behandlinga",
           "sv": "Rätt till begränsning av behandling", "fi": "Oikeus käsittelyn rajoittamiseen",
           "da": "Ret til begrænsning af behandling", "en": "Right to restriction of processing"},
          {"nb": "Du kan be oss om bare å lagre opplysningene og ikke bruke dem til noe annet, for eksempel mens "
                 "vi undersøker om de er riktige, eller mens vi vurderer en protest.",
           "nn": "Du kan be oss om berre å lagre opplysningane og ikkje bruke dei til noko anna, til dømes medan "
                 "vi undersøkjer om dei er rette, eller medan vi vurderer ein protest.",
           "sv": "Du kan be oss att bara lagra uppgifterna och inte använda dem till något annat, till exempel "
                 "medan vi kontrollerar om de är korrekta eller prövar en invändning.",
           "fi": "Voit pyytää, että vain säilytämme tietojasi emmekä käytä niitä muuhun, esimerkiksi sillä "
                 "aikaa kun selvitämme, ovatko ne oikein, tai käsittelemme vastustustasi.",
           "da": "Du kan bede os om kun at opbevare oplysningerne og ikke bruge dem til andet, for eksempel mens "
                 "vi undersøger, om de er korrekte, eller behandler en indsigelse.",
           "en": "You may ask us only to store your data and not use it for anything else, for example while we "
                 "check whether it is correct or consider an objection."}),
    # Art. 19.
    Right("notification",
          {"nb": "art. 19", "nn": "art. 19", "sv": "art. 19", "fi": "19 art.", "da": "art. 19", "en": "Art. 19"},
          {"nb": "Melding til mottakere", "nn": "Melding til mottakarar", "sv": "Underrättelse till mottagare",
           "fi": "Ilmoitus vastaanottajille", "da": "Underretning af modtagere", "en": "Notifying recipients"},
          {"nb": "Retter, sletter eller begrenser vi opplysninger, gir vi beskjed til dem vi har utlevert "
                 "opplysningene til, med mindre det er umulig eller uforholdsmessig vanskelig. Du kan spørre oss "
                 "hvem de er.",
           "nn": "Rettar, slettar eller avgrensar vi opplysningar, gir vi beskjed til dei vi har utlevert "
                 "opplysningane til, med mindre det er umogleg eller uforholdsmessig vanskeleg. Du kan spørje oss "
                 "kven dei er.",
           "sv": "Om vi rättar, raderar eller begränsar uppgifter meddelar vi dem som vi har lämnat ut uppgifterna "
                 "till, om det inte är omöjligt eller kräver oproportionerligt stor ansträngning. Du kan fråga oss "
                 "vilka de är.",
           "fi": "Jos oikaisemme, poistamme tai rajoitamme tietoja, ilmoitamme siitä niille, joille olemme "
                 "tietoja luovuttaneet, ellei se ole mahdotonta tai vaadi kohtuutonta vaivaa. Voit kysyä meiltä, "
                 "keitä he ovat.",
           "da": "Retter, sletter eller begrænser vi oplysninger, giver vi besked til dem, vi har videregivet "
                 "oplysningerne til, medmindre det er umuligt eller uforholdsmæssigt vanskeligt. Du kan spørge os, "
                 "hvem de er.",
           "en": "If we correct, delete or restrict data, we tell those we have disclosed it to, unless that is "
                 "impossible or involves disproportionate effort. You may ask us who they are."}),
    # Art. 20(1), (2): data provided by the person, processed on consent or contract.
    Right("portability",
          {"nb": "art. 20", "nn": "art. 20", "sv": "art. 20", "fi": "20 art.", "da": "art. 20", "en": "Art. 20"},
          {"nb": "Rett til dataportabilitet", "nn": "Rett til dataportabilitet", "sv": "Rätt till dataportabilitet",
           "fi": "Oikeus siirtää tiedot järjestelmästä toiseen", "da": "Ret til dataportabilitet",
           "en": "Right to data portability"},
          {"nb": "Opplysninger du selv har gitt oss, og som vi behandler etter samtykke eller avtale, kan du få "
                 "utlevert i et strukturert, alminnelig brukt og maskinlesbart format, eller be oss sende dem "
                 "direkte til en annen virksomhet der det er teknisk mulig.",
           "nn": "Opplysningar du sjølv har gitt oss, og som vi behandlar etter samtykke eller avtale, kan du få "
                 "utlevert i eit strukturert, allment brukt og maskinlesbart format, eller be oss sende dei "
                 "direkte til ei anna verksemd der det er teknisk mogleg.",
           "sv": "Uppgifter som du själv har lämnat till oss och som vi behandlar med stöd av samtycke eller avtal "
                 "kan du få i ett strukturerat, allmänt använt och maskinläsbart format, eller be oss skicka dem "
                 "direkt till ett annat företag när det är tekniskt möjligt.",
           "fi": "Voit saada itse antamasi tiedot, joita käsittelemme suostumuksen tai sopimuksen perusteella, "
                 "jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa tai pyytää meitä "
                 "siirtämään ne suoraan toiselle yritykselle, jos se on teknisesti mahdollista.",
           "da": "Oplysninger, som du selv har givet os, og som vi behandler på grundlag af samtykke eller en "
                 "aftale, kan du få udleveret i et struktureret, almindeligt anvendt og maskinlæsbart format, eller "
                 "du kan bede os sende dem direkte til en anden virksomhed, hvor det er teknisk muligt.",
           "en": "Data you have given us yourself, which we process on the basis of consent or a contract, you may "
                 "receive in a structured, commonly used and machine-readable format, or ask us to send it "
                 "directly to another business where that is technically feasible."}),
    # Art. 21(1) (legitimate interests, particular situation) and 21(2)-(3) (direct marketing).
    Right("objection",
          {"nb": "art. 21", "nn": "art. 21", "sv": "art. 21", "fi": "21 art.", "da": "art. 21", "en": "Art. 21"},
          {"nb": "Rett til å protestere", "nn": "Rett til å protestere", "sv": "Rätt att invända",
           "fi": "Vastustamisoikeus", "da": "Ret til indsigelse", "en": "Right to object"},
          {"nb": "Du kan, av grunner knyttet til din særlige situasjon, protestere mot behandling vi baserer på "
                 "berettiget interesse (art. 6 nr. 1 bokstav f). Mot direkte markedsføring kan du protestere når "
                 "som helst, og da stanser vi den.",
           "nn": "Du kan, av grunnar knytte til den særlege situasjonen din, protestere mot behandling vi baserer "
                 "på berettiga interesse (art. 6 nr. 1 bokstav f). Mot direkte marknadsføring kan du protestere "
                 "når som helst, og då stansar vi ho.",
           "sv": "Du kan, av skäl som har samband med din särskilda situation, invända mot behandling som vi "
                 "grundar på berättigat intresse (art. 6.1 f). Mot direktmarknadsföring kan du invända när som "
                 "helst, och då upphör vi med den.",
           "fi": "Voit erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu "
                 "oikeutettuun etuumme (6 artiklan 1 kohdan f alakohta). Suoramarkkinointia voit vastustaa "
                 "milloin tahansa, ja lopetamme sen silloin.",
           "da": "Du kan af grunde, der vedrører din særlige situation, gøre indsigelse mod behandling, som vi "
                 "baserer på legitim interesse (art. 6, stk. 1, litra f). Mod direkte markedsføring kan du gøre "
                 "indsigelse når som helst, og så stopper vi den.",
           "en": "You may object, on grounds relating to your particular situation, to processing we base on "
                 "legitimate interests (Art. 6(1)(f)). You may object to direct marketing at any time, and we "
                 "will then stop it."}),
    # Art. 22(1).
    Right("automated_decisions",
          {"nb": "art. 22", "nn": "art. 22", "sv": "art. 22", "fi": "22 art.", "da": "art. 22", "en": "Art. 22"},
          {"nb": "Automatiserte avgjørelser", "nn": "Automatiserte avgjerder", "sv": "Automatiserade beslut",
           "fi": "Automaattiset päätökset", "da": "Automatiske afgørelser", "en": "Automated decisions"},
          {"nb": "Du har rett til ikke å være gjenstand for en avgjørelse som utelukkende bygger på automatisert "
                 "behandling, herunder profilering, og som har rettsvirkning for deg eller på lignende måte "
                 "påvirker deg i betydelig grad. Vi treffer ingen slike avgjørelser.",
           "nn": "Du har rett til ikkje å vere gjenstand for ei avgjerd som berre byggjer på automatisert "
                 "behandling, medrekna profilering, og som har rettsverknad for deg eller på liknande vis påverkar "
                 "deg i vesentleg grad. Vi tek ingen slike avgjerder.",
           "sv": "Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, "
                 "inbegripet profilering, och som har rättsliga följder för dig eller på liknande sätt i "
                 "betydande grad påverkar dig. Vi fattar inga sådana beslut.",
           "fi": "Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään "
                 "automaattiseen käsittelyyn, kuten profilointiin, ja jolla on sinua koskevia oikeusvaikutuksia "
                 "tai joka vaikuttaa sinuun vastaavalla tavalla merkittävästi. Emme tee tällaisia päätöksiä.",
           "da": "Du har ret til ikke at være genstand for en afgørelse, der alene er baseret på automatisk "
                 "behandling, herunder profilering, og som har retsvirkning for dig eller på tilsvarende vis "
                 "betydeligt påvirker dig. Vi træffer ingen sådanne afgørelser.",
           "en": "You have the right not to be subject to a decision based solely on automated processing, "
                 "including profiling, which produces legal effects concerning you or similarly significantly "
                 "affects you. We make no such decisions."}),
    # Art. 7(3).
    Right("withdraw_consent",
          {"nb": "art. 7 nr. 3", "nn": "art. 7 nr. 3", "sv": "art. 7.3", "fi": "7 art. 3 kohta",
           "da": "art. 7, stk. 3", "en": "Art. 7(3)"},
          {"nb": "Rett til å trekke tilbake samtykke", "nn": "Rett til å trekkje tilbake samtykke",
           "sv": "Rätt att återkalla samtycke", "fi": "Oikeus peruuttaa suostumus",
           "da": "Ret til at tilbagekalde samtykke", "en": "Right to withdraw consent"},
          {"nb": "Du kan når som helst trekke tilbake et samtykke, like enkelt som du ga det. Det som ble gjort "
                 "før du trakk det tilbake, er fortsatt lovlig.",
           "nn": "Du kan når som helst trekkje tilbake eit samtykke, like enkelt som du gav det. Det som vart "
                 "gjort før du trekte det tilbake, er framleis lovleg.",
           "sv": "Du kan när som helst återkalla ett samtycke, lika enkelt som du lämnade det. Det som gjordes "
                 "innan du återkallade samtycket är fortfarande lagligt.",
           "fi": "Voit peruuttaa suostumuksesi milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei "
                 "vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.",
           "da": "Du kan til enhver tid tilbagekalde et samtykke, lige så let som du gav det. Det, der skete, før "
                 "du tilbagekaldte det, er stadig lovligt.",
           "en": "You may withdraw a consent at any time, as easily as you gave it. Withdrawing it does not affect "
                 "the lawfulness of what was done before."}),
    # Art. 77(1).
    Right("complaint",
          {"nb": "art. 77", "nn": "art. 77", "sv": "art. 77", "fi": "77 art.", "da": "art. 77", "en": "Art. 77"},
          {"nb": "Rett til å klage", "nn": "Rett til å klage", "sv": "Rätt att klaga", "fi": "Oikeus tehdä valitus",
           "da": "Ret til at klage", "en": "Right to complain"},
          {"nb": "Du kan klage til en tilsynsmyndighet; se neste punkt.",
           "nn": "Du kan klage til ei tilsynsstyresmakt; sjå neste punkt.",
           "sv": "Du kan klaga till en tillsynsmyndighet; se nästa avsnitt.",
           "fi": "Voit tehdä valituksen valvontaviranomaiselle; ks. seuraava kohta.",
           "da": "Du kan klage til en tilsynsmyndighed; se næste afsnit.",
           "en": "You may complain to a supervisory authority; see the next section."}),
)

# How to use the rights. Art. 12(2) (facilitate), 12(3) (one month, extendable by two further
# months with reasons given within the first), 12(5) (free of charge), 12(6) (may ask for
# information needed to confirm identity); EDPB Guidelines 01/2022, section 3.3 (identification and
# authentication): checks must be proportionate, and a copy of an ID document is in general not an
# appropriate way to authenticate a person.
# {contact} is "by email x or phone y" in the language's own words; {address} the postal address.
HOW_TO_USE_RIGHTS: Texts = {
    "nb": "Ta kontakt med oss {channels}, og si hvilken rettighet du vil bruke. Det er gratis. Vi svarer uten "
          "ugrunnet opphold og senest innen én måned. Er forespørselen omfattende eller sammensatt, kan fristen "
          "forlenges med inntil to måneder; da sier vi fra om det og hvorfor innen den første måneden (GDPR art. 12 "
          "nr. 3). For å beskytte opplysningene dine kan vi be deg bekrefte hvem du er, men aldri mer enn "
          "nødvendig, og vi tar ikke kopi av legitimasjonen din.",
    "nn": "Ta kontakt med oss {channels}, og sei kva rett du vil bruke. Det er gratis. Vi svarer utan ugrunna "
          "opphald og seinast innan éin månad. Er førespurnaden omfattande eller samansett, kan fristen forlengjast "
          "med inntil to månader; då seier vi frå om det og kvifor innan den første månaden (GDPR art. 12 nr. 3). "
          "For å verne opplysningane dine kan vi be deg stadfeste kven du er, men aldri meir enn naudsynt, og vi "
          "tek ikkje kopi av legitimasjonen din.",
    "sv": "Kontakta oss {channels} och berätta vilken rättighet du vill använda. Det är kostnadsfritt. Vi svarar "
          "utan onödigt dröjsmål och senast inom en månad. Om begäran är omfattande eller komplicerad kan tiden "
          "förlängas med högst två månader; då meddelar vi dig det och skälen inom den första månaden (GDPR art. "
          "12.3). För att skydda dina uppgifter kan vi be dig bekräfta vem du är, men aldrig mer än nödvändigt, och "
          "vi sparar aldrig kopior av id-handlingar.",
    "fi": "Ota meihin yhteyttä {channels} ja kerro, mitä oikeuttasi haluat käyttää. Se on maksutonta. Vastaamme "
          "ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on laaja tai monimutkainen, "
          "määräaikaa voidaan jatkaa enintään kahdella kuukaudella; kerromme siitä ja syistä ensimmäisen kuukauden "
          "aikana (tietosuoja-asetuksen 12 artiklan 3 kohta). Tietojesi suojaamiseksi voimme pyytää sinua "
          "vahvistamaan henkilöllisyytesi, mutta emme koskaan enempää kuin on tarpeen, emmekä ota kopiota "
          "henkilöllisyystodistuksestasi.",
    "da": "Kontakt os {channels}, og fortæl, hvilken rettighed du vil bruge. Det er gratis. Vi svarer uden unødig "
          "forsinkelse og senest inden for en måned. Er anmodningen omfattende eller kompliceret, kan fristen "
          "forlænges med op til to måneder; så giver vi dig besked om det og om årsagen inden for den første måned "
          "(GDPR art. 12, stk. 3). For at beskytte dine oplysninger kan vi bede dig bekræfte, hvem du er, men aldrig "
          "mere end nødvendigt, og vi tager ikke kopi af din legitimation.",
    "en": "Contact us {channels}, and tell us which right you want to use. It is free of charge. We answer without "
          "undue delay and within one month at the latest. If the request is extensive or complex, this may be "
          "extended by up to two further months; we will then tell you so, and why, within the first month (GDPR "
          "Art. 12(3)). To protect your data we may ask you to confirm who you are, but never more than necessary, "
          "and we do not keep a copy of your ID.",
}
# The ways to reach the shop, joined into {channels} as a list ("in the shop, by email to x or by
# letter to y"); those the shop has no details for are left out.
CHANNEL_SHOP: Texts = {"nb": "i butikken", "nn": "i butikken", "sv": "i butiken", "fi": "myymälässä",
                       "da": "i butikken", "en": "in the shop"}
CHANNEL_EMAIL: Texts = {"nb": "på e-post til {email}", "nn": "på e-post til {email}", "sv": "via e-post till {email}",
                        "fi": "sähköpostitse osoitteeseen {email}", "da": "på e-mail til {email}",
                        "en": "by email to {email}"}
CHANNEL_PHONE: Texts = {"nb": "på telefon {phone}", "nn": "på telefon {phone}", "sv": "på telefon {phone}",
                        "fi": "puhelimitse numeroon {phone}", "da": "på telefon {phone}", "en": "by phone on {phone}"}
CHANNEL_LETTER: Texts = {"nb": "per brev til {address}", "nn": "per brev til {address}",
                         "sv": "per brev till {address}", "fi": "kirjeitse osoitteeseen {address}",
                         "da": "pr. brev til {address}", "en": "by letter to {address}"}


# -- Art. 15(1)(h) and Art. 22: automated decision-making --------------------------------------
# The register makes no automated decisions and builds no profiles (nothing in kundereg scores,
# ranks or decides about a person); a shop that adds such processing must change this text.
AUTOMATED_DECISIONS: Texts = {
    "nb": "Vi treffer ingen avgjørelser om deg som utelukkende bygger på automatisert behandling, og vi driver "
          "ikke profilering (GDPR art. 22). Alle avgjørelser om deg som kunde tas av mennesker i butikken.",
    "nn": "Vi tek ingen avgjerder om deg som berre byggjer på automatisert behandling, og vi driv ikkje "
          "profilering (GDPR art. 22). Alle avgjerder om deg som kunde blir tekne av menneske i butikken.",
    "sv": "Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, och vi använder inte "
          "profilering (GDPR art. 22). Alla beslut om dig som kund fattas av människor i butiken.",
    "fi": "Emme tee sinusta päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, emmekä profiloi "
          "asiakkaitamme (tietosuoja-asetuksen 22 artikla). Kaikki sinua asiakkaana koskevat päätökset tekevät "
          "ihmiset myymälässämme.",
    "da": "Vi træffer ingen afgørelser om dig, der alene er baseret på automatisk behandling, og vi foretager "
          "ikke profilering (GDPR art. 22). Alle afgørelser om dig som kunde træffes af mennesker i butikken.",
    "en": "We make no decisions about you based solely on automated processing, and we do not use profiling "
          "(GDPR Art. 22). All decisions about you as a customer are made by people in our shop.",
}

# -- Art. 15(2): transfers to third countries ---------------------------------------------------
# Default until the shop profile names processors outside the EEA (then Art. 46 safeguards must
# be described here).
NO_THIRD_COUNTRY_TRANSFERS: Texts = {
    "nb": "Vi overfører ikke personopplysningene dine til land utenfor EU/EØS.",
    "nn": "Vi overfører ikkje personopplysningane dine til land utanfor EU/EØS.",
    "sv": "Vi för inte över dina personuppgifter till länder utanför EU/EES.",
    "fi": "Emme siirrä henkilötietojasi EU:n tai ETA:n ulkopuolisiin maihin.",
    "da": "Vi overfører ikke dine personoplysninger til lande uden for EU/EØS.",
    "en": "We do not transfer your personal data to countries outside the EU/EEA.",
}

# -- Art. 77 and Art. 15(1)(f): the right to complain ------------------------------------------
# Art. 77(1): "in particular in the Member State of his or her habitual residence, place of
# work or place of the alleged infringement".
COMPLAINT: Texts = {
    "nb": "Mener du at vi behandler personopplysningene dine i strid med regelverket, har du rett til å klage "
          "til tilsynsmyndigheten (GDPR art. 77). Du kan også klage til tilsynsmyndigheten i landet der du bor "
          "eller arbeider. Vi setter pris på om du tar kontakt med oss først, slik at vi kan prøve å rette opp i "
          "saken. Tilsynsmyndigheten for butikken vår er:",
    "nn": "Meiner du at vi behandlar personopplysningane dine i strid med regelverket, har du rett til å klage "
          "til tilsynsstyresmakta (GDPR art. 77). Du kan også klage til tilsynsstyresmakta i landet der du bur "
          "eller arbeider. Vi set pris på om du tek kontakt med oss først, slik at vi kan prøve å rette opp i "
          "saka. Tilsynsstyresmakta for butikken vår er:",
    "sv": "Om du anser att vi behandlar dina personuppgifter i strid med reglerna har du rätt att klaga till "
          "tillsynsmyndigheten (GDPR art. 77). Du kan också klaga till tillsynsmyndigheten i det land där du bor "
          "eller arbetar. Vi uppskattar om du kontaktar oss först, så att vi kan försöka rätta till saken. "
          "Tillsynsmyndighet för vår butik är:",
    "fi": "Jos katsot, että käsittelemme henkilötietojasi säännösten vastaisesti, sinulla on oikeus tehdä "
          "valitus valvontaviranomaiselle (tietosuoja-asetuksen 77 artikla). Voit tehdä valituksen myös sen maan "
          "valvontaviranomaiselle, jossa asut tai työskentelet. Toivomme, että otat ensin yhteyttä meihin, jotta "
          "voimme yrittää korjata asian. Myymälämme valvontaviranomainen on:",
    "da": "Mener du, at vi behandler dine personoplysninger i strid med reglerne, har du ret til at klage til "
          "tilsynsmyndigheden (GDPR art. 77). Du kan også klage til tilsynsmyndigheden i det land, hvor du bor "
          "eller arbejder. Vi sætter pris på, hvis du kontakter os først, så vi kan forsøge at rette op på "
          "sagen. Tilsynsmyndighed for vores butik er:",
    "en": "If you believe we process your personal data in breach of the rules, you have the right to complain "
          "to the supervisory authority (GDPR Art. 77). You may also complain to the supervisory authority in "
          "the country where you live or work. We would appreciate it if you contacted us first, so that we can "
          "try to put things right. The supervisory authority for our shop is:",
}

# -- identity checks (GDPR Art. 12(6); EDPB Guidelines 01/2022 section 3.3) ---------------------
# Proportionate checks only; no copy of an ID document is kept and no ID number is recorded.
NO_ID_COPY: Texts = {
    "nb": "Vi tar ikke kopi av legitimasjon og noterer ikke legitimasjonsnummer.",
    "nn": "Vi tek ikkje kopi av legitimasjon og noterer ikkje legitimasjonsnummer.",
    "sv": "Vi tar inte kopior av id-handlingar och antecknar inga id-nummer.",
    "fi": "Emme ota kopioita henkilöllisyystodistuksista emmekä kirjaa niiden numeroita.",
    "da": "Vi tager ikke kopi af legitimation og noterer ikke legitimationsnumre.",
    "en": "We do not copy identity documents or record their numbers.",
}

# -- the letter's frame: what Art. 15 asks for and under which article it is given ------------
# Art. 15(1): confirmation and access; 15(3): a copy, free of charge (Art. 12(5)).
INTRODUCTION: Texts = {
    "nb": "I dette brevet finner du alle personopplysningene {shop} har registrert om deg per {date}: hva vi har "
          "lagret, hva vi bruker det til, hvor lenge vi tar vare på det, hvem som får det, og hvilke rettigheter "
          "du har. Svaret gis etter personvernforordningen (GDPR) artikkel 15 og koster deg ingenting.",
    "nn": "I dette brevet finn du alle personopplysningane {shop} har registrert om deg per {date}: kva vi har "
          "lagra, kva vi brukar det til, kor lenge vi tek vare på det, kven som får det, og kva rettar du har. "
          "Svaret blir gjeve etter personvernforordninga (GDPR) artikkel 15 og kostar deg ingenting.",
    "sv": "I det här brevet hittar du alla personuppgifter som {shop} har registrerat om dig per den {date}: vad "
          "vi har sparat, vad vi använder det till, hur länge vi sparar det, vem som får ta del av det och vilka "
          "rättigheter du har. Svaret lämnas enligt artikel 15 i dataskyddsförordningen (GDPR) och är "
          "kostnadsfritt.",
    "fi": "Tässä kirjeessä ovat kaikki henkilötiedot, jotka {shop} on tallentanut sinusta (tilanne {date}): mitä "
          "olemme tallentaneet, mihin käytämme tietoja, kuinka kauan säilytämme niitä, kenelle niitä luovutetaan "
          "ja mitkä oikeudet sinulla on. Vastaus annetaan EU:n yleisen tietosuoja-asetuksen (GDPR) 15 artiklan "
          "mukaisesti, eikä se maksa sinulle mitään.",
    "da": "I dette brev finder du alle de personoplysninger, {shop} har registreret om dig pr. {date}: hvad vi "
          "har gemt, hvad vi bruger det til, hvor længe vi opbevarer det, hvem der modtager det, og hvilke "
          "rettigheder du har. Svaret gives efter databeskyttelsesforordningens (GDPR) artikel 15 og er gratis.",
    "en": "This letter sets out all the personal data {shop} holds about you as of {date}: what we have stored, "
          "what we use it for, how long we keep it, who receives it and what your rights are. We give this "
          "answer under Article 15 of the General Data Protection Regulation (GDPR), free of charge.",
}

DOCUMENT_TITLE: Texts = {
    "nb": "Innsyn i personopplysninger", "nn": "Innsyn i personopplysningar",
    "sv": "Registerutdrag: dina personuppgifter", "fi": "Tarkastuspyyntö: sinua koskevat henkilötiedot",
    "da": "Indsigt i dine personoplysninger", "en": "Access to your personal data",
}
DOCUMENT_SUBJECT: Texts = {
    "nb": "Svar på forespørsel om innsyn etter GDPR artikkel 15",
    "nn": "Svar på førespurnad om innsyn etter GDPR artikkel 15",
    "sv": "Svar på begäran om tillgång enligt artikel 15 i GDPR",
    "fi": "Vastaus tietosuoja-asetuksen 15 artiklan mukaiseen tarkastuspyyntöön",
    "da": "Svar på anmodning om indsigt efter GDPR artikel 15",
    "en": "Answer to a request for access under Article 15 GDPR",
}

# -- Art. 15 headings -------------------------------------------------------------------------
# Which point of Art. 15 each section answers is noted at the key.
SECTION_HEADINGS: dict[str, Texts] = {
    # Art. 15(1) first sentence, 15(3): the data itself (the register's fields).
    "data": {"nb": "Opplysninger vi har registrert om deg", "nn": "Opplysningar vi har registrert om deg",
             "sv": "Uppgifter vi har registrerat om dig", "fi": "Sinusta tallentamamme tiedot",
             "da": "Oplysninger, vi har registreret om dig", "en": "The information we hold about you"},
    "consents": {"nb": "Samtykker du har gitt", "nn": "Samtykke du har gitt", "sv": "Samtycken du har lämnat",
                 "fi": "Antamasi suostumukset", "da": "Samtykker, du har givet", "en": "Consents you have given"},
    "purchases": {"nb": "Kjøp og bestillinger", "nn": "Kjøp og bestillingar", "sv": "Köp och beställningar",
                  "fi": "Ostot ja tilaukset", "da": "Køb og bestillinger", "en": "Purchases and orders"},
    "service_events": {"nb": "Reklamasjoner, returer og reparasjoner", "nn": "Reklamasjonar, returar og reparasjonar",
                       "sv": "Reklamationer, returer och reparationer",
                       "fi": "Reklamaatiot, palautukset ja korjaukset",
                       "da": "Reklamationer, returneringer og reparationer", "en": "Complaints, returns and repairs"},
    "requests": {"nb": "Dine forespørsler om personopplysninger", "nn": "Førespurnadene dine om personopplysningar",
                 "sv": "Dina begäranden om personuppgifter", "fi": "Henkilötietojasi koskevat pyyntösi",
                 "da": "Dine anmodninger om personoplysninger", "en": "Your requests about your personal data"},
    # Art. 15(1)(a) purposes, (b) categories, (c) recipients, (d) retention, (g) source. Art. 15 does
    # not list the legal basis; it is given per purpose as Art. 13(1)(c) and 14(1)(c) require at
    # collection, so the answer is complete on its own.
    "processing": {"nb": "Formål, rettslig grunnlag, lagringstid og mottakere",
                   "nn": "Føremål, rettsleg grunnlag, lagringstid og mottakarar",
                   "sv": "Ändamål, rättslig grund, lagringstid och mottagare",
                   "fi": "Käyttötarkoitus, oikeusperuste, säilytysaika ja vastaanottajat",
                   "da": "Formål, retsgrundlag, opbevaringsperiode og modtagere",
                   "en": "Purpose, legal basis, retention and recipients"},
    # Art. 15(2).
    "transfers": {"nb": "Overføring til land utenfor EU/EØS", "nn": "Overføring til land utanfor EU/EØS",
                  "sv": "Överföring till länder utanför EU/EES", "fi": "Siirrot EU:n ja ETA:n ulkopuolelle",
                  "da": "Overførsel til lande uden for EU/EØS", "en": "Transfers outside the EU/EEA"},
    # Art. 15(1)(h).
    "automated": {"nb": "Automatiserte avgjørelser og profilering", "nn": "Automatiserte avgjerder og profilering",
                  "sv": "Automatiserat beslutsfattande och profilering",
                  "fi": "Automaattinen päätöksenteko ja profilointi",
                  "da": "Automatiske afgørelser og profilering", "en": "Automated decision-making and profiling"},
    # Art. 15(1)(e) and 7(3), 16-22.
    "rights": {"nb": "Dine rettigheter og hvordan du bruker dem", "nn": "Rettane dine og korleis du brukar dei",
               "sv": "Dina rättigheter och hur du använder dem", "fi": "Oikeutesi ja niiden käyttäminen",
               "da": "Dine rettigheder, og hvordan du bruger dem", "en": "Your rights and how to use them"},
    "how_to": {"nb": "Slik bruker du rettighetene dine", "nn": "Slik brukar du rettane dine",
               "sv": "Så använder du dina rättigheter", "fi": "Näin käytät oikeuksiasi",
               "da": "Sådan bruger du dine rettigheder", "en": "How to use your rights"},
    # Art. 15(1)(f), 77.
    "complaint": {"nb": "Rett til å klage til tilsynsmyndigheten", "nn": "Rett til å klage til tilsynsstyresmakta",
                  "sv": "Rätt att klaga till tillsynsmyndigheten",
                  "fi": "Oikeus tehdä valitus valvontaviranomaiselle",
                  "da": "Ret til at klage til tilsynsmyndigheden",
                  "en": "Your right to complain to the supervisory authority"},
}

# Art. 15(1)(a)-(d), (g): the lead-in to the per-category blocks.
PROCESSING_INTRO: Texts = {
    "nb": "For hver type opplysninger står det her hvorfor vi har dem, hvilket rettslig grunnlag i "
          "personvernforordningen vi bygger på, hvor lenge vi tar vare på dem, hvem som eventuelt får dem, og hvor "
          "vi har dem fra.",
    "nn": "For kvar type opplysningar står det her kvifor vi har dei, kva rettsleg grunnlag i personvernforordninga "
          "vi byggjer på, kor lenge vi tek vare på dei, kven som eventuelt får dei, og kvar vi har dei frå.",
    "sv": "För varje typ av uppgifter anges här varför vi har dem, vilken rättslig grund i dataskyddsförordningen vi "
          "stöder oss på, hur länge vi sparar dem, vem som eventuellt får ta del av dem och varifrån vi har fått "
          "dem.",
    "fi": "Kunkin tietoryhmän kohdalla kerrotaan, miksi tiedot ovat meillä, mihin tietosuoja-asetuksen "
          "oikeusperusteeseen käsittely perustuu, kuinka kauan säilytämme tietoja, kenelle niitä mahdollisesti "
          "luovutetaan ja mistä olemme saaneet ne.",
    "da": "For hver type oplysninger står der her, hvorfor vi har dem, hvilket retsgrundlag i "
          "databeskyttelsesforordningen vi bygger på, hvor længe vi opbevarer dem, hvem der eventuelt modtager "
          "dem, og hvor vi har dem fra.",
    "en": "For each kind of data, this section says why we hold it, which legal basis in the GDPR we rely on, how "
          "long we keep it, who, if anyone, receives it, and where we got it from.",
}


# -- default categories (until the shop profile states its own) --------------------------------
# Purposes and bases follow the seed notices: contact and purchase data to serve the customer
# (Art. 6(1)(b)); purchases also because bookkeeping law requires them (6(1)(c)); service history,
# returns, complaints and repairs on a balancing of interests (6(1)(f), as seed 002 states);
# consents (6(1)(a)); data-subject requests because the GDPR itself obliges us to answer and to
# be able to show it (6(1)(c) with Art. 5(2), 12).

CATEGORY_KEYS: tuple[str, ...] = ("contact", "company", "purchases", "service_events", "consents", "requests")

CATEGORY_NAMES: dict[str, Texts] = {
    "contact": {"nb": "Kontaktopplysninger", "nn": "Kontaktopplysningar", "sv": "Kontaktuppgifter",
                "fi": "Yhteystiedot", "da": "Kontaktoplysninger", "en": "Contact details"},
    "company": {"nb": "Firmaopplysninger", "nn": "Firmaopplysningar", "sv": "Företagsuppgifter", "fi": "Yritystiedot",
                "da": "Firmaoplysninger", "en": "Company details"},
    "purchases": SECTION_HEADINGS["purchases"],
    "service_events": SECTION_HEADINGS["service_events"],
    "consents": {"nb": "Samtykker", "nn": "Samtykke", "sv": "Samtycken", "fi": "Suostumukset", "da": "Samtykker",
                 "en": "Consents"},
    "requests": {"nb": "Forespørsler om personopplysninger", "nn": "Førespurnader om personopplysningar",
                 "sv": "Begäranden om personuppgifter", "fi": "Henkilötietoja koskevat pyynnöt",
                 "da": "Anmodninger om personoplysninger", "en": "Requests about personal data"},
}

_PURPOSES: dict[str, Texts] = {
    "contact": {
        "nb": "Å kjenne deg igjen som kunde, levere det du har bestilt til rett person og kontakte deg om "
              "bestillingene dine, for eksempel når noe er klart til henting.",
        "nn": "Å kjenne deg att som kunde, levere det du har bestilt til rett person og kontakte deg om "
              "bestillingane dine, til dømes når noko er klart til henting.",
        "sv": "Att känna igen dig som kund, lämna ut det du har beställt till rätt person och kontakta dig om dina "
              "beställningar, till exempel när något är klart att hämta.",
        "fi": "Tunnistaa sinut asiakkaaksi, luovuttaa tilaamasi oikealle henkilölle ja ottaa sinuun yhteyttä "
              "tilauksistasi, esimerkiksi kun jokin on noudettavissa.",
        "da": "At kende dig som kunde, udlevere det, du har bestilt, til den rigtige person og kontakte dig om dine "
              "bestillinger, for eksempel når noget er klar til afhentning.",
        "en": "To recognise you as a customer, hand over what you ordered to the right person and contact you "
              "about your orders, for example when something is ready for collection.",
    },
    "company": {
        "nb": "Å fakturere og levere til firmaet du handler for.",
        "nn": "Å fakturere og levere til firmaet du handlar for.",
        "sv": "Att fakturera och leverera till företaget du handlar för.",
        "fi": "Laskuttaa ja toimittaa yritykselle, jonka puolesta asioit.",
        "da": "At fakturere og levere til den virksomhed, du handler for.",
        "en": "To invoice and deliver to the company you buy for.",
    },
    "purchases": {
        "nb": "Å levere det du har kjøpt, ta betalt og føre regnskap slik loven krever.",
        "nn": "Å levere det du har kjøpt, ta betalt og føre rekneskap slik lova krev.",
        "sv": "Att leverera det du har köpt, ta betalt och bokföra så som lagen kräver.",
        "fi": "Toimittaa ostamasi, laskuttaa ne ja hoitaa kirjanpito lain edellyttämällä tavalla.",
        "da": "At levere det, du har købt, tage betaling og bogføre, som loven kræver.",
        "en": "To deliver what you bought, take payment and keep the accounts the law requires.",
    },
    "service_events": {
        "nb": "Å hjelpe deg med reklamasjoner, returer og reparasjoner etter et kjøp, og kunne dokumentere hva som "
              "ble avtalt. Vi har vurdert at dette er i både din og vår interesse (interesseavveining).",
        "nn": "Å hjelpe deg med reklamasjonar, returar og reparasjonar etter eit kjøp, og kunne dokumentere kva som "
              "vart avtalt. Vi har vurdert at dette er i både di og vår interesse (interesseavveging).",
        "sv": "Att hjälpa dig med reklamationer, returer och reparationer efter ett köp och kunna visa vad som "
              "avtalades. Vi har bedömt att detta ligger i både ditt och vårt intresse (intresseavvägning).",
        "fi": "Auttaa sinua ostoon liittyvissä reklamaatioissa, palautuksissa ja korjauksissa ja pystyä "
              "osoittamaan, mitä sovittiin. Olemme arvioineet, että tämä on sekä sinun että meidän etumme "
              "mukaista (intressivertailu).",
        "da": "At hjælpe dig med reklamationer, returneringer og reparationer efter et køb og kunne dokumentere, "
              "hvad der blev aftalt. Vi har vurderet, at det er i både din og vores interesse "
              "(interesseafvejning).",
        "en": "To help you with complaints, returns and repairs after a purchase, and to be able to show what was "
              "agreed. We have assessed that this is in both your interest and ours (balancing of interests).",
    },
    "consents": {
        "nb": "Å sende deg bare det du har sagt ja til, og kunne vise at vi hadde samtykket ditt.",
        "nn": "Å sende deg berre det du har sagt ja til, og kunne vise at vi hadde samtykket ditt.",
        "sv": "Att bara skicka det du har sagt ja till och kunna visa att vi hade ditt samtycke.",
        "fi": "Lähettää sinulle vain sitä, mihin olet suostunut, ja pystyä osoittamaan, että meillä oli "
              "suostumuksesi.",
        "da": "Kun at sende dig det, du har sagt ja til, og kunne vise, at vi havde dit samtykke.",
        "en": "To send you only what you agreed to, and to be able to show that we had your consent.",
    },
    "requests": {
        "nb": "Å behandle forespørslene dine om personopplysninger og kunne dokumentere at vi har svart innen "
              "fristen (GDPR art. 5 nr. 2 og art. 12).",
        "nn": "Å behandle førespurnadene dine om personopplysningar og kunne dokumentere at vi har svart innan "
              "fristen (GDPR art. 5 nr. 2 og art. 12).",
        "sv": "Att hantera dina begäranden om personuppgifter och kunna visa att vi har svarat i tid (GDPR art. 5.2 "
              "och art. 12).",
        "fi": "Käsitellä henkilötietojasi koskevat pyyntösi ja pystyä osoittamaan, että olemme vastanneet "
              "määräajassa (tietosuoja-asetuksen 5 artiklan 2 kohta ja 12 artikla).",
        "da": "At behandle dine anmodninger om personoplysninger og kunne dokumentere, at vi har svaret inden for "
              "fristen (GDPR art. 5, stk. 2, og art. 12).",
        "en": "To handle your requests about your personal data and to be able to show that we answered in time "
              "(GDPR Art. 5(2) and Art. 12).",
    },
}

_LEGAL_BASIS: dict[str, str] = {
    "contact": "b", "company": "b", "purchases": "b,c", "service_events": "f", "consents": "a", "requests": "c",
}

# Contact and company data: kept while the customer relationship lasts (Art. 5(1)(e) storage
# limitation); Art. 13(2)(a)/15(1)(d) allow stating the criteria instead of a fixed period.
_RETENTION_CUSTOMER: Texts = {
    "nb": "Så lenge du er kunde hos oss. Ber du om det, eller har du ikke handlet hos oss på lenge, sletter vi "
          "dem, med unntak av det som må følge kjøpsdokumentasjonen etter bokføringsreglene.",
    "nn": "Så lenge du er kunde hos oss. Ber du om det, eller har du ikkje handla hos oss på lenge, slettar vi "
          "dei, med unntak av det som må følgje kjøpsdokumentasjonen etter bokføringsreglane.",
    "sv": "Så länge du är kund hos oss. Om du ber om det, eller om du inte har handlat hos oss på länge, raderar "
          "vi dem, utom det som måste följa köpunderlaget enligt bokföringsreglerna.",
    "fi": "Niin kauan kuin olet asiakkaamme. Jos pyydät tai jos et ole asioinut meillä pitkään aikaan, poistamme "
          "ne lukuun ottamatta tietoja, joiden on kirjanpitosääntöjen mukaan säilyttävä ostotositteiden "
          "yhteydessä.",
    "da": "Så længe du er kunde hos os. Beder du om det, eller har du ikke handlet hos os i længere tid, sletter "
          "vi dem, bortset fra det, der skal følge købsbilagene efter bogføringsreglerne.",
    "en": "For as long as you are our customer. If you ask us to, or if you have not bought anything from us for "
          "a long time, we delete them, except what must stay with the purchase records under the bookkeeping "
          "rules.",
}

# Purchases: the bookkeeping law of the shop's country.
BOOKKEEPING_RETENTION: dict[str, Texts] = {
    # Norway: bokføringsloven (LOV-2004-11-19-73) § 13 second paragraph: primary documentation
    # (§ 13 first paragraph no. 1-4, sales documents included) "skal oppbevares i Norge i fem år
    # etter regnskapsårets slutt" (5 years since 1 Feb 2014; the exceptions in
    # bokføringsforskriften were mostly removed from 1 Jan 2015).
    # https://lovdata.no/lov/2004-11-19-73/§13, https://info.altinn.no/starte-og-drive/regnskap-og-revisjon/regnskap/oppbevaring-av-regnskapsmateriale/
    "NO": {
        "nb": "Fem år etter utgangen av regnskapsåret kjøpet hører til, fordi bokføringsloven § 13 krever at "
              "salgsdokumentasjon oppbevares så lenge. Deretter sletter eller anonymiserer vi dem.",
        "nn": "Fem år etter utgangen av rekneskapsåret kjøpet høyrer til, fordi bokføringslova § 13 krev at "
              "salsdokumentasjon blir oppbevart så lenge. Deretter slettar eller anonymiserer vi dei.",
        "sv": "Fem år efter utgången av det räkenskapsår som köpet hör till, eftersom den norska bokföringslagen "
              "(bokføringsloven § 13) kräver det. Därefter raderar eller avidentifierar vi dem.",
        "fi": "Viisi vuotta sen tilikauden päättymisestä, johon osto kuuluu, koska Norjan kirjanpitolaki "
              "(bokføringsloven § 13) edellyttää sitä. Sen jälkeen poistamme tai anonymisoimme ne.",
        "da": "Fem år efter udgangen af det regnskabsår, købet hører til, fordi den norske bogføringslov "
              "(bokføringsloven § 13) kræver det. Derefter sletter eller anonymiserer vi dem.",
        "en": "Five years after the end of the financial year the purchase belongs to, because the Norwegian "
              "Bookkeeping Act (bokføringsloven § 13) requires it. After that we delete or anonymise them.",
    },
    # Sweden: bokföringslagen (1999:1078) 7 kap. 2 §: räkenskapsinformation ska bevaras "till och
    # med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades".
    # https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/bokforingslag-19991078_sfs-1999-1078/
    "SE": {
        "sv": "Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades, "
              "eftersom bokföringslagen (1999:1078) 7 kap. 2 § kräver det. Därefter raderar eller avidentifierar "
              "vi dem.",
        "nb": "Til og med det sjuende året etter utgangen av kalenderåret da regnskapsåret ble avsluttet, fordi den "
              "svenske bokføringsloven (bokföringslagen 7 kap. 2 §) krever det. Deretter sletter eller "
              "anonymiserer vi dem.",
        "nn": "Til og med det sjuande året etter utgangen av kalenderåret då rekneskapsåret vart avslutta, fordi "
              "den svenske bokføringslova (bokföringslagen 7 kap. 2 §) krev det. Deretter slettar eller "
              "anonymiserer vi dei.",
        "fi": "Sen kalenterivuoden päättymistä seuraavan seitsemännen vuoden loppuun, jonka aikana tilikausi "
              "päättyi, koska Ruotsin kirjanpitolaki (bokföringslagen 7 kap. 2 §) edellyttää sitä. Sen jälkeen "
              "poistamme tai anonymisoimme ne.",
        "da": "Til og med det syvende år efter udgangen af det kalenderår, hvor regnskabsåret blev afsluttet, fordi "
              "den svenske bogføringslov (bokföringslagen 7 kap. 2 §) kræver det. Derefter sletter eller "
              "anonymiserer vi dem.",
        "en": "Until the end of the seventh year after the calendar year in which the financial year ended, "
              "because the Swedish Bookkeeping Act (bokföringslagen, chapter 7, section 2) requires it. After "
              "that we delete or anonymise them.",
    },
    # Finland: kirjanpitolaki (1336/1997) 2 luku 10 §: tilinpäätös and kirjanpidot at least ten years
    # from the end of the financial period; tositteet (vouchers) at least six years from the end of
    # the year in which the financial period ended. https://www.finlex.fi/fi/laki/ajantasa/1997/19971336
    "FI": {
        "fi": "Ostojen tositteet säilytetään kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi, ja "
              "kirjanpidon kirjaukset kymmenen vuotta tilikauden päättymisestä, koska kirjanpitolain (1336/1997) "
              "2 luvun 10 § edellyttää sitä. Sen jälkeen poistamme tai anonymisoimme ne.",
        "sv": "Verifikationer för köpen sparas i sex år från utgången av det år då räkenskapsperioden avslutades "
              "och bokföringen i tio år från räkenskapsperiodens slut, eftersom bokföringslagen (1336/1997) 2 kap. "
              "10 § kräver det. Därefter raderar eller avidentifierar vi dem.",
        "nb": "Kjøpsbilagene oppbevares i seks år fra utgangen av året da regnskapsperioden ble avsluttet, og selve "
              "bokføringen i ti år fra regnskapsperiodens slutt, fordi den finske bokføringsloven (kirjanpitolaki "
              "2 luku 10 §) krever det. Deretter sletter eller anonymiserer vi dem.",
        "nn": "Kjøpsbilaga blir oppbevarte i seks år frå utgangen av året då rekneskapsperioden vart avslutta, og "
              "sjølve bokføringa i ti år frå slutten av rekneskapsperioden, fordi den finske bokføringslova "
              "(kirjanpitolaki 2 luku 10 §) krev det. Deretter slettar eller anonymiserer vi dei.",
        "da": "Købsbilagene opbevares i seks år fra udgangen af det år, hvor regnskabsperioden sluttede, og selve "
              "bogføringen i ti år fra regnskabsperiodens afslutning, fordi den finske bogføringslov "
              "(kirjanpitolaki 2 luku 10 §) kræver det. Derefter sletter eller anonymiserer vi dem.",
        "en": "Purchase vouchers are kept for six years from the end of the year in which the financial period "
              "ended, and the accounting records for ten years from the end of the financial period, because the "
              "Finnish Accounting Act (kirjanpitolaki, chapter 2, section 10) requires it. After that we delete "
              "or anonymise them.",
    },
    # Denmark: bogføringsloven, "5 år fra udgangen af det regnskabsår, materialet vedrører" (LBK nr.
    # 648 af 15/06/2006 § 10, stk. 1; kept by the new bogføringslov, lov nr. 700 af 24/05/2022, see
    # Skattestyrelsen, Den juridiske vejledning A.B.3.1, https://info.skat.dk/data.aspx?oid=2062750).
    # The section number in the 2022 act is not cited here: not verified.
    "DK": {
        "da": "Fem år fra udgangen af det regnskabsår, købet vedrører, fordi bogføringsloven kræver det. Derefter "
              "sletter eller anonymiserer vi dem.",
        "nb": "Fem år fra utgangen av regnskapsåret kjøpet gjelder, fordi den danske bokføringsloven "
              "(bogføringsloven) krever det. Deretter sletter eller anonymiserer vi dem.",
        "nn": "Fem år frå utgangen av rekneskapsåret kjøpet gjeld, fordi den danske bokføringslova "
              "(bogføringsloven) krev det. Deretter slettar eller anonymiserer vi dei.",
        "sv": "Fem år från utgången av det räkenskapsår som köpet avser, eftersom den danska bokföringslagen "
              "(bogføringsloven) kräver det. Därefter raderar eller avidentifierar vi dem.",
        "fi": "Viisi vuotta sen tilikauden päättymisestä, jota osto koskee, koska Tanskan kirjanpitolaki "
              "(bogføringsloven) edellyttää sitä. Sen jälkeen poistamme tai anonymisoimme ne.",
        "en": "Five years from the end of the financial year the purchase relates to, because the Danish "
              "Bookkeeping Act (bogføringsloven) requires it. After that we delete or anonymise them.",
    },
}

# A country without an entry above: the general rule, no figure we cannot vouch for.
_RETENTION_BOOKKEEPING_OTHER: Texts = {
    "nb": "Så lenge bokføringsreglene i landet vårt krever det. Deretter sletter eller anonymiserer vi dem.",
    "nn": "Så lenge bokføringsreglane i landet vårt krev det. Deretter slettar eller anonymiserer vi dei.",
    "sv": "Så länge bokföringsreglerna i vårt land kräver det. Därefter raderar eller avidentifierar vi dem.",
    "fi": "Niin kauan kuin maamme kirjanpitosäännöt edellyttävät. Sen jälkeen poistamme tai anonymisoimme ne.",
    "da": "Så længe bogføringsreglerne i vores land kræver det. Derefter sletter eller anonymiserer vi dem.",
    "en": "For as long as the bookkeeping rules of our country require. After that we delete or anonymise them.",
}

_RETENTION: dict[str, Texts] = {
    "contact": _RETENTION_CUSTOMER,
    "company": _RETENTION_CUSTOMER,
    # Service events: criteria, not a figure (Art. 15(1)(d)): the complaint periods differ by country
    # and by kind of goods, so the text points to them instead of citing one.
    "service_events": {
        "nb": "Til saken er avsluttet, og deretter så lenge du eller vi kan fremme krav knyttet til kjøpet etter "
              "forbrukerlovgivningen. Deretter sletter vi dem.",
        "nn": "Til saka er avslutta, og deretter så lenge du eller vi kan setje fram krav knytte til kjøpet etter "
              "forbrukarlovgivinga. Deretter slettar vi dei.",
        "sv": "Tills ärendet är avslutat och därefter så länge du eller vi kan göra anspråk som gäller köpet enligt "
              "konsumentlagstiftningen. Därefter raderar vi dem.",
        "fi": "Kunnes asia on käsitelty, ja sen jälkeen niin kauan kuin sinä tai me voimme esittää ostoon liittyviä "
              "vaatimuksia kuluttajansuojalainsäädännön nojalla. Sen jälkeen poistamme ne.",
        "da": "Indtil sagen er afsluttet, og derefter så længe du eller vi kan rejse krav vedrørende købet efter "
              "forbrugerlovgivningen. Derefter sletter vi dem.",
        "en": "Until the case is closed, and then for as long as you or we can bring claims about the purchase "
              "under consumer law. After that we delete them.",
    },
    # Consents: Art. 7(1) requires the controller to be able to demonstrate consent.
    "consents": {
        "nb": "Samtykket gjelder til du trekker det tilbake. Opplysningen om når du ga og trakk tilbake samtykket, "
              "tar vi vare på så lenge vi må kunne vise at vi hadde det (GDPR art. 7 nr. 1).",
        "nn": "Samtykket gjeld til du trekkjer det tilbake. Opplysninga om når du gav og trekte tilbake samtykket, "
              "tek vi vare på så lenge vi må kunne vise at vi hadde det (GDPR art. 7 nr. 1).",
        "sv": "Samtycket gäller tills du återkallar det. Uppgiften om när du lämnade och återkallade samtycket "
              "sparar vi så länge vi behöver kunna visa att vi hade det (GDPR art. 7.1).",
        "fi": "Suostumus on voimassa, kunnes peruutat sen. Tiedon suostumuksen antamisesta ja peruuttamisesta "
              "säilytämme niin kauan kuin meidän on pystyttävä osoittamaan, että meillä oli suostumus "
              "(tietosuoja-asetuksen 7 artiklan 1 kohta).",
        "da": "Samtykket gælder, indtil du tilbagekalder det. Oplysningen om, hvornår du gav og tilbagekaldte "
              "samtykket, opbevarer vi, så længe vi skal kunne vise, at vi havde det (GDPR art. 7, stk. 1).",
        "en": "A consent applies until you withdraw it. We keep the record of when you gave and withdrew it for as "
              "long as we must be able to show that we had it (GDPR Art. 7(1)).",
    },
    # Requests: Art. 5(2) accountability; kept while a complaint (Art. 77) could still ask about it.
    "requests": {
        "nb": "Så lenge vi trenger å kunne dokumentere hvordan forespørselen ble behandlet, for eksempel hvis du "
              "klager til tilsynsmyndigheten. Deretter sletter vi dem.",
        "nn": "Så lenge vi treng å kunne dokumentere korleis førespurnaden vart behandla, til dømes om du klagar "
              "til tilsynsstyresmakta. Deretter slettar vi dei.",
        "sv": "Så länge vi behöver kunna visa hur begäran hanterades, till exempel om du klagar till "
              "tillsynsmyndigheten. Därefter raderar vi dem.",
        "fi": "Niin kauan kuin meidän on pystyttävä osoittamaan, miten pyyntö käsiteltiin, esimerkiksi jos teet "
              "valituksen valvontaviranomaiselle. Sen jälkeen poistamme ne.",
        "da": "Så længe vi skal kunne dokumentere, hvordan anmodningen blev behandlet, for eksempel hvis du klager "
              "til tilsynsmyndigheden. Derefter sletter vi dem.",
        "en": "For as long as we need to be able to show how the request was handled, for example if you complain "
              "to the supervisory authority. After that we delete them.",
    },
}

# Art. 15(1)(c): recipients or categories of recipients; Art. 4(8)-(9), 28: processors.
_NO_ONE: Texts = {"nb": "Ingen utenfor butikken.", "nn": "Ingen utanfor butikken.", "sv": "Ingen utanför butiken.",
                  "fi": "Tietoja ei luovuteta myymälän ulkopuolelle.", "da": "Ingen uden for butikken.",
                  "en": "No one outside the shop."}
_ACCOUNTANT: Texts = {
    "nb": "Regnskapsføreren vår, som databehandler på våre vegne.",
    "nn": "Rekneskapsføraren vår, som databehandlar på vegner av oss.",
    "sv": "Vår redovisningsbyrå, som personuppgiftsbiträde för vår räkning.",
    "fi": "Kirjanpitäjämme, joka käsittelee tietoja puolestamme (henkilötietojen käsittelijä).",
    "da": "Vores bogholder, som databehandler på vores vegne.",
    "en": "Our accountant, as a processor acting on our behalf.",
}
_TAX: Texts = {
    "nb": "Skattemyndighetene, når loven krever det ved kontroll.",
    "nn": "Skattestyresmaktene, når lova krev det ved kontroll.",
    "sv": "Skattemyndigheterna, när lagen kräver det vid kontroll.",
    "fi": "Veroviranomaiset, kun laki sitä tarkastuksessa edellyttää.",
    "da": "Skattemyndighederne, når loven kræver det ved kontrol.",
    "en": "The tax authorities, when the law requires it for an audit.",
}
_SUPPLIER: Texts = {
    "nb": "Gjelder saken en vare, kan produsenten eller leverandøren få de opplysningene som trengs for å "
          "behandle den.",
    "nn": "Gjeld saka ei vare, kan produsenten eller leverandøren få dei opplysningane som trengst for å "
          "behandle ho.",
    "sv": "Gäller ärendet en vara kan tillverkaren eller leverantören få de uppgifter som behövs för att hantera "
          "det.",
    "fi": "Jos asia koskee tuotetta, valmistaja tai toimittaja voi saada asian käsittelyyn tarvittavat tiedot.",
    "da": "Drejer sagen sig om en vare, kan producenten eller leverandøren få de oplysninger, der er nødvendige "
          "for at behandle den.",
    "en": "If the case concerns a product, the manufacturer or supplier may receive the information needed to "
          "handle it.",
}
_AUTHORITY_ON_REQUEST: Texts = {
    "nb": "Tilsynsmyndigheten, hvis den ber om dokumentasjon i en klagesak.",
    "nn": "Tilsynsstyresmakta, dersom ho ber om dokumentasjon i ei klagesak.",
    "sv": "Tillsynsmyndigheten, om den begär underlag i ett klagomålsärende.",
    "fi": "Valvontaviranomainen, jos se pyytää selvitystä valitusasiassa.",
    "da": "Tilsynsmyndigheden, hvis den beder om dokumentation i en klagesag.",
    "en": "The supervisory authority, if it asks for documentation in a complaint.",
}
_RECIPIENTS: dict[str, tuple[Texts, ...]] = {
    "contact": (_NO_ONE,),
    "company": (_ACCOUNTANT,),
    "purchases": (_ACCOUNTANT, _TAX),
    "service_events": (_SUPPLIER,),
    "consents": (_NO_ONE,),
    "requests": (_AUTHORITY_ON_REQUEST,),
}

# Art. 15(1)(g): the source, where the data was not collected from the person.
_SOURCES: dict[str, Texts] = {
    "contact": {"nb": "Fra deg, da du ble kunde, og senere når du har gitt oss endringer.",
                "nn": "Frå deg, då du vart kunde, og seinare når du har gitt oss endringar.",
                "sv": "Från dig, när du blev kund och senare när du har meddelat ändringar.",
                "fi": "Sinulta itseltäsi, kun sinusta tuli asiakas, ja myöhemmin ilmoittamistasi muutoksista.",
                "da": "Fra dig, da du blev kunde, og senere når du har givet os ændringer.",
                "en": "From you, when you became a customer and when you later told us of changes."},
    "company": {"nb": "Fra deg eller firmaet du handler for.", "nn": "Frå deg eller firmaet du handlar for.",
                "sv": "Från dig eller företaget du handlar för.",
                "fi": "Sinulta tai yritykseltä, jonka puolesta asioit.",
                "da": "Fra dig eller den virksomhed, du handler for.", "en": "From you or the company you buy for."},
    "purchases": {"nb": "Registrert av oss når du handlet.", "nn": "Registrert av oss når du handla.",
                  "sv": "Registrerat av oss när du handlade.", "fi": "Kirjattu meillä ostoksesi yhteydessä.",
                  "da": "Registreret af os, da du handlede.", "en": "Recorded by us when you made the purchase."},
    "service_events": {"nb": "Registrert av oss da du tok kontakt om saken.",
                       "nn": "Registrert av oss då du tok kontakt om saka.",
                       "sv": "Registrerat av oss när du kontaktade oss om ärendet.",
                       "fi": "Kirjattu meillä, kun otit yhteyttä asiasta.",
                       "da": "Registreret af os, da du kontaktede os om sagen.",
                       "en": "Recorded by us when you contacted us about the case."},
    "consents": {"nb": "Fra deg, da du ga eller trakk tilbake samtykket.",
                 "nn": "Frå deg, då du gav eller trekte tilbake samtykket.",
                 "sv": "Från dig, när du lämnade eller återkallade samtycket.",
                 "fi": "Sinulta, kun annoit tai peruutit suostumuksen.",
                 "da": "Fra dig, da du gav eller tilbagekaldte samtykket.",
                 "en": "From you, when you gave or withdrew the consent."},
    "requests": {"nb": "Registrert av oss da vi mottok forespørselen din.",
                 "nn": "Registrert av oss då vi tok imot førespurnaden din.",
                 "sv": "Registrerat av oss när vi tog emot din begäran.",
                 "fi": "Kirjattu meillä, kun vastaanotimme pyyntösi.",
                 "da": "Registreret af os, da vi modtog din anmodning.",
                 "en": "Recorded by us when we received your request."},
}


def retention_text(key: str, language: str, country: str) -> str:
    if key == "purchases":
        return pick(BOOKKEEPING_RETENTION.get((country or "").upper(), _RETENTION_BOOKKEEPING_OTHER), language)
    return pick(_RETENTION[key], language)


def default_category(key: str, language: str, country: str) -> CategoryInfo:
    """One category as a shop without its own profile describes it, in ``language``."""
    if key not in CATEGORY_KEYS:
        raise ValueError(f"unknown data category {key!r}")
    return CategoryInfo(
        key=key,
        purpose=pick(_PURPOSES[key], language),
        legal_basis=_LEGAL_BASIS[key],
        retention=retention_text(key, language, country),
        recipients=tuple(pick(texts, language) for texts in _RECIPIENTS[key]),
        source=pick(_SOURCES[key], language),
    )


def default_categories(language: str, country: str, with_company: bool = False) -> tuple[CategoryInfo, ...]:
    """The default categories in report order; the company block only where the shop keeps company fields."""
    keys = [k for k in CATEGORY_KEYS if with_company or k != "company"]
    return tuple(default_category(key, language, country) for key in keys)


def category_name(key: str, language: str) -> str:
    names = CATEGORY_NAMES.get(key)
    return pick(names, language) if names else key
