<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;This version works with register schema {head}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tämä versio käyttää rekisterin skeemaversiota {head}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Asiakasrekisteri pienille pohjoismaisille liikkeille.&lt;/p&gt;&lt;p&gt;Rekisteriä avataan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Asiakasrekisteri pienille pohjoismaisille liikkeille.&lt;/p&gt;&lt;p&gt;Liike: {shop} ({country})&lt;br&gt;Rekisterin skeema: {schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Ylös / Alas</translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation>Valitse asiakas tuloksista</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation>Avaa valittu asiakas (tai ensimmäinen)</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>pienillä kirjaimilla, esim. kari</translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation>Näin se näkyy tarkastuslokissa</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Vähintään {n} merkkiä</translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation>4–8 numeroa, valinnainen</translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation>Myyjät voivat kirjautua lyhyellä PIN-koodilla salasanan sijaan</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Toista salasana:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Toista salasana</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN-koodi:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>The owner always uses the password</source>
        <translation>Omistaja käyttää aina salasanaa</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Kirjoita henkilön nimi.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Rekisteröityjen pyynnöt</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Luo esittelytietoja</translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation>Montako keksittyä asiakasta (ostoineen) lisätään?
Käytä tätä vain kokeilurekisterissä: asiakkaita ei voi erottaa oikeista.</translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation>Lisättiin {customers} asiakasta ja {purchases} ostoa.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Esittelytiedot peruttiin; mitään ei lisätty.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Luodaan esittelytietoja</translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation>Lisätään asiakkaita</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Retention rules applied: {customers} inactive customer(s) erased, {records} accounting record(s) past their date deleted, {consents} consent(s) expired.</source>
        <translation>Säilytysaikasääntöjä sovellettiin: passiivisia asiakkaita poistettu {customers}, säilytysajan ylittäneitä kirjanpitoaineiston tietueita poistettu {records}, suostumuksia vanhentunut {consents}.</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Asiakasrekisteri</translation>
    </message>
    <message>
        <source>The register file is damaged: SQLite&apos;s check found {count} problem(s). Restore the newest backup (File &gt; Restore from backup…) before you go on, and keep the damaged file for whoever looks after this PC.</source>
        <translation>Rekisteritiedosto on vahingoittunut: SQLiten tarkistus löysi {count} virhettä. Palauta uusin varmuuskopio (Tiedosto &gt; Palauta varmuuskopiosta …) ennen kuin jatkat, ja säilytä vahingoittunut tiedosto tämän tietokoneen ylläpitäjälle.</translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation>Asiakasrekisteriä ei voitu avata.

{reason}

Lisätiedot ovat lokitiedostossa:
{log}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Kirjautuminen epäonnistui</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Näyttö lukittiin</translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation>Katsoi asiakasta</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Rekisteröi asiakkaan</translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation>Muutti asiakasta</translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation>Katsoi historiaa</translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation>Katsoi noutolistaa</translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation>Kirjasi tilauksen</translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation>Muutti tilauksen tilaa</translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation>Kirjasi palautuksen, reklamaation tai korjauksen</translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation>Sulki palautuksen, reklamaation tai korjauksen</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruutettu</translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation>Katsoi suostumuksia</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Varmisti henkilöllisyyden</translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation>Henkilöllisyyden tarkistus epäonnistui</translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation>Lähetti vahvistuskoodin</translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation>Ilmoitti työperusteen</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Pääsy estetty</translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation>Lisäsi työntekijän</translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation>Muutti työntekijää</translation>
    </message>
    <message>
        <source>Recorded the staff accounts</source>
        <translation>Kirjasi henkilökunnan tilit</translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation>Muutti asetusta</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Loi esittelytietoja</translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation>Katsoi tarkastuslokia</translation>
    </message>
    <message>
        <source>Verified audit trail</source>
        <translation>Tarkisti tarkastuslokin</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Vei tietoja</translation>
    </message>
    <message>
        <source>Produced report</source>
        <translation>Loi raportin</translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation>Poisti tietoja</translation>
    </message>
    <message>
        <source>Erased again after a restore</source>
        <translation>Poisti uudelleen palautuksen jälkeen</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Sovelsi säilytysaikasääntöjä</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Varmuuskopio otettu</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation>Kirjasi rekisteröidyn pyynnön</translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation>Rekisteröidyn pyynnön vaihe</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Markkinoinnin vastustaminen</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Otti rekisterin käyttöön</translation>
    </message>
    <message>
        <source>Changed shop profile</source>
        <translation>Muutti liikkeen profiilia</translation>
    </message>
    <message>
        <source>Recorded the staff accounts as the baseline</source>
        <translation>Kirjasi henkilökunnan tilit lähtötilanteeksi</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Toi asiakkaat</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Yhdisti asiakkaat</translation>
    </message>
    <message>
        <source>Notice to a customer</source>
        <translation>Ilmoitus asiakkaalle</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>tuntematon käyttäjä</translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation>väärä salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation>tili odottaa epäonnistuneiden yritysten jälkeen</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>käyttäjän toimesta</translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation>käyttämättömyyden jälkeen</translation>
    </message>
    <message>
        <source>switching user</source>
        <translation>käyttäjän vaihto</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>tilaukset</translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation>palautukset, reklamaatiot ja korjaukset</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>myymälässä</translation>
    </message>
    <message>
        <source>on the web</source>
        <translation>verkossa</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>sähköpostilla</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>kirjeellä</translation>
    </message>
    <message>
        <source>access to data</source>
        <translation>tarkastusoikeus</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>oikaisu</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>poistaminen</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>data portability</source>
        <translation>siirto-oikeus</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>markkinoinnin vastustaminen</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>suostumuksen peruuttaminen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>henkilöllisyys varmistettu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>käsittelyssä</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>Request {reference}</source>
        <translation>Pyyntö {reference}</translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation>henkilöllisyys tarkistettu: {method}</translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation>määräaikaa jatkettu yhteensä {n} kuukaudella</translation>
    </message>
    <message>
        <source>shown after: {method}</source>
        <translation>näytetty tämän jälkeen: {method}</translation>
    </message>
    <message>
        <source>Fields: {names}</source>
        <translation>Kentät: {names}</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Työntekijä: {name}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nro {id}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rooli: {role}</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>Lappu {number}</translation>
    </message>
    <message>
        <source>Case no. {id}</source>
        <translation>Asia nro {id}</translation>
    </message>
    <message>
        <source>Consent no. {id}</source>
        <translation>Suostumus nro {id}</translation>
    </message>
    <message>
        <source>failed attempts in a row: {n}</source>
        <translation>epäonnistuneita yrityksiä peräkkäin: {n}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>yritys {n}</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>avasi näytön lukituksen</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 lappu</translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation>{n} lappua</translation>
    </message>
    <message>
        <source>{customers} customers, {purchases} orders</source>
        <translation>{customers} asiakasta, {purchases} tilausta</translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation>eheä, {n} merkintää</translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation>RIKKI, {n} merkintää tarkistettu</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>asiakas {id}</translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation>työntekijä nro {id}</translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation>suodatin: {what}</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>ei suodatinta</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Staff no. {id}</source>
        <translation>Työntekijä nro {id}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(tuntematon käyttäjä)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>Tarkastus&amp;loki</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Tarkista ketju</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation>Laske jokaisen merkinnän tarkistussumma uudelleen ja osoita, ettei mitään ole muutettu, poistettu tai järjestetty uudelleen</translation>
    </message>
    <message>
        <source>Audit trail check result</source>
        <translation>Lokin tarkistuksen tulos</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>C&amp;ustomer no.:</source>
        <translation>&amp;Asiakasnro:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Työntekijä:</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Ongelma suodattimessa</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Mikä tahansa alkupäivä</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>Until date, inclusive</source>
        <translation>Loppupäivä (mukaan lukien)</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Mikä tahansa loppupäivä</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Asti:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Näytä merkinnät</translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation>Hae suodattimia vastaavat merkinnät (Enter, F5)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Näytä taas kaikki merkinnät</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Lokimerkinnät</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Näytettyjen merkintöjen määrä</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Hae &amp;lisää</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Hae lisää</translation>
    </message>
    <message>
        <source>Load the next {n} older entries</source>
        <translation>Hae seuraavat {n} vanhempaa merkintää</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Hae uusimmat merkinnät uudelleen (F5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation>Valittuna: kaikkien päivien merkinnät; rajaa luetteloa valitsemalla päivä</translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation>Alkupäivä on loppupäivän jälkeen.</translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation>Kirjaudu omistajana nähdäksesi tarkastuslokin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Haetaan …</translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation>Tarkastuslokia ei voitu hakea: {reason}</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Suodattimia vastaavia merkintöjä ei ole.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Tarkastusloki on tyhjä.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 merkintä</translation>
    </message>
    <message>
        <source>{n} entries, newest first</source>
        <translation>{n} merkintää, uusin ensin</translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation>(vanhemmat merkinnät: Hae lisää)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Tarkistetaan jokaista merkintää …</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation>Tarkastusloki on eheä: {n} merkintää</translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation>Rikki merkinnän {id} kohdalla: {problem}</translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation>Tarkastuslokia ei voitu tarkistaa: {reason}</translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation>merkintä {n} puuttuu tai on väärässä järjestyksessä</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>se ei seuraa edellistä merkintää</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>sen sisältöä on muutettu</translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation>uudempia merkintöjä on poistettu</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup written and verified: {name} ({size:.1f} MB)</source>
        <translation>Varmuuskopio kirjoitettu ja tarkistettu: {name} ({size:.1f} Mt)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Varmuuskopioidaan</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Kirjoitetaan salattua varmuuskopiota …</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Päivittäinen varmuuskopio</translation>
    </message>
    <message>
        <source>No backup of the register has been taken today. Take one now, before closing?</source>
        <translation>Rekisteristä ei ole otettu tänään varmuuskopiota. Otetaanko varmuuskopio nyt ennen sulkemista?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>kundereg backups (*.kbak)</source>
        <translation>kunderegin varmuuskopiot (*.kbak)</translation>
    </message>
    <message>
        <source>The register is replaced by the backup: everything recorded since the backup was taken is lost. People erased since then are erased again before anyone can see them. Everyone is logged out. Close kundereg on the other PCs first.

Restore?</source>
        <translation>Rekisteri korvataan varmuuskopiolla: kaikki varmuuskopion ottamisen jälkeen kirjattu menetetään. Sen jälkeen poistetut henkilöt poistetaan uudelleen ennen kuin kukaan näkee heidät. Kaikki kirjataan ulos. Sulje kundereg ensin muilla tietokoneilla.

Palautetaanko?</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Rekisteri palautettu</translation>
    </message>
    <message>
        <source>The register was restored from the backup taken {when}. {count} person(s) erased since then were erased again. Log in again.</source>
        <translation>Rekisteri palautettiin varmuuskopiosta, joka otettiin {when}. Sen jälkeen poistettuja henkilöitä poistettiin uudelleen: {count}. Kirjaudu sisään uudelleen.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Palautus epäonnistui</translation>
    </message>
    <message>
        <source>The register was not changed.

{reason}</source>
        <translation>Rekisteriä ei muutettu.

{reason}</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Palautetaan</translation>
    </message>
    <message>
        <source>Decrypting and checking the backup…</source>
        <translation>Puretaan varmuuskopion salausta ja tarkistetaan sitä …</translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation>Lakisääteinen velvoite (kirjanpito, viranomaiset)</translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation>Vastaus henkilön omaan pyyntöön</translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation>Rekisterin korjaus tai ylläpito</translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation>Tilauksen tai lapun seuranta</translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation>Reklamaation, palautuksen tai korjauksen käsittely</translation>
    </message>
    <message>
        <source>Invoicing and payment</source>
        <translation>Laskutus ja maksu</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation>Tapahtui odottamaton virhe ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation>Voit jatkaa työtä, mutta tarkista, että viimeisin muutoksesi tallentui.
Lisätiedot kirjoitettiin lokitiedostoon (ei asiakastietoja):</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
</context>
<context>
    <name>CustomerFlow</name>
    <message>
        <source>Customer {id}</source>
        <translation>Asiakas {id}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation>Muokkaamallasi asiakkaalla on tallentamattomia muutoksia. Hylätäänkö ne?</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Matkapuhelin</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code, cit&amp;y</source>
        <translation>Postinumero, &amp;toimipaikka</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Comp&amp;any name</source>
        <translation>&amp;Yrityksen nimi</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Invoice email</source>
        <translation>&amp;Laskutussähköposti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Toimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Laskutussähköposti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Tallenna asiakas</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Tallenna asiakas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation>Hylkää muutokset ja hae asiakas uudelleen</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Takaisin hakuun</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Takaisin hakuun</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Takaisin hakutuloksiin (Esc)</translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation>Kirjaa &amp;pyyntö …</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Kirjaa rekisteröidyn pyyntö</translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation>Kirjaa asiakkaan pyyntö tarkastaa, oikaista, poistaa tai siirtää henkilötietonsa tai lopettaa markkinointi</translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation>&amp;Tarkastusraportti …</translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation>Luo tarkastusraportti</translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation>PDF kaikista tiedoista, joita rekisterissä on tästä asiakkaasta (tietosuoja-asetus 15 art.)</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Rajoita käsittelyä …</translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation>Rajoita asiakkaan henkilötietojen käsittelyä</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Poista rajoitus</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Poista käsittelyn rajoitus</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Markkinoinnin vastustaminen</translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation>Kirjaa markkinoinnin vastustaminen</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation>Avoimet laput voi yhä merkitä valmiiksi, noudetuiksi tai peruutetuiksi, ja avoimet asiat voi sulkea.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation>Asiakas on vastustanut suoramarkkinointia (tietosuoja-asetus 21 art.): markkinointisuostumukset on peruutettu, eikä uusia voi antaa.</translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation>Tilaukset, laput ja palautukset näkyvät tässä, kun asiakas on tallennettu.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Ongelma kentässä {field}</translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation>Rajoitettu (tietosuoja-asetus 18 art.) {date} alkaen: tietoja voi vain lukea, kunnes rajoitus poistetaan.</translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation>Vastusti markkinointia {date}</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Tallenna tai hylkää muutokset ensin.</translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation>Säilytä tiedot, mutta lopeta niiden muuttaminen ja käyttö (tietosuoja-asetus 18 art.), esim. kun asiakas kiistää tietojen paikkansapitävyyden</translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation>Salli tietojen muokkaus ja käyttö taas</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation>Asiakas vastustaa suoramarkkinointia (tietosuoja-asetus 21 art.): markkinointisuostumukset peruutetaan</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Asiakas {id}</translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation>Pyyntö {reference} kirjattu; määräaika {date}.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify their identity first.</source>
        <translation>Tarkastusraportti annetaan vain henkilölle, jota se koskee: varmista henkilöllisyys ensin.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Rajoita käsittelyä</translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation>Rajoitetaanko henkilön {name} henkilötietojen käsittelyä (tietosuoja-asetus 18 art.)?

Tiedot säilytetään, mutta niitä voi vain lukea: ei muutoksia, uusia tilauksia, palautuksia tai suostumuksia ennen kuin rajoitus poistetaan. Avoimet laput voi yhä saattaa loppuun. Käytä tätä, kun asiakas kiistää tiedot tai vastustaa käsittelyä, tai kun hän pyytää säilyttämään tiedot poistamisen sijaan.</translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation>Henkilön {name} henkilötietojen käsittelyä on rajoitettu.</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Ei rajoitettu</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation>Poistetaanko henkilön {name} tietojen rajoitus? Tietoja voi taas muuttaa ja käyttää.</translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation>Henkilön {name} tietojen rajoitus on poistettu.</translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation>Rajoitusta ei poistettu</translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation>Kirjataanko, että {name} vastustaa markkinointia (tietosuoja-asetus 21 art.)?

Suostumukset markkinointiin ja uutiskirjeisiin peruutetaan, eikä uusia voi antaa. Tätä ei voi perua täällä.</translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation>Markkinoinnin vastustaminen kirjattu: {name}.</translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation>Vastustamista ei kirjattu</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ei vielä tallennettu.</translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation>Asiakas {id} · luotu {created} · muutettu {updated}</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(tallentamattomia muutoksia)</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Asiakas ei ole saatavilla</translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation>Ei tallennettu: tietojen käsittelyä on rajoitettu (tietosuoja-asetus 18 art.).</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Ei tallennettavaa.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} tallennettu.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Asiakasta ei tallennettu</translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation>Asiakasta ei enää ole rekisterissä, joten mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>Ei tallennettu: 1 kenttä vaatii korjausta.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Ei tallennettu: %n kenttä vaatii korjausta.</numerusform>
            <numerusform>Ei tallennettu: %n kenttää vaatii korjausta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation>Joku muu on muuttanut asiakasta</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation>Joku muu muutti asiakasta sen jälkeen, kun avasit sen. Muutoksiasi ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation>Hae uudelleen nähdäksesi heidän versionsa (muutoksesi tässä hylätään), tai jatka muokkausta ja kirjaa tarvitsemasi ylös ennen uudelleenhakua.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hae uudelleen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same organisation number</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>sama matkapuhelinnumero</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>sama sähköposti</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>sama nimi ja osoite</translation>
    </message>
    <message>
        <source>similar name at a similar address</source>
        <translation>samankaltainen nimi samankaltaisessa osoitteessa</translation>
    </message>
    <message>
        <source>Customers {a} and {b}: {reasons}</source>
        <translation>Asiakkaat {a} ja {b}: {reasons}</translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation> (rajoitettu)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Etsi kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Etsitään kaksoiskappaleita…</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Todennäköiset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Merge into the left record</source>
        <translation>Yhdistä vasemmanpuoleiseen tietueeseen</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n todennäköinen kaksoiskappale. Valitse se verrataksesi tietueita.</numerusform>
            <numerusform>%n todennäköistä kaksoiskappaletta. Valitse yksi verrataksesi tietueita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Asiakas {id}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>One of the two is restricted (GDPR Art. 18): lift the restriction before merging.</source>
        <translation>Toinen kahdesta on rajoitettu (GDPR 18 art.): poista rajoitus ennen yhdistämistä.</translation>
    </message>
    <message>
        <source>Purchases, service events, consents and requests of customer {other} move to customer {keep}; number {other} is not used again.</source>
        <translation>Asiakkaan {other} ostot, huoltotapahtumat, suostumukset ja pyynnöt siirtyvät asiakkaalle {keep}; numeroa {other} ei käytetä uudelleen.</translation>
    </message>
    <message>
        <source>Merge customer {other} into customer {keep}? This cannot be undone.</source>
        <translation>Yhdistetäänkö asiakas {other} asiakkaaseen {keep}? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Asiakas {other} yhdistettiin asiakkaaseen {keep}.</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Yhdistetään asiakkaita</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase customer {id}</source>
        <translation>Poista asiakas {id}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;b&gt;{reference}&lt;/b&gt;: erase customer {id} (GDPR Art. 17).&lt;/p&gt;&lt;p&gt;Name, contact details, address, notes, consents, returns and complaints and the search entries are deleted for good. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pyyntö &lt;b&gt;{reference}&lt;/b&gt;: poista asiakas {id} (tietosuoja-asetus 17 art.).&lt;/p&gt;&lt;p&gt;Nimi, yhteystiedot, osoite, muistiinpanot, suostumukset, palautukset ja reklamaatiot sekä hakutiedot poistetaan pysyvästi. Tätä ei voi perua.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, until {until} at the latest.</source>
        <translation>Ostot ({kept} kpl) säilytetään nimettömänä kirjanpitoaineistona kirjanpitolain edellyttämällä tavalla enintään {until} asti.</translation>
    </message>
    <message>
        <source>No purchase has to be kept for the accounts.</source>
        <translation>Ostoja ei tarvitse säilyttää kirjanpitoa varten.</translation>
    </message>
    <message>
        <source>{deleted} purchase(s) are deleted. {kept}</source>
        <translation>Ostot ({deleted} kpl) poistetaan. {kept}</translation>
    </message>
    <message>
        <source>Why the customer cannot be erased yet</source>
        <translation>Miksi asiakasta ei voi vielä poistaa</translation>
    </message>
    <message>
        <source>Open orders {numbers} must be handed over or cancelled first.</source>
        <translation>Avoimet tilaukset {numbers} on ensin luovutettava tai peruttava.</translation>
    </message>
    <message>
        <source>The customer is restricted (Art. 18). Lift the restriction first if its reason no longer stands.</source>
        <translation>Asiakkaan tietojen käsittelyä on rajoitettu (18 art.). Poista rajoitus ensin, jos sen syy ei ole enää voimassa.</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kuitin kieli</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>Kuitin &amp;kieli:</translation>
    </message>
    <message>
        <source>I have checked that this is the person who asked, and that the erasure cannot be undone</source>
        <translation>Olen tarkistanut, että tämä on pyynnön tehnyt henkilö ja ettei poistamista voi perua</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Poista asiakas</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Jatka määräaikaa</translation>
    </message>
    <message>
        <source>Art. 12(3) allows up to two further months in all when a request is complex or there are many. Tell the person within the first month, with the reason.</source>
        <translation>12 artiklan 3 kohta sallii enintään kahden kuukauden lisäajan, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Ilmoita henkilölle ensimmäisen kuukauden kuluessa ja kerro syy.</translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation>Jatkoaika kuukausina</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 kuukausi</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} kuukautta</translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation>&amp;Jatka:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Jatkon syy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>App language</source>
        <translation>Sovelluksen kieli</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Varmuuskopioiden salalause</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Toimipaikka</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Consents last (years)</source>
        <translation>Suostumusten voimassaolo (vuotta)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Tunnukset</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>Asiakaskentät</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Säilytettävät päivittäiset varmuuskopiot</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Vastaanottopäivä</translation>
    </message>
    <message>
        <source>Delete inactive customers after (years)</source>
        <translation>Passiivisten asiakkaiden poisto (vuotta)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Asiakirjojen kieli</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Eräpäivä (päivää)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>Sähköposti-tekstiviesti-verkkotunnus</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Jatkoaika</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Lisäpäivät</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Henkilöllisyystodistuksen tyyppi</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API -osoite</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Laskutussähköposti</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Sähköpostipalvelin</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Sähköpostipalvelimen portti</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Sähköpostipalvelimen suojaus</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Sähköpostipalvelimen käyttäjä</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Viestin teksti</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Tilausrivi</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Käsittelijät ja vastaanottajat</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Ostopäivä</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Reminders after (days)</source>
        <translation>Muistutukset (päivän kuluttua)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Muistutuksia enintään</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>Tekstiviestin lähettäjän nimi</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Liikkeen nimi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Stated value</source>
        <translation>Ilmoitettu arvo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Lapun numero</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Säilytettävät viikoittaiset varmuuskopiot</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, Tripletex, Fiken or PowerOffice. Nothing is changed until the last step.</source>
        <translation>Asiakasluettelon CSV- tai Excel-vienti, esimerkiksi Vismasta, SuperOfficesta, Tripletexistä, Fikenistä tai PowerOfficesta. Mitään ei muuteta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Asiakastiedosto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Asiakastiedosto:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <source>Purchase history file (optional)</source>
        <translation>Ostohistoriatiedosto (valinnainen)</translation>
    </message>
    <message>
        <source>Purchase history (optional):</source>
        <translation>Ostohistoria (valinnainen):</translation>
    </message>
    <message>
        <source>The purchase history names each customer by the customer number of the old system, with a date and an amount per row.</source>
        <translation>Ostohistoria nimeää asiakkaan vanhan järjestelmän asiakasnumerolla, ja jokaisella rivillä on päivämäärä ja summa.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer number in the old system</source>
        <translation>Asiakasnumero vanhassa järjestelmässä</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Koko nimi (jaetaan etu- ja sukunimeksi)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Phone (when there is no mobile)</source>
        <translation>Puhelin (kun matkapuhelinta ei ole)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Laskutussähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Osoiterivi 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Postal code and city together</source>
        <translation>Postinumero ja -toimipaikka yhdessä</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Date consents were given</source>
        <translation>Suostumuksen antopäivä</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Asiakasluettelot (*.csv *.txt *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Tuo asiakkaita</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Tarkistetaan tiedostoa</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n hylätty rivi tallennettu. Korjaa se tiedostossa ja tuo tiedosto uudelleen.</numerusform>
            <numerusform>%n hylättyä riviä tallennettu. Korjaa ne tiedostossa ja tuo tiedosto uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Tuotu: %n uusi asiakas; muut yhdistettiin rekisterissä jo oleviin asiakkaisiin.</numerusform>
            <numerusform>Tuotu: %n uutta asiakasta; muut yhdistettiin rekisterissä jo oleviin asiakkaisiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruttiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Tuodaan asiakkaita</translation>
    </message>
</context>
<context>
    <name>KnowledgeField</name>
    <message>
        <source>Mobile phone</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Lapun numero</translation>
    </message>
</context>
<context>
    <name>KunderegError</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation>Tapahtui odottamaton virhe ({kind}).</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed receipt is handed over in person.</source>
        <translation>--password-protect koskee tiedostoa; tulostettu kuitti luovutetaan henkilökohtaisesti.</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed report is handed over in person.</source>
        <translation>--password-protect koskee tiedostoa; tulostettu raportti luovutetaan henkilökohtaisesti.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>--to-arvon on oltava PostgreSQL-URL (postgresql://käyttäjä@palvelin/tietokanta).</translation>
    </message>
    <message>
        <source>A backup from this very second exists already; try again in a moment.</source>
        <translation>Tältä samalta sekunnilta on jo varmuuskopio; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation>Koodi lähetettiin osoitteeseen {where}; sen syöttäminen vaatii päätteen.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Asiakasta ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <source>A knowledge check compares what the person states as their {field}: put it in {env} or run in a terminal.</source>
        <translation>Tietotarkistus vertaa sitä, mitä henkilö ilmoittaa tiedokseen {field}: anna se muuttujassa {env} tai suorita päätteessä.</translation>
    </message>
    <message>
        <source>A printer takes PDF: leave out --format, or write the file with --out.</source>
        <translation>Tulostin ottaa PDF:n: jätä --format pois tai kirjoita tiedosto valitsimella --out.</translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation>Pyynnön määräaikaa voi jatkaa yhteensä enintään kahdella kuukaudella.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {where} failed: check sslmode and the CA file (sslrootcert) against the server&apos;s certificate.</source>
        <translation>Suojattu (TLS) yhteys kohteeseen {where} epäonnistui: tarkista sslmode ja CA-tiedosto (sslrootcert) palvelimen varmennetta vasten.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify the requester&apos;s identity (photo ID, knowledge check or code) first; a business reason or registering the customer does not.</source>
        <translation>Tarkastusraportti annetaan vain henkilölle, jota se koskee: varmista pyytäjän henkilöllisyys (kuvallinen henkilötodistus, tietokysymys tai koodi) ensin; liiketoiminnallinen syy tai asiakkaan juuri tehty rekisteröinti ei riitä.</translation>
    </message>
    <message>
        <source>Cannot read {file} ({kind}).</source>
        <translation>Tiedostoa {file} ei voi lukea ({kind}).</translation>
    </message>
    <message>
        <source>Connecting to {where} failed ({kind}).</source>
        <translation>Yhteys kohteeseen {where} epäonnistui ({kind}).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 99.</source>
        <translation>Kopioita on oltava 1–99.</translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation>Rekisterin luonti tai päivitys epäonnistui ({kind}).</translation>
    </message>
    <message>
        <source>Credentials can only be saved in a register opened from its data folder.</source>
        <translation>Tunnukset voi tallentaa vain rekisteriin, joka on avattu omasta datakansiostaan.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Customer {id} has no active consent for that purpose.</source>
        <translation>Asiakkaalla {id} ei ole voimassa olevaa suostumusta tähän tarkoitukseen.</translation>
    </message>
    <message>
        <source>Customer {id} has open orders ({numbers}). Hand them over or cancel them before erasing.</source>
        <translation>Asiakkaalla {id} on avoimia tilauksia ({numbers}). Luovuta tai peru ne ennen poistamista.</translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation>Asiakas {id} on jo tilassa {state}.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (Art. 18). Lift the restriction first if the reason for it no longer stands.</source>
        <translation>Asiakkaan {id} tietojen käsittelyä on rajoitettu (18 art.). Poista rajoitus ensin, jos sen syy ei ole enää voimassa.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the restriction is lifted.</source>
        <translation>Asiakas {id} on rajoitettu (GDPR 18 art.): asiakasta ei voi yhdistää ennen kuin rajoitus on poistettu.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation>Asiakkaan {id} tietojen käsittelyä on rajoitettu (tietosuoja-asetus 18 art.): tietoja voi vain lukea, kunnes rajoitus poistetaan.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation>Esittelytietojen luonti peruttiin.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation>KUNDEREG_SMTP_PORT on oltava luku.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation>KUNDEREG_SMTP_SECURITY on oltava starttls, ssl tai none.</translation>
    </message>
    <message>
        <source>Moving the register failed: {table} has {there} rows on the server, {here} in the file. Nothing was kept on the server.</source>
        <translation>Rekisterin siirto epäonnistui: taulussa {table} on palvelimella {there} riviä, tiedostossa {here}. Palvelimelle ei jäänyt mitään.</translation>
    </message>
    <message>
        <source>No PIN: set {env} or run in a terminal.</source>
        <translation>Ei PIN-koodia: aseta {env} tai suorita päätteessä.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {env} or run in a terminal.</source>
        <translation>Varmuuskopioiden salalause puuttuu: aseta {env} tai suorita päätteessä.</translation>
    </message>
    <message>
        <source>No column of {name} is mapped to a customer field.</source>
        <translation>Mitään tiedoston {name} saraketta ei ole yhdistetty asiakaskenttään.</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found (looked beside the register and the backup file). People erased since {taken_at} would come back. Put the backup folder&apos;s {ledger} beside the backup, or restore anyway with --without-ledger.</source>
        <translation>Tätä varmuuskopiota uudempaa poistoluetteloa ei löytynyt (etsittiin rekisterin ja varmuuskopiotiedoston vierestä). Henkilöt, jotka on poistettu {taken_at} jälkeen, palaisivat. Siirrä varmuuskopiokansion {ledger} varmuuskopion viereen tai palauta silti valinnalla --without-ledger.</translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation>Ei salasanaa: aseta {env} tai suorita päätteessä.</translation>
    </message>
    <message>
        <source>No print spooler: install CUPS (the lp and lpstat commands).</source>
        <translation>Tulostusjonoa ei ole: asenna CUPS (komennot lp ja lpstat).</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Työntekijää nimeltä {name} ei ole.</translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation>Asiakkaalle ei ole voimassa olevaa koodia. Lähetä uusi.</translation>
    </message>
    <message>
        <source>Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.</source>
        <translation>Vain PostgreSQL-palvelimia voi jakaa: käytä muotoa postgresql://käyttäjä@palvelin:5432/tietokanta.</translation>
    </message>
    <message>
        <source>Only a register in a SQLite file can be moved; this one is already on a server.</source>
        <translation>Vain SQLite-tiedostossa olevan rekisterin voi siirtää; tämä on jo palvelimella.</translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation>Vain myyjät voivat kirjautua PIN-koodilla; omistaja käyttää salasanaa.</translation>
    </message>
    <message>
        <source>Only the owner may add demo data.</source>
        <translation>Vain omistaja voi lisätä esittelytietoja.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s settings.</source>
        <translation>Vain omistaja voi muuttaa liikkeen asetuksia.</translation>
    </message>
    <message>
        <source>Only the owner may erase customers.</source>
        <translation>Vain omistaja voi poistaa asiakkaita.</translation>
    </message>
    <message>
        <source>Only the owner may export customer data.</source>
        <translation>Vain omistaja voi viedä asiakastietoja.</translation>
    </message>
    <message>
        <source>Only the owner may handle data-subject requests.</source>
        <translation>Vain omistaja voi käsitellä rekisteröityjen pyyntöjä.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Vain omistaja voi tuoda asiakkaita.</translation>
    </message>
    <message>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Vain omistaja voi hallita henkilökunnan tilejä.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Vain omistaja voi yhdistää asiakkaita.</translation>
    </message>
    <message>
        <source>Only the owner may produce documents about a person.</source>
        <translation>Vain omistaja voi laatia asiakirjoja henkilöstä.</translation>
    </message>
    <message>
        <source>Only the owner may read the audit trail.</source>
        <translation>Vain omistaja voi lukea tapahtumalokia.</translation>
    </message>
    <message>
        <source>Only the owner may take or restore backups.</source>
        <translation>Vain omistaja voi ottaa tai palauttaa varmuuskopioita.</translation>
    </message>
    <message>
        <source>Open the register once with this version of kundereg before moving it.</source>
        <translation>Avaa rekisteri kerran tällä kundereg-versiolla ennen siirtoa.</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Hinnaston tuote</translation>
    </message>
    <message>
        <source>Printing from the command line needs CUPS; on Windows print from the app.</source>
        <translation>Tulostus komentoriviltä vaatii CUPSin; Windowsissa tulosta sovelluksesta.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Request {reference} asks for a rectification: say what is to be corrected (kundereg request complete {reference} --set FIELD=VALUE).</source>
        <translation>Pyyntö {reference} koskee oikaisua: kerro, mitä oikaistaan (kundereg request complete {reference} --set KENTTÄ=ARVO).</translation>
    </message>
    <message>
        <source>Request {reference} asks for erasure: carry it out with Erase (&apos;kundereg erase&apos;), which completes it, or refuse it.</source>
        <translation>Pyyntö {reference} koskee poistamista: suorita se toiminnolla Poista (&apos;kundereg erase&apos;), joka päättää sen, tai hylkää se.</translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation>Pyyntöä {reference} ei voi siirtää tilasta {old} tilaan {new}.</translation>
    </message>
    <message>
        <source>Request {reference} has no customer any more: it was erased already.</source>
        <translation>Pyynnöllä {reference} ei ole enää asiakasta: asiakas on jo poistettu.</translation>
    </message>
    <message>
        <source>Request {reference} has no identity check on it.</source>
        <translation>Pyyntöön {reference} ei ole merkitty henkilöllisyyden tarkistusta.</translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation>Pyynnön {reference} määräaika on jo umpeutunut; jatkosta on päätettävä ensimmäisen kuukauden aikana.</translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation>Pyyntö {reference} on suljettu.</translation>
    </message>
    <message>
        <source>Request {reference} is not a rectification: it takes no values to set.</source>
        <translation>Pyyntö {reference} ei ole oikaisu: sille ei anneta arvoja.</translation>
    </message>
    <message>
        <source>Request {reference} is not an erasure request.</source>
        <translation>Pyyntö {reference} ei ole poistamispyyntö.</translation>
    </message>
    <message>
        <source>Request {reference} is {status}; confirm the requester&apos;s identity on it first.</source>
        <translation>Pyynnön {reference} tila on {status}; vahvista ensin pyynnön tekijän henkilöllisyys.</translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation>Pyynnöllä {ref} ei ole enää asiakasta.</translation>
    </message>
    <message>
        <source>Request {ref} is not about customer {id}.</source>
        <translation>Pyyntö {ref} ei koske asiakasta {id}.</translation>
    </message>
    <message>
        <source>Restoring needs the owner&apos;s login.</source>
        <translation>Palauttaminen vaatii omistajan kirjautumisen.</translation>
    </message>
    <message>
        <source>Restoring needs the owner: --user NAME (or {env}).</source>
        <translation>Palauttaminen vaatii omistajan: --user NIMI (tai {env}).</translation>
    </message>
    <message>
        <source>Restoring replaces the SQLite register; this register is not one.</source>
        <translation>Palautus korvaa SQLite-rekisterin; tämä rekisteri ei ole SQLite-rekisteri.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Palautus korvaa rekisterin: vahvista valitsimella --yes.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV (a quote that is never closed?).</source>
        <translation>Riviä {row} ei voi lukea CSV:nä (lainausmerkki, jota ei suljeta?).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters.</source>
        <translation>Rivillä {row} on solu, joka on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Rivi {row}, sarake {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Rivi {row}: {reason}</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --mobile or --email (see kundereg customer edit --help).</source>
        <translation>Kerro, mitä muutetaan, esimerkiksi --mobile tai --email (katso kundereg customer edit --help).</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation>Kerro, kuka toimii: --user NIMI (tai {env}).</translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation>Koodien lähetystä kanavalla {channel} ei ole määritetty.</translation>
    </message>
    <message>
        <source>Service event</source>
        <translation>Huoltotapahtuma</translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation>Huoltotapahtuma {id} on jo suljettu.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>The CSV file needs a header line with at least the columns name and price (name;price;vat;unit;kind;due_days).</source>
        <translation>CSV-tiedostossa on oltava otsikkorivi, jossa on ainakin sarakkeet name ja price (name;price;vat;unit;kind;due_days).</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>URL ei nimeä tietokantaa: postgresql://käyttäjä@palvelin:5432/TIETOKANTA.</translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation>Sovellus lukittiin henkilöllisyyden tarkistuksen aikana; tarkista uudelleen lukituksen avaamisen jälkeen.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server (entry {entry}: {reason}). Nothing was kept on the server.</source>
        <translation>Tapahtumaloki ei täsmää palvelimella (merkintä {entry}: {reason}). Palvelimelle ei jäänyt mitään.</translation>
    </message>
    <message>
        <source>The backup file names a key derivation this version does not accept.</source>
        <translation>Varmuuskopiotiedosto käyttää avaimen johtamismenetelmää, jota tämä versio ei hyväksy.</translation>
    </message>
    <message>
        <source>The backup file {name} does not exist.</source>
        <translation>Varmuuskopiotiedostoa {name} ei ole olemassa.</translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation>Koodia ei voitu lähettää sähköpostilla ({kind}). Tarkista sähköpostiasetukset tai varmista henkilöllisyys muulla tavalla.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation>Koodi on väärä.</translation>
    </message>
    <message>
        <source>The connection is not a valid URL. Use postgresql://user@host:5432/database.</source>
        <translation>Yhteys ei ole kelvollinen URL. Käytä muotoa postgresql://käyttäjä@palvelin:5432/tietokanta.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Nykyinen salasana on väärä.</translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation>Asiakas on jo antanut suostumuksen tähän käyttötarkoitukseen.</translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation>Asiakkaalla ei ole rekisteröityä {what}, johon koodin voisi lähettää.</translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation>Asiakas on vastustanut markkinointia; markkinointisuostumusta ei voi kirjata.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation>Tietokannan URL-osoite ei kelpaa. Käytä SQLAlchemy-osoitetta, kuten sqlite:///polku/kundereg.sqlite3 tai postgresql+psycopg://palvelin/db.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation>Tietokannan {backend} ajuria ei ole asennettu ({kind}).</translation>
    </message>
    <message>
        <source>The database {db} on {where} belongs to another program (it has tables, but no kundereg register). Use an empty database.</source>
        <translation>Tietokanta {db} palvelimella {where} kuuluu toiselle ohjelmalle (siinä on tauluja, mutta ei kundereg-rekisteriä). Käytä tyhjää tietokantaa.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Tiedostoa {name} ei voi avata.</translation>
    </message>
    <message>
        <source>The file {name} changed since it was checked; check it again before importing.</source>
        <translation>Tiedosto {name} on muuttunut tarkistuksen jälkeen; tarkista se uudelleen ennen tuontia.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; start again.</source>
        <translation>Tiedosto {name} muuttui tuonnin aikana; aloita alusta.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Tiedostossa {name} ei ole otsikkoriviä.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Tiedosto {name} ei ole luettava Excel-työkirja (.xlsx).</translation>
    </message>
    <message>
        <source>The file {name} is not text in {encoding}.</source>
        <translation>Tiedosto {name} ei ole tekstiä merkistössä {encoding}.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import (at most 512 MB).</source>
        <translation>Tiedosto {name} on liian suuri tuotavaksi (enintään 512 Mt).</translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation>Kansiota --out ei ole olemassa: {folder}</translation>
    </message>
    <message>
        <source>The folder for --receipt does not exist: {folder}</source>
        <translation>Kansiota --receipt ei ole olemassa: {folder}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Tuonti peruttiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation>Viimeistä omistajatiliä ei voi poistaa käytöstä.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Vastaavuustiedostoa {name} ei voi lukea.</translation>
    </message>
    <message>
        <source>The mapping file {name} is not valid TOML.</source>
        <translation>Vastaavuustiedosto {name} ei ole kelvollista TOML:ää.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting: {key}.</source>
        <translation>Vastaavuuksissa on tuntematon asetus: {key}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s [columns] must be a table of header = target.</source>
        <translation>Vastaavuuksien [columns] on oltava taulukko muotoa otsikko = kohde.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column {header} has an unknown target.</source>
        <translation>Vastaavuuksien sarakkeella {header} on tuntematon kohde.</translation>
    </message>
    <message>
        <source>The mapping&apos;s consent_source must be counter, web, email, phone or letter.</source>
        <translation>Vastaavuuksien consent_source-arvon on oltava counter, web, email, phone tai letter.</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be ; , | or a tab.</source>
        <translation>Vastaavuuksien erottimen on oltava ; , | tai sarkain.</translation>
    </message>
    <message>
        <source>The mapping&apos;s source must be a short name such as superoffice or visma.</source>
        <translation>Vastaavuuksien source-arvon on oltava lyhyt nimi, kuten superoffice tai visma.</translation>
    </message>
    <message>
        <source>The mapping&apos;s {key} must be text.</source>
        <translation>Vastaavuuksien {key}-arvon on oltava tekstiä.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name} (or the file is damaged).</source>
        <translation>Salalause ei avaa tiedostoa {name} (tai tiedosto on vioittunut).</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Salalauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>The print spooler did not answer.</source>
        <translation>Tulostusjono ei vastannut.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>Tulostin {printer} ei ottanut työtä vastaan: {reason}</translation>
    </message>
    <message>
        <source>The purchase file {name} has no column for {what}.</source>
        <translation>Ostotiedostossa {name} ei ole saraketta tiedolle {what}.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; no backup was written.</source>
        <translation>Rekisteri ei läpäissyt eheystarkistusta; varmuuskopiota ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The register file cannot be read ({kind}).</source>
        <translation>Rekisteritiedostoa ei voi lukea ({kind}).</translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation>Rekisterillä ei ole vielä liikettä. Suorita ”kundereg init” tai käynnistä sovellus ja tee käyttöönotto.</translation>
    </message>
    <message>
        <source>The register has no shop yet; set it up first.</source>
        <translation>Rekisterissä ei ole vielä myymälää; määritä se ensin.</translation>
    </message>
    <message>
        <source>The register is busy: another kundereg is writing. Try again in a moment.</source>
        <translation>Rekisteri on varattu: toinen kundereg kirjoittaa siihen. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup (the newest is {backup}).</source>
        <translation>Rekisteri on vahingoittunut: SQLite ei pysty lukemaan tiedostoa. Palauta se varmuuskopiosta (uusin on {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup.</source>
        <translation>Rekisteri on vahingoittunut: SQLite ei pysty lukemaan tiedostoa. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup (the newest is {backup}).</source>
        <translation>Rekisteri on vahingoittunut: tiedoston paikalla on kansio. Palauta se varmuuskopiosta (uusin on {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup.</source>
        <translation>Rekisteri on vahingoittunut: tiedoston paikalla on kansio. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup (the newest is {backup}).</source>
        <translation>Rekisteri on vahingoittunut: tiedosto on tyhjä. Palauta se varmuuskopiosta (uusin on {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup.</source>
        <translation>Rekisteri on vahingoittunut: tiedosto on tyhjä. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup (the newest is {backup}).</source>
        <translation>Rekisteri on vahingoittunut: tiedosto ei ole SQLite-tietokanta. Palauta se varmuuskopiosta (uusin on {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup.</source>
        <translation>Rekisteri on vahingoittunut: tiedosto ei ole SQLite-tietokanta. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The register is in use. Close kundereg on this PC and try again.</source>
        <translation>Rekisteri on käytössä. Sulje kundereg tällä tietokoneella ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register on {where} has schema {revision}, newer than this kundereg understands. Update kundereg on this PC first.</source>
        <translation>Rekisterin skeema palvelimella {where} on {revision}, uudempi kuin tämä kundereg ymmärtää. Päivitä kundereg tälle tietokoneelle ensin.</translation>
    </message>
    <message>
        <source>The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or different). Enter them again in the notice settings.</source>
        <translation>Tallennettuja tekstiviesti- ja sähköpostitunnuksia ei voi purkaa (avaintiedosto {file} puuttuu tai on eri). Anna ne uudelleen ilmoitusasetuksissa.</translation>
    </message>
    <message>
        <source>The server on {where} refused user {user}: wrong password, or no such user.</source>
        <translation>Palvelin {where} hylkäsi käyttäjän {user}: väärä salasana tai käyttäjää ei ole.</translation>
    </message>
    <message>
        <source>The server {where} does not answer. Is PostgreSQL running there, and is the port open to this PC?</source>
        <translation>Palvelin {where} ei vastaa. Onko PostgreSQL käynnissä siellä, ja onko portti auki tälle tietokoneelle?</translation>
    </message>
    <message>
        <source>The shop profile does not market to existing customers (marketing basis f): the privacy notice would not tell them, so there is no such list.</source>
        <translation>Liikkeen profiilin mukaan liike ei markkinoi nykyisille asiakkaille (markkinoinnin peruste f): tietosuojaseloste ei kertoisi sitä heille, joten tällaista luetteloa ei ole.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has the tables {tables}). Move the register into a new, empty database.</source>
        <translation>Kohdetietokanta ei ole tyhjä (siinä on taulut {tables}). Siirrä rekisteri uuteen, tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>The ticket names its customer: say how their identity was checked (--verified-by or --reason).</source>
        <translation>Kuitissa on asiakkaan nimi: kerro, miten henkilöllisyys tarkistettiin (--verified-by tai --reason).</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>Työkirjassa ei ole taulukkoa nimeltä {sheet}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Työkirjassa {name} ei ole taulukoita.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}. Ask whoever runs the server to create it.</source>
        <translation>Palvelimella {where} ei ole tietokantaa {db}. Pyydä palvelimen ylläpitäjää luomaan se.</translation>
    </message>
    <message>
        <source>There is no printer by that name.</source>
        <translation>Sen nimistä tulostinta ei ole.</translation>
    </message>
    <message>
        <source>There is no printer called {printer} (lpstat -e lists them).</source>
        <translation>Tulostinta nimeltä {printer} ei ole (lpstat -e luettelee ne).</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of kundereg (schema {revision}); update kundereg first.</source>
        <translation>Tämä varmuuskopio on peräisin kunderegin uudemmasta versiosta (skeema {revision}); päivitä kundereg ensin.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Suostumus on jo peruutettu.</translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation>Rekisteri on jo otettu käyttöön; ”init” ei tee mitään toisella kerralla.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation>Lappua {number} ei voi siirtää tilasta {old} tilaan {new}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not in progress; a delay notice is for work not yet ready.</source>
        <translation>Tilaus {number} ei ole työn alla; viivästysilmoitus koskee työtä, joka ei ole valmis.</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>Liian monta väärää vastausta tälle asiakkaalle. Tarkista kuvallinen henkilöllisyystodistus tai lähetä koodi.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>Liian monta väärää yritystä. Yritä uudelleen {seconds} sekunnin kuluttua.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Tuntematon käyttäjä tai väärä salasana.</translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation>Rekisterin päivitys skeemasta {current} skeemaan {head} epäonnistui ({kind}). Rekisteri palautettiin ennen päivitystä otetusta kopiosta: {copy}.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation>Varmista ensin henkilöllisyys (kuvallinen henkilöllisyystodistus, tietotarkistus tai koodi); työperuste ei osoita, kuka pyynnön teki.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation>Varmista henkilöllisyys tai ilmoita työperuste ennen kuin asiakas {id} näytetään.</translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation>Henkilön ilmoittama tieto ei vastaa rekisteriä.</translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation>Kirjaudu ensin sisään.</translation>
    </message>
    <message>
        <source>at most {n} entries.</source>
        <translation>enintään {n} merkintää.</translation>
    </message>
    <message>
        <source>at most {n} purposes.</source>
        <translation>enintään {n} käyttötarkoitusta.</translation>
    </message>
    <message>
        <source>belongs to customer {id}, who is restricted (GDPR Art. 18).</source>
        <translation>kuuluu asiakkaalle {id}, joka on rajoitettu (GDPR 18 art.).</translation>
    </message>
    <message>
        <source>cannot be added: the price list is full ({n} items).</source>
        <translation>ei voi lisätä: hinnasto on täynnä ({n} tuotetta).</translation>
    </message>
    <message>
        <source>cannot be before the register was set up ({day}).</source>
        <translation>ei voi olla ennen rekisterin perustamista ({day}).</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation>sisältää ohjausmerkkejä tai rivinvaihtoja, jotka eivät ole sallittuja.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>sisältää ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation>ei kuulu tälle asiakkaalle.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköpostiosoitetta</translation>
    </message>
    <message>
        <source>entry {n}: the country must be a two-letter code such as NO.</source>
        <translation>merkintä {n}: maan on oltava kaksikirjaiminen koodi, esim. NO.</translation>
    </message>
    <message>
        <source>entry {n}: the name is too long or has line breaks.</source>
        <translation>merkintä {n}: nimi on liian pitkä tai sisältää rivinvaihtoja.</translation>
    </message>
    <message>
        <source>entry {n}: the name of the organisation is needed (a kind of recipient without a name belongs in a purpose&apos;s recipients).</source>
        <translation>merkintä {n}: organisaation nimi tarvitaan (nimetön vastaanottajatyyppi kuuluu käyttötarkoituksen vastaanottajiin).</translation>
    </message>
    <message>
        <source>entry {n}: the role must be one of {codes}.</source>
        <translation>merkintä {n}: roolin on oltava jokin seuraavista: {codes}.</translation>
    </message>
    <message>
        <source>gives a consent date in the future.</source>
        <translation>antaa suostumuspäivän tulevaisuudessa.</translation>
    </message>
    <message>
        <source>has an unmatched brace; write {{ and }} for a brace.</source>
        <translation>sisältää parittoman aaltosulkeen; kirjoita {{ ja }} aaltosulkeelle.</translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation>sisältää liian monta riviä (enintään {n}).</translation>
    </message>
    <message>
        <source>is a date in the future.</source>
        <translation>on tulevaisuuden päivämäärä.</translation>
    </message>
    <message>
        <source>is already on the price list.</source>
        <translation>on jo hinnastossa.</translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation>on jo käytössä.</translation>
    </message>
    <message>
        <source>is needed: letters and receipts are signed with the full name.</source>
        <translation>on pakollinen: kirjeet ja kuitit allekirjoitetaan koko nimellä.</translation>
    </message>
    <message>
        <source>is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>on pakollinen: tietosuojaselosteessa ja käsittelytoimien selosteessa on kerrottava, miten liikkeeseen saa yhteyden.</translation>
    </message>
    <message>
        <source>is not a customer field.</source>
        <translation>ei ole asiakaskenttä.</translation>
    </message>
    <message>
        <source>is not a date (use 2024-05-31 or 31.05.2024).</source>
        <translation>ei ole päivämäärä (käytä muotoa 2024-05-31 tai 31.05.2024).</translation>
    </message>
    <message>
        <source>is not a known purpose. Known purposes: {keys}.</source>
        <translation>ei ole tunnettu käyttötarkoitus. Tunnetut käyttötarkoitukset: {keys}.</translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation>ei ole tunnettu tila.</translation>
    </message>
    <message>
        <source>is not a phone number.</source>
        <translation>ei ole puhelinnumero.</translation>
    </message>
    <message>
        <source>is not a postal code.</source>
        <translation>ei ole postinumero.</translation>
    </message>
    <message>
        <source>is not a request type.</source>
        <translation>ei ole pyynnön tyyppi.</translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation>ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation>ei ole kelvollinen yritystunnus maassa {country}.</translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation>ei ole kelvollinen puhelinnumero maassaan.</translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation>ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation>ei ole yritystunnus.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation>on pakollinen (tai etunimi tai yrityksen nimi).</translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation>on pakollinen, kun tilauksella ei ole rivejä.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>on pakollinen.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>on liian pitkä (enintään {limit} merkkiä).</translation>
    </message>
    <message>
        <source>is too long for a customer number.</source>
        <translation>on liian pitkä asiakasnumeroksi.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>on liian pitkä.</translation>
    </message>
    <message>
        <source>kundereg backs up its own SQLite register. Back up a PostgreSQL register on the server (pg_dump).</source>
        <translation>kundereg varmuuskopioi oman SQLite-rekisterinsä. Varmuuskopioi PostgreSQL-rekisteri palvelimella (pg_dump).</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; it was not run. Type the value itself.</source>
        <translation>näyttää taulukkolaskennan kaavalta; sitä ei suoritettu. Kirjoita itse arvo.</translation>
    </message>
    <message>
        <source>marketing is switched on: add the marketing purpose it is for.</source>
        <translation>markkinointi on käytössä: lisää markkinoinnin käyttötarkoitus.</translation>
    </message>
    <message>
        <source>marketing to existing customers is switched on: add its purpose.</source>
        <translation>markkinointi nykyisille asiakkaille on päällä: lisää sen käyttötarkoitus.</translation>
    </message>
    <message>
        <source>matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.</source>
        <translation>vastaa asiakasta {id}, joka on rajoitettu (GDPR 18 art.); tietuetta ei voi muuttaa.</translation>
    </message>
    <message>
        <source>matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.</source>
        <translation>vastaa kahta asiakasta ({a} ja {b}); yhdistä ne ensin (Etsi kaksoiskappaleet) ja tuo sitten uudelleen.</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>may not contain links: notices are service messages, not marketing.</source>
        <translation>ei saa sisältää linkkejä: ilmoitukset ovat palveluviestejä, eivät markkinointia.</translation>
    </message>
    <message>
        <source>may not use {{{name}}}: notices are service messages, not marketing.</source>
        <translation>ei saa käyttää kenttää {{{name}}}: ilmoitukset ovat palveluviestejä, eivät markkinointia.</translation>
    </message>
    <message>
        <source>may only use {allowed}.</source>
        <translation>voi käyttää vain kenttiä {allowed}.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>matkapuhelinnumeroa</translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>on oltava 1–64 pientä kirjainta, numeroa, ”.”, ”_” tai ”-”.</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation>on oltava 4–8 numeroa.</translation>
    </message>
    <message>
        <source>must be a date like 2026-01-31.</source>
        <translation>on oltava päivämäärä muodossa 2026-01-31.</translation>
    </message>
    <message>
        <source>must be a percentage such as 25.</source>
        <translation>on oltava prosentti, esimerkiksi 25.</translation>
    </message>
    <message>
        <source>must be a port number.</source>
        <translation>on oltava porttinumero.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation>on oltava kolmikirjaiminen ISO-valuuttakoodi, kuten NOK tai SEK.</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation>on oltava kaksikirjaiminen maakoodi, kuten NO, SE, FI tai DK.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 365.</source>
        <translation>on oltava kokonaisluku väliltä 0–365.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {n}.</source>
        <translation>on oltava kokonaisluku väliltä 0–{n}.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation>on oltava kokonaisluku väliltä 1–10000.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365.</source>
        <translation>on oltava kokonaisluku väliltä 1–365.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}.</source>
        <translation>on oltava kokonaisluku väliltä 1–{n}.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>on oltava kokonaisluku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation>on oltava kokonainen määrä senttejä (øre/cent).</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation>on oltava kokonaisluku, 0 tai enemmän.</translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation>on koskettava matkapuhelinta, sähköpostia tai lappua.</translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation>on oltava summa, kuten 249,50.</translation>
    </message>
    <message>
        <source>must be at least {n} characters long.</source>
        <translation>on oltava vähintään {n} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation>on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>must be auto, sms, email or none.</source>
        <translation>on oltava auto, sms, email tai none.</translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation>on oltava myymälä, sähköposti, kirje tai puhelin.</translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation>on oltava myymälä, verkko, sähköposti, puhelin tai kirje.</translation>
    </message>
    <message>
        <source>must be none, consent (a) or legitimate interests (f).</source>
        <translation>on oltava ei mitään, suostumus (a) tai oikeutettu etu (f).</translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation>on oltava jokin seuraavista: NO, SE, FI tai DK.</translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation>on oltava jokin seuraavista: {codes}.</translation>
    </message>
    <message>
        <source>must be one of {rates} %.</source>
        <translation>on oltava jokin näistä: {rates} %.</translation>
    </message>
    <message>
        <source>must be one of {units}.</source>
        <translation>on oltava jokin näistä: {units}.</translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation>on oltava jokin seuraavista: {codes}.</translation>
    </message>
    <message>
        <source>must be one of: {fields}.</source>
        <translation>on oltava jokin seuraavista: {fields}.</translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation>on oltava jokin seuraavista: {types}.</translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation>on oltava omistaja tai myyjä.</translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation>on oltava ratkaistu tai hylätty.</translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation>on oltava palautus, reklamaatio tai korjaus.</translation>
    </message>
    <message>
        <source>must be service or goods.</source>
        <translation>on oltava palvelu tai tavara.</translation>
    </message>
    <message>
        <source>must be starttls, ssl or none.</source>
        <translation>on oltava starttls, ssl tai none.</translation>
    </message>
    <message>
        <source>must be up to 11 letters and digits, or a phone number.</source>
        <translation>saa olla enintään 11 kirjainta ja numeroa tai puhelinnumero.</translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation>on oltava muotoa {shape} maassa {country}.</translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation>on sisällettävä aikavyöhyke.</translation>
    </message>
    <message>
        <source>must contain {{ticket}}.</source>
        <translation>on sisällettävä {{ticket}}.</translation>
    </message>
    <message>
        <source>must name at least one source (usually the customer).</source>
        <translation>on mainittava vähintään yksi lähde (yleensä asiakas).</translation>
    </message>
    <message>
        <source>must say yes or no, or give the date the consent was given.</source>
        <translation>on oltava kyllä tai ei tai suostumuksen antopäivä.</translation>
    </message>
    <message>
        <source>must start with https://.</source>
        <translation>on alettava https://.</translation>
    </message>
    <message>
        <source>name at least one purpose.</source>
        <translation>mainitse vähintään yksi käyttötarkoitus.</translation>
    </message>
    <message>
        <source>names a consent purpose that is too long.</source>
        <translation>nimeää liian pitkän suostumuksen tarkoituksen.</translation>
    </message>
    <message>
        <source>names a customer number that is not in the customer file.</source>
        <translation>nimeää asiakasnumeron, jota ei ole asiakastiedostossa.</translation>
    </message>
    <message>
        <source>names an unknown credential.</source>
        <translation>mainitsee tuntemattomat tunnukset.</translation>
    </message>
    <message>
        <source>names an unknown kind of notice.</source>
        <translation>mainitsee tuntemattoman ilmoitustyypin.</translation>
    </message>
    <message>
        <source>names no customer number.</source>
        <translation>ei nimeä asiakasnumeroa.</translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation>mainitsee tuntemattomia kenttiä: {names}.</translation>
    </message>
    <message>
        <source>names unknown sources: {names}.</source>
        <translation>sisältää tuntemattomia lähteitä: {names}.</translation>
    </message>
    <message>
        <source>number {n} has no price such as 79,00 after its last colon.</source>
        <translation>rivillä {n} ei ole viimeisen kaksoispisteen jälkeen hintaa, kuten 79,00.</translation>
    </message>
    <message>
        <source>number {n} is not written as TEXT:QUANTITY:PRICE (for example &quot;Shirt:2:79,00&quot;).</source>
        <translation>riviä {n} ei ole kirjoitettu muodossa TEKSTI:MÄÄRÄ:HINTA (esimerkiksi &quot;Kauluspaita:2:79,00&quot;).</translation>
    </message>
    <message>
        <source>or a phone number is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>tai puhelinnumero on pakollinen: tietosuojaselosteessa ja käsittelytoimien selosteessa on kerrottava, miten liikkeeseen saa yhteyden.</translation>
    </message>
    <message>
        <source>purpose {n} is listed twice.</source>
        <translation>käyttötarkoitus {n} on luettelossa kahdesti.</translation>
    </message>
    <message>
        <source>purpose {n} is marketing, but the profile says the shop does no marketing.</source>
        <translation>käyttötarkoitus {n} on markkinointi, mutta profiilin mukaan liike ei markkinoi.</translation>
    </message>
    <message>
        <source>purpose {n} is not a known kind of purpose.</source>
        <translation>käyttötarkoitus {n} ei ole tunnettu käyttötarkoitustyyppi.</translation>
    </message>
    <message>
        <source>purpose {n} must name the data it uses.</source>
        <translation>käyttötarkoitukselle {n} on mainittava sen käyttämät tiedot.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown kind of data.</source>
        <translation>käyttötarkoitus {n} sisältää tuntemattoman tietotyypin.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown recipient role.</source>
        <translation>käyttötarkoitus {n} sisältää tuntemattoman vastaanottajaroolin.</translation>
    </message>
    <message>
        <source>purpose {n} needs a title.</source>
        <translation>käyttötarkoitukselle {n} tarvitaan otsikko.</translation>
    </message>
    <message>
        <source>purpose {n} uses {category} data, but those customer fields are switched off.</source>
        <translation>käyttötarkoitus {n} käyttää tietotyyppiä {category}, mutta nämä asiakaskentät eivät ole käytössä.</translation>
    </message>
    <message>
        <source>purpose {n}: marketing must rest on the basis chosen for marketing ({basis}).</source>
        <translation>käyttötarkoitus {n}: markkinoinnin on perustuttava markkinoinnille valittuun perusteeseen ({basis}).</translation>
    </message>
    <message>
        <source>purpose {n}: the legal basis must be a letter from a to f (GDPR Art. 6(1)).</source>
        <translation>käyttötarkoitus {n}: oikeusperusteen on oltava kirjain a–f (tietosuoja-asetus 6 art. 1 kohta).</translation>
    </message>
    <message>
        <source>purpose {n}: the retention must be 1 to 50 years.</source>
        <translation>käyttötarkoitus {n}: säilytysajan on oltava 1–50 vuotta.</translation>
    </message>
    <message>
        <source>purpose {n}: unknown retention rule.</source>
        <translation>käyttötarkoitus {n}: tuntematon säilytysaikasääntö.</translation>
    </message>
    <message>
        <source>states a consent without the date it was given; add a consent date column.</source>
        <translation>ilmoittaa suostumuksen ilman antopäivää; lisää suostumuspäivän sarake.</translation>
    </message>
    <message>
        <source>write --set as FIELD=VALUE, for example --set email=kari@example.no.</source>
        <translation>kirjoita --set muodossa KENTTÄ=ARVO, esimerkiksi --set email=kari@example.no.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>{name} does not decrypt to the register it was taken from.</source>
        <translation>Tiedoston {name} salauksen purku ei tuota rekisteriä, josta kopio otettiin.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} on kansio, ei varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <source>{name} is cut short: the last part is missing.</source>
        <translation>Tiedosto {name} on katkennut: viimeinen osa puuttuu.</translation>
    </message>
    <message>
        <source>{name} is damaged at part {index}.</source>
        <translation>Tiedosto {name} on vioittunut osan {index} kohdalta.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read.</source>
        <translation>Tiedosto {name} on vioittunut: sen otsaketta ei voi lukea.</translation>
    </message>
    <message>
        <source>{name} is not a kundereg backup.</source>
        <translation>Tiedosto {name} ei ole kunderegin varmuuskopio.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of kundereg.</source>
        <translation>Tiedoston {name} on kirjoittanut kunderegin uudempi versio.</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation>{what} {ident} ei ole olemassa.</translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>{what} {ident} on muuttunut sen jälkeen, kun avasit sen. Hae se uudelleen nähdäksesi muutokset; omiasi ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password or PIN</source>
        <translation>Salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Kirjautumisongelma</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Valitse nimesi ja kirjoita salasanasi tai PIN-koodisi.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Salasana tai PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Kirjaudu</translation>
    </message>
    <message>
        <source>Log in to {shop}</source>
        <translation>Kirjaudu: {shop}</translation>
    </message>
    <message>
        <source>There is no active staff account.</source>
        <translation>Aktiivista työntekijätiliä ei ole.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Kirjoita salasanasi tai PIN-koodisi.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Vaihda käyttäjää …</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Vaihda käyttäjää</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Kirjaudu ulos ja anna jonkun muun kirjautua</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>The register is locked. {name} ({user}) can unlock it with their password or PIN; anyone else logs in with “Switch user”.</source>
        <translation>Rekisteri on lukittu. {name} ({user}) voi avata sen salasanallaan tai PIN-koodillaan; muut kirjautuvat valinnalla ”Vaihda käyttäjää”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Siirry hakukenttään</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation>Lisää asiakas hakukenttään kirjoitetun pohjalta</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Tallenna asiakas</translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation>Tallenna avoin asiakas</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Takaisin hakuun</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Takaisin hakutuloksiin</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Uusi t&amp;ilaus…</translation>
    </message>
    <message>
        <source>Record a new order for the open customer</source>
        <translation>Kirjaa uusi tilaus avoinna olevalle asiakkaalle</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Noudettavissa</translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation>Valmiit laput, jotka odottavat noutoa</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation>Hae näkymä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation>Lukitse rekisteri; salasanasi tai PIN-koodisi avaa sen taas</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Vaihda käyttäjää …</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Kirjaudu ulos ja anna jonkun muun kirjautua</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Luo &amp;esittelytietoja …</translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation>Täytä kokeilurekisteri keksityillä asiakkailla ja ostoilla</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Tarkastusloki …</translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation>Kuka näki ja muutti mitä, ja onko loki eheä</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>Työ&amp;ntekijät …</translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation>Työntekijätilit, roolit, salasanat ja PIN-koodit</translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation>&amp;Pyynnöt …</translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation>Rekisteröityjen pyynnöt ja niiden määräajat</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Varmuus&amp;kopioi nyt …</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the register</source>
        <translation>Kirjoita rekisteristä salattu, tarkistettu varmuuskopio</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Palauta varmuuskopiosta …</translation>
    </message>
    <message>
        <source>Replace the register with a backup; people erased since are erased again</source>
        <translation>Korvaa rekisteri varmuuskopiolla; sen jälkeen poistetut henkilöt poistetaan uudelleen</translation>
    </message>
    <message>
        <source>Shop &amp;profile and settings…</source>
        <translation>Liikkeen profiili ja &amp;asetukset …</translation>
    </message>
    <message>
        <source>What the shop keeps and why, retention, and the privacy notice</source>
        <translation>Mitä liike säilyttää ja miksi, säilytysajat ja tietosuojaseloste</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>Tuo &amp;asiakkaita …</translation>
    </message>
    <message>
        <source>Bring in a customer list exported from another system or a spreadsheet</source>
        <translation>Tuo asiakasluettelo toisesta järjestelmästä tai taulukkolaskennasta</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Etsi &amp;kaksoiskappaleet …</translation>
    </message>
    <message>
        <source>Customers registered twice, to merge into one</source>
        <translation>Kahteen kertaan rekisteröidyt asiakkaat yhdistettäviksi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About kundereg</source>
        <translation>&amp;Tietoja kunderegistä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>kundereg will use {language} from the next start.</source>
        <translation>kundereg käyttää kieltä {language} seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation>Tietoja kunderegistä</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Tarkista sarakkeet</translation>
    </message>
    <message>
        <source>Each column of the file and what it holds; change what was guessed wrong, or choose “Not imported”.</source>
        <translation>Tiedoston jokainen sarake ja sen sisältö; muuta väärin arvattu tai valitse ”Ei tuoda”.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Tiedoston ensimmäiset rivit</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ei tuoda</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Valitse vähintään yksi tuotava sarake.</translation>
    </message>
</context>
<context>
    <name>NoticeChannel</name>
    <message>
        <source>SMS</source>
        <translation>tekstiviesti</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>Pickup notice</source>
        <translation>Noutoilmoitus</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Viivästysilmoitus</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testiviesti</translation>
    </message>
</context>
<context>
    <name>NoticeReason</name>
    <message>
        <source>The customer does not want notices.</source>
        <translation>Asiakas ei halua ilmoituksia.</translation>
    </message>
    <message>
        <source>The customer has neither a mobile number nor an email address.</source>
        <translation>Asiakkaalla ei ole matkapuhelinnumeroa eikä sähköpostiosoitetta.</translation>
    </message>
    <message>
        <source>The shop has no SMS provider and the customer has no email address.</source>
        <translation>Liikkeellä ei ole tekstiviestipalvelua, eikä asiakkaalla ole sähköpostiosoitetta.</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Asiakkaalla ei ole matkapuhelinnumeroa.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Asiakkaalla ei ole sähköpostiosoitetta.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail server is not set up.</source>
        <translation>Liikkeen sähköpostipalvelinta ei ole määritetty.</translation>
    </message>
    <message>
        <source>The SMS provider is not set up.</source>
        <translation>Tekstiviestipalvelua ei ole määritetty.</translation>
    </message>
    <message>
        <source>The customer was erased or the ticket removed.</source>
        <translation>Asiakas on poistettu tai tilaus poistettu.</translation>
    </message>
    <message>
        <source>The provider refused the message.</source>
        <translation>Palvelu hylkäsi viestin.</translation>
    </message>
    <message>
        <source>The provider refused the credentials.</source>
        <translation>Palvelu hylkäsi tunnukset.</translation>
    </message>
    <message>
        <source>The provider refused the number.</source>
        <translation>Palvelu hylkäsi numeron.</translation>
    </message>
    <message>
        <source>The provider asked to slow down.</source>
        <translation>Palvelu pyysi lähettämään hitaammin.</translation>
    </message>
    <message>
        <source>The provider had an error.</source>
        <translation>Palvelussa oli virhe.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Palvelu ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Palveluun ei saatu yhteyttä.</translation>
    </message>
    <message>
        <source>The ticket was collected before the notice went out.</source>
        <translation>Tilaus noudettiin ennen kuin ilmoitus lähti.</translation>
    </message>
</context>
<context>
    <name>NoticeSettings</name>
    <message>
        <source>Ready for collection</source>
        <translation>Noudettavissa</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Viivästys</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testiviesti</translation>
    </message>
    <message>
        <source>No SMS (email only)</source>
        <translation>Ei tekstiviestejä (vain sähköposti)</translation>
    </message>
    <message>
        <source>Infobip SMS API</source>
        <translation>Infobip SMS API</translation>
    </message>
    <message>
        <source>Email-to-SMS gateway</source>
        <translation>Sähköposti-tekstiviestipalvelu</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>Pickup notices</source>
        <translation>Noutoilmoitukset</translation>
    </message>
    <message>
        <source>Send notices when a ticket is ready</source>
        <translation>Lähetä ilmoitus, kun tilaus on valmis</translation>
    </message>
    <message>
        <source>saved, leave empty to keep</source>
        <translation>tallennettu, jätä tyhjäksi säilyttääksesi</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>ei muistutuksia</translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation>Tekstiviestipalvelu</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API -osoite</translation>
    </message>
    <message>
        <source>Infobip API key</source>
        <translation>Infobip API -avain</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>Tekstiviestin lähettäjän nimi</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>Sähköposti-tekstiviesti-verkkotunnus</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Sähköpostipalvelin</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Suojaus</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>Sähköpostikäyttäjä</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Sähköpostin salasana</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Muistuta (päivän kuluttua)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Muistutuksia enintään</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Viestin teksti</translation>
    </message>
    <message>
        <source>Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. No offers, links or names.</source>
        <translation>Vain palveluviestejä: {shop}, {ticket}, {hours} ja viivästyksessä {days}. Ei tarjouksia, linkkejä eikä nimiä.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekstit</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Testiviesti vastaanottajalle</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Lähetä testiviesti</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the notice settings</source>
        <translation>Tallenna ilmoitusasetukset</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Testiviesti lähetettiin.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}</source>
        <translation>Testiviestiä ei lähetetty: {reason}</translation>
    </message>
    <message>
        <source>The test message is waiting to be retried.</source>
        <translation>Testiviesti odottaa uutta yritystä.</translation>
    </message>
</context>
<context>
    <name>NoticeState</name>
    <message>
        <source>queued</source>
        <translation>jonossa</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>lähetetään</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>toimitettu</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ei lähetetty</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Uusi tilaus</translation>
    </message>
    <message>
        <source>What the order is about (optional with item lines)</source>
        <translation>Mitä tilaus koskee (valinnainen, jos on tuoterivejä)</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Tilauksen kuvaus</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Virhe kuvauksessa</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Tuote</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Määrä</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Yksikköhinta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Item line error</source>
        <translation>Virhe tuoterivissä</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Add an item line (Alt+L)</source>
        <translation>Lisää tuoterivi (Alt+L)</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Tilauksen summa</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>rivien summa</translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation>Kiinteä summa</translation>
    </message>
    <message>
        <source>Leave empty to charge the sum of the lines.</source>
        <translation>Jätä tyhjäksi, jos veloitetaan rivien summa.</translation>
    </message>
    <message>
        <source>Fixed &amp;total:</source>
        <translation>Kiinteä &amp;summa:</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Virhe summassa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Ei määräpäivää</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ei määräpäivää</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Mää&amp;räpäivä:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>&amp;Record order</source>
        <translation>&amp;Kirjaa tilaus</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Kirjaa tilaus</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Yhteensä: {amount}</translation>
    </message>
    <message>
        <source>Line {n}: </source>
        <translation>Rivi {n}: </translation>
    </message>
    <message>
        <source>Enter a description or at least one item line.</source>
        <translation>Kirjoita kuvaus tai vähintään yksi tuoterivi.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Varmuuskopioiden salalause</translation>
    </message>
    <message>
        <source>Backups are encrypted with this passphrase. Without it no backup can be restored: keep it somewhere safe, away from this PC.</source>
        <translation>Varmuuskopiot salataan tällä salalauseella. Ilman sitä mitään varmuuskopiota ei voi palauttaa: säilytä se turvallisessa paikassa muualla kuin tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>Kirjoita salalause, jolla varmuuskopio salattiin.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Toista salalause</translation>
    </message>
    <message>
        <source>&amp;Remember on this PC, for the daily backup when closing</source>
        <translation>&amp;Muista tällä tietokoneella sulkemisen yhteydessä otettavaa päivittäistä varmuuskopiota varten</translation>
    </message>
    <message>
        <source>Anyone who can log in to this user account on this PC can then read the passphrase.</source>
        <translation>Silloin kuka tahansa, joka voi kirjautua tälle käyttäjätilille tällä tietokoneella, voi lukea salalauseen.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Ongelma salalauseessa</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Toista:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Käytä tätä salalausetta</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Salalauseen on oltava vähintään {n} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Salalauseet eroavat toisistaan.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Nollaa salasana</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Nollaa salasana</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. A reset also ends a wait after too many wrong attempts.</source>
        <translation>Anna uusi salasana henkilölle {name} henkilökohtaisesti. Nollaus päättää myös odotuksen liian monen väärän yrityksen jälkeen.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Vähintään {n} merkkiä</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Uusi &amp;salasana:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Uusi salasana</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Toista salasana:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Toista salasana</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>Print {title}</source>
        <translation>Tulosta {title}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <source>Sending {title} to the printer…</source>
        <translation>Lähetetään {title} tulostimelle…</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Esikatselu: {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Valmistellaan sivuja…</translation>
    </message>
</context>
<context>
    <name>PhotoIdType</name>
    <message>
        <source>Passport</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Henkilökortti</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Ajokortti</translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation>Kuvallinen pankkikortti</translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation>Muu kuvallinen henkilöllisyystodistus</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Valmis alkaen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} päivää</translation>
    </message>
    <message>
        <source>Ready since {when}</source>
        <translation>Valmis {when} alkaen</translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>Ready for pickup</source>
        <translation>Noudettavissa</translation>
    </message>
    <message>
        <source>Tickets ready for pickup</source>
        <translation>Noudettavissa olevat laput</translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation>Lapun numero, nimi tai matkapuhelin</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Etsi lappu</translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation>Alanuoli siirtyy luetteloon; Enter avaa asiakkaan.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Etsi:</translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation>Valmiiden lappujen määrä</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Noudettavissa</translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation>Noutolistan tila</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Noudettu</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merkitse noudetuksi</translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation>&amp;Kopioi matkapuhelinnumerot</translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation>Kopioi matkapuhelinnumerot</translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation>Kopioi valittujen lappujen tai kaikkien luettelon lappujen matkapuhelinnumerot tekstiviestipalveluun liitettäviksi</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Avaa asiakas</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Avaa asiakas</translation>
    </message>
    <message>
        <source>Hand the selected tickets over to the customer (Enter)</source>
        <translation>Luovuta valitut laput asiakkaalle (Enter)</translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket</source>
        <translation>Näytä valitun lapun asiakas</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Hae luettelo uudelleen (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Haetaan …</translation>
    </message>
    <message>
        <source>Could not load the list: {reason}</source>
        <translation>Luetteloa ei voitu hakea: {reason}</translation>
    </message>
    <message>
        <source>No tickets are waiting for pickup.</source>
        <translation>Yksikään lappu ei odota noutoa.</translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation>1 lappu noudettavissa</translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation>{n} lappua noudettavissa</translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation>({n} näytetään)</translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation>1 matkapuhelinnumero kopioitu.</translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation>{n} matkapuhelinnumeroa kopioitu.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Luovutus</translation>
    </message>
    <message>
        <source>Hand over ticket {numbers} to the customer now?</source>
        <translation>Luovutetaanko lappu {numbers} asiakkaalle nyt?</translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation>1 lappu merkitty noudetuksi.</translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation>{n} lappua merkitty noudetuiksi.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Muutettu muualla</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Luettelo on haettu uudelleen.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>Aseta PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Aseta PIN-koodi</translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation>{name} voi sitten kirjautua tällä PIN-koodilla salasanan sijaan.</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 numeroa</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>&amp;Toista PIN-koodi:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Toista PIN-koodi</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN-koodit eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Tavara</translation>
    </message>
    <message>
        <source>Dry cleaner</source>
        <translation>Pesula</translation>
    </message>
    <message>
        <source>Building supplier</source>
        <translation>Rakennustarviketoimittaja</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>Hinnasto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Eräpäivä (päivää)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Tallenna tuote</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Uusi tuote</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Poista tuote</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Tuo CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Add preset items</source>
        <translation>Lisää valmiit tuotteet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Tuo hinnasto</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be imported; the first: line {line}: {problem}</source>
        <translation>
            <numerusform>%n rivin tuonti epäonnistui; ensimmäinen: rivi {line}: {problem}</numerusform>
            <numerusform>%n rivin tuonti epäonnistui; ensimmäinen: rivi {line}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export price list</source>
        <translation>Vie hinnasto</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>ticket {number}</source>
        <translation>noutokuitti {number}</translation>
    </message>
    <message>
        <source>tags of ticket {number}</source>
        <translation>noutokuitin {number} merkinnät</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shop profile and settings</source>
        <translation>Liikkeen profiili ja asetukset</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>L&amp;iike</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>&amp;Asiakaskentät</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Vastaanottajat</translation>
    </message>
    <message>
        <source>Re&amp;tention and backups</source>
        <translation>&amp;Säilytys ja varmuuskopiot</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Asiakirjojen kieli</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice…</source>
        <translation>Tallenna &amp;tietosuojaseloste …</translation>
    </message>
    <message>
        <source>Save record of processing…</source>
        <translation>Tallenna seloste käsittelytoimista …</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Asiakirjat kielellä</translation>
    </message>
    <message>
        <source>No profile saved yet: the documents use the built-in defaults until you save.</source>
        <translation>Profiilia ei ole vielä tallennettu: asiakirjoissa käytetään sisäänrakennettuja oletuksia, kunnes tallennat.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Verkkosivu (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Laskentataulukko (*.csv)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Kirjoitetaan …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Norway</source>
        <translation>Norja</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Tanska</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norja (kirjanorja)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norja (uusnorja)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Tanska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Managing the customer relationship</source>
        <translation>Asiakassuhteen hoitaminen</translation>
    </message>
    <message>
        <source>Orders and delivery</source>
        <translation>Tilaukset ja toimitukset</translation>
    </message>
    <message>
        <source>Service orders and collection</source>
        <translation>Palvelutilaukset ja nouto</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Customer service, complaints and returns</source>
        <translation>Asiakaspalvelu, reklamaatiot ja palautukset</translation>
    </message>
    <message>
        <source>Bookkeeping and other legal obligations</source>
        <translation>Kirjanpito ja muut lakisääteiset velvoitteet</translation>
    </message>
    <message>
        <source>Newsletters and marketing with consent</source>
        <translation>Uutiskirjeet ja markkinointi suostumuksella</translation>
    </message>
    <message>
        <source>Marketing to existing customers</source>
        <translation>Markkinointi nykyisille asiakkaille</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims</source>
        <translation>Oikeusvaateiden laatiminen, esittäminen tai puolustaminen</translation>
    </message>
    <message>
        <source>Handling privacy requests</source>
        <translation>Tietosuojapyyntöjen käsittely</translation>
    </message>
    <message>
        <source>Other (own title)</source>
        <translation>Muu (oma otsikko)</translation>
    </message>
    <message>
        <source>(a) consent</source>
        <translation>(a) suostumus</translation>
    </message>
    <message>
        <source>(b) contract with the customer</source>
        <translation>(b) sopimus asiakkaan kanssa</translation>
    </message>
    <message>
        <source>(c) legal obligation</source>
        <translation>(c) lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>(d) vital interests</source>
        <translation>(d) elintärkeät edut</translation>
    </message>
    <message>
        <source>(e) public interest</source>
        <translation>(e) yleinen etu</translation>
    </message>
    <message>
        <source>(f) legitimate interests</source>
        <translation>(f) oikeutettu etu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Mobile and email</source>
        <translation>Matkapuhelin ja sähköposti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Yritystiedot</translation>
    </message>
    <message>
        <source>Purchases and orders</source>
        <translation>Ostot ja tilaukset</translation>
    </message>
    <message>
        <source>Complaints, returns and repairs</source>
        <translation>Reklamaatiot, palautukset ja korjaukset</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>Privacy requests</source>
        <translation>Tietosuojapyynnöt</translation>
    </message>
    <message>
        <source>While the customer relationship lasts</source>
        <translation>Asiakassuhteen ajan</translation>
    </message>
    <message>
        <source>As long as bookkeeping law requires</source>
        <translation>Niin kauan kuin kirjanpitolaki edellyttää</translation>
    </message>
    <message>
        <source>Until consent is withdrawn</source>
        <translation>Kunnes suostumus peruutetaan</translation>
    </message>
    <message>
        <source>Until claims are time-barred</source>
        <translation>Kunnes vaatimukset vanhentuvat</translation>
    </message>
    <message>
        <source>As long as needed to document the handling</source>
        <translation>Niin kauan kuin käsittelyn dokumentointi edellyttää</translation>
    </message>
    <message>
        <source>A fixed number of years</source>
        <translation>Kiinteä määrä vuosia</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Kirjanpito</translation>
    </message>
    <message>
        <source>CRM system</source>
        <translation>CRM-järjestelmä</translation>
    </message>
    <message>
        <source>ERP system</source>
        <translation>ERP-järjestelmä</translation>
    </message>
    <message>
        <source>Delivery / carrier</source>
        <translation>Toimitus / kuljetusyritys</translation>
    </message>
    <message>
        <source>Website hosting</source>
        <translation>Verkkosivuston ylläpito</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Maksupalvelu</translation>
    </message>
    <message>
        <source>Email and newsletter service</source>
        <translation>Sähköposti- ja uutiskirjepalvelu</translation>
    </message>
    <message>
        <source>Text message (SMS) service</source>
        <translation>Tekstiviestipalvelu</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-tuki</translation>
    </message>
    <message>
        <source>Manufacturer or supplier</source>
        <translation>Valmistaja tai toimittaja</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <translation>Viranomaiset</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>The company the customer buys for</source>
        <translation>Yritys, jonka puolesta asiakas asioi</translation>
    </message>
    <message>
        <source>Our website (contact form, customer account)</source>
        <translation>Verkkosivustomme (yhteydenottolomake, asiakastili)</translation>
    </message>
    <message>
        <source>Public business registers</source>
        <translation>Julkiset yritysrekisterit</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ei markkinointia</translation>
    </message>
    <message>
        <source>Only with the customer&apos;s consent (a)</source>
        <translation>Vain asiakkaan suostumuksella (a)</translation>
    </message>
    <message>
        <source>To existing customers with a purchase under the marketing act, to others with consent (f)</source>
        <translation>Nykyisille asiakkaille, joilla on osto, markkinointia koskevan lain mukaan, muille suostumuksella (f)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>As on receipts, e.g. Gjøvik Rens AS</source>
        <translation>Kuten kuiteissa, esim. Gjøvik Rens AS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Where customers write about their data</source>
        <translation>Osoite, johon asiakkaat kirjoittavat tiedoistaan</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sovelluksen kieli</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Asiakirjojen kieli</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Liikkeen &amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;Y-tunnus</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Maa</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>Katu&amp;osoite</translation>
    </message>
    <message>
        <source>Postal code and &amp;town</source>
        <translation>&amp;Postinumero ja toimipaikka</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>App &amp;language</source>
        <translation>Sovelluksen kie&amp;li</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Asiakirjojen ki&amp;eli</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Toimipaikka</translation>
    </message>
    <message>
        <source>Customer fields besides name, mobile, email and notes</source>
        <translation>Asiakaskentät nimen, matkapuhelimen, sähköpostin ja muistiinpanojen lisäksi</translation>
    </message>
    <message>
        <source>Treat a sole trader&apos;s organisation number as personal data</source>
        <translation>Käsittele toiminimen Y-tunnusta henkilötietona</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Mistä tiedot saadaan</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markkinointi</translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation>&amp;Markkinointi</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Käyttötarkoitukset</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Lisää käyttötarkoitus</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Own title</source>
        <translation>Oma otsikko</translation>
    </message>
    <message>
        <source>Only for &apos;Other&apos;: the purpose in your words</source>
        <translation>Vain kohtaan ”Muu”: käyttötarkoitus omin sanoin</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <source> years</source>
        <translation> vuotta</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Vuosia</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Käyttötarkoit&amp;us</translation>
    </message>
    <message>
        <source>Own &amp;title</source>
        <translation>&amp;Oma otsikko</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Art. 6(1))</source>
        <translation>Oikeusp&amp;eruste (6 art. 1 kohta)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Säil&amp;ytysaika</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Käytetyt tiedot</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Uusi käyttötarkoitus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Käsittelijät ja vastaanottajat</translation>
    </message>
    <message>
        <source>Name the systems and companies that get customer data, e.g. your accounting system or carrier. Leave the name empty to describe only the kind of recipient. Tick &apos;Processor&apos; for those working on your behalf under a data processing agreement.</source>
        <translation>Nimeä järjestelmät ja yritykset, jotka saavat asiakastietoja, esim. kirjanpitojärjestelmäsi tai kuljetusyrityksesi. Jätä nimi tyhjäksi, jos haluat kuvata vain vastaanottajan tyypin. Valitse ”Käsittelijä” niille, jotka toimivat puolestasi henkilötietojen käsittelysopimuksen perusteella.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ei käytössä</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> viikkoa</translation>
    </message>
    <message>
        <source>Delete customers &amp;inactive for</source>
        <translation>Poista asiakkaat, jotka ovat olleet &amp;passiivisia</translation>
    </message>
    <message>
        <source>&amp;Consents last at most</source>
        <translation>S&amp;uostumukset ovat voimassa enintään</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Päivittäisten varmuuskopioiden säil&amp;ytysaika</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>Viik&amp;oittaisten varmuuskopioiden säilytysaika</translation>
    </message>
    <message>
        <source>Purchases the bookkeeping law requires are kept as long as it requires, whatever is set here. The privacy notice states these periods.</source>
        <translation>Kirjanpitolain edellyttämät ostot säilytetään niin kauan kuin laki edellyttää, asetuksista riippumatta. Tietosuojaseloste kertoo nämä ajat.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Pysäytetään …</translation>
    </message>
    <message>
        <source>{label} ({done} of {total})</source>
        <translation>{label} ({done}/{total})</translation>
    </message>
</context>
<context>
    <name>PurchaseHistoryWidget</name>
    <message>
        <source>Orders and tickets</source>
        <translation>Tilaukset ja laput</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Uusi tilaus …</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Uusi tilaus</translation>
    </message>
    <message>
        <source>Record a new order or ticket for this customer</source>
        <translation>Kirjaa asiakkaalle uusi tilaus tai lappu</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <source>The order is ready for pickup</source>
        <translation>Tilaus on noudettavissa</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Noudettu</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merkitse noudetuksi</translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation>Asiakas on noutanut tilauksen</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Toimitettu</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Merkitse toimitetuksi</translation>
    </message>
    <message>
        <source>The order has been delivered to the customer</source>
        <translation>Tilaus on toimitettu asiakkaalle</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>&amp;Palautettu</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Merkitse palautetuksi</translation>
    </message>
    <message>
        <source>The goods came back; the order no longer counts in the total</source>
        <translation>Tuotteet palautettiin; tilausta ei enää lasketa summaan</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Pe&amp;ru tilaus</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Peru tilaus</translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation>Peru tilaus; sitä ei enää lasketa summaan</translation>
    </message>
    <message>
        <source>Return/complaint/repa&amp;ir…</source>
        <translation>Palautus/reklamaatio/&amp;korjaus …</translation>
    </message>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Palautus, reklamaatio tai korjaus</translation>
    </message>
    <message>
        <source>Register a return, complaint or repair for this customer</source>
        <translation>Kirjaa asiakkaalle palautus, reklamaatio tai korjaus</translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation>Kaikkien tilausten summa</translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation>Peruttuja ja palautettuja tilauksia ei lasketa.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Historian tila</translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation>Palautukset, reklamaatiot ja korjaukset</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>&amp;Ratkaistu</translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation>Sulje ratkaistuna</translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation>Sulje valittu asia: se korjattiin</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>&amp;Hylätty</translation>
    </message>
    <message>
        <source>Close as rejected</source>
        <translation>Sulje hylättynä</translation>
    </message>
    <message>
        <source>Close the selected case: the claim was not accepted</source>
        <translation>Sulje valittu asia: vaatimusta ei hyväksytty</translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation>&amp;Tilaukset ja laput</translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation>Valittu lappu:</translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation>Palautukset, &amp;reklamaatiot ja korjaukset</translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation>Sulje valittu asia:</translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation>Ei mahdollista, kun asiakkaan henkilötietojen käsittelyä on rajoitettu (tietosuoja-asetus 18 art.).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Haetaan …</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ei vielä tilauksia.</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} tilausta</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 tilaus</translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation>Historiaa ei voitu hakea: {reason}</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>Yhteensä: {amounts}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Muutettu muualla</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Luettelo on haettu uudelleen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Muuta tilaa</translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation>Asetetaanko lapun {number} tilaksi ”{status}”? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Tilaus on kirjattu</translation>
    </message>
    <message>
        <source>Ticket number {number}

Write it on the tag, or give the customer the printed ticket.</source>
        <translation>Lapun numero {number}

Kirjoita se merkkilappuun tai anna asiakkaalle tulostettu lappu.</translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation>Takaisin vastaanotetuksi (ei sittenkään valmis)</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>Aseta tilaksi ”{status}”</translation>
    </message>
    <message>
        <source>Return/complaint/repair…</source>
        <translation>Palautus/reklamaatio/korjaus …</translation>
    </message>
</context>
<context>
    <name>PurchaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Noudettu</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>{when} alkaen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectify customer data</source>
        <translation>Oikaise asiakastiedot</translation>
    </message>
    <message>
        <source>Write the corrected values for request {reference}; leave the other fields empty. They are saved when the request is completed.</source>
        <translation>Kirjoita pyynnön {reference} oikaistut arvot; jätä muut kentät tyhjiksi. Ne tallennetaan, kun pyyntö on valmis.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Kirjaa pyyntö</translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation>Pyyntö henkilöltä &lt;b&gt;{name}&lt;/b&gt; (asiakas {id}). Siihen on vastattava kuukauden kuluessa vastaanottopäivästä.</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Pyynnön tyyppi</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Miten pyyntö saapui</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Saapui:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Vastaanottopäivä</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Ongelma pyynnössä</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Kirjaa</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Access report</source>
        <translation>Tarkastusraportti</translation>
    </message>
    <message>
        <source>The access report (GDPR Art. 15) for &lt;b&gt;{name}&lt;/b&gt; (customer {id}): everything the register holds about them, why, and their rights.</source>
        <translation>Tarkastusraportti (tietosuoja-asetus 15 art.) henkilölle &lt;b&gt;{name}&lt;/b&gt; (asiakas {id}): kaikki rekisterin tiedot hänestä, miksi niitä käsitellään ja hänen oikeutensa.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Raportin kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Vastattava tarkastuspyyntö</translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation>Ei mitään (ei vastaa kirjattuun pyyntöön)</translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation>Vastaa &amp;pyyntöön:</translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation>&amp;Salasanasuojaa (AES-256)</translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation>Salasanasuojaa raportti</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation>Salaa PDF uudella salasanalla; anna salasana henkilölle erillään tiedostosta</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Mihin raportti tallennetaan</translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation>Yksityinen väliaikainen kansio</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Valitse, mihin raportti tallennetaan</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Tallenna kohteeseen:</translation>
    </message>
    <message>
        <source>Problem creating the report</source>
        <translation>Ongelma raportin luonnissa</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Raporttitiedosto</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>Raportin salasana</translation>
    </message>
    <message>
        <source>Give this password to the person separately – in person, by SMS or by phone – never in the same email or envelope as the file. It is not stored anywhere.</source>
        <translation>Anna salasana henkilölle erikseen – henkilökohtaisesti, tekstiviestillä tai puhelimitse – ei koskaan samassa sähköpostissa tai kirjekuoressa kuin tiedosto. Sitä ei tallenneta mihinkään.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Avaa raportti</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation>Avaa PDF järjestelmän katseluohjelmassa luettavaksi tai tulostettavaksi</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>&amp;Luo raportti</translation>
    </message>
    <message>
        <source>Create the access report</source>
        <translation>Luo tarkastusraportti</translation>
    </message>
    <message>
        <source>{reference} – received {date}</source>
        <translation>{reference} – vastaanotettu {date}</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Tallenna tarkastusraportti</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Luodaan …</translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation>&amp;Luo uudelleen</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Tallennettu nimellä &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Salasana: {password}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check the result</source>
        <translation>Tarkista tulos</translation>
    </message>
    <message>
        <source>What the import would do. Refused rows are left out; export them to fix them and import them again.</source>
        <translation>Mitä tuonti tekisi. Hylätyt rivit jätetään pois; vie ne korjattaviksi ja tuo ne uudelleen.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Hylätyt rivit</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>Vie hylätyt rivit…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n asiakas lisätään.</numerusform>
            <numerusform>%n asiakasta lisätään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n rivi yhdistetään rekisterissä jo olevaan asiakkaaseen.</numerusform>
            <numerusform>%n riviä yhdistetään rekisterissä jo oleviin asiakkaisiin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n rivi hylätty.</numerusform>
            <numerusform>%n riviä hylätty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n suostumus ilmoitettu tiedostossa.</numerusform>
            <numerusform>%n suostumusta ilmoitettu tiedostossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n osto ostohistoriasta.</numerusform>
            <numerusform>%n ostoa ostohistoriasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n summarivi ohitettu.</numerusform>
            <numerusform>%n summariviä ohitettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase history: {problem}</source>
        <translation>Ostohistoria: {problem}</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>Vie hylätyt rivit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequestChannel</name>
    <message>
        <source>At the counter</source>
        <translation>Myymälässä</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Sähköpostilla</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Kirjeellä</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Puhelimitse</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Henkilöllisyys varmistettu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 päivän myöhässä</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} päivää myöhässä</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>määräaika tänään</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} päivää</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation>Jatkettu {n} kk: {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Syy: {reason}</translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation>Vastaus on myöhässä: määräaika oli {date}.</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access to data</source>
        <translation>Tarkastusoikeus</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Siirto-oikeus</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Markkinoinnin vastustaminen</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruuttaminen</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Refuse request</source>
        <translation>Hylkää pyyntö</translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation>Miksi pyyntö {reference} hylätään? Henkilölle kerrotaan tämä syy.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Rekisteröityjen pyynnöt</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>Rekisteröityjen &amp;pyynnöt</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Vain &amp;avoimet</translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation>Näytä vain avoimet pyynnöt</translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation>Piilota valmiit ja hylätyt pyynnöt</translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation>Jokaiseen pyyntöön on vastattava kuukauden kuluessa vastaanotosta; myöhässä olevat näytetään ensin.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation>Vahvista &amp;henkilöllisyys</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Vahvista henkilöllisyys</translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation>Merkitse pyyntöön, miten henkilöllisyys varmistettiin tässä istunnossa (kuvallinen henkilöllisyystodistus, tietotarkistus tai koodi); avaa asiakas ja varmista henkilöllisyys ensin</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Aloita</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Aloita käsittely</translation>
    </message>
    <message>
        <source>Mark the request as being worked on</source>
        <translation>Merkitse pyyntö käsittelyyn</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation>Merkitse pyyntö valmiiksi</translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation>Pyyntöön on vastattu</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Hylkää …</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation>Hylkää pyyntö ja kerro syy, joka ilmoitetaan henkilölle</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Jatka …</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Jatka määräaikaa</translation>
    </message>
    <message>
        <source>Extend the deadline by one or two months, with a reason</source>
        <translation>Jatka määräaikaa yhdellä tai kahdella kuukaudella ja kerro syy</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>P&amp;oista …</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Carry out an erasure request whose requester&apos;s identity is confirmed, and file the receipt</source>
        <translation>Toteuta poistamispyyntö, jonka tekijän henkilöllisyys on vahvistettu, ja arkistoi kuitti</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Avaa a&amp;siakas</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Avaa asiakas</translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation>Näytä pyynnön tehnyt henkilö rekisterissä (henkilöllisyyden tarkistuksen jälkeen); rivin kaksoisnapsautus tekee saman</translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation>Näytettyjen pyyntöjen määrä</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Hae pyynnöt uudelleen (F5)</translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation>Kirjaudu omistajana nähdäksesi pyynnöt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Haetaan …</translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation>Pyyntöjä ei voitu hakea: {reason}</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Ei avoimia pyyntöjä.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ei vielä pyyntöjä.</translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation>{n} avoinna, {late} myöhässä</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} avoinna</translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation>{n} yhteensä</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>Erasing customer {id}…</source>
        <translation>Poistetaan asiakasta {id} …</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Asiakas poistettu</translation>
    </message>
    <message>
        <source>Customer {id} was erased. {kept} accounting record(s) are kept without their contact details.

The receipt for the person is saved as:
{path}</source>
        <translation>Asiakas {id} poistettiin. Kirjanpitoaineistoa ({kept} kpl) säilytetään ilman yhteystietoja.

Henkilölle annettava kuitti on tallennettu nimellä:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Avaa kuitti</translation>
    </message>
    <message>
        <source>Customer {id} was erased, but the receipt could not be filed in the data folder. Save it somewhere else now to hand it to the person.</source>
        <translation>Asiakas {id} poistettiin, mutta kuittia ei voitu arkistoida datakansioon. Tallenna se nyt muualle, jotta voit antaa sen henkilölle.</translation>
    </message>
    <message>
        <source>&amp;Save receipt as…</source>
        <translation>&amp;Tallenna kuitti nimellä …</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Tallenna poistamisen kuitti</translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation>Pyyntöä ei muutettu</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation>Hae nimellä, puhelimella, sähköpostilla, yrityksellä …</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation>Kirjoita osa nimestä, puhelinnumerosta, sähköpostiosoitteesta, yrityksestä tai paikkakunnasta. Ylös/Alas valitsee, Enter avaa. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Tulosten määrä</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Avataan rekisteriä …</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Haku epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan …</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Asiakkaita ei löytynyt</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Ei vielä asiakkaita</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation>Mikään asiakas ei vastaa hakua ”{text}”.
Lisää uusi asiakas kirjoittamallasi tiedolla painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>Rekisterissä ei ole vielä asiakkaita.
Lisää ensimmäinen painamalla Ctrl+N.</translation>
    </message>
    <message>
        <source>{count}+ customers</source>
        <translation>{count}+ asiakasta</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 asiakas</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEventDialog</name>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Palautus, reklamaatio tai korjaus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>No particular ticket</source>
        <translation>Ei tiettyä lappua</translation>
    </message>
    <message>
        <source>No. {number} · {date} · {what} ({status})</source>
        <translation>Nro {number} · {date} · {what} ({status})</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Lappu:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation>Mikä on vialla ja mitä asiakkaan kanssa sovittiin</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Virhe kuvauksessa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Kirjaa</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kirjaa</translation>
    </message>
</context>
<context>
    <name>ServiceEventKind</name>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamaatio</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Korjaus</translation>
    </message>
</context>
<context>
    <name>ServiceEventStatus</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>ServiceEventTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Avattu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lappu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Unsaved changes were discarded when the register locked.</source>
        <translation>Tallentamattomat muutokset hylättiin, kun rekisteri lukittui.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Dry cleaner or repair shop</source>
        <translation>Pesula tai korjaamo</translation>
    </message>
    <message>
        <source>Name and mobile to hand items to the right person and say when they are ready; email only when needed. No marketing.</source>
        <translation>Nimi ja matkapuhelin, jotta tavarat luovutetaan oikealle henkilölle ja valmistumisesta voidaan ilmoittaa; sähköposti vain tarvittaessa. Ei markkinointia.</translation>
    </message>
    <message>
        <source>Supplier to businesses (building materials, parts)</source>
        <translation>Yritysten toimittaja (rakennustarvikkeet, osat)</translation>
    </message>
    <message>
        <source>Company, organisation number, address and invoice email; CRM and accounting system; marketing to existing customers, who may object.</source>
        <translation>Yritys, Y-tunnus, osoite ja laskutussähköposti; CRM- ja kirjanpitojärjestelmä; markkinointi nykyisille asiakkaille, jotka voivat vastustaa.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Verkkokauppa</translation>
    </message>
    <message>
        <source>Delivery address, orders, returns; newsletter only with consent; carriers, payment and hosting as recipients.</source>
        <translation>Toimitusosoite, tilaukset, palautukset; uutiskirje vain suostumuksella; kuljetusyritykset, maksupalvelu ja ylläpito vastaanottajina.</translation>
    </message>
    <message>
        <source>Something else (start blank)</source>
        <translation>Jokin muu (aloita tyhjästä)</translation>
    </message>
    <message>
        <source>Only the customer relationship and bookkeeping; add the rest yourself.</source>
        <translation>Vain asiakassuhde ja kirjanpito; lisää loput itse.</translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation>Ota asiakasrekisteri käyttöön</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Luo rekisteri</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Liikkeesi</translation>
    </message>
    <message>
        <source>Printed on the privacy notice and every letter to a customer. The country chooses the supervisory authority and the bookkeeping rules.</source>
        <translation>Tulostetaan tietosuojaselosteeseen ja jokaiseen asiakkaalle lähetettävään kirjeeseen. Maa määrää valvontaviranomaisen ja kirjanpitosäännöt.</translation>
    </message>
    <message>
        <source>What you keep about customers</source>
        <translation>Mitä säilytät asiakkaista</translation>
    </message>
    <message>
        <source>The customer form shows only the fields you keep. Name, mobile, email and notes are always there; any may be left empty.</source>
        <translation>Asiakaslomakkeessa näkyvät vain kentät, joita säilytät. Nimi, matkapuhelin, sähköposti ja muistiinpanot ovat aina mukana; minkä tahansa voi jättää tyhjäksi.</translation>
    </message>
    <message>
        <source>Why you keep it</source>
        <translation>Miksi säilytät tietoja</translation>
    </message>
    <message>
        <source>Each purpose with its legal basis, the data it uses, how long it is kept and who receives it. The preset follows what similar shops publish; change what is different for you.</source>
        <translation>Jokainen käyttötarkoitus oikeusperusteineen, sen käyttämät tiedot, niiden säilytysaika ja vastaanottajat. Esiasetus noudattaa sitä, mitä vastaavat liikkeet julkaisevat; muuta se, mikä sinulla on toisin.</translation>
    </message>
    <message>
        <source>Who else gets customer data</source>
        <translation>Kuka muu saa asiakastietoja</translation>
    </message>
    <message>
        <source>Processors work on your behalf (accounting, CRM, hosting); other recipients, such as carriers, use the data for their own task.</source>
        <translation>Käsittelijät toimivat puolestasi (kirjanpito, CRM, ylläpito); muut vastaanottajat, kuten kuljetusyritykset, käyttävät tietoja omaan tehtäväänsä.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <source>Before the first customer, tell the register which shop it belongs to, what it keeps about customers and why, and create the owner&apos;s account. Start from the kind of shop closest to yours; everything can be changed later in the settings.</source>
        <translation>Kerro ennen ensimmäistä asiakasta, mille liikkeelle rekisteri kuuluu, mitä se säilyttää asiakkaista ja miksi, ja luo omistajan tili. Aloita liiketyypistä, joka on lähimpänä omaasi; kaiken voi muuttaa myöhemmin asetuksissa.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Omistajan tili</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Omistajan koko nimi</translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation>Omistajan käyttäjätunnus</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>pienillä kirjaimilla, esim. kari</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Vähintään {n} merkkiä</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Toista salasana</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;full name</source>
        <translation>Omistajan &amp;koko nimi</translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation>Omistajan &amp;käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Toista salasana</translation>
    </message>
    <message>
        <source>The owner may do everything, including reports, settings and staff accounts. Add counter staff later under Administration.</source>
        <translation>Omistaja voi tehdä kaiken, myös raportit, asetukset ja työntekijätilit. Lisää myyjät myöhemmin kohdassa Ylläpito.</translation>
    </message>
    <message>
        <source>Create registers the shop {shop} ({country}) with {fields} customer fields, {purposes} purposes and {recipients} processors and recipients. The privacy notice can then be saved under Administration → Shop profile and settings.</source>
        <translation>”Luo rekisteri” rekisteröi liikkeen {shop} ({country}), jossa on asiakaskenttiä {fields}, käyttötarkoituksia {purposes} sekä käsittelijöitä ja vastaanottajia {recipients}. Tietosuojaselosteen voi sen jälkeen tallentaa kohdassa Ylläpito → Liikkeen profiili ja asetukset.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Työntekijätilit</translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation>Omistajat voivat tehdä kaiken. Myyjät palvelevat asiakkaita ja voivat kirjautua PIN-koodilla. Käytöstä poistetulla tilillä ei voi kirjautua; sen merkinnät säilyvät tarkastuslokissa.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Työntekijä:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää …</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Lisää työntekijä</translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation>Luo uusi työntekijätili</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Aseta &amp;PIN-koodi …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Aseta PIN-koodi</translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation>Salli myyjän kirjautua lyhyellä PIN-koodilla</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>Poista P&amp;IN-koodi</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Poista PIN-koodi</translation>
    </message>
    <message>
        <source>Only the password works after this</source>
        <translation>Tämän jälkeen vain salasana toimii</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Nollaa sa&amp;lasana …</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Nollaa salasana</translation>
    </message>
    <message>
        <source>Set a new password, for example when it is forgotten</source>
        <translation>Aseta uusi salasana esimerkiksi, kun se on unohtunut</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Stop or allow logging in with this account</source>
        <translation>Estä tai salli kirjautuminen tällä tilillä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Vaihda &amp;PIN-koodi …</translation>
    </message>
    <message>
        <source>The owner always logs in with the password</source>
        <translation>Omistaja kirjautuu aina salasanalla</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Ota uudelleen käyttöön</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Ota uudelleen käyttöön</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name} lisättiin rooliin {role}.</translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation>{name} voi nyt kirjautua uudella PIN-koodilla.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Käyttäjän {name} salasana nollattiin.</translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation>{name} kirjautuu nyt salasanalla.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} voi taas kirjautua.</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} ei voi enää kirjautua.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Myyjä</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Lukittu asti</translation>
    </message>
    <message>
        <source>Too many wrong attempts; a password reset unlocks the account at once.</source>
        <translation>Liian monta väärää yritystä; salasanan nollaus avaa tilin heti.</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation>Poistettu käytöstä: ei voi kirjautua</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>TicketNotices</name>
    <message>
        <source>{kind} by {channel}: {state}</source>
        <translation>{kind}, {channel}: {state}</translation>
    </message>
    <message>
        <source>{kind}: {state}</source>
        <translation>{kind}: {state}</translation>
    </message>
    <message>
        <source>({reason})</source>
        <translation>({reason})</translation>
    </message>
    <message>
        <source>Notices about this ticket</source>
        <translation>Tämän tilauksen ilmoitukset</translation>
    </message>
    <message>
        <source>No notices sent.</source>
        <translation>Ilmoituksia ei ole lähetetty.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Varmista henkilöllisyys</translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation>Varmista henkilöllisyys: {name}</translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation>Kaikki tiedot, yhteystiedot ja historia näytetään vasta, kun olet tarkistanut henkilöllisyyden tai ilmoittanut, miksi tarvitset tietoja henkilön ollessa poissa. Tarkistus kirjataan ja on voimassa, kunnes suljet tiedot.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Varmistustapa</translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation>Ylös ja Alas valitsevat tavan; Tab tai Enter siirtyy sen kenttiin.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Tapa:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Close without showing the record (Esc)</source>
        <translation>Sulje näyttämättä tietoja (Esc)</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>Liian monta väärää vastausta tälle asiakkaalle. Tarkista kuvallinen henkilöllisyystodistus tai lähetä koodi.</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Kuvallinen henkilöllisyystodistus</translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation>Olet nähnyt kuvallisen henkilöllisyystodistuksen, ja henkilö vastaa kuvaa ja nimeä.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Henkilöllisyystodistuksen tyyppi</translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation>Älä kirjaa todistuksen numeroa: vain todistuksen tyyppi kirjataan.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>Todistuksen &amp;tyyppi:</translation>
    </message>
    <message>
        <source>Photo ID &amp;checked</source>
        <translation>Todistus &amp;tarkistettu</translation>
    </message>
    <message>
        <source>Photo ID checked</source>
        <translation>Todistus tarkistettu</translation>
    </message>
    <message>
        <source>Record that you checked this type of photo ID</source>
        <translation>Kirjaa, että tarkistit tämäntyyppisen kuvallisen henkilöllisyystodistuksen</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Tietotarkistus</translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation>Kysy henkilöltä matkapuhelinnumeroa, sähköpostiosoitetta tai lapun numeroa ja kirjoita hänen vastauksensa. Rekisteri kertoo vain, täsmääkö se.</translation>
    </message>
    <message>
        <source>What the person states</source>
        <translation>Henkilön ilmoittama tieto</translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation>&amp;Kysy:</translation>
    </message>
    <message>
        <source>The person says</source>
        <translation>Henkilö sanoo</translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation>Täsmälleen kuten henkilö sen sanoo</translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation>Henkilö &amp;sanoo:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <source>Compare with the register without showing what is stored</source>
        <translation>Vertaa rekisteriin näyttämättä tallennettuja tietoja</translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation>matkapuhelinnumeroon</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>sähköpostiosoitteeseen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Kertakäyttökoodi</translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation>Lähetä koodi rekisterissä olevaan {where}; henkilö lukee sen puhelimestaan. Se on voimassa 10 minuuttia.</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Lähetä koodi</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Lähetys&amp;tapa:</translation>
    </message>
    <message>
        <source>Send c&amp;ode</source>
        <translation>Lähetä &amp;koodi</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Lähetä koodi</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Koodin tila</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 numeroa</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>&amp;Koodi:</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Vahvista</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Vahvista koodi</translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation>Tarkista henkilön lukema koodi</translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation>Sähköpostikoodeja ei ole otettu käyttöön. Pyydä omistajaa määrittämään sähköpostipalvelin tai varmista henkilöllisyys muulla tavalla.</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Työperuste</translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation>Taustatyöhön, kun henkilö ei ole paikalla, kuten laskutukseen tai reklamaatioon vastaamiseen. Syy kirjataan nimelläsi.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation>&amp;Avaa tällä perusteella</translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation>Avaa tällä perusteella</translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation>Kirjaa peruste ja näytä tiedot</translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation>Kirjoita, mitä henkilö sanoo.</translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation>Ei täsmää.</translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation>Se oli viimeinen yritys: tarkista kuvallinen henkilöllisyystodistus tai lähetä koodi.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään …</translation>
    </message>
    <message>
        <source>Code sent to {address}</source>
        <translation>Koodi lähetetty: {address}</translation>
    </message>
    <message>
        <source>Send a new c&amp;ode</source>
        <translation>Lähetä uusi &amp;koodi</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Lähetä uusi koodi</translation>
    </message>
    <message>
        <source>No code was sent.</source>
        <translation>Koodia ei lähetetty.</translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation>Kirjoita henkilön lukema koodi.</translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation>Väärä koodi.</translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Photo ID</source>
        <translation>Kuvallinen henkilöllisyystodistus</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Tietotarkistus</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Koodi sähköpostilla</translation>
    </message>
    <message>
        <source>Code by SMS</source>
        <translation>Koodi tekstiviestillä</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Työperuste</translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation>Juuri rekisteröity</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Ongelma: {field}</translation>
    </message>
</context>
<context>
    <name>_LineRow</name>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Line {n} item</source>
        <translation>Rivin {n} tuote</translation>
    </message>
    <message>
        <source>Ctrl+Delete removes this line.</source>
        <translation>Ctrl+Delete poistaa tämän rivin.</translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation>Rivin {n} määrä</translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation>Rivin {n} yksikköhinta</translation>
    </message>
    <message>
        <source>Line {n} amount</source>
        <translation>Rivin {n} summa</translation>
    </message>
    <message>
        <source>Remove line {n}</source>
        <translation>Poista rivi {n}</translation>
    </message>
    <message>
        <source>Remove line {n} (Ctrl+Delete)</source>
        <translation>Poista rivi {n} (Ctrl+Delete)</translation>
    </message>
</context>
</TS>
