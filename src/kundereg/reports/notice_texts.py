"""Wording of the privacy notice and the record of processing, in nb, nn, sv, fi, da and en.

The legal texts shared with the access report (rights, how to use them, the complaint, the
authorities, transfers, automated decisions) come from ``domain.legal``; the profile's own
vocabulary from ``domain.profile_texts``. What is here is only the notice's frame: titles,
headings and the sentences that join the profile's facts. GDPR Art. 13 lists what a notice
given at collection must contain; each heading notes the point it answers.
"""
from __future__ import annotations

from ..domain.legal import Texts, pick

NOTICE: dict[str, Texts] = {
    "title": {"nb": "Personvernerklæring", "nn": "Personvernerklæring", "sv": "Integritetspolicy",
              "fi": "Tietosuojaseloste", "da": "Privatlivspolitik", "en": "Privacy notice"},
    "subtitle": {"nb": "Slik behandler {shop} personopplysninger om kundene sine",
                 "nn": "Slik behandlar {shop} personopplysningar om kundane sine",
                 "sv": "Så behandlar {shop} personuppgifter om sina kunder",
                 "fi": "Näin {shop} käsittelee asiakkaidensa henkilötietoja",
                 "da": "Sådan behandler {shop} personoplysninger om sine kunder",
                 "en": "How {shop} handles personal data about its customers"},
    "intro": {
        "nb": "Denne personvernerklæringen forteller hvilke personopplysninger vi registrerer om deg som kunde, "
              "hvorfor vi gjør det, hvilket rettslig grunnlag vi bygger på, hvor lenge vi tar vare på "
              "opplysningene, hvem som får dem, og hvilke rettigheter du har etter personvernforordningen (GDPR).",
        "nn": "Denne personvernerklæringa fortel kva personopplysningar vi registrerer om deg som kunde, kvifor vi "
              "gjer det, kva rettsleg grunnlag vi byggjer på, kor lenge vi tek vare på opplysningane, kven som får "
              "dei, og kva rettar du har etter personvernforordninga (GDPR).",
        "sv": "Den här integritetspolicyn beskriver vilka personuppgifter vi registrerar om dig som kund, varför vi "
              "gör det, vilken rättslig grund vi stöder oss på, hur länge vi sparar uppgifterna, vem som får ta del "
              "av dem och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).",
        "fi": "Tässä tietosuojaselosteessa kerrotaan, mitä henkilötietoja tallennamme sinusta asiakkaana, miksi "
              "teemme niin, mihin oikeusperusteeseen käsittely perustuu, kuinka kauan säilytämme tietoja, kenelle "
              "niitä luovutetaan ja mitä oikeuksia sinulla on EU:n yleisen tietosuoja-asetuksen (GDPR) mukaan.",
        "da": "Denne privatlivspolitik beskriver, hvilke personoplysninger vi registrerer om dig som kunde, hvorfor "
              "vi gør det, hvilket retsgrundlag vi bygger på, hvor længe vi opbevarer oplysningerne, hvem der "
              "modtager dem, og hvilke rettigheder du har efter databeskyttelsesforordningen (GDPR).",
        "en": "This privacy notice explains which personal data we record about you as a customer, why we do so, "
              "which legal basis we rely on, how long we keep the data, who receives it and what rights you have "
              "under the General Data Protection Regulation (GDPR)."},
    # Art. 13(1)(a)
    "h_controller": {"nb": "Behandlingsansvarlig og kontakt", "nn": "Behandlingsansvarleg og kontakt",
                     "sv": "Personuppgiftsansvarig och kontakt", "fi": "Rekisterinpitäjä ja yhteystiedot",
                     "da": "Dataansvarlig og kontakt", "en": "Controller and contact"},
    "controller": {
        "nb": "{shop} er behandlingsansvarlig for personopplysningene som er beskrevet her. Ta kontakt med oss hvis "
              "du har spørsmål om hvordan vi behandler personopplysningene dine.",
        "nn": "{shop} er behandlingsansvarleg for personopplysningane som er skildra her. Ta kontakt med oss om du "
              "har spørsmål om korleis vi behandlar personopplysningane dine.",
        "sv": "{shop} är personuppgiftsansvarig för de personuppgifter som beskrivs här. Kontakta oss om du har "
              "frågor om hur vi behandlar dina personuppgifter.",
        "fi": "{shop} on tässä kuvattujen henkilötietojen rekisterinpitäjä. Ota meihin yhteyttä, jos sinulla on "
              "kysyttävää henkilötietojesi käsittelystä.",
        "da": "{shop} er dataansvarlig for de personoplysninger, der er beskrevet her. Kontakt os, hvis du har "
              "spørgsmål om, hvordan vi behandler dine personoplysninger.",
        "en": "{shop} is the controller of the personal data described here. Contact us if you have any questions "
              "about how we handle your personal data."},
    "address": {"nb": "Adresse", "nn": "Adresse", "sv": "Adress", "fi": "Osoite", "da": "Adresse", "en": "Address"},
    "phone": {"nb": "Telefon", "nn": "Telefon", "sv": "Telefon", "fi": "Puhelin", "da": "Telefon", "en": "Phone"},
    # Art. 13(1)(c), 14(1)(d)
    "h_collected": {"nb": "Hvilke opplysninger vi registrerer", "nn": "Kva opplysningar vi registrerer",
                    "sv": "Vilka uppgifter vi registrerar", "fi": "Mitä tietoja tallennamme",
                    "da": "Hvilke oplysninger vi registrerer", "en": "What we record"},
    "collected": {"nb": "Om deg som kunde registrerer vi:", "nn": "Om deg som kunde registrerer vi:",
                  "sv": "Om dig som kund registrerar vi:", "fi": "Sinusta asiakkaana tallennamme:",
                  "da": "Om dig som kunde registrerer vi:", "en": "About you as a customer we record:"},
    "only_needed": {
        "nb": "Vi registrerer bare det som trengs for det du handler hos oss. Et felt du ikke trenger, står tomt, "
              "for eksempel e-postadressen hvis du ikke vil ha fakturaen på e-post.",
        "nn": "Vi registrerer berre det som trengst for det du handlar hos oss. Eit felt du ikkje treng, står tomt, "
              "til dømes e-postadressa om du ikkje vil ha fakturaen på e-post.",
        "sv": "Vi registrerar bara det som behövs för det du handlar hos oss. Ett fält som inte behövs lämnas tomt, "
              "till exempel e-postadressen om du inte vill ha fakturan via e-post.",
        "fi": "Tallennamme vain sen, mitä asiointisi edellyttää. Tarpeeton kenttä jää tyhjäksi, esimerkiksi "
              "sähköpostiosoite, jos et halua laskua sähköpostitse.",
        "da": "Vi registrerer kun det, der er nødvendigt for det, du handler hos os. Et felt, du ikke har brug for, "
              "forbliver tomt, for eksempel e-mailadressen, hvis du ikke vil have fakturaen på e-mail.",
        "en": "We record only what is needed for what you buy from us. A field you do not need stays empty, for "
              "example your email address if you do not want invoices by email."},
    "sole_trader_personal": {
        "nb": "Driver du et enkeltpersonforetak, identifiserer organisasjonsnummeret deg, og vi behandler det som "
              "en personopplysning på lik linje med resten i denne erklæringen.",
        "nn": "Driv du eit enkeltpersonføretak, identifiserer organisasjonsnummeret deg, og vi behandlar det som ei "
              "personopplysning på lik line med resten i denne erklæringa.",
        "sv": "Om du driver enskild firma identifierar organisationsnumret dig, och vi behandlar det som en "
              "personuppgift precis som allt annat i denna policy.",
        "fi": "Jos toimit yksityisenä elinkeinonharjoittajana, Y-tunnus yksilöi sinut, joten käsittelemme sitä "
              "henkilötietona kuten kaikkea muuta tässä selosteessa kuvattua.",
        "da": "Driver du enkeltmandsvirksomhed, identificerer CVR-nummeret dig, og vi behandler det som en "
              "personoplysning på linje med alt andet i denne politik.",
        "en": "If you run a sole proprietorship, its organisation number identifies you, so we treat it as personal "
              "data like everything else in this notice."},
    "org_company_data": {
        "nb": "Organisasjonsnummer er opplysninger om firmaet; vi registrerer dem for å fakturere firmaet du "
              "handler for.",
        "nn": "Organisasjonsnummer er opplysningar om firmaet; vi registrerer dei for å fakturere firmaet du "
              "handlar for.",
        "sv": "Organisationsnummer är uppgifter om företaget; vi registrerar dem för att fakturera företaget du "
              "handlar för.",
        "fi": "Y-tunnus on yrityksen tieto; tallennamme sen laskuttaaksemme yritystä, jonka puolesta asioit.",
        "da": "CVR-numre er oplysninger om virksomheden; vi registrerer dem for at fakturere den virksomhed, du "
              "handler for.",
        "en": "Organisation numbers are company data; we record them to invoice the company you buy for."},
    # Art. 13(1)(c)
    "h_purposes": {"nb": "Hvorfor vi bruker opplysningene, og rettslig grunnlag",
                   "nn": "Kvifor vi brukar opplysningane, og rettsleg grunnlag",
                   "sv": "Varför vi använder uppgifterna och rättslig grund",
                   "fi": "Miksi käytämme tietoja ja käsittelyn oikeusperuste",
                   "da": "Hvorfor vi bruger oplysningerne, og retsgrundlag",
                   "en": "Why we use the data, and the legal basis"},
    "purposes": {
        "nb": "Vi bruker opplysningene bare til formålene nedenfor. For hvert formål står det hvilke opplysninger "
              "vi bruker, hvilket rettslig grunnlag i personvernforordningen artikkel 6 vi bygger på, hvor lenge vi "
              "tar vare på dem, og hvem som får dem.",
        "nn": "Vi brukar opplysningane berre til føremåla nedanfor. For kvart føremål står det kva opplysningar vi "
              "brukar, kva rettsleg grunnlag i personvernforordninga artikkel 6 vi byggjer på, kor lenge vi tek "
              "vare på dei, og kven som får dei.",
        "sv": "Vi använder uppgifterna endast för ändamålen nedan. För varje ändamål anges vilka uppgifter vi "
              "använder, vilken rättslig grund i artikel 6 i dataskyddsförordningen vi stöder oss på, hur länge vi "
              "sparar dem och vem som får ta del av dem.",
        "fi": "Käytämme tietoja vain alla mainittuihin tarkoituksiin. Kunkin tarkoituksen kohdalla kerrotaan, mitä "
              "tietoja käytämme, mihin tietosuoja-asetuksen 6 artiklan oikeusperusteeseen käsittely perustuu, "
              "kuinka kauan säilytämme tietoja ja kenelle niitä luovutetaan.",
        "da": "Vi bruger kun oplysningerne til formålene nedenfor. For hvert formål står der, hvilke oplysninger vi "
              "bruger, hvilket retsgrundlag i databeskyttelsesforordningens artikel 6 vi bygger på, hvor længe vi "
              "opbevarer dem, og hvem der modtager dem.",
        "en": "We use the data only for the purposes below. For each purpose you can see which data we use, which "
              "legal basis in Article 6 of the GDPR we rely on, how long we keep it and who receives it."},
    # Art. 14(2)(f)
    "h_sources": {"nb": "Hvor opplysningene kommer fra", "nn": "Kvar opplysningane kjem frå",
                  "sv": "Varifrån uppgifterna kommer", "fi": "Mistä tiedot saadaan",
                  "da": "Hvor oplysningerne kommer fra", "en": "Where the data comes from"},
    "h_marketing": {"nb": "Markedsføring", "nn": "Marknadsføring", "sv": "Marknadsföring", "fi": "Markkinointi",
                    "da": "Markedsføring", "en": "Marketing"},
    "marketing_none": {
        "nb": "Vi bruker ikke opplysningene dine til reklame, nyhetsbrev, kundeanalyser eller lignende.",
        "nn": "Vi brukar ikkje opplysningane dine til reklame, nyheitsbrev, kundeanalysar eller liknande.",
        "sv": "Vi använder inte dina uppgifter för reklam, nyhetsbrev, kundanalyser eller liknande.",
        "fi": "Emme käytä tietojasi mainontaan, uutiskirjeisiin, asiakasanalyyseihin tai vastaaviin.",
        "da": "Vi bruger ikke dine oplysninger til reklame, nyhedsbreve, kundeanalyser eller lignende.",
        "en": "We do not use your data for advertising, newsletters, customer analyses or the like."},
    "marketing_a": {
        "nb": "Vi sender deg markedsføring bare hvis du uttrykkelig har sagt ja til det (GDPR art. 6 nr. 1 bokstav "
              "a). Du kan trekke tilbake samtykket når som helst: i butikken, ved å kontakte oss eller med "
              "avmeldingslenken i hver utsendelse.",
        "nn": "Vi sender deg marknadsføring berre om du uttrykkeleg har sagt ja til det (GDPR art. 6 nr. 1 bokstav "
              "a). Du kan trekkje tilbake samtykket når som helst: i butikken, ved å kontakte oss eller med "
              "avmeldingslenkja i kvar utsending.",
        "sv": "Vi skickar marknadsföring till dig bara om du uttryckligen har sagt ja till det (GDPR art. 6.1 a). "
              "Du kan när som helst återkalla ditt samtycke: i butiken, genom att kontakta oss eller via "
              "avregistreringslänken i varje utskick.",
        "fi": "Lähetämme sinulle markkinointia vain, jos olet nimenomaisesti suostunut siihen (tietosuoja-asetuksen "
              "6 artiklan 1 kohdan a alakohta). Voit peruuttaa suostumuksesi milloin tahansa: myymälässä, "
              "ottamalla meihin yhteyttä tai jokaisen viestin peruutuslinkistä.",
        "da": "Vi sender dig kun markedsføring, hvis du udtrykkeligt har sagt ja til det (GDPR art. 6, stk. 1, "
              "litra a). Du kan til enhver tid tilbagekalde dit samtykke: i butikken, ved at kontakte os eller via "
              "afmeldingslinket i hver udsendelse.",
        "en": "We send you marketing only if you have expressly agreed to it (GDPR Art. 6(1)(a)). You may withdraw "
              "your consent at any time: in the shop, by contacting us, or with the unsubscribe link in every "
              "message."},
    "marketing_f": {
        "nb": "Som eksisterende kunde kan du få informasjon fra oss om produkter og tjenester som ligner dem du har "
              "kjøpt, på grunnlag av vår berettigede interesse (GDPR art. 6 nr. 1 bokstav f). Du kan når som helst "
              "protestere mot dette, og da stanser vi det (GDPR art. 21).",
        "nn": "Som eksisterande kunde kan du få informasjon frå oss om produkt og tenester som liknar dei du har "
              "kjøpt, på grunnlag av den berettiga interessa vår (GDPR art. 6 nr. 1 bokstav f). Du kan når som "
              "helst protestere mot dette, og då stansar vi det (GDPR art. 21).",
        "sv": "Som befintlig kund kan du få information från oss om produkter och tjänster som liknar dem du har "
              "köpt, på grundval av vårt berättigade intresse (GDPR art. 6.1 f). Du kan när som helst invända mot "
              "detta, och då upphör vi med det (GDPR art. 21).",
        "fi": "Nykyisenä asiakkaana voit saada meiltä tietoa tuotteista ja palveluista, jotka muistuttavat "
              "ostamiasi, oikeutetun etumme perusteella (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). Voit "
              "milloin tahansa vastustaa tätä, jolloin lopetamme sen (21 artikla).",
        "da": "Som eksisterende kunde kan du få information fra os om produkter og tjenester, der ligner dem, du har "
              "købt, på grundlag af vores legitime interesse (GDPR art. 6, stk. 1, litra f). Du kan når som helst "
              "gøre indsigelse mod det, og så stopper vi (GDPR art. 21).",
        "en": "As an existing customer you may hear from us about products and services like those you have bought, "
              "on the basis of our legitimate interests (GDPR Art. 6(1)(f)). You may object to this at any time, "
              "and we will then stop (GDPR Art. 21)."},
    "no_sale": {"nb": "Vi selger ikke opplysningene dine og gir dem ikke til andre for markedsføring.",
                "nn": "Vi sel ikkje opplysningane dine og gir dei ikkje til andre for marknadsføring.",
                "sv": "Vi säljer inte dina uppgifter och lämnar inte ut dem till andra för marknadsföring.",
                "fi": "Emme myy tietojasi emmekä luovuta niitä muille markkinointia varten.",
                "da": "Vi sælger ikke dine oplysninger og giver dem ikke til andre til markedsføring.",
                "en": "We do not sell your data or give it to others for their marketing."},
    # Art. 13(1)(e)
    "h_recipients": {"nb": "Hvem som får opplysningene", "nn": "Kven som får opplysningane",
                     "sv": "Vem som får ta del av uppgifterna", "fi": "Kenelle tietoja luovutetaan",
                     "da": "Hvem der modtager oplysningerne", "en": "Who receives the data"},
    "recipients": {
        "nb": "Vi bruker disse databehandlerne og mottakerne. En databehandler behandler opplysningene bare etter "
              "våre instrukser og etter en databehandleravtale (GDPR art. 28).",
        "nn": "Vi brukar desse databehandlarane og mottakarane. Ein databehandlar behandlar opplysningane berre "
              "etter instruksane våre og etter ein databehandlaravtale (GDPR art. 28).",
        "sv": "Vi anlitar följande personuppgiftsbiträden och mottagare. Ett biträde behandlar uppgifterna endast "
              "enligt våra instruktioner och ett personuppgiftsbiträdesavtal (GDPR art. 28).",
        "fi": "Käytämme seuraavia henkilötietojen käsittelijöitä ja vastaanottajia. Käsittelijä käsittelee tietoja "
              "vain ohjeidemme ja käsittelysopimuksen mukaisesti (tietosuoja-asetuksen 28 artikla).",
        "da": "Vi bruger følgende databehandlere og modtagere. En databehandler behandler kun oplysningerne efter "
              "vores instrukser og en databehandleraftale (GDPR art. 28).",
        "en": "We use the following processors and recipients. A processor handles the data only on our "
              "instructions and under a data processing agreement (GDPR Art. 28)."},
    "recipients_none": {
        "nb": "Vi gir ikke opplysningene til noen utenfor butikken.",
        "nn": "Vi gir ikkje opplysningane til nokon utanfor butikken.",
        "sv": "Vi lämnar inte ut uppgifterna till någon utanför butiken.",
        "fi": "Emme luovuta tietoja kenellekään myymälän ulkopuolelle.",
        "da": "Vi giver ikke oplysningerne til nogen uden for butikken.",
        "en": "We do not give the data to anyone outside the shop."},
    "also": {"nb": "I tillegg:", "nn": "I tillegg:", "sv": "Dessutom:", "fi": "Lisäksi:", "da": "Desuden:",
             "en": "In addition:"},
    "col_name": {"nb": "Navn", "nn": "Namn", "sv": "Namn", "fi": "Nimi", "da": "Navn", "en": "Name"},
    "col_role": {"nb": "Rolle", "nn": "Rolle", "sv": "Roll", "fi": "Rooli", "da": "Rolle", "en": "Role"},
    "col_country": {"nb": "Land", "nn": "Land", "sv": "Land", "fi": "Maa", "da": "Land", "en": "Country"},
    "col_kind": {"nb": "Type", "nn": "Type", "sv": "Typ", "fi": "Tyyppi", "da": "Type", "en": "Type"},
    "processor": {"nb": "Databehandler", "nn": "Databehandlar", "sv": "Personuppgiftsbiträde", "fi": "Käsittelijä",
                  "da": "Databehandler", "en": "Processor"},
    "recipient": {"nb": "Mottaker", "nn": "Mottakar", "sv": "Mottagare", "fi": "Vastaanottaja", "da": "Modtager",
                  "en": "Recipient"},
    # Art. 13(1)(f)
    "transfers_outside": {
        "nb": "Noen av mottakerne behandler opplysninger utenfor EU/EØS ({countries}). Vi overfører bare "
              "opplysninger dit når det finnes et gyldig overføringsgrunnlag, som en beslutning om tilstrekkelig "
              "beskyttelsesnivå eller EU-kommisjonens standard personvernbestemmelser (GDPR art. 45 og 46). Du kan "
              "be oss om en kopi.",
        "nn": "Nokre av mottakarane behandlar opplysningar utanfor EU/EØS ({countries}). Vi overfører berre "
              "opplysningar dit når det finst eit gyldig overføringsgrunnlag, som ei avgjerd om tilstrekkeleg "
              "vernenivå eller EU-kommisjonen sine standard personvernføresegner (GDPR art. 45 og 46). Du kan be oss "
              "om ein kopi.",
        "sv": "Några av mottagarna behandlar uppgifter utanför EU/EES ({countries}). Vi för bara över uppgifter dit "
              "när det finns en giltig grund för överföringen, till exempel ett beslut om adekvat skyddsnivå eller "
              "EU-kommissionens standardavtalsklausuler (GDPR art. 45 och 46). Du kan be oss om en kopia.",
        "fi": "Osa vastaanottajista käsittelee tietoja EU:n ja ETA:n ulkopuolella ({countries}). Siirrämme tietoja "
              "sinne vain, kun siirrolle on pätevä peruste, kuten komission tietosuojan riittävyyttä koskeva päätös "
              "tai EU:n vakiosopimuslausekkeet (tietosuoja-asetuksen 45 ja 46 artikla). Voit pyytää meiltä "
              "jäljennöksen.",
        "da": "Nogle af modtagerne behandler oplysninger uden for EU/EØS ({countries}). Vi overfører kun "
              "oplysninger dertil, når der er et gyldigt overførselsgrundlag, som en afgørelse om tilstrækkeligt "
              "beskyttelsesniveau eller EU-Kommissionens standardkontraktbestemmelser (GDPR art. 45 og 46). Du kan "
              "bede os om en kopi.",
        "en": "Some recipients process data outside the EU/EEA ({countries}). We transfer data there only on a valid "
              "basis, such as an adequacy decision or the European Commission's standard contractual clauses (GDPR "
              "Art. 45 and 46). You may ask us for a copy."},
    # Art. 13(2)(a)
    "h_retention": {"nb": "Hvor lenge vi tar vare på opplysningene", "nn": "Kor lenge vi tek vare på opplysningane",
                    "sv": "Hur länge vi sparar uppgifterna", "fi": "Kuinka kauan säilytämme tietoja",
                    "da": "Hvor længe vi opbevarer oplysningerne", "en": "How long we keep the data"},
    "retention": {"nb": "Vi tar ikke vare på opplysninger lenger enn formålet krever:",
                  "nn": "Vi tek ikkje vare på opplysningar lenger enn føremålet krev:",
                  "sv": "Vi sparar inte uppgifter längre än ändamålet kräver:",
                  "fi": "Emme säilytä tietoja pidempään kuin käyttötarkoitus edellyttää:",
                  "da": "Vi opbevarer ikke oplysninger længere, end formålet kræver:",
                  "en": "We keep data no longer than its purpose requires:"},
    "backups": {
        "nb": "Sikkerhetskopier av registeret oppbevares i høyst {days} dager (daglige) og {weeks} uker "
              "(ukentlige). Opplysninger vi har slettet, forsvinner fra sikkerhetskopiene når disse går ut.",
        "nn": "Tryggleikskopiar av registeret blir oppbevarte i høgst {days} dagar (daglege) og {weeks} veker "
              "(vekentlege). Opplysningar vi har sletta, forsvinn frå tryggleikskopiane når desse går ut.",
        "sv": "Säkerhetskopior av registret sparas i högst {days} dagar (dagliga) och {weeks} veckor (veckovisa). "
              "Uppgifter som vi har raderat försvinner ur säkerhetskopiorna när dessa löper ut.",
        "fi": "Rekisterin varmuuskopioita säilytetään enintään {days} päivää (päivittäiset) ja {weeks} viikkoa "
              "(viikoittaiset). Poistamamme tiedot häviävät varmuuskopioista, kun niiden säilytysaika päättyy.",
        "da": "Sikkerhedskopier af registret opbevares i højst {days} dage (daglige) og {weeks} uger (ugentlige). "
              "Oplysninger, vi har slettet, forsvinder fra sikkerhedskopierne, når de udløber.",
        "en": "Backups of the register are kept for at most {days} days (daily) and {weeks} weeks (weekly). Data we "
              "have deleted disappears from the backups when they expire."},
    "h_security": {"nb": "Slik beskytter vi opplysningene", "nn": "Slik vernar vi opplysningane",
                   "sv": "Så skyddar vi uppgifterna", "fi": "Näin suojaamme tiedot",
                   "da": "Sådan beskytter vi oplysningerne", "en": "How we protect the data"},
    "security": {
        "nb": "Kunderegisteret er elektronisk og krever innlogging. Bare ansatte som trenger det, har tilgang, og "
              "hver visning og endring av kundeopplysninger logges. Før vi viser eller utleverer opplysningene dine, "
              "ber vi deg bekrefte hvem du er.",
        "nn": "Kunderegisteret er elektronisk og krev innlogging. Berre tilsette som treng det, har tilgang, og kvar "
              "vising og endring av kundeopplysningar blir logga. Før vi viser eller utleverer opplysningane dine, "
              "ber vi deg stadfeste kven du er.",
        "sv": "Kundregistret är elektroniskt och kräver inloggning. Endast anställda som behöver det har åtkomst, "
              "och varje visning och ändring av kunduppgifter loggas. Innan vi visar eller lämnar ut dina uppgifter "
              "ber vi dig bekräfta vem du är.",
        "fi": "Asiakasrekisteri on sähköinen ja vaatii kirjautumisen. Pääsy on vain niillä työntekijöillä, jotka "
              "tarvitsevat tietoja, ja jokainen asiakastietojen katselu ja muutos kirjataan. Ennen kuin näytämme tai "
              "luovutamme tietojasi, pyydämme sinua vahvistamaan henkilöllisyytesi.",
        "da": "Kunderegistret er elektronisk og kræver login. Kun medarbejdere, der har brug for det, har adgang, og "
              "hver visning og ændring af kundeoplysninger logges. Før vi viser eller udleverer dine oplysninger, "
              "beder vi dig bekræfte, hvem du er.",
        "en": "The customer register is electronic and needs a login. Only staff who need it have access, and every "
              "view and change of customer data is logged. Before we show or hand out your data, we ask you to "
              "confirm who you are."},
    "access_notice": {
        "nb": "Du kan når som helst spørre hvilke personopplysninger vi har om deg, og få en kopi av dem.",
        "nn": "Du kan når som helst spørje kva personopplysningar vi har om deg, og få ein kopi av dei.",
        "sv": "Du kan när som helst fråga vilka personuppgifter vi har om dig och få en kopia av dem.",
        "fi": "Voit milloin tahansa kysyä, mitä henkilötietoja meillä on sinusta, ja saada niistä jäljennöksen.",
        "da": "Du kan til enhver tid spørge, hvilke personoplysninger vi har om dig, og få en kopi af dem.",
        "en": "You may ask at any time what personal data we hold about you and receive a copy of it."},
    "h_changes": {"nb": "Endringer i denne erklæringen", "nn": "Endringar i denne erklæringa",
                  "sv": "Ändringar i denna policy", "fi": "Muutokset tähän selosteeseen",
                  "da": "Ændringer i denne politik", "en": "Changes to this notice"},
    "changes": {
        "nb": "Vi oppdaterer personvernerklæringen når behandlingen vår endres. Denne versjonen gjelder fra {date}.",
        "nn": "Vi oppdaterer personvernerklæringa når behandlinga vår endrar seg. Denne versjonen gjeld frå {date}.",
        "sv": "Vi uppdaterar integritetspolicyn när vår behandling ändras. Denna version gäller från och med {date}.",
        "fi": "Päivitämme tietosuojaselosteen, kun käsittelymme muuttuu. Tämä versio on voimassa {date} alkaen.",
        "da": "Vi opdaterer privatlivspolitikken, når vores behandling ændres. Denne version gælder fra {date}.",
        "en": "We update this notice when our processing changes. This version applies from {date}."},
}

