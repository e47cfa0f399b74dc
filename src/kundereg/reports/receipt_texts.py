"""Words the erasure receipt (GDPR Art. 17) prints, in the six report languages.

Terminology follows each language's version of the GDPR: nb/nn "sletting", sv "radering",
fi "tietojen poistaminen", da "sletning", en "erasure". Legal texts shared with the access
report (the right to complain, the supervisory authorities, Art. 6(1) bases, the note that no ID
copy is kept) come from ``domain.legal``; generic letter words (dates, reference, page numbers)
from ``reports.texts``. ``t(key, language)`` falls back to English, never to a blank.
"""
from __future__ import annotations

from ..domain.legal import pick
from .texts import label as _label

Texts = dict[str, str]

WORDS: dict[str, Texts] = {
    "title": {"nb": "Kvittering for sletting", "nn": "Kvittering for sletting", "sv": "Kvitto på radering",
              "fi": "Kuitti tietojen poistamisesta", "da": "Kvittering for sletning", "en": "Erasure receipt"},
    "subtitle": {"nb": "Bekreftelse på sletting av personopplysningene dine etter GDPR artikkel 17",
                 "nn": "Stadfesting av sletting av personopplysningane dine etter GDPR artikkel 17",
                 "sv": "Bekräftelse på radering av dina personuppgifter enligt artikel 17 i GDPR",
                 "fi": "Vahvistus henkilötietojesi poistamisesta tietosuoja-asetuksen 17 artiklan mukaisesti",
                 "da": "Bekræftelse på sletning af dine personoplysninger efter GDPR artikel 17",
                 "en": "Confirmation that your personal data has been erased under Article 17 GDPR"},
    "salutation": {"nb": "Hei,", "nn": "Hei,", "sv": "Hej,", "fi": "Hei,", "da": "Kære kunde",
                   "en": "Dear customer,"},
    # {received}: a long date; {when}: date and time in the shop's time zone (Formatter.when)
    "intro_received": {
        "nb": "Vi har nå slettet personopplysningene dine, slik du ba om i forespørselen vi mottok {received}.",
        "nn": "Vi har no sletta personopplysningane dine, slik du bad om i førespurnaden vi tok imot {received}.",
        "sv": "Vi har nu raderat dina personuppgifter enligt din begäran, som vi tog emot den {received}.",
        "fi": "Olemme poistaneet henkilötietosi pyyntösi mukaisesti. Vastaanotimme pyynnön {received}.",
        "da": "Vi har nu slettet dine personoplysninger, som du bad om i din anmodning, som vi modtog den "
              "{received}.",
        "en": "We have erased your personal data, as you asked in your request, which we received on {received}."},
    "intro": {"nb": "Vi har nå slettet personopplysningene dine, slik du ba om.",
              "nn": "Vi har no sletta personopplysningane dine, slik du bad om.",
              "sv": "Vi har nu raderat dina personuppgifter enligt din begäran.",
              "fi": "Olemme poistaneet henkilötietosi pyyntösi mukaisesti.",
              "da": "Vi har nu slettet dine personoplysninger, som du bad om.",
              "en": "We have erased your personal data, as you asked."},
    "done_by": {"nb": "Slettingen ble gjennomført av {staff} {when}.",
                "nn": "Slettinga vart gjennomført av {staff} {when}.",
                "sv": "Raderingen utfördes av {staff} den {when}.",
                "fi": "Tiedot poisti {staff} {when}.",
                "da": "Sletningen blev gennemført af {staff} den {when}.",
                "en": "The erasure was carried out by {staff} {when}."},
    "done": {"nb": "Slettingen ble gjennomført {when}.", "nn": "Slettinga vart gjennomført {when}.",
             "sv": "Raderingen utfördes den {when}.", "fi": "Tiedot poistettiin {when}.",
             "da": "Sletningen blev gennemført den {when}.", "en": "The erasure was carried out {when}."},
    "receipt_says": {
        "nb": "Denne kvitteringen viser hva vi har slettet, hva loven pålegger oss å beholde og hvor lenge, og hva "
              "som skjer med sikkerhetskopiene våre.",
        "nn": "Denne kvitteringa viser kva vi har sletta, kva lova pålegg oss å ta vare på og kor lenge, og kva "
              "som skjer med tryggleikskopiane våre.",
        "sv": "Kvittot visar vad vi har raderat, vad lagen kräver att vi sparar och hur länge, och vad som händer "
              "med våra säkerhetskopior.",
        "fi": "Tästä kuitista näet, mitä poistimme, mitä laki velvoittaa meidät säilyttämään ja kuinka "
              "kauan sekä mitä varmuuskopioillemme tapahtuu.",
        "da": "Kvitteringen viser, hvad vi har slettet, hvad loven kræver, at vi gemmer, og hvor længe, og hvad "
              "der sker med vores sikkerhedskopier.",
        "en": "This receipt shows what we erased, what the law requires us to keep and for how long, and what "
              "happens to our backups."},
    "verified": {"nb": "Før vi slettet noe, bekreftet vi at forespørselen kom fra deg ({method}). Kontrollen ble "
                       "gjort av {staff} {when}.",
                 "nn": "Før vi sletta noko, stadfesta vi at førespurnaden kom frå deg ({method}). Kontrollen vart "
                       "gjord av {staff} {when}.",
                 "sv": "Innan vi raderade något kontrollerade vi att begäran kom från dig ({method}). Kontrollen "
                       "gjordes av {staff} den {when}.",
                 "fi": "Ennen poistamista varmistimme, että pyyntö tuli sinulta ({method}). Tarkistuksen teki "
                       "{staff} {when}.",
                 "da": "Før vi slettede noget, bekræftede vi, at anmodningen kom fra dig ({method}). Kontrollen "
                       "blev foretaget af {staff} den {when}.",
                 "en": "Before erasing anything, we confirmed that the request came from you ({method}). The check "
                       "was made by {staff} {when}."},
    "verified_no_staff": {"nb": "Før vi slettet noe, bekreftet vi at forespørselen kom fra deg ({method}). "
                                "Kontrollen ble gjort {when}.",
                          "nn": "Før vi sletta noko, stadfesta vi at førespurnaden kom frå deg ({method}). "
                                "Kontrollen vart gjord {when}.",
                          "sv": "Innan vi raderade något kontrollerade vi att begäran kom från dig ({method}). "
                                "Kontrollen gjordes den {when}.",
                          "fi": "Ennen poistamista varmistimme, että pyyntö tuli sinulta ({method}). Tarkistus "
                                "tehtiin {when}.",
                          "da": "Før vi slettede noget, bekræftede vi, at anmodningen kom fra dig ({method}). "
                                "Kontrollen blev foretaget den {when}.",
                          "en": "Before erasing anything, we confirmed that the request came from you ({method}). "
                                "The check was made {when}."},
    # what was erased
    "h_erased": {"nb": "Dette har vi slettet", "nn": "Dette har vi sletta", "sv": "Det här har vi raderat",
                 "fi": "Mitä poistimme", "da": "Det har vi slettet", "en": "What we erased"},
    "erased_intro": {"nb": "Vi har slettet dette fra kunderegisteret vårt:",
                     "nn": "Vi har sletta dette frå kunderegisteret vårt:",
                     "sv": "Vi har raderat följande ur vårt kundregister:",
                     "fi": "Olemme poistaneet asiakasrekisteristämme seuraavat tiedot:",
                     "da": "Vi har slettet følgende fra vores kunderegister:",
                     "en": "We have erased the following from our customer register:"},
    # what the law keeps
    "h_kept": {"nb": "Dette må vi beholde en tid til", "nn": "Dette må vi ta vare på ei tid til",
               "sv": "Det här måste vi spara en tid till", "fi": "Mitä meidän on vielä säilytettävä",
               "da": "Det skal vi gemme et stykke tid endnu", "en": "What we must keep for a while"},
    # {article}: GDPR Art. 17(3)(b), cited in the language's own way (ART17_3B)
    "kept_intro": {
        "nb": "Bokføringsreglene pålegger oss å oppbevare regnskapsbilag i en bestemt tid. Retten til sletting "
              "gjelder ikke opplysninger vi har en rettslig plikt til å oppbevare ({article}). Vi bruker dem bare "
              "til regnskap og kontroll, og de slettes automatisk når oppbevaringstiden er ute.",
        "nn": "Bokføringsreglane pålegg oss å oppbevare rekneskapsbilag i ei viss tid. Retten til sletting gjeld "
              "ikkje opplysningar vi har ei rettsleg plikt til å oppbevare ({article}). Vi brukar dei berre til "
              "rekneskap og kontroll, og dei blir sletta automatisk når oppbevaringstida er ute.",
        "sv": "Bokföringsreglerna kräver att vi sparar räkenskapsinformation under en viss tid. Rätten till "
              "radering gäller inte uppgifter som vi enligt lag är skyldiga att spara ({article}). Vi använder dem "
              "bara för bokföring och kontroll, och de raderas automatiskt när lagringstiden har gått ut.",
        "fi": "Kirjanpitosäännöt velvoittavat meidät säilyttämään tositteet tietyn ajan. Oikeus tietojen "
              "poistamiseen ei koske tietoja, joiden säilyttäminen on lakisääteinen velvoitteemme ({article}). "
              "Käytämme niitä vain kirjanpitoon ja tarkastuksiin, ja ne poistetaan automaattisesti säilytysajan "
              "päätyttyä.",
        "da": "Bogføringsreglerne kræver, at vi opbevarer regnskabsmateriale i en bestemt periode. Retten til "
              "sletning gælder ikke oplysninger, som vi har en retlig forpligtelse til at opbevare ({article}). Vi "
              "bruger dem kun til bogføring og kontrol, og de slettes automatisk, når opbevaringsperioden udløber.",
        "en": "Bookkeeping rules require us to keep accounting records for a set period. The right to erasure does "
              "not apply to data we are legally obliged to keep ({article}). We use these records only for our "
              "accounts and for audits, and they are deleted automatically when the retention period ends."},
    "kept_receipt": {
        "nb": "Kassakvitteringer beholdes uten noen kobling til deg: Det går ikke fram av dem at det var "
              "du som handlet.",
        "nn": "Kassakvitteringar blir tekne vare på utan nokon kopling til deg: Det går ikkje fram av dei "
              "at det var du som handla.",
        "sv": "Kassakvitton sparas utan någon koppling till dig: av dem går det inte att se att det var du "
              "som handlade.",
        "fi": "Kassakuitit säilytetään ilman yhteyttä sinuun: niistä ei näe, että ostaja olit sinä.",
        "da": "Kassebonner gemmes uden nogen forbindelse til dig: Det fremgår ikke af dem, at det var "
              "dig, der handlede.",
        "en": "Cash receipts are kept without any link to you: nothing on them shows that you were the "
              "buyer."},
    # {law_ref}: " (provision)" when the provision is known, else empty
    "kept_invoice": {
        "nb": "På fakturaer skal kjøperens navn, adresse og organisasjonsnummer stå{law_ref}. Disse "
              "opplysningene blir derfor stående på fakturaene til oppbevaringstiden er ute.",
        "nn": "På fakturaer skal namnet, adressa og organisasjonsnummeret til kjøparen stå{law_ref}. "
              "Desse opplysningane blir difor ståande på fakturaene til oppbevaringstida er ute.",
        "sv": "På fakturor måste köparens namn, adress och organisationsnummer stå{law_ref}. De "
              "uppgifterna står därför kvar på fakturorna tills lagringstiden har gått ut.",
        "fi": "Laskuissa on oltava ostajan nimi, osoite ja Y-tunnus{law_ref}. Nämä tiedot jäävät siksi "
              "laskuihin säilytysajan loppuun asti.",
        "da": "På fakturaer skal køberens navn, adresse og CVR-nummer stå{law_ref}. De oplysninger "
              "bliver derfor stående på fakturaerne, indtil opbevaringsperioden udløber.",
        "en": "Invoices must show the buyer's name, address and organisation number{law_ref}. These "
              "details therefore stay on the invoices until the retention period ends."},
    # Only Norway keeps orders that never became a sale (secondary documentation).
    "kept_order": {
        "nb": "Bestillinger som aldri ble til et kjøp, er sekundærdokumentasjon etter bokføringsloven. "
              "Vi beholder dem uten opplysninger om deg.",
        "nn": "Bestillingar som aldri vart til eit kjøp, er sekundærdokumentasjon etter bokføringslova. "
              "Vi tek vare på dei utan opplysningar om deg.",
        "sv": "Beställningar som aldrig blev ett köp är sekundär dokumentation enligt den norska "
              "bokföringslagen (bokføringsloven). Vi sparar dem utan uppgifter om dig.",
        "fi": "Tilaukset, joista ei tullut kauppaa, ovat Norjan kirjanpitolain (bokføringsloven) "
              "mukaista toissijaista aineistoa. Säilytämme ne ilman sinua koskevia tietoja.",
        "da": "Bestillinger, der aldrig blev til et køb, er sekundær dokumentation efter den norske "
              "bogføringslov (bokføringsloven). Vi gemmer dem uden oplysninger om dig.",
        "en": "Orders that never became a sale are secondary documentation under the Norwegian "
              "Bookkeeping Act (bokføringsloven). We keep them without any details about you."},
    "kept_see_appendix": {
        "nb": "I vedlegget står det hva som er igjen på dem, hvilken lovbestemmelse som krever det, og når de "
              "slettes.",
        "nn": "I vedlegget står det kva som er att på dei, kva lovføresegn som krev det, og når dei blir sletta.",
        "sv": "I bilagan ser du vad som står kvar på dem, vilket lagrum som kräver det och när de raderas.",
        "fi": "Liitteestä näet, mitä niihin jää, mikä säännös sitä edellyttää ja milloin ne poistetaan.",
        "da": "Af bilaget fremgår det, hvad der står tilbage på dem, hvilken lovbestemmelse der kræver det, og "
              "hvornår de slettes.",
        "en": "The appendix shows what remains on them, which provision requires it and when they will be "
              "deleted."},
    "kept_none": {
        "nb": "Vi beholder ingenting om deg. Det finnes ingen regnskapsbilag om deg som loven krever at vi "
              "oppbevarer.",
        "nn": "Vi tek ikkje vare på noko om deg. Det finst ingen rekneskapsbilag om deg som lova krev at vi "
              "oppbevarer.",
        "sv": "Vi sparar ingenting om dig. Det finns ingen räkenskapsinformation om dig som lagen kräver att vi "
              "sparar.",
        "fi": "Emme säilytä sinusta mitään. Sinua koskevia tositteita, joita laki velvoittaisi meitä "
              "säilyttämään, ei ole.",
        "da": "Vi gemmer intet om dig. Der findes intet regnskabsmateriale om dig, som loven kræver, at vi "
              "opbevarer.",
        "en": "We keep nothing about you. There are no accounting records about you that the law requires us to "
              "keep."},
    # backups
    "h_backups": {"nb": "Sikkerhetskopier", "nn": "Tryggingskopiar", "sv": "Säkerhetskopior",
                  "fi": "Varmuuskopiot", "da": "Sikkerhedskopier", "en": "Backups"},
    "backups_one": {"nb": "Én sikkerhetskopi av registeret, tatt før slettingen, inneholder fortsatt "
                          "opplysningene dine.",
                    "nn": "Éin tryggleikskopi av registeret, teken før slettinga, inneheld framleis opplysningane "
                          "dine.",
                    "sv": "En säkerhetskopia av registret, som togs före raderingen, innehåller fortfarande dina "
                          "uppgifter.",
                    "fi": "Yksi ennen poistamista otettu rekisterin varmuuskopio sisältää vielä tietosi.",
                    "da": "Én sikkerhedskopi af registret, taget før sletningen, indeholder stadig dine "
                          "oplysninger.",
                    "en": "One backup of the register, taken before the erasure, still contains your data."},
    "backups_many": {"nb": "{count} sikkerhetskopier av registeret, tatt før slettingen, inneholder fortsatt "
                           "opplysningene dine.",
                     "nn": "{count} tryggleikskopiar av registeret, tekne før slettinga, inneheld framleis "
                           "opplysningane dine.",
                     "sv": "{count} säkerhetskopior av registret, som togs före raderingen, innehåller fortfarande "
                           "dina uppgifter.",
                     "fi": "{count} ennen poistamista otettua rekisterin varmuuskopiota sisältää vielä tietosi.",
                     "da": "{count} sikkerhedskopier af registret, taget før sletningen, indeholder stadig dine "
                           "oplysninger.",
                     "en": "{count} backups of the register, taken before the erasure, still contain your data."},
    "backups_body": {
        "nb": "Sikkerhetskopiene er kryptert og kan ikke endres, så vi kan ikke slette deg fra dem. De skiftes ut "
              "etter faste regler: Vi beholder {daily} daglige og {weekly} ukentlige kopier, og eldre kopier "
              "slettes.",
        "nn": "Tryggingskopiane er krypterte og kan ikkje endrast, så vi kan ikkje slette deg frå dei. Dei blir "
              "skifte ut etter faste reglar: Vi tek vare på {daily} daglege og {weekly} vekentlege kopiar, og "
              "eldre kopiar blir sletta.",
        "sv": "Säkerhetskopiorna är krypterade och kan inte ändras, så vi kan inte radera dig ur dem. De byts ut "
              "enligt fasta regler: vi behåller {daily} dagliga och {weekly} veckovisa kopior, och äldre kopior "
              "raderas.",
        "fi": "Varmuuskopiot on salattu, eikä niitä voi muokata, joten emme voi poistaa tietojasi niistä. "
              "Varmuuskopiot vaihtuvat kiinteän aikataulun mukaan: säilytämme {daily} päivittäistä ja {weekly} "
              "viikoittaista kopiota, ja vanhemmat kopiot poistetaan.",
        "da": "Sikkerhedskopierne er krypterede og kan ikke ændres, så vi kan ikke slette dig fra dem. De "
              "udskiftes efter faste regler: Vi gemmer {daily} daglige og {weekly} ugentlige kopier, og ældre "
              "kopier slettes.",
        "en": "Backups are encrypted and cannot be edited, so we cannot erase you from them. They are replaced on "
              "a fixed schedule: we keep {daily} daily and {weekly} weekly copies, and older copies are deleted."},
    "backups_expire": {"nb": "Den siste kopien med opplysningene dine er derfor borte senest {expires}.",
                       "nn": "Den siste kopien med opplysningane dine er difor borte seinast {expires}.",
                       "sv": "Den sista kopian med dina uppgifter är därför borta senast den {expires}.",
                       "fi": "Viimeinen tietojasi sisältävä kopio on siis poistunut viimeistään {expires}.",
                       "da": "Den sidste kopi med dine oplysninger er derfor væk senest den {expires}.",
                       "en": "The last copy with your data will therefore be gone by {expires} at the latest."},
    "backups_restore": {
        "nb": "Skulle vi noen gang måtte hente tilbake en slik kopi, gjennomfører vi slettingen på nytt før noen "
              "kan se opplysningene. Til det har vi en liste over slettinger som bare inneholder kundenummeret og "
              "tidspunktet.",
        "nn": "Skulle vi nokon gong måtte hente tilbake ein slik kopi, gjennomfører vi slettinga på nytt før nokon "
              "kan sjå opplysningane. Til det har vi ei liste over slettingar som berre inneheld kundenummeret og "
              "tidspunktet.",
        "sv": "Om vi någon gång måste läsa tillbaka en sådan kopia genomför vi raderingen på nytt innan "
              "någon kan se uppgifterna. För det har vi en förteckning över raderingar som bara innehåller "
              "kundnumret och tidpunkten.",
        "fi": "Jos joudumme joskus palauttamaan tällaisen kopion, poistamme tietosi uudelleen ennen kuin kukaan "
              "näkee ne. Sitä varten pidämme poistoluetteloa, jossa on vain asiakasnumero ja poistamisen "
              "ajankohta.",
        "da": "Skulle vi nogensinde få brug for at indlæse en sådan kopi igen, gennemfører vi sletningen på ny, "
              "før nogen kan se oplysningerne. Til det har vi en liste over sletninger, som kun indeholder "
              "kundenummeret og tidspunktet.",
        "en": "If we ever have to restore such a copy, we carry out the erasure again before anyone can see the "
              "data. For this we keep a list of erasures that holds only the customer number and the time."},
    "backups_none": {"nb": "Ingen sikkerhetskopi inneholder opplysningene dine: Det finnes ingen kopi av "
                           "registeret fra før slettingen.",
                     "nn": "Ingen tryggleikskopi inneheld opplysningane dine: Det finst ingen kopi av registeret "
                           "frå før slettinga.",
                     "sv": "Ingen säkerhetskopia innehåller dina uppgifter: det finns ingen kopia av registret "
                           "från tiden före raderingen.",
                     "fi": "Mikään varmuuskopio ei sisällä tietojasi: rekisteristä ei ole ennen poistamista "
                           "otettua kopiota.",
                     "da": "Ingen sikkerhedskopi indeholder dine oplysninger: Der findes ingen kopi af registret "
                           "fra før sletningen.",
                     "en": "No backup contains your data: there is no copy of the register from before the "
                           "erasure."},
    # customer number, logs, the request record
    "h_number": {"nb": "Kundenummeret og loggene våre", "nn": "Kundenummeret og loggane våre",
                 "sv": "Kundnumret och våra loggar", "fi": "Asiakasnumero ja lokimme",
                 "da": "Kundenummeret og vores log", "en": "Your customer number and our logs"},
    "number_text": {"nb": "Kundenummeret ditt var {number}. Det fører ikke lenger til deg eller til noen "
                          "opplysninger om deg.",
                    "nn": "Kundenummeret ditt var {number}. Det fører ikkje lenger til deg eller til nokon "
                          "opplysningar om deg.",
                    "sv": "Ditt kundnummer var {number}. Det leder inte längre till dig eller till några uppgifter "
                          "om dig.",
                    "fi": "Asiakasnumerosi oli {number}. Se ei enää johda sinuun eikä mihinkään sinua koskevaan "
                          "tietoon.",
                    "da": "Dit kundenummer var {number}. Det fører ikke længere til dig eller til nogen "
                          "oplysninger om dig.",
                    "en": "Your customer number was {number}. It no longer leads to you or to any data about you."},
    "log_text": {
        "nb": "Loggen vår over hva som gjøres i kunderegisteret, viser bare kundenummeret og hva som ble gjort, "
              "aldri navnet ditt eller andre opplysninger om deg. Selve forespørselen (referanse, datoer og hvordan "
              "vi behandlet den) tar vi vare på uten kobling til deg, slik at vi kan dokumentere at vi har "
              "behandlet den (GDPR art. 5 nr. 2).",
        "nn": "Loggen vår over kva som blir gjort i kunderegisteret, viser berre kundenummeret og kva som vart "
              "gjort, aldri namnet ditt eller andre opplysningar om deg. Sjølve førespurnaden (referanse, datoar og "
              "korleis vi behandla han) tek vi vare på utan kopling til deg, slik at vi kan dokumentere at vi har "
              "behandla han (GDPR art. 5 nr. 2).",
        "sv": "Vår logg över vad som görs i kundregistret visar bara kundnumret och vad som gjordes, aldrig ditt "
              "namn eller andra uppgifter om dig. Själva begäran (referens, datum och hur den hanterades) sparar "
              "vi utan koppling till dig, så att vi kan visa att vi har hanterat den (GDPR art. 5.2).",
        "fi": "Asiakasrekisterin tapahtumalokiin jää vain asiakasnumero ja se, mitä tehtiin, ei koskaan nimeäsi "
              "tai muita tietojasi. Itse pyynnön (viite, päivämäärät ja käsittelytapa) säilytämme ilman "
              "yhteyttä sinuun, jotta voimme osoittaa käsitelleemme sen (tietosuoja-asetuksen 5 artiklan 2 kohta).",
        "da": "Vores log over, hvad der sker i kunderegistret, viser kun kundenummeret og hvad der blev gjort, "
              "aldrig dit navn eller andre oplysninger om dig. Selve anmodningen (reference, datoer og hvordan vi "
              "behandlede den) gemmer vi uden forbindelse til dig, så vi kan dokumentere, at vi har behandlet den "
              "(GDPR art. 5, stk. 2).",
        "en": "Our log of what is done in the customer register shows only the customer number and what was done, "
              "never your name or any other details about you. We keep the request itself (reference, dates and "
              "how we handled it) without any link to you, so that we can show we handled it (GDPR Art. 5(2))."},
    # questions and complaints
    "h_questions": {"nb": "Spørsmål og klage", "nn": "Spørsmål og klage", "sv": "Frågor och klagomål",
                    "fi": "Kysymykset ja valitukset", "da": "Spørgsmål og klage", "en": "Questions and complaints"},
    "questions": {
        "nb": "Har du spørsmål om slettingen, er du velkommen til å kontakte oss{channels}. Oppgi referansen "
              "{reference}: Når opplysningene dine er slettet, er det den eneste måten vi kan finne saken på.",
        "nn": "Har du spørsmål om slettinga, er du velkomen til å kontakte oss{channels}. Oppgi referansen "
              "{reference}: Når opplysningane dine er sletta, er det den einaste måten vi kan finne saka på.",
        "sv": "Har du frågor om raderingen är du välkommen att kontakta oss{channels}. Ange referensen "
              "{reference}: eftersom dina uppgifter är raderade är det enda sättet för oss att hitta ärendet.",
        "fi": "Jos sinulla on kysyttävää poistamisesta, voit ottaa meihin yhteyttä{channels}. Mainitse viite "
              "{reference}: koska tietosi on poistettu, löydämme asian vain sen avulla.",
        "da": "Har du spørgsmål om sletningen, er du velkommen til at kontakte os{channels}. Oplys referencen "
              "{reference}: Når dine oplysninger er slettet, er det den eneste måde, vi kan finde sagen på.",
        "en": "If you have any questions about the erasure, you are welcome to contact us{channels}. Please quote "
              "the reference {reference}: now that your data is erased, it is the only way we can find the case."},
    # the appendix
    "appendix": {"nb": "Vedlegg: Opplysninger vi er pålagt å oppbevare",
                 "nn": "Vedlegg: Opplysningar vi er pålagde å oppbevare",
                 "sv": "Bilaga: Uppgifter som vi måste spara",
                 "fi": "Liite: Tiedot, jotka meidän on säilytettävä",
                 "da": "Bilag: Oplysninger, vi skal opbevare",
                 "en": "Appendix: Records we are required to keep"},
    "appendix_intro": {
        "nb": "Tabellen viser regnskapsbilagene loven krever at vi oppbevarer etter slettingen: hva som står igjen "
              "på dem, det rettslige grunnlaget og siste dag de oppbevares. Etter den dagen sletter vi dem ved "
              "neste faste opprydding.",
        "nn": "Tabellen viser rekneskapsbilaga lova krev at vi oppbevarer etter slettinga: kva som står att på "
              "dei, det rettslege grunnlaget og siste dag dei blir oppbevarte. Etter den dagen slettar vi dei ved "
              "neste faste opprydding.",
        "sv": "Tabellen visar den räkenskapsinformation som lagen kräver att vi sparar efter raderingen: vad som "
              "står kvar, den rättsliga grunden och den sista dag den sparas. Därefter raderar vi den vid nästa "
              "planerade gallring.",
        "fi": "Taulukossa ovat tositteet, jotka laki velvoittaa säilyttämään poistamisen jälkeen: mitä "
              "niihin jää, säilyttämisen oikeusperuste ja viimeinen säilytyspäivä. Sen jälkeen poistamme ne "
              "seuraavassa säännöllisessä poistoajossa.",
        "da": "Tabellen viser det regnskabsmateriale, som loven kræver, at vi opbevarer efter sletningen: hvad der "
              "står tilbage, retsgrundlaget og den sidste dag, det opbevares. Derefter sletter vi det ved vores "
              "næste faste oprydning.",
        "en": "The table lists the accounting records the law requires us to keep after the erasure: what remains "
              "on them, the legal basis, and the last day they are kept. After that day we delete them in our next "
              "routine clean-up."},
    "col_what": {"nb": "Hva", "nn": "Kva", "sv": "Vad", "fi": "Mitä", "da": "Hvad", "en": "What"},
    "col_count": {"nb": "Antall", "nn": "Tal", "sv": "Antal", "fi": "Määrä", "da": "Antal", "en": "Count"},
    "col_remains": {"nb": "Dette står igjen", "nn": "Dette står att", "sv": "Det här står kvar",
                    "fi": "Mitä jää jäljelle", "da": "Det står tilbage", "en": "What remains"},
    "col_basis": {"nb": "Rettslig grunnlag", "nn": "Rettsleg grunnlag", "sv": "Rättslig grund",
                  "fi": "Oikeusperuste", "da": "Retsgrundlag", "en": "Legal basis"},
    "col_until": {"nb": "Oppbevares til og med", "nn": "Oppbevart til og med", "sv": "Sparas till och med",
                  "fi": "Viimeinen säilytyspäivä", "da": "Opbevares til og med", "en": "Kept until"},
    "buyer_law": {"nb": "Kjøperens opplysninger: {law}", "nn": "Opplysningar om kjøparen: {law}",
                  "sv": "Köparens uppgifter: {law}", "fi": "Ostajan tiedot: {law}",
                  "da": "Køberens oplysninger: {law}", "en": "Buyer's details: {law}"},
}

