"""Words the reports print that are not legal texts: labels, column headings, letter phrases.

The legal texts (rights, legal bases, authorities, retention, Art. 15 headings) are in
``domain.legal``; this module holds the rest, in the same six languages. ``t(key, language)``
falls back to English so a missing translation shows as English, never as a blank.
"""
from __future__ import annotations

from ..domain.legal import pick

Texts = dict[str, str]

# Babel locale per report language; the shop's country refines it where Babel knows the pair
# (sv_FI for a Finland-Swedish shop, en_NO ...), see ``babel_locale``.
BABEL_LOCALE: dict[str, str] = {"nb": "nb_NO", "nn": "nn_NO", "sv": "sv_SE", "fi": "fi_FI", "da": "da_DK",
                                "en": "en_GB"}

WORDS: dict[str, Texts] = {
    # letterhead and letter
    "date": {"nb": "Dato", "nn": "Dato", "sv": "Datum", "fi": "Päivämäärä", "da": "Dato", "en": "Date"},
    "our_reference": {"nb": "Vår referanse", "nn": "Vår referanse", "sv": "Vår referens", "fi": "Viitteemme",
                      "da": "Vores reference", "en": "Our reference"},
    "request_received": {"nb": "Forespørsel mottatt", "nn": "Førespurnad motteken", "sv": "Begäran mottagen",
                         "fi": "Pyyntö vastaanotettu", "da": "Anmodning modtaget", "en": "Request received"},
    "phone": {"nb": "Telefon", "nn": "Telefon", "sv": "Telefon", "fi": "Puhelin", "da": "Telefon", "en": "Phone"},
    "email": {"nb": "E-post", "nn": "E-post", "sv": "E-post", "fi": "Sähköposti", "da": "E-mail", "en": "Email"},
    "salutation": {"nb": "Hei {name},", "nn": "Hei {name},", "sv": "Hej {name},", "fi": "Hei {name},",
                   "da": "Kære {name}", "en": "Dear {name},"},
    "thanks_received": {"nb": "Takk for forespørselen din om innsyn, som vi mottok {date}.",
                        "nn": "Takk for førespurnaden din om innsyn, som vi tok imot {date}.",
                        "sv": "Tack för din begäran om registerutdrag, som vi tog emot den {date}.",
                        "fi": "Kiitos tarkastuspyynnöstäsi, jonka vastaanotimme {date}.",
                        "da": "Tak for din anmodning om indsigt, som vi modtog den {date}.",
                        "en": "Thank you for your request for access to your personal data, which we received "
                              "on {date}."},
    "thanks": {"nb": "Takk for forespørselen din om innsyn.", "nn": "Takk for førespurnaden din om innsyn.",
               "sv": "Tack för din begäran om registerutdrag.", "fi": "Kiitos tarkastuspyynnöstäsi.",
               "da": "Tak for din anmodning om indsigt.",
               "en": "Thank you for your request for access to your personal data."},
    "verified": {"nb": "Før vi ga ut opplysningene, bekreftet vi at forespørselen kom fra deg ({method}). "
                       "Kontrollen ble gjort av {staff} {when}.",
                 "nn": "Før vi gav ut opplysningane, stadfesta vi at førespurnaden kom frå deg ({method}). "
                       "Kontrollen vart gjord av {staff} {when}.",
                 "sv": "Innan vi lämnade ut uppgifterna kontrollerade vi att begäran kom från dig ({method}). "
                       "Kontrollen gjordes av {staff} {when}.",
                 "fi": "Ennen kuin luovutimme tiedot, varmistimme, että pyyntö tuli sinulta ({method}). "
                       "Tarkistuksen teki {staff} {when}.",
                 "da": "Før vi udleverede oplysningerne, bekræftede vi, at anmodningen kom fra dig ({method}). "
                       "Kontrollen blev foretaget af {staff} {when}.",
                 "en": "Before releasing the information, we confirmed that the request came from you ({method}). "
                       "The check was made by {staff} {when}."},
    "not_verified": {"nb": "Det er ikke registrert noen identitetskontroll for denne forespørselen.",
                     "nn": "Det er ikkje registrert nokon identitetskontroll for denne førespurnaden.",
                     "sv": "Ingen identitetskontroll är registrerad för den här begäran.",
                     "fi": "Tämän pyynnön osalta ei ole kirjattu henkilöllisyyden tarkistusta.",
                     "da": "Der er ikke registreret nogen identitetskontrol for denne anmodning.",
                     "en": "No identity check is recorded for this request."},
    "contents": {"nb": "Brevet inneholder:", "nn": "Brevet inneheld:", "sv": "Brevet innehåller:",
                 "fi": "Kirjeen sisältö:", "da": "Brevet indeholder:", "en": "This letter contains:"},
    "closing": {"nb": "Ser du noe som er feil eller mangler, gi oss beskjed, så retter vi det. Har du spørsmål om "
                      "dette brevet, er du velkommen til å kontakte oss{contact}.",
                "nn": "Ser du noko som er feil eller manglar, gi oss beskjed, så rettar vi det. Har du spørsmål om "
                      "dette brevet, er du velkomen til å kontakte oss{contact}.",
                "sv": "Om något är fel eller saknas, hör av dig så rättar vi det. Har du frågor om brevet är du "
                      "välkommen att kontakta oss{contact}.",
                "fi": "Jos huomaat virheen tai puutteen, kerro siitä meille, niin korjaamme sen. Jos sinulla on "
                      "kysyttävää tästä kirjeestä, voit ottaa meihin yhteyttä{contact}.",
                "da": "Hvis noget er forkert eller mangler, så giv os besked, så retter vi det. Har du spørgsmål "
                      "til brevet, er du velkommen til at kontakte os{contact}.",
                "en": "If anything is wrong or missing, please tell us and we will correct it. If you have any "
                      "questions about this letter, you are welcome to contact us{contact}."},
    "regards": {"nb": "Med vennlig hilsen", "nn": "Med venleg helsing", "sv": "Med vänliga hälsningar",
                "fi": "Ystävällisin terveisin", "da": "Med venlig hilsen", "en": "Kind regards"},
    "page_of": {"nb": "Side {page} av {pages}", "nn": "Side {page} av {pages}", "sv": "Sida {page} av {pages}",
                "fi": "Sivu {page}/{pages}", "da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
    "at_time": {"nb": "{date} kl. {time}", "nn": "{date} kl. {time}", "sv": "{date} kl. {time}",
                "fi": "{date} klo {time}", "da": "{date} kl. {time}", "en": "on {date} at {time}"},
    "not_recorded": {"nb": "(ikke registrert)", "nn": "(ikkje registrert)", "sv": "(inte registrerat)",
                     "fi": "(ei tallennettu)", "da": "(ikke registreret)", "en": "(not recorded)"},
    # section lead-ins
    "data_intro": {"nb": "Dette er opplysningene som står om deg i kunderegisteret vårt, felt for felt.",
                   "nn": "Dette er opplysningane som står om deg i kunderegisteret vårt, felt for felt.",
                   "sv": "Det här är uppgifterna om dig i vårt kundregister, fält för fält.",
                   "fi": "Nämä ovat sinua koskevat tiedot asiakasrekisterissämme kenttä kentältä.",
                   "da": "Dette er oplysningerne om dig i vores kunderegister, felt for felt.",
                   "en": "This is what our customer register holds about you, field by field."},
    "consents_intro": {"nb": "Her er samtykkene du har gitt oss, og når de eventuelt ble trukket tilbake.",
                       "nn": "Her er samtykka du har gitt oss, og når dei eventuelt vart trekte tilbake.",
                       "sv": "Här är de samtycken du har lämnat till oss och när de i förekommande fall "
                             "återkallades.",
                       "fi": "Tässä ovat antamasi suostumukset ja mahdolliset peruutuspäivät.",
                       "da": "Her er de samtykker, du har givet os, og hvornår de eventuelt blev tilbagekaldt.",
                       "en": "These are the consents you have given us, and when any were withdrawn."},
    "consents_none": {"nb": "Du har ikke gitt oss noen samtykker.", "nn": "Du har ikkje gitt oss nokon samtykke.",
                      "sv": "Du har inte lämnat några samtycken till oss.", "fi": "Et ole antanut meille suostumuksia.",
                      "da": "Du har ikke givet os nogen samtykker.", "en": "You have not given us any consents."},
    "purchases_intro": {"nb": "Vi har registrert disse kjøpene og bestillingene på deg ({count} i alt).",
                        "nn": "Vi har registrert desse kjøpa og bestillingane på deg ({count} i alt).",
                        "sv": "Vi har registrerat följande köp och beställningar på dig ({count} totalt).",
                        "fi": "Olemme kirjanneet sinulle seuraavat ostot ja tilaukset (yhteensä {count}).",
                        "da": "Vi har registreret følgende køb og bestillinger på dig ({count} i alt).",
                        "en": "We have recorded the following purchases and orders for you ({count} in total)."},
    "purchases_none": {"nb": "Vi har ikke registrert noen kjøp på deg.", "nn": "Vi har ikkje registrert nokon kjøp "
                       "på deg.", "sv": "Vi har inte registrerat några köp på dig.",
                       "fi": "Meillä ei ole sinulle kirjattuja ostoja.", "da": "Vi har ikke registreret nogen køb på "
                       "dig.", "en": "We have no purchases recorded for you."},
    "total": {"nb": "Sum, utenom kansellerte og returnerte kjøp", "nn": "Sum, utanom kansellerte og returnerte kjøp",
              "sv": "Summa, utom avbeställda och returnerade köp", "fi": "Yhteensä, ilman peruttuja ja palautettuja "
              "ostoja", "da": "I alt, uden annullerede og returnerede køb",
              "en": "Total, excluding cancelled and returned purchases"},
    "events_intro": {"nb": "Dette er sakene vi har registrert når du har kontaktet oss om et kjøp.",
                     "nn": "Dette er sakene vi har registrert når du har kontakta oss om eit kjøp.",
                     "sv": "Det här är ärendena vi har registrerat när du har kontaktat oss om ett köp.",
                     "fi": "Nämä ovat asiat, jotka olemme kirjanneet, kun olet ottanut meihin yhteyttä ostoksesta.",
                     "da": "Dette er de sager, vi har registreret, når du har kontaktet os om et køb.",
                     "en": "These are the cases we recorded when you contacted us about a purchase."},
    "events_none": {"nb": "Vi har ikke registrert noen reklamasjoner, returer eller reparasjoner.",
                    "nn": "Vi har ikkje registrert nokon reklamasjonar, returar eller reparasjonar.",
                    "sv": "Vi har inte registrerat några reklamationer, returer eller reparationer.",
                    "fi": "Meillä ei ole kirjattuja reklamaatioita, palautuksia tai korjauksia.",
                    "da": "Vi har ikke registreret nogen reklamationer, returneringer eller reparationer.",
                    "en": "We have no complaints, returns or repairs recorded."},
    "requests_intro": {"nb": "Dette er forespørslene om personopplysningene dine som vi har registrert, også denne.",
                       "nn": "Dette er førespurnadene om personopplysningane dine som vi har registrert, også "
                             "denne.",
                       "sv": "Det här är de begäranden om dina personuppgifter som vi har registrerat, även den "
                             "här.",
                       "fi": "Nämä ovat henkilötietojasi koskevat pyynnöt, jotka olemme kirjanneet, myös tämä.",
                       "da": "Dette er de anmodninger om dine personoplysninger, vi har registreret, også denne.",
                       "en": "These are the requests about your personal data that we have recorded, including "
                             "this one."},
    "requests_none": {"nb": "Vi har ikke registrert noen forespørsler.", "nn": "Vi har ikkje registrert nokon "
                      "førespurnader.", "sv": "Vi har inte registrerat några begäranden.",
                      "fi": "Meillä ei ole kirjattuja pyyntöjä.", "da": "Vi har ikke registreret nogen anmodninger.",
                      "en": "We have no requests recorded."},
    # column headings and labels
    "col_date": {"nb": "Dato", "nn": "Dato", "sv": "Datum", "fi": "Päivä", "da": "Dato", "en": "Date"},
    "col_number": {"nb": "Nr.", "nn": "Nr.", "sv": "Nr", "fi": "Nro", "da": "Nr.", "en": "No."},
    "col_description": {"nb": "Beskrivelse", "nn": "Skildring", "sv": "Beskrivning", "fi": "Kuvaus",
                        "da": "Beskrivelse", "en": "Description"},
    "col_status": {"nb": "Status", "nn": "Status", "sv": "Status", "fi": "Tila", "da": "Status", "en": "Status"},
    "col_amount": {"nb": "Beløp", "nn": "Beløp", "sv": "Belopp", "fi": "Summa", "da": "Beløb", "en": "Amount"},
    "col_purpose": {"nb": "Formål", "nn": "Føremål", "sv": "Ändamål", "fi": "Tarkoitus", "da": "Formål",
                    "en": "Purpose"},
    "col_given": {"nb": "Gitt", "nn": "Gjeve", "sv": "Lämnat", "fi": "Annettu", "da": "Givet", "en": "Given"},
    "col_how": {"nb": "Hvordan", "nn": "Korleis", "sv": "Hur", "fi": "Miten", "da": "Hvordan", "en": "How"},
    "col_withdrawn": {"nb": "Trukket tilbake", "nn": "Trekt tilbake", "sv": "Återkallat", "fi": "Peruttu",
                      "da": "Tilbagekaldt", "en": "Withdrawn"},
    "still_valid": {"nb": "Gjelder fortsatt", "nn": "Gjeld framleis", "sv": "Gäller fortfarande",
                    "fi": "Voimassa", "da": "Gælder stadig", "en": "Still valid"},
    "col_opened": {"nb": "Åpnet", "nn": "Opna", "sv": "Öppnat", "fi": "Avattu", "da": "Oprettet", "en": "Opened"},
    "col_kind": {"nb": "Type", "nn": "Type", "sv": "Typ", "fi": "Tyyppi", "da": "Type", "en": "Type"},
    "col_order": {"nb": "Ordre", "nn": "Ordre", "sv": "Order", "fi": "Tilaus", "da": "Ordre", "en": "Order"},
    "col_closed": {"nb": "Avsluttet", "nn": "Avslutta", "sv": "Avslutat", "fi": "Suljettu", "da": "Afsluttet",
                   "en": "Closed"},
    "col_reference": {"nb": "Referanse", "nn": "Referanse", "sv": "Referens", "fi": "Viite", "da": "Reference",
                      "en": "Reference"},
    "col_received": {"nb": "Mottatt", "nn": "Motteken", "sv": "Mottagen", "fi": "Vastaanotettu", "da": "Modtaget",
                     "en": "Received"},
    "col_completed": {"nb": "Fullført", "nn": "Fullført", "sv": "Slutförd", "fi": "Valmis", "da": "Afsluttet",
                      "en": "Completed"},
    "legal_basis": {"nb": "Rettslig grunnlag", "nn": "Rettsleg grunnlag", "sv": "Rättslig grund",
                    "fi": "Oikeusperuste", "da": "Retsgrundlag", "en": "Legal basis"},
    "retention": {"nb": "Lagringstid", "nn": "Lagringstid", "sv": "Lagringstid", "fi": "Säilytysaika",
                  "da": "Opbevaringsperiode", "en": "Retention period"},
    "recipients": {"nb": "Mottakere", "nn": "Mottakarar", "sv": "Mottagare", "fi": "Vastaanottajat",
                   "da": "Modtagere", "en": "Recipients"},
    "source": {"nb": "Kilde", "nn": "Kjelde", "sv": "Källa", "fi": "Lähde", "da": "Kilde", "en": "Source"},
    # register metadata shown with the fields
    "customer_number": {"nb": "Kundenummer", "nn": "Kundenummer", "sv": "Kundnummer", "fi": "Asiakasnumero",
                        "da": "Kundenummer", "en": "Customer number"},
    "created_at": {"nb": "Registrert som kunde", "nn": "Registrert som kunde", "sv": "Kund sedan",
                   "fi": "Asiakkaana alkaen", "da": "Oprettet som kunde", "en": "Customer since"},
    "updated_at": {"nb": "Sist endret", "nn": "Sist endra", "sv": "Senast ändrad", "fi": "Viimeksi muutettu",
                   "da": "Senest ændret", "en": "Last changed"},
    "last_activity_at": {"nb": "Siste aktivitet", "nn": "Siste aktivitet", "sv": "Senaste aktivitet",
                         "fi": "Viimeisin asiointi", "da": "Seneste aktivitet", "en": "Last activity"},
}

FIELD_LABELS: dict[str, Texts] = {
    "first_name": {"nb": "Fornavn", "nn": "Førenamn", "sv": "Förnamn", "fi": "Etunimi", "da": "Fornavn",
                   "en": "First name"},
    "last_name": {"nb": "Etternavn", "nn": "Etternamn", "sv": "Efternamn", "fi": "Sukunimi", "da": "Efternavn",
                  "en": "Last name"},
    "mobile": {"nb": "Mobilnummer", "nn": "Mobilnummer", "sv": "Mobilnummer", "fi": "Matkapuhelin",
               "da": "Mobilnummer", "en": "Mobile phone"},
    "email": {"nb": "E-post", "nn": "E-post", "sv": "E-post", "fi": "Sähköposti", "da": "E-mail", "en": "Email"},
    "street": {"nb": "Adresse", "nn": "Adresse", "sv": "Gatuadress", "fi": "Katuosoite", "da": "Adresse",
               "en": "Street address"},
    "postal_code": {"nb": "Postnummer", "nn": "Postnummer", "sv": "Postnummer", "fi": "Postinumero",
                    "da": "Postnummer", "en": "Postal code"},
    "city": {"nb": "Poststed", "nn": "Poststad", "sv": "Postort", "fi": "Postitoimipaikka", "da": "By",
             "en": "City"},
    "country": {"nb": "Land", "nn": "Land", "sv": "Land", "fi": "Maa", "da": "Land", "en": "Country"},
    "company_name": {"nb": "Firmanavn", "nn": "Firmanamn", "sv": "Företagsnamn", "fi": "Yrityksen nimi",
                     "da": "Firmanavn", "en": "Company name"},
    "org_number": {"nb": "Organisasjonsnummer", "nn": "Organisasjonsnummer", "sv": "Organisationsnummer",
                   "fi": "Y-tunnus", "da": "CVR-nummer", "en": "Organisation number"},
    "invoice_email": {"nb": "E-post for faktura", "nn": "E-post for faktura", "sv": "E-post för fakturor",
                      "fi": "Laskutussähköposti", "da": "E-mail til faktura", "en": "Invoice email"},
    "notes": {"nb": "Merknader", "nn": "Merknader", "sv": "Anteckningar", "fi": "Muistiinpanot",
              "da": "Bemærkninger", "en": "Notes"},
}

# The shop's own organisation number: the name of the register differs by country.
ORG_NUMBER_LABEL: dict[str, Texts] = {
    "NO": {"nb": "Org.nr.", "nn": "Org.nr.", "sv": "Org.nr", "fi": "Org.nr.", "da": "Org.nr.",
           "en": "Org. no."},
    "SE": {"sv": "Org.nr", "nb": "Org.nr.", "nn": "Org.nr.", "fi": "Org.nr", "da": "Org.nr.",
           "en": "Corporate ID no."},
    "FI": {"fi": "Y-tunnus", "sv": "FO-nummer", "nb": "Y-tunnus", "nn": "Y-tunnus", "da": "Y-tunnus",
           "en": "Business ID"},
    "DK": {"da": "CVR-nr.", "nb": "CVR-nr.", "nn": "CVR-nr.", "sv": "CVR-nr", "fi": "CVR-nro", "en": "CVR no."},
}
ORG_NUMBER_GENERIC: Texts = {"nb": "Org.nr.", "nn": "Org.nr.", "sv": "Org.nr", "fi": "Y-tunnus", "da": "CVR-nr.",
                             "en": "Org. no."}

PURCHASE_STATUS: dict[str, Texts] = {
    "received": {"nb": "Mottatt", "nn": "Motteke", "sv": "Mottagen", "fi": "Vastaanotettu", "da": "Modtaget",
                 "en": "Received"},
    "ready": {"nb": "Klar til henting", "nn": "Klar til henting", "sv": "Klar att hämta", "fi": "Noudettavissa",
              "da": "Klar til afhentning", "en": "Ready for collection"},
    "picked_up": {"nb": "Hentet", "nn": "Henta", "sv": "Hämtad", "fi": "Noudettu", "da": "Afhentet",
                  "en": "Collected"},
    "delivered": {"nb": "Levert", "nn": "Levert", "sv": "Levererad", "fi": "Toimitettu", "da": "Leveret",
                  "en": "Delivered"},
    "returned": {"nb": "Returnert", "nn": "Returnert", "sv": "Returnerad", "fi": "Palautettu", "da": "Returneret",
                 "en": "Returned"},
    "cancelled": {"nb": "Kansellert", "nn": "Kansellert", "sv": "Avbeställd", "fi": "Peruttu", "da": "Annulleret",
                  "en": "Cancelled"},
}

EVENT_KIND: dict[str, Texts] = {
    "return": {"nb": "Retur", "nn": "Retur", "sv": "Retur", "fi": "Palautus", "da": "Returnering", "en": "Return"},
    "complaint": {"nb": "Reklamasjon", "nn": "Reklamasjon", "sv": "Reklamation", "fi": "Reklamaatio",
                  "da": "Reklamation", "en": "Complaint"},
    "repair": {"nb": "Reparasjon", "nn": "Reparasjon", "sv": "Reparation", "fi": "Korjaus", "da": "Reparation",
               "en": "Repair"},
}

EVENT_STATUS: dict[str, Texts] = {
    "open": {"nb": "Åpen", "nn": "Open", "sv": "Öppen", "fi": "Avoin", "da": "Åben", "en": "Open"},
    "resolved": {"nb": "Løst", "nn": "Løyst", "sv": "Löst", "fi": "Ratkaistu", "da": "Løst", "en": "Resolved"},
    "rejected": {"nb": "Avvist", "nn": "Avvist", "sv": "Avslagen", "fi": "Hylätty", "da": "Afvist",
                 "en": "Rejected"},
}

REQUEST_KIND: dict[str, Texts] = {
    "access": {"nb": "Innsyn", "nn": "Innsyn", "sv": "Tillgång (registerutdrag)", "fi": "Tarkastus",
               "da": "Indsigt", "en": "Access"},
    "rectification": {"nb": "Retting", "nn": "Retting", "sv": "Rättelse", "fi": "Oikaisu", "da": "Berigtigelse",
                      "en": "Rectification"},
    "erasure": {"nb": "Sletting", "nn": "Sletting", "sv": "Radering", "fi": "Poistaminen", "da": "Sletning",
                "en": "Erasure"},
    "restriction": {"nb": "Begrensning", "nn": "Avgrensing", "sv": "Begränsning", "fi": "Käsittelyn rajoittaminen",
                    "da": "Begrænsning", "en": "Restriction"},
    "portability": {"nb": "Dataportabilitet", "nn": "Dataportabilitet", "sv": "Dataportabilitet",
                    "fi": "Tietojen siirto", "da": "Dataportabilitet", "en": "Data portability"},
    "objection": {"nb": "Protest mot markedsføring", "nn": "Protest mot marknadsføring",
                  "sv": "Invändning mot marknadsföring", "fi": "Suoramarkkinoinnin vastustaminen",
                  "da": "Indsigelse mod markedsføring", "en": "Objection to marketing"},
    "consent_withdrawal": {"nb": "Tilbaketrekking av samtykke", "nn": "Tilbaketrekking av samtykke",
                           "sv": "Återkallelse av samtycke", "fi": "Suostumuksen peruuttaminen",
                           "da": "Tilbagekaldelse af samtykke", "en": "Withdrawal of consent"},
}

REQUEST_STATUS: dict[str, Texts] = {
    "received": {"nb": "Mottatt", "nn": "Motteken", "sv": "Mottagen", "fi": "Vastaanotettu", "da": "Modtaget",
                 "en": "Received"},
    "identity_verified": {"nb": "Identitet bekreftet", "nn": "Identitet stadfesta", "sv": "Identitet kontrollerad",
                          "fi": "Henkilöllisyys varmistettu", "da": "Identitet bekræftet", "en": "Identity verified"},
    "in_progress": {"nb": "Under behandling", "nn": "Under behandling", "sv": "Under behandling",
                    "fi": "Käsittelyssä", "da": "Under behandling", "en": "In progress"},
    "completed": {"nb": "Fullført", "nn": "Fullført", "sv": "Slutförd", "fi": "Valmis", "da": "Afsluttet",
                  "en": "Completed"},
    "refused": {"nb": "Avslått", "nn": "Avslått", "sv": "Avslagen", "fi": "Hylätty", "da": "Afslået",
                "en": "Refused"},
}

CONSENT_SOURCE: dict[str, Texts] = {
    "counter": {"nb": "I butikken", "nn": "I butikken", "sv": "I butiken", "fi": "Myymälässä", "da": "I butikken",
                "en": "In the shop"},
    "web": {"nb": "På nettsiden", "nn": "På nettsida", "sv": "På webbplatsen", "fi": "Verkkosivuilla",
            "da": "På hjemmesiden", "en": "On our website"},
    "email": {"nb": "På e-post", "nn": "På e-post", "sv": "Via e-post", "fi": "Sähköpostitse", "da": "På e-mail",
              "en": "By email"},
    "phone": {"nb": "På telefon", "nn": "På telefon", "sv": "Per telefon", "fi": "Puhelimitse", "da": "Pr. telefon",
              "en": "By phone"},
    "letter": {"nb": "I brev", "nn": "I brev", "sv": "Per brev", "fi": "Kirjeitse", "da": "Pr. brev",
               "en": "By letter"},
}

# How identity was verified (domain.access.VerificationMethod), and what the detail names.
VERIFICATION_METHOD: dict[str, Texts] = {
    "photo_id": {"nb": "legitimasjon med bilde, vist i butikken", "nn": "legitimasjon med bilete, vist i butikken",
                 "sv": "id-handling med foto, visad i butiken", "fi": "kuvallinen henkilöllisyystodistus, esitetty "
                 "myymälässä", "da": "billedlegitimation, vist i butikken", "en": "photo ID, shown in the shop"},
    "knowledge": {"nb": "du oppga en opplysning vi allerede har registrert", "nn": "du oppgav ei opplysning vi "
                  "alt har registrert", "sv": "du uppgav en uppgift som vi redan har registrerad",
                  "fi": "kerroit tiedon, joka meillä on jo tallennettuna", "da": "du oplyste noget, vi allerede har "
                  "registreret", "en": "you confirmed a detail we already hold"},
    "email_code": {"nb": "engangskode sendt til e-postadressen vi har registrert",
                   "nn": "eingongskode sendt til e-postadressa vi har registrert",
                   "sv": "engångskod skickad till den e-postadress vi har registrerad",
                   "fi": "kertakäyttöinen koodi tallennettuun sähköpostiosoitteeseen",
                   "da": "engangskode sendt til den e-mailadresse, vi har registreret",
                   "en": "a one-time code sent to the email address we hold"},
    "sms_code": {"nb": "engangskode sendt på SMS til mobilnummeret vi har registrert",
                 "nn": "eingongskode sendt på SMS til mobilnummeret vi har registrert",
                 "sv": "engångskod skickad via sms till det mobilnummer vi har registrerat",
                 "fi": "kertakäyttöinen koodi tekstiviestillä tallennettuun matkapuhelinnumeroon",
                 "da": "engangskode sendt på sms til det mobilnummer, vi har registreret",
                 "en": "a one-time code sent by text message to the mobile number we hold"},
    "business_reason": {"nb": "ingen identitetskontroll; opplysningene ble hentet fram av en tjenstlig grunn",
                        "nn": "ingen identitetskontroll; opplysningane vart henta fram av ein tenestleg grunn",
                        "sv": "ingen identitetskontroll; uppgifterna togs fram av ett verksamhetsskäl",
                        "fi": "ei henkilöllisyyden tarkistusta; tiedot haettiin työtehtävän vuoksi",
                        "da": "ingen identitetskontrol; oplysningerne blev fundet frem af en forretningsmæssig grund",
                        "en": "no identity check; the data was retrieved for a business reason"},
    "created": {"nb": "du ble registrert som kunde av oss mens du var til stede",
                "nn": "du vart registrert som kunde av oss medan du var til stades",
                "sv": "du registrerades som kund av oss medan du var på plats",
                "fi": "sinut kirjattiin asiakkaaksi paikan päällä", "da": "du blev oprettet som kunde, mens du var "
                "til stede", "en": "you were registered as a customer in person"},
}

PHOTO_ID_TYPE: dict[str, Texts] = {
    "passport": {"nb": "pass", "nn": "pass", "sv": "pass", "fi": "passi", "da": "pas", "en": "passport"},
    "national_id": {"nb": "nasjonalt ID-kort", "nn": "nasjonalt ID-kort", "sv": "nationellt id-kort",
                    "fi": "henkilökortti", "da": "nationalt ID-kort", "en": "national ID card"},
    "driving_licence": {"nb": "førerkort", "nn": "førarkort", "sv": "körkort", "fi": "ajokortti", "da": "kørekort",
                        "en": "driving licence"},
    "bank_card": {"nb": "bankkort med bilde", "nn": "bankkort med bilete", "sv": "bankkort med foto",
                  "fi": "kuvallinen pankkikortti", "da": "betalingskort med billede", "en": "bank card with photo"},
    "other": {"nb": "annen legitimasjon med bilde", "nn": "anna legitimasjon med bilete",
              "sv": "annan id-handling med foto", "fi": "muu kuvallinen henkilöllisyystodistus",
              "da": "anden billedlegitimation", "en": "other photo ID"},
}

KNOWLEDGE_FIELD: dict[str, Texts] = {
    "mobile": {"nb": "mobilnummer", "nn": "mobilnummer", "sv": "mobilnummer", "fi": "matkapuhelinnumero",
               "da": "mobilnummer", "en": "mobile number"},
    "email": {"nb": "e-postadresse", "nn": "e-postadresse", "sv": "e-postadress", "fi": "sähköpostiosoite",
              "da": "e-mailadresse", "en": "email address"},
    "ticket": {"nb": "ordrenummer", "nn": "ordrenummer", "sv": "ordernummer", "fi": "tilausnumero",
               "da": "ordrenummer", "en": "order number"},
}

# domain.access.DEFAULT_REASONS codes
BUSINESS_REASON: dict[str, Texts] = {
    "order_follow_up": {"nb": "oppfølging av en ordre", "nn": "oppfølging av ein ordre", "sv": "uppföljning av en "
                        "order", "fi": "tilauksen seuranta", "da": "opfølgning på en ordre",
                        "en": "following up an order"},
    "invoicing": {"nb": "fakturering og betaling", "nn": "fakturering og betaling", "sv": "fakturering och "
                  "betalning", "fi": "laskutus ja maksu", "da": "fakturering og betaling",
                  "en": "invoicing and payment"},
    "complaint": {"nb": "behandling av reklamasjon, retur eller reparasjon", "nn": "behandling av reklamasjon, "
                  "retur eller reparasjon", "sv": "hantering av reklamation, retur eller reparation",
                  "fi": "reklamaation, palautuksen tai korjauksen käsittely", "da": "behandling af reklamation, "
                  "returnering eller reparation", "en": "handling a complaint, return or repair"},
    "data_subject_request": {"nb": "svar på din egen forespørsel", "nn": "svar på din eigen førespurnad",
                             "sv": "svar på din egen begäran", "fi": "vastaus omaan pyyntöösi",
                             "da": "svar på din egen anmodning", "en": "answering your own request"},
    "legal_obligation": {"nb": "en rettslig forpliktelse", "nn": "ei rettsleg plikt", "sv": "en rättslig "
                         "förpliktelse", "fi": "lakisääteinen velvoite", "da": "en retlig forpligtelse",
                         "en": "a legal obligation"},
    "register_maintenance": {"nb": "vedlikehold av registeret", "nn": "vedlikehald av registeret",
                             "sv": "underhåll av registret", "fi": "rekisterin ylläpito", "da": "vedligeholdelse af "
                             "registret", "en": "maintaining the register"},
}

_DETAIL_LABELS: dict[str, dict[str, Texts]] = {
    "photo_id": PHOTO_ID_TYPE, "knowledge": KNOWLEDGE_FIELD, "business_reason": BUSINESS_REASON,
}


def t(key: str, language: str) -> str:
    return pick(WORDS[key], language)


def label(table: dict[str, Texts], key: str, language: str) -> str:
    """A vocabulary value in ``language``; the raw value when the table does not know it."""
    texts = table.get(str(key))
    return pick(texts, language) if texts else str(key)


def verification_phrase(method: str, detail: str | None, language: str) -> str:
    """'legitimasjon med bilde, vist i butikken: pass'. The detail is printed only through its label:
    an unknown detail (which could be a typed ID number) is left out, never printed raw."""
    phrase = label(VERIFICATION_METHOD, method, language)
    table = _DETAIL_LABELS.get(str(method))
    if detail and table and detail in table:
        phrase = f"{phrase}: {pick(table[detail], language)}"
    return phrase