# The record of processing activities, GDPR Art. 30(1)(a)-(g).
ROPA: dict[str, Texts] = {
    "title": {"nb": "Protokoll over behandlingsaktiviteter", "nn": "Protokoll over behandlingsaktivitetar",
              "sv": "Register över behandlingar", "fi": "Seloste käsittelytoimista",
              "da": "Fortegnelse over behandlingsaktiviteter", "en": "Record of processing activities"},
    "subtitle": {"nb": "GDPR artikkel 30 nr. 1 · {shop} · per {date}", "nn": "GDPR artikkel 30 nr. 1 · {shop} · per {date}",
                 "sv": "GDPR artikel 30.1 · {shop} · per {date}", "fi": "Tietosuoja-asetuksen 30 artiklan 1 kohta · "
                 "{shop} · {date}", "da": "GDPR artikel 30, stk. 1 · {shop} · pr. {date}",
                 "en": "GDPR Article 30(1) · {shop} · as of {date}"},
    "h_controller": NOTICE["h_controller"],
    "h_activities": {"nb": "Behandlingsaktiviteter", "nn": "Behandlingsaktivitetar", "sv": "Behandlingar",
                     "fi": "Käsittelytoimet", "da": "Behandlingsaktiviteter", "en": "Processing activities"},
    "h_processors": {"nb": "Databehandlere og mottakere", "nn": "Databehandlarar og mottakarar",
                     "sv": "Personuppgiftsbiträden och mottagare", "fi": "Käsittelijät ja vastaanottajat",
                     "da": "Databehandlere og modtagere", "en": "Processors and recipients"},
    "h_security": {"nb": "Tekniske og organisatoriske sikkerhetstiltak (art. 32)",
                   "nn": "Tekniske og organisatoriske tryggingstiltak (art. 32)",
                   "sv": "Tekniska och organisatoriska säkerhetsåtgärder (art. 32)",
                   "fi": "Tekniset ja organisatoriset turvatoimet (32 art.)",
                   "da": "Tekniske og organisatoriske sikkerhedsforanstaltninger (art. 32)",
                   "en": "Technical and organisational security measures (Art. 32)"},
    "subjects": {"nb": "Registrerte", "nn": "Registrerte", "sv": "Registrerade", "fi": "Rekisteröidyt",
                 "da": "Registrerede", "en": "Data subjects"},
    "customers": {"nb": "Kunder", "nn": "Kundar", "sv": "Kunder", "fi": "Asiakkaat", "da": "Kunder",
                  "en": "Customers"},
    "customers_b2b": {"nb": "Kunder og kontaktpersoner hos bedriftskunder",
                      "nn": "Kundar og kontaktpersonar hos bedriftskundar",
                      "sv": "Kunder och kontaktpersoner hos företagskunder",
                      "fi": "Asiakkaat ja yritysasiakkaiden yhteyshenkilöt",
                      "da": "Kunder og kontaktpersoner hos erhvervskunder",
                      "en": "Customers and contact persons of business customers"},
    "categories": {"nb": "Kategorier av personopplysninger", "nn": "Kategoriar av personopplysningar",
                   "sv": "Kategorier av personuppgifter", "fi": "Henkilötietoryhmät",
                   "da": "Kategorier af personoplysninger", "en": "Categories of personal data"},
    "transfers": {"nb": "Overføring utenfor EU/EØS", "nn": "Overføring utanfor EU/EØS",
                  "sv": "Överföring utanför EU/EES", "fi": "Siirrot EU:n/ETA:n ulkopuolelle",
                  "da": "Overførsel uden for EU/EØS", "en": "Transfers outside the EU/EEA"},
    "none": {"nb": "Ingen", "nn": "Ingen", "sv": "Inga", "fi": "Ei siirtoja", "da": "Ingen", "en": "None"},
    "measures": {
        "nb": "Innlogging for alle ansatte; passord og PIN lagres bare som argon2id-hash; roller (eier, disk) "
              "kontrolleres i tjenestelaget; identitetskontroll før en kundes opplysninger vises; hash-kjedet "
              "revisjonslogg over visninger og endringer; innsynsrapporter kan krypteres (AES-256); databasen "
              "overskriver slettede data (secure_delete); kopi før hver oppgradering og roterte sikkerhetskopier.",
        "nn": "Innlogging for alle tilsette; passord og PIN blir lagra berre som argon2id-hash; roller (eigar, "
              "disk) blir kontrollerte i tenestelaget; identitetskontroll før opplysningane til ein kunde blir viste; "
              "hash-kjeda revisjonslogg over visingar og endringar; innsynsrapportar kan krypterast (AES-256); "
              "databasen skriv over sletta data (secure_delete); kopi før kvar oppgradering og roterte "
              "tryggleikskopiar.",
        "sv": "Inloggning för all personal; lösenord och PIN sparas endast som argon2id-hash; roller (ägare, disk) "
              "kontrolleras i tjänstelagret; identitetskontroll innan en kunds uppgifter visas; hashkedjad "
              "granskningslogg över visningar och ändringar; registerutdrag kan krypteras (AES-256); databasen "
              "skriver över raderade data (secure_delete); kopia före varje uppgradering och roterade "
              "säkerhetskopior.",
        "fi": "Kirjautuminen kaikille työntekijöille; salasanat ja PIN-koodit tallennetaan vain argon2id-tiivisteinä; "
              "roolit (omistaja, myyjä) tarkistetaan palvelukerroksessa; henkilöllisyyden tarkistus ennen "
              "asiakkaan tietojen näyttämistä; tiivisteketjutettu lokitieto katseluista ja muutoksista; "
              "tarkastusraportit voidaan salata (AES-256); tietokanta ylikirjoittaa poistetut tiedot "
              "(secure_delete); kopio ennen jokaista päivitystä ja kierrätetyt varmuuskopiot.",
        "da": "Login for alle medarbejdere; adgangskoder og PIN gemmes kun som argon2id-hash; roller (ejer, disk) "
              "kontrolleres i servicelaget; identitetskontrol før en kundes oplysninger vises; hash-kædet "
              "revisionslog over visninger og ændringer; indsigtsrapporter kan krypteres (AES-256); databasen "
              "overskriver slettede data (secure_delete); kopi før hver opgradering og roterede sikkerhedskopier.",
        "en": "Login for all staff; passwords and PINs stored only as argon2id hashes; roles (owner, counter) "
              "enforced in the service layer; identity check before a customer's data is shown; hash-chained audit "
              "trail of views and changes; access reports can be encrypted (AES-256); the database overwrites "
              "deleted data (secure_delete); a copy before every upgrade and rotated backups."},
}


def n(key: str, language: str) -> str:
    return pick(NOTICE[key], language)


def r(key: str, language: str) -> str:
    return pick(ROPA[key], language)