# GDPR Art. 17(3)(b): the exception for data a legal obligation requires the controller to keep.
# Cited the way each language cites articles (see domain.legal._ART6_CITE).
ART17_3B: Texts = {
    "nb": "GDPR art. 17 nr. 3 bokstav b", "nn": "GDPR art. 17 nr. 3 bokstav b", "sv": "GDPR art. 17.3 b",
    "fi": "tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta", "da": "GDPR art. 17, stk. 3, litra b",
    "en": "GDPR Art. 17(3)(b)",
}

# What the erasure deleted: the keys services.erasure produces, in the order it lists them.
ERASED: dict[str, Texts] = {
    "contact": {"nb": "Navn, mobilnummer og e-postadresse", "nn": "Namn, mobilnummer og e-postadresse",
                "sv": "Namn, mobilnummer och e-postadress", "fi": "Nimi, matkapuhelinnumero ja sähköpostiosoite",
                "da": "Navn, mobilnummer og e-mailadresse", "en": "Name, mobile number and email address"},
    "address": {"nb": "Postadresse", "nn": "Postadresse", "sv": "Postadress", "fi": "Postiosoite",
                "da": "Postadresse", "en": "Postal address"},
    "company": {"nb": "Firmaopplysninger: firmanavn, organisasjonsnummer og e-post for faktura",
                "nn": "Firmaopplysningar: firmanamn, organisasjonsnummer og e-post for faktura",
                "sv": "Företagsuppgifter: företagsnamn, organisationsnummer och e-post för fakturor",
                "fi": "Yritystiedot: yrityksen nimi, Y-tunnus ja laskutussähköposti",
                "da": "Firmaoplysninger: firmanavn, CVR-nummer og e-mail til faktura",
                "en": "Company details: company name, organisation number and invoice email"},
    "notes": {"nb": "Merknadene våre om deg og fritekst på forespørslene dine",
              "nn": "Merknadene våre om deg og fritekst på førespurnadene dine",
              "sv": "Våra anteckningar om dig och fritext på dina begäranden",
              "fi": "Muistiinpanomme sinusta ja pyyntöjesi vapaamuotoiset huomautukset",
              "da": "Vores bemærkninger om dig og fritekst på dine anmodninger",
              "en": "Our notes about you and free-text comments on your requests"},
    "consents": {"nb": "Samtykker, også de du hadde trukket tilbake", "nn": "Samtykke, også dei du hadde trekt "
                 "tilbake", "sv": "Samtycken, även de som du hade återkallat",
                 "fi": "Suostumukset, myös peruuttamasi", "da": "Samtykker, også dem du havde tilbagekaldt",
                 "en": "Consents, including those you had withdrawn"},
    "service_events": {"nb": "Reklamasjoner, returer og reparasjoner", "nn": "Reklamasjonar, returar og "
                       "reparasjonar", "sv": "Reklamationer, returer och reparationer",
                       "fi": "Reklamaatiot, palautukset ja korjaukset",
                       "da": "Reklamationer, returneringer og reparationer", "en": "Complaints, returns and repairs"},
    "purchases": {"nb": "Kjøp og bestillinger som ingen lov lenger krever at vi beholder, slettet i sin helhet",
                  "nn": "Kjøp og bestillingar som inga lov lenger krev at vi tek vare på, sletta heilt",
                  "sv": "Köp och beställningar som ingen lag längre kräver att vi sparar, helt raderade",
                  "fi": "Ostot ja tilaukset, joita mikään laki ei enää velvoita säilyttämään, kokonaan "
                        "poistettuina",
                  "da": "Køb og bestillinger, som ingen lov længere kræver, at vi gemmer, helt slettet",
                  "en": "Purchases and orders that no law still requires us to keep, deleted entirely"},
    "order_notes": {"nb": "Fritekstmerknader på kjøp vi må beholde", "nn": "Fritekstmerknader på kjøp vi må ta "
                    "vare på", "sv": "Fritextanteckningar på köp som vi måste spara",
                    "fi": "Vapaamuotoiset merkinnät ostoissa, jotka meidän on säilytettävä",
                    "da": "Fritekstbemærkninger på køb, vi skal gemme",
                    "en": "Free-text notes on purchase records we must keep"},
    "search_index": {"nb": "Oppføringene i søkeregisteret som gjorde at vi kunne finne deg på navn, telefon eller "
                     "e-post", "nn": "Oppføringane i søkjeregisteret som gjorde at vi kunne finne deg på namn, "
                     "telefon eller e-post", "sv": "Sökindexets poster, som gjorde att vi kunde hitta dig på namn, "
                     "telefon eller e-post", "fi": "Hakuhakemiston merkinnät, joiden avulla löysimme sinut nimen, "
                     "puhelinnumeron tai sähköpostin perusteella", "da": "Søgeindeksets poster, som gjorde det "
                     "muligt at finde dig på navn, telefon eller e-mail",
                     "en": "Search index entries that let us find you by name, phone or email"},
    "verification": {"nb": "Midlertidige opplysninger fra identitetskontrollen", "nn": "Mellombelse opplysningar "
                     "frå identitetskontrollen", "sv": "Tillfälliga uppgifter från identitetskontrollen",
                     "fi": "Henkilöllisyyden tarkistuksen väliaikaiset tiedot",
                     "da": "Midlertidige oplysninger fra identitetskontrollen",
                     "en": "Temporary data from the identity check"},
}
# Categories that are a number of records; the others are one block of fields, shown without a count.
COUNTED: frozenset[str] = frozenset({"consents", "service_events", "purchases", "order_notes"})

KEPT_KIND: dict[str, Texts] = {
    "receipt": {"nb": "Kassakvitteringer", "nn": "Kassakvitteringar", "sv": "Kassakvitton", "fi": "Kassakuitit",
                "da": "Kassebonner", "en": "Cash receipts"},
    "invoice": {"nb": "Fakturaer", "nn": "Fakturaer", "sv": "Fakturor", "fi": "Laskut", "da": "Fakturaer",
                "en": "Invoices"},
    "order": {"nb": "Bestillinger som ikke ble kjøp", "nn": "Bestillingar som ikkje vart kjøp",
              "sv": "Beställningar som inte blev köp", "fi": "Tilaukset, joista ei tullut kauppaa",
              "da": "Bestillinger, der ikke blev til køb", "en": "Orders that did not become a sale"},
}

# What a kept record still shows (KeptRecords.fields).
KEPT_FIELD: dict[str, Texts] = {
    "number": {"nb": "nummer", "nn": "nummer", "sv": "nummer", "fi": "numero", "da": "nummer", "en": "number"},
    "date": {"nb": "dato", "nn": "dato", "sv": "datum", "fi": "päivämäärä", "da": "dato", "en": "date"},
    "lines": {"nb": "varelinjer", "nn": "varelinjer", "sv": "varurader", "fi": "tuoterivit", "da": "varelinjer",
              "en": "item lines"},
    "total": {"nb": "sum", "nn": "sum", "sv": "summa", "fi": "loppusumma", "da": "beløb i alt", "en": "total"},
    "buyer_name": {"nb": "kjøperens navn", "nn": "namn på kjøparen", "sv": "köparens namn", "fi": "ostajan nimi",
                   "da": "køberens navn", "en": "buyer's name"},
    "buyer_address": {"nb": "kjøperens adresse", "nn": "adresse til kjøparen", "sv": "köparens adress",
                      "fi": "ostajan osoite", "da": "køberens adresse", "en": "buyer's address"},
    "buyer_org_number": {"nb": "kjøperens organisasjonsnummer", "nn": "organisasjonsnummer til kjøparen",
                         "sv": "köparens organisationsnummer", "fi": "ostajan Y-tunnus",
                         "da": "køberens CVR-nummer", "en": "buyer's organisation number"},
}


def t(key: str, language: str) -> str:
    return pick(WORDS[key], language)


def label(table: dict[str, Texts], key: str, language: str) -> str:
    """A vocabulary value in ``language``; the raw key when the table does not know it."""
    return _label(table, key, language)


def receipt_title(language: str) -> str:
    return t("title", language)
