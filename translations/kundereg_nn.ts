<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;This version works with register schema {head}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Denne versjonen bruker registerskjema {head}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister for små nordiske butikkar.&lt;/p&gt;&lt;p&gt;Registeret blir opna.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister for små nordiske butikkar.&lt;/p&gt;&lt;p&gt;Butikk: {shop} ({country})&lt;br&gt;Registerskjema: {schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Opp / Ned</translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation>Vel ein kunde i resultata</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation>Opne den valde kunden (eller den første)</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Legg til tilsett</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bokstavar, t.d. kari</translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation>Slik det blir vist i revisjonsloggen</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} teikn</translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation>4–8 siffer, valfritt</translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation>Disktilsette kan logge inn med ein kort PIN-kode i staden for passordet</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>G&amp;jenta passord:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN-kode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>The owner always uses the password</source>
        <translation>Eigaren bruker alltid passordet</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv inn namnet til personen.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dei to passorda er ikkje like.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Førespurnader frå registrerte</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Lag demodata</translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation>Kor mange oppdikta kundar (med kjøp) skal leggjast til?
Bruk dette berre i eit prøveregister: kundane kan ikkje skiljast frå ekte kundar.</translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation>La til {customers} kundar og {purchases} kjøp.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Demodata avbrote; ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Lagar demodata</translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation>Legg til kundar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Retention rules applied: {customers} inactive customer(s) erased, {records} accounting record(s) past their date deleted, {consents} consent(s) expired.</source>
        <translation>Oppbevaringsreglane er brukte: {customers} inaktive kunde(r) sletta, {records} rekneskapsbilag med utgått oppbevaringstid sletta, {consents} samtykke har gått ut.</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kunderegister</translation>
    </message>
    <message>
        <source>The register file is damaged: SQLite&apos;s check found {count} problem(s). Restore the newest backup (File &gt; Restore from backup…) before you go on, and keep the damaged file for whoever looks after this PC.</source>
        <translation>Registerfila er skadd: kontrollen til SQLite fann {count} feil. Gjenopprett den nyaste tryggleikskopien (Fil &gt; Gjenopprett frå sikkerheitskopi …) før du held fram, og ta vare på den skadde fila for den som har ansvaret for denne PC-en.</translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation>Kunderegisteret kunne ikkje opnast.

{reason}

Detaljar står i loggfila:
{log}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Logga inn</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Innlogginga mislukkast</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Skjermen låst</translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation>Såg kunde</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Registrerte kunde</translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation>Endra kunde</translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation>Såg historikk</translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation>Såg hentelista</translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation>Registrerte bestilling</translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation>Endra bestillingsstatus</translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation>Registrerte retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation>Lukka retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trekt tilbake</translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation>Såg samtykke</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Stadfesta identitet</translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation>Identitetskontrollen mislukkast</translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation>Sende stadfestingskode</translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation>Oppgav tenestleg grunn</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Tilgang avslått</translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation>La til tilsett</translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation>Endra tilsett</translation>
    </message>
    <message>
        <source>Recorded the staff accounts</source>
        <translation>Registrerte kontoane til dei tilsette</translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation>Endra innstilling</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Laga demodata</translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation>Såg revisjonsloggen</translation>
    </message>
    <message>
        <source>Verified audit trail</source>
        <translation>Kontrollerte revisjonsloggen</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Eksporterte data</translation>
    </message>
    <message>
        <source>Produced report</source>
        <translation>Laga rapport</translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation>Sletta data</translation>
    </message>
    <message>
        <source>Erased again after a restore</source>
        <translation>Sletta på nytt etter gjenoppretting</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Brukte oppbevaringsreglane</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Sikkerheitskopi teken</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerheitskopi gjenoppretta</translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation>Registrerte førespurnad frå den registrerte</translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation>Steg i førespurnad frå den registrerte</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot marknadsføring</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Sette opp registeret</translation>
    </message>
    <message>
        <source>Changed shop profile</source>
        <translation>Endra butikkprofilen</translation>
    </message>
    <message>
        <source>Recorded the staff accounts as the baseline</source>
        <translation>Registrerte kontoane til dei tilsette som utgangspunkt</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Importerte kundar</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Slo saman kundar</translation>
    </message>
    <message>
        <source>Notice to a customer</source>
        <translation>Varsel til ein kunde</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukjend brukar</translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation>feil passord eller PIN-kode</translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation>kontoen ventar etter mislukka forsøk</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>av brukaren</translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation>etter inaktivitet</translation>
    </message>
    <message>
        <source>switching user</source>
        <translation>byte av brukar</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestillingar</translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation>returar, reklamasjonar og reparasjonar</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>i disken</translation>
    </message>
    <message>
        <source>on the web</source>
        <translation>på nettet</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>på e-post</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>på telefon</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per brev</translation>
    </message>
    <message>
        <source>access to data</source>
        <translation>innsyn</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>retting</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>sletting</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>avgrensing av behandling</translation>
    </message>
    <message>
        <source>data portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>protest mot marknadsføring</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>tilbaketrekking av samtykke</translation>
    </message>
    <message>
        <source>received</source>
        <translation>motteken</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identitet stadfesta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>under behandling</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>Request {reference}</source>
        <translation>Førespurnad {reference}</translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation>identitet kontrollert med: {method}</translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation>fristen forlengd med {n} månader i alt</translation>
    </message>
    <message>
        <source>shown after: {method}</source>
        <translation>vist etter: {method}</translation>
    </message>
    <message>
        <source>Fields: {names}</source>
        <translation>Felt: {names}</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Tilsett: {name}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rolle: {role}</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>Lapp {number}</translation>
    </message>
    <message>
        <source>Case no. {id}</source>
        <translation>Sak nr. {id}</translation>
    </message>
    <message>
        <source>Consent no. {id}</source>
        <translation>Samtykke nr. {id}</translation>
    </message>
    <message>
        <source>failed attempts in a row: {n}</source>
        <translation>mislukka forsøk på rad: {n}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>forsøk {n}</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>låste opp skjermen</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 lapp</translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation>{n} lappar</translation>
    </message>
    <message>
        <source>{customers} customers, {purchases} orders</source>
        <translation>{customers} kundar, {purchases} bestillingar</translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation>intakt, {n} oppføringar</translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation>BROTEN, {n} oppføringar kontrollerte</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>kunde {id}</translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation>tilsett nr. {id}</translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation>filter: {what}</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>utan filter</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Staff no. {id}</source>
        <translation>Tilsett nr. {id}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(ukjend brukar)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>Revisjons&amp;logg</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>&amp;Kontroller kjeda</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kontroller kjeda</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation>Rekn ut kontrollsummen for kvar oppføring på nytt for å vise at ingenting er endra, fjerna eller stokka om</translation>
    </message>
    <message>
        <source>Audit trail check result</source>
        <translation>Resultat av loggkontrollen</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kundar</translation>
    </message>
    <message>
        <source>C&amp;ustomer no.:</source>
        <translation>K&amp;undenr.:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle tilsette</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problem med filteret</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Kva startdato som helst</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rå:</translation>
    </message>
    <message>
        <source>Until date, inclusive</source>
        <translation>Til og med dato</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Kva sluttdato som helst</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Vis oppføringar</translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation>Hent oppføringane som passar til filtra (Enter, F5)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Nullstill filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nullstill filter</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Vis alle oppføringane igjen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Loggoppføringar</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Talet på oppføringar som er viste</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Hent &amp;fleire</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Hent fleire</translation>
    </message>
    <message>
        <source>Load the next {n} older entries</source>
        <translation>Hent dei neste {n} eldre oppføringane</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Hent dei nyaste oppføringane igjen (F5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation>Kryssa av: oppføringar frå alle datoar; vel ein dato for å avgrense lista</translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation>Frå-datoen er etter til-datoen.</translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation>Logg inn som eigar for å sjå revisjonsloggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation>Kunne ikkje hente revisjonsloggen: {reason}</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (deaktivert)</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Ingen oppføringar passar til filtra.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Revisjonsloggen er tom.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 oppføring</translation>
    </message>
    <message>
        <source>{n} entries, newest first</source>
        <translation>{n} oppføringar, nyaste først</translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation>(eldre oppføringar: Hent fleire)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Kontrollerer kvar oppføring …</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation>Revisjonsloggen er intakt: {n} oppføringar</translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation>Broten ved oppføring {id}: {problem}</translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation>Kunne ikkje kontrollere revisjonsloggen: {reason}</translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation>oppføring {n} manglar eller står i feil rekkjefølgje</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>ho følgjer ikkje oppføringa framfor</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>innhaldet er endra</translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation>nyare oppføringar er fjerna</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup written and verified: {name} ({size:.1f} MB)</source>
        <translation>Sikkerheitskopien er skriven og kontrollert: {name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerheitskopieringa mislukkast</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Tek sikkerheitskopi</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Skriv ein kryptert sikkerheitskopi …</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagleg sikkerheitskopi</translation>
    </message>
    <message>
        <source>No backup of the register has been taken today. Take one now, before closing?</source>
        <translation>Det er ikkje teke nokon sikkerheitskopi av registeret i dag. Vil du ta ein no, før du lukkar?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå sikkerheitskopi</translation>
    </message>
    <message>
        <source>kundereg backups (*.kbak)</source>
        <translation>Sikkerheitskopiar frå kundereg (*.kbak)</translation>
    </message>
    <message>
        <source>The register is replaced by the backup: everything recorded since the backup was taken is lost. People erased since then are erased again before anyone can see them. Everyone is logged out. Close kundereg on the other PCs first.

Restore?</source>
        <translation>Registeret blir erstatta av sikkerheitskopien: alt som er registrert sidan sikkerheitskopien vart teken, går tapt. Personar som er sletta sidan då, blir sletta på nytt før nokon kan sjå dei. Alle blir logga ut. Lukk kundereg på dei andre PC-ane først.

Vil du gjenopprette?</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registeret er gjenoppretta</translation>
    </message>
    <message>
        <source>The register was restored from the backup taken {when}. {count} person(s) erased since then were erased again. Log in again.</source>
        <translation>Registeret er gjenoppretta frå sikkerheitskopien som vart teken {when}. {count} person(ar) som var sletta sidan då, vart sletta på nytt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gjenopprettinga mislukkast</translation>
    </message>
    <message>
        <source>The register was not changed.

{reason}</source>
        <translation>Registeret vart ikkje endra.

{reason}</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenopprettar</translation>
    </message>
    <message>
        <source>Decrypting and checking the backup…</source>
        <translation>Dekrypterer og kontrollerer sikkerheitskopien …</translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation>Ei rettsleg plikt (bokføring, styresmakter)</translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation>Svar på førespurnaden til personen sjølv</translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation>Retting eller vedlikehald av registeret</translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation>Oppfølging av ei bestilling eller ein lapp</translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation>Behandling av ein reklamasjon, retur eller reparasjon</translation>
    </message>
    <message>
        <source>Invoicing and payment</source>
        <translation>Fakturering og betaling</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation>Det oppstod ein uventa feil ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation>Du kan halde fram med arbeidet, men kontroller at den siste endringa vart lagra.
Detaljane er skrivne til loggfila (utan kundedata):</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Opne loggmappa</translation>
    </message>
</context>
<context>
    <name>CustomerFlow</name>
    <message>
        <source>Customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation>Kunden du redigerer, har ulagra endringar. Vil du forkaste dei?</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Postal code, cit&amp;y</source>
        <translation>Postnummer, post&amp;stad</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Comp&amp;any name</source>
        <translation>F&amp;irmanamn</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>&amp;Invoice email</source>
        <translation>E-&amp;post for faktura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanamn</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>E-post for faktura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Lagre kunden</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Lagre kunden (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Forkast endringar</translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation>Forkast endringane og hent kunden på nytt</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tilbake til søket</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Tilbake til søket</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Tilbake til søkjeresultata (Esc)</translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation>Registrer &amp;førespurnad …</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Registrer ein førespurnad frå den registrerte</translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation>Registrer ein førespurnad frå kunden om innsyn, retting, sletting eller flytting av personopplysningane, eller om å stanse marknadsføring</translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation>&amp;Innsynsrapport …</translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation>Lag ein innsynsrapport</translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation>Ein PDF med alt registeret har om denne kunden (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Avgrens behandlinga …</translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation>Avgrens behandlinga av personopplysningane til kunden</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Opphev avgrensinga</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Opphev avgrensinga av behandlinga</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot marknadsføring</translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation>Registrer protest mot marknadsføring</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlinga er avgrensa</translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation>Opne lappar kan framleis merkast som klare, henta eller kansellerte, og opne saker kan lukkast.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation>Kunden har protestert mot direkte marknadsføring (GDPR art. 21): samtykka til marknadsføring er trekte tilbake, og nye kan ikkje givast.</translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation>Bestillingar, lappar og returar blir viste her når kunden er lagra.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation>Avgrensa (GDPR art. 18) sidan {date}: oppføringa kan berre lesast til avgrensinga blir oppheva.</translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation>Protesterte mot marknadsføring {date}</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Lagre eller forkast endringane først.</translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation>Behald oppføringa, men stans endring og bruk (GDPR art. 18), t.d. medan kunden bestrid at opplysningane er rette</translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation>Gjer oppføringa redigerbar og brukande igjen</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation>Kunden protesterer mot direkte marknadsføring (GDPR art. 21): samtykka til marknadsføring blir trekte tilbake</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation>Førespurnad {reference} er registrert; frist {date}.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify their identity first.</source>
        <translation>Ein innsynsrapport blir berre gitt til personen han gjeld: stadfest identiteten først.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Avgrens behandlinga</translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation>Avgrense behandlinga av personopplysningane til {name} (GDPR art. 18)?

Oppføringa blir halden på, men kan berre lesast: ingen endringar, nye bestillingar, returar eller samtykke før avgrensinga blir oppheva. Opne lappar kan framleis fullførast. Bruk dette medan kunden bestrid opplysningane eller protesterer, eller når kunden ber deg ta vare på dei i staden for å slette dei.</translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation>Behandlinga av personopplysningane til {name} er avgrensa.</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Ikkje avgrensa</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation>Oppheve avgrensinga for personopplysningane til {name}? Oppføringa kan endrast og brukast igjen.</translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation>Avgrensinga for personopplysningane til {name} er oppheva.</translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation>Avgrensinga vart ikkje oppheva</translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation>Registrere at {name} protesterer mot marknadsføring (GDPR art. 21)?

Samtykka til marknadsføring og nyheitsbrev blir trekte tilbake, og nye kan ikkje givast. Dette kan ikkje angrast her.</translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation>Protest mot marknadsføring er registrert for {name}.</translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation>Protesten vart ikkje registrert</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikkje lagra enno.</translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation>Kunde {id} · oppretta {created} · endra {updated}</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(ulagra endringar)</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Kunden er ikkje tilgjengeleg</translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation>Ikkje lagra: oppføringa er avgrensa (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Ingenting å lagre.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} er lagra.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Kunden vart ikkje lagra</translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation>Denne kunden finst ikkje lenger i registeret, så ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>Ikkje lagra: 1 felt må rettast.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Ikkje lagra: %n felt må rettast.</numerusform>
            <numerusform>Ikkje lagra: %n felt må rettast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation>Kunden er endra av nokon andre</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation>Nokon andre har endra denne kunden etter at du opna han. Endringane dine er ikkje lagra.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation>Hent på nytt for å sjå versjonen deira (endringane dine her blir forkasta), eller hald fram med å redigere og noter det du treng før du hentar på nytt.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent på nytt</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Hald fram med å redigere</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same organisation number</source>
        <translation>same organisasjonsnummer</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobilnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same e-post</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>same namn og adresse</translation>
    </message>
    <message>
        <source>similar name at a similar address</source>
        <translation>liknande namn på liknande adresse</translation>
    </message>
    <message>
        <source>Customers {a} and {b}: {reasons}</source>
        <translation>Kunde {a} og {b}: {reasons}</translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation> (avgrensa)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Finn duplikat</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Leitar etter duplikat…</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Sannsynlege duplikat</translation>
    </message>
    <message>
        <source>Merge into the left record</source>
        <translation>Slå saman til posten til venstre</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n sannsynleg duplikat. Vel det for å samanlikne dei to postane.</numerusform>
            <numerusform>%n sannsynlege duplikat. Vel eitt for å samanlikne dei to postane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>One of the two is restricted (GDPR Art. 18): lift the restriction before merging.</source>
        <translation>Ein av dei to er avgrensa (GDPR art. 18): opphev avgrensinga før de slår saman.</translation>
    </message>
    <message>
        <source>Purchases, service events, consents and requests of customer {other} move to customer {keep}; number {other} is not used again.</source>
        <translation>Kjøp, servicesaker, samtykke og førespurnader for kunde {other} vert flytte til kunde {keep}; nummer {other} vert ikkje brukt att.</translation>
    </message>
    <message>
        <source>Merge customer {other} into customer {keep}? This cannot be undone.</source>
        <translation>Slå saman kunde {other} med kunde {keep}? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Kunde {other} vart slått saman med kunde {keep}.</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Slår saman kundar</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase customer {id}</source>
        <translation>Slett kunde {id}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;b&gt;{reference}&lt;/b&gt;: erase customer {id} (GDPR Art. 17).&lt;/p&gt;&lt;p&gt;Name, contact details, address, notes, consents, returns and complaints and the search entries are deleted for good. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Førespurnad &lt;b&gt;{reference}&lt;/b&gt;: slett kunde {id} (GDPR art. 17).&lt;/p&gt;&lt;p&gt;Namn, kontaktopplysningar, adresse, notat, samtykke, returar og reklamasjonar og søkjeoppføringane blir sletta permanent. Dette kan ikkje angrast.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, until {until} at the latest.</source>
        <translation>{kept} kjøp blir ståande som anonyme rekneskapsbilag, slik bokføringslova krev, til seinast {until}.</translation>
    </message>
    <message>
        <source>No purchase has to be kept for the accounts.</source>
        <translation>Ingen kjøp treng å oppbevarast for rekneskapen.</translation>
    </message>
    <message>
        <source>{deleted} purchase(s) are deleted. {kept}</source>
        <translation>{deleted} kjøp blir sletta. {kept}</translation>
    </message>
    <message>
        <source>Why the customer cannot be erased yet</source>
        <translation>Kvifor kunden ikkje kan slettast enno</translation>
    </message>
    <message>
        <source>Open orders {numbers} must be handed over or cancelled first.</source>
        <translation>Dei opne bestillingane {numbers} må leverast ut eller kansellerast først.</translation>
    </message>
    <message>
        <source>The customer is restricted (Art. 18). Lift the restriction first if its reason no longer stands.</source>
        <translation>Kunden er avgrensa (art. 18). Opphev avgrensinga først dersom grunnen til ho ikkje lenger gjeld.</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kvitteringsspråk</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>&amp;Kvitteringsspråk:</translation>
    </message>
    <message>
        <source>I have checked that this is the person who asked, and that the erasure cannot be undone</source>
        <translation>Eg har kontrollert at dette er personen som bad om det, og at slettinga ikkje kan angrast</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Slett kunden</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Forleng fristen</translation>
    </message>
    <message>
        <source>Art. 12(3) allows up to two further months in all when a request is complex or there are many. Tell the person within the first month, with the reason.</source>
        <translation>Art. 12 nr. 3 tillèt inntil to månader til i alt når ein førespurnad er komplisert eller det er mange. Gi personen beskjed innan den første månaden, med grunngiving.</translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation>Talet på månader fristen blir forlengd med</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} månader</translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation>&amp;Forleng med:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Grunngiving for forlenginga</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngiving:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>App language</source>
        <translation>Appspråk</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passfrase for sikkerheitskopi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanamn</translation>
    </message>
    <message>
        <source>Consents last (years)</source>
        <translation>Samtykke varer (år)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Påloggingsdata</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>Kundefelt</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daglege sikkerheitskopiar som blir behaldne</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Motteken dato</translation>
    </message>
    <message>
        <source>Delete inactive customers after (years)</source>
        <translation>Slett inaktive kundar etter (år)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfall etter (dagar)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-post-til-SMS-domene</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlenging</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Ekstra dagar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Legitimasjonstype</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adresse</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>E-post for faktura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-posttenar</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Porten til e-posttenaren</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Tryggleiken til e-posttenaren</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Brukaren på e-posttenaren</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsføring</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meldingstekst</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opningstider</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Ordrelinje</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Databehandlarar og mottakarar</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kjøpsdato</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Reminders after (days)</source>
        <translation>Påminningar etter (dagar)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminningar høgst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-avsendarnamn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsendaradresse</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butikknamn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <source>Stated value</source>
        <translation>Oppgitt verdi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Lappnummer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einingspris</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Mva-sats</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Vekentlege sikkerheitskopiar som blir behaldne</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Vel fila</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, Tripletex, Fiken or PowerOffice. Nothing is changed until the last step.</source>
        <translation>Ein CSV- eller Excel-eksport av kundelista, til dømes frå Visma, SuperOffice, Tripletex, Fiken eller PowerOffice. Ingenting vert endra før siste steg.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Kundefil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vel…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Kundefil:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>Purchase history file (optional)</source>
        <translation>Fil med kjøpshistorikk (valfri)</translation>
    </message>
    <message>
        <source>Purchase history (optional):</source>
        <translation>Kjøpshistorikk (valfri):</translation>
    </message>
    <message>
        <source>The purchase history names each customer by the customer number of the old system, with a date and an amount per row.</source>
        <translation>Kjøpshistorikken viser kunden med kundenummeret frå det gamle systemet, med dato og beløp på kvar rad.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kundar</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer number in the old system</source>
        <translation>Kundenummer i det gamle systemet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Fullt namn (vert delt i førenamn og etternamn)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanamn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Phone (when there is no mobile)</source>
        <translation>Telefon (når mobilnummer manglar)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Faktura-e-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresseline 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Postal code and city together</source>
        <translation>Postnummer og poststad saman</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Date consents were given</source>
        <translation>Dato samtykket vart gitt</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundelister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kundar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Sjekkar fila</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n avvist rad lagra. Rett henne i fila og importer fila på nytt.</numerusform>
            <numerusform>%n avviste rader lagra. Rett dei i fila og importer fila på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Importert: %n ny kunde; dei andre vart slått saman med kundar som alt var i registeret.</numerusform>
            <numerusform>Importert: %n nye kundar; dei andre vart slått saman med kundar som alt var i registeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen vart avbroten; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Importerer kundar</translation>
    </message>
</context>
<context>
    <name>KnowledgeField</name>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Lappnummer</translation>
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
        <translation>Det oppstod ein uventa feil ({kind}).</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed receipt is handed over in person.</source>
        <translation>--password-protect gjeld ei fil; ei utskriven kvittering blir levert personleg.</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed report is handed over in person.</source>
        <translation>--password-protect gjeld ei fil; ein utskriven rapport blir levert personleg.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>--to må vere ein PostgreSQL-URL (postgresql://brukar@vert/database).</translation>
    </message>
    <message>
        <source>A backup from this very second exists already; try again in a moment.</source>
        <translation>Det finst allereie ein sikkerheitskopi frå akkurat dette sekundet; prøv igjen om eit augeblikk.</translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation>Ein kode vart send til {where}; for å skrive han inn trengst ein terminal.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Ein kunde kan ikkje slåast saman med seg sjølv.</translation>
    </message>
    <message>
        <source>A knowledge check compares what the person states as their {field}: put it in {env} or run in a terminal.</source>
        <translation>Ein kunnskapskontroll samanliknar det personen oppgjev som {field}: legg det i {env} eller køyr i ein terminal.</translation>
    </message>
    <message>
        <source>A printer takes PDF: leave out --format, or write the file with --out.</source>
        <translation>Ein skrivar tek PDF: utelat --format, eller skriv fila med --out.</translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation>Ein førespurnad kan forlengjast med høgst to månader i alt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {where} failed: check sslmode and the CA file (sslrootcert) against the server&apos;s certificate.</source>
        <translation>Ei sikker (TLS) tilkopling til {where} mislukkast: sjekk sslmode og CA-fila (sslrootcert) mot sertifikatet til serveren.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify the requester&apos;s identity (photo ID, knowledge check or code) first; a business reason or registering the customer does not.</source>
        <translation>Ein innsynsrapport blir berre gitt til personen han gjeld: stadfest identiteten til den som ber om innsyn (legitimasjon, kunnskapskontroll eller kode) først; eit tenestleg behov eller at kunden nettopp vart registrert, er ikkje nok.</translation>
    </message>
    <message>
        <source>Cannot read {file} ({kind}).</source>
        <translation>Kan ikkje lese {file} ({kind}).</translation>
    </message>
    <message>
        <source>Connecting to {where} failed ({kind}).</source>
        <translation>Tilkoplinga til {where} mislukkast ({kind}).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 99.</source>
        <translation>Talet på kopiar må vere frå 1 til 99.</translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation>Oppretting eller oppdatering av registeret mislukkast ({kind}).</translation>
    </message>
    <message>
        <source>Credentials can only be saved in a register opened from its data folder.</source>
        <translation>Påloggingsdata kan berre lagrast i eit register som er opna frå datamappa si.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer {id} has no active consent for that purpose.</source>
        <translation>Kunde {id} har ikkje noko gyldig samtykke til det føremålet.</translation>
    </message>
    <message>
        <source>Customer {id} has open orders ({numbers}). Hand them over or cancel them before erasing.</source>
        <translation>Kunde {id} har opne bestillingar ({numbers}). Lever dei ut eller kanseller dei før sletting.</translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation>Kunde {id} er allereie {state}.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (Art. 18). Lift the restriction first if the reason for it no longer stands.</source>
        <translation>Kunde {id} er avgrensa (art. 18). Opphev avgrensinga først dersom grunnen til ho ikkje lenger gjeld.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the restriction is lifted.</source>
        <translation>Kunde {id} er avgrensa (GDPR art. 18): kunden kan ikkje slåast saman før avgrensinga er oppheva.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation>Kunde {id} er avgrensa (GDPR art. 18): oppføringa kan berre lesast til avgrensinga blir oppheva.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation>Laginga av demodata vart avbroten.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation>KUNDEREG_SMTP_PORT må vere eit tal.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation>KUNDEREG_SMTP_SECURITY må vere starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>Moving the register failed: {table} has {there} rows on the server, {here} in the file. Nothing was kept on the server.</source>
        <translation>Flyttinga av registeret mislukkast: {table} har {there} rader på serveren, {here} i fila. Ingenting vart halde på serveren.</translation>
    </message>
    <message>
        <source>No PIN: set {env} or run in a terminal.</source>
        <translation>Ingen PIN: set {env} eller køyr i ein terminal.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {env} or run in a terminal.</source>
        <translation>Manglar passfrase for sikkerheitskopiar: set {env} eller køyr i ein terminal.</translation>
    </message>
    <message>
        <source>No column of {name} is mapped to a customer field.</source>
        <translation>Ingen kolonne i {name} er kopla til eit kundefelt.</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found (looked beside the register and the backup file). People erased since {taken_at} would come back. Put the backup folder&apos;s {ledger} beside the backup, or restore anyway with --without-ledger.</source>
        <translation>Fann inga sletteliste nyare enn denne tryggleikskopien (såg etter ved registeret og ved tryggleikskopifila). Personar som er sletta sidan {taken_at}, ville kome tilbake. Legg {ledger} frå tryggleikskopimappa ved sida av tryggleikskopien, eller gjenopprett likevel med --without-ledger.</translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation>Manglar passord: set {env} eller køyr i ein terminal.</translation>
    </message>
    <message>
        <source>No print spooler: install CUPS (the lp and lpstat commands).</source>
        <translation>Inga utskriftskø: installer CUPS (kommandoane lp og lpstat).</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Ingen tilsette heiter {name}.</translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation>Ingen gyldig kode ventar for denne kunden. Send ein ny.</translation>
    </message>
    <message>
        <source>Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.</source>
        <translation>Berre PostgreSQL-serverar kan delast: bruk postgresql://brukar@vert:5432/database.</translation>
    </message>
    <message>
        <source>Only a register in a SQLite file can be moved; this one is already on a server.</source>
        <translation>Berre eit register i ei SQLite-fil kan flyttast; dette ligg alt på ein server.</translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation>Berre disktilsette kan logge inn med PIN-kode; eigaren bruker passord.</translation>
    </message>
    <message>
        <source>Only the owner may add demo data.</source>
        <translation>Berre eigaren kan leggje inn demodata.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s settings.</source>
        <translation>Berre eigaren kan endre innstillingane til butikken.</translation>
    </message>
    <message>
        <source>Only the owner may erase customers.</source>
        <translation>Berre eigaren kan slette kundar.</translation>
    </message>
    <message>
        <source>Only the owner may export customer data.</source>
        <translation>Berre eigaren kan eksportere kundedata.</translation>
    </message>
    <message>
        <source>Only the owner may handle data-subject requests.</source>
        <translation>Berre eigaren kan handsame førespurnader frå dei registrerte.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Berre eigaren kan importere kundar.</translation>
    </message>
    <message>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Berre eigaren kan administrere brukarkontoar for tilsette.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Berre eigaren kan slå saman kundar.</translation>
    </message>
    <message>
        <source>Only the owner may produce documents about a person.</source>
        <translation>Berre eigaren kan lage dokument om ein person.</translation>
    </message>
    <message>
        <source>Only the owner may read the audit trail.</source>
        <translation>Berre eigaren kan lese revisjonsloggen.</translation>
    </message>
    <message>
        <source>Only the owner may take or restore backups.</source>
        <translation>Berre eigaren kan ta eller gjenopprette tryggingskopiar.</translation>
    </message>
    <message>
        <source>Open the register once with this version of kundereg before moving it.</source>
        <translation>Opna registeret éin gong med denne versjonen av kundereg før du flyttar det.</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Prislistevare</translation>
    </message>
    <message>
        <source>Printing from the command line needs CUPS; on Windows print from the app.</source>
        <translation>Utskrift frå kommandolinja krev CUPS; på Windows skriv du ut frå appen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Førespurnad</translation>
    </message>
    <message>
        <source>Request {reference} asks for a rectification: say what is to be corrected (kundereg request complete {reference} --set FIELD=VALUE).</source>
        <translation>Førespurnad {reference} ber om retting: oppgje kva som skal rettast (kundereg request complete {reference} --set FELT=VERDI).</translation>
    </message>
    <message>
        <source>Request {reference} asks for erasure: carry it out with Erase (&apos;kundereg erase&apos;), which completes it, or refuse it.</source>
        <translation>Førespurnad {reference} gjeld sletting: utfør han med Slett (&apos;kundereg erase&apos;), som avsluttar han, eller avslå han.</translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation>Førespurnad {reference} kan ikkje gå frå {old} til {new}.</translation>
    </message>
    <message>
        <source>Request {reference} has no customer any more: it was erased already.</source>
        <translation>Førespurnad {reference} har ikkje lenger nokon kunde: kunden er allereie sletta.</translation>
    </message>
    <message>
        <source>Request {reference} has no identity check on it.</source>
        <translation>Førespurnad {reference} har ingen registrert identitetskontroll.</translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation>Fristen for førespurnad {reference} er allereie overskriden; ei forlenging må avgjerast innan den første månaden.</translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation>Førespurnad {reference} er avslutta.</translation>
    </message>
    <message>
        <source>Request {reference} is not a rectification: it takes no values to set.</source>
        <translation>Førespurnad {reference} er ikkje ei retting: han tek ingen verdiar.</translation>
    </message>
    <message>
        <source>Request {reference} is not an erasure request.</source>
        <translation>Førespurnad {reference} er ikkje ein førespurnad om sletting.</translation>
    </message>
    <message>
        <source>Request {reference} is {status}; confirm the requester&apos;s identity on it first.</source>
        <translation>Førespurnad {reference} har status {status}; stadfest først identiteten til personen som sende han.</translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation>Førespurnad {ref} har ikkje lenger nokon kunde.</translation>
    </message>
    <message>
        <source>Request {ref} is not about customer {id}.</source>
        <translation>Førespurnad {ref} gjeld ikkje kunde {id}.</translation>
    </message>
    <message>
        <source>Restoring needs the owner&apos;s login.</source>
        <translation>Gjenoppretting krev at eigaren loggar inn.</translation>
    </message>
    <message>
        <source>Restoring needs the owner: --user NAME (or {env}).</source>
        <translation>Gjenoppretting krev eigaren: --user NAMN (eller {env}).</translation>
    </message>
    <message>
        <source>Restoring replaces the SQLite register; this register is not one.</source>
        <translation>Gjenoppretting erstattar SQLite-registeret; dette registeret er ikkje eit SQLite-register.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Gjenoppretting erstattar registeret: stadfest med --yes.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV (a quote that is never closed?).</source>
        <translation>Rad {row} kan ikkje lesast som CSV (eit hermeteikn som aldri vert lukka?).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters.</source>
        <translation>Rad {row} har ei celle som er lengre enn {limit} teikn.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Rad {row}, kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Rad {row}: {reason}</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --mobile or --email (see kundereg customer edit --help).</source>
        <translation>Oppgje kva som skal endrast, til dømes --mobile eller --email (sjå kundereg customer edit --help).</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation>Oppgi kven som handlar: --user NAMN (eller {env}).</translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation>Sending av kodar via {channel} er ikkje sett opp.</translation>
    </message>
    <message>
        <source>Service event</source>
        <translation>Servicesak</translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation>Servicesak {id} er allereie lukka.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>The CSV file needs a header line with at least the columns name and price (name;price;vat;unit;kind;due_days).</source>
        <translation>CSV-fila treng ei overskriftsline med minst kolonnane name og price (name;price;vat;unit;kind;due_days).</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>URL-en nemner ingen database: postgresql://brukar@vert:5432/DATABASE.</translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation>Appen vart låst medan identitetskontrollen gjekk; kontroller på nytt etter opplåsing.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server (entry {entry}: {reason}). Nothing was kept on the server.</source>
        <translation>Revisjonssporet stemmer ikkje på serveren (oppføring {entry}: {reason}). Ingenting vart halde på serveren.</translation>
    </message>
    <message>
        <source>The backup file names a key derivation this version does not accept.</source>
        <translation>Sikkerheitskopifila oppgir ei nøkkelavleiing som denne versjonen ikkje godtek.</translation>
    </message>
    <message>
        <source>The backup file {name} does not exist.</source>
        <translation>Sikkerheitskopifila {name} finst ikkje.</translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation>Koden kunne ikkje sendast på e-post ({kind}). Kontroller e-postinnstillingane eller stadfest identiteten på ein annan måte.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation>Koden er feil.</translation>
    </message>
    <message>
        <source>The connection is not a valid URL. Use postgresql://user@host:5432/database.</source>
        <translation>Tilkoplinga er ikkje ein gyldig URL. Bruk postgresql://brukar@vert:5432/database.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det noverande passordet er feil.</translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation>Kunden har allereie samtykt til dette føremålet.</translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation>Kunden har ikkje registrert {what} som ein kode kan sendast til.</translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation>Kunden har protestert mot marknadsføring; samtykke til marknadsføring kan ikkje registrerast.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation>Databaseadressa er ugyldig. Bruk ein SQLAlchemy-URL som sqlite:///sti/til/kundereg.sqlite3 eller postgresql+psycopg://vert/db.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation>Databasedrivaren for {backend} er ikkje installert ({kind}).</translation>
    </message>
    <message>
        <source>The database {db} on {where} belongs to another program (it has tables, but no kundereg register). Use an empty database.</source>
        <translation>Databasen {db} på {where} høyrer til eit anna program (han har tabellar, men ikkje noko kundereg-register). Bruk ein tom database.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Fila {name} kan ikkje opnast.</translation>
    </message>
    <message>
        <source>The file {name} changed since it was checked; check it again before importing.</source>
        <translation>Fila {name} er endra sidan ho vart sjekka; sjekk ho på nytt før import.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; start again.</source>
        <translation>Fila {name} vart endra under importen; byrj på nytt.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Fila {name} har inga overskriftsrad.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Fila {name} er ikkje ei Excel-arbeidsbok (.xlsx) som kan lesast.</translation>
    </message>
    <message>
        <source>The file {name} is not text in {encoding}.</source>
        <translation>Fila {name} er ikkje tekst i {encoding}.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import (at most 512 MB).</source>
        <translation>Fila {name} er for stor til å importerast (høgst 512 MB).</translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation>Mappa for --out finst ikkje: {folder}</translation>
    </message>
    <message>
        <source>The folder for --receipt does not exist: {folder}</source>
        <translation>Mappa for --receipt finst ikkje: {folder}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen vart avbroten; ingenting vart endra.</translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation>Den siste eigarkontoen kan ikkje deaktiverast.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Koplingsfila {name} kan ikkje lesast.</translation>
    </message>
    <message>
        <source>The mapping file {name} is not valid TOML.</source>
        <translation>Koplingsfila {name} er ikkje gyldig TOML.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting: {key}.</source>
        <translation>Koplinga har ei ukjend innstilling: {key}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s [columns] must be a table of header = target.</source>
        <translation>Koplinga sin [columns] må vere ein tabell med overskrift = mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column {header} has an unknown target.</source>
        <translation>Kolonnen {header} i koplinga har eit ukjent mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s consent_source must be counter, web, email, phone or letter.</source>
        <translation>Koplinga sin consent_source må vere counter, web, email, phone eller letter.</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be ; , | or a tab.</source>
        <translation>Koplinga sitt skiljeteikn må vere ; , | eller tabulator.</translation>
    </message>
    <message>
        <source>The mapping&apos;s source must be a short name such as superoffice or visma.</source>
        <translation>Koplinga sin source må vere eit kort namn som superoffice eller visma.</translation>
    </message>
    <message>
        <source>The mapping&apos;s {key} must be text.</source>
        <translation>Koplinga sin {key} må vere tekst.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name} (or the file is damaged).</source>
        <translation>Passfrasen opnar ikkje {name} (eller fila er skadd).</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Passfrasane stemmer ikkje overeins.</translation>
    </message>
    <message>
        <source>The print spooler did not answer.</source>
        <translation>Utskriftskøen svarte ikkje.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>Skrivaren {printer} tok ikkje imot jobben: {reason}</translation>
    </message>
    <message>
        <source>The purchase file {name} has no column for {what}.</source>
        <translation>Kjøpsfila {name} har inga kolonne for {what}.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; no backup was written.</source>
        <translation>Registeret stod ikkje integritetskontrollen; ingen sikkerheitskopi vart skriven.</translation>
    </message>
    <message>
        <source>The register file cannot be read ({kind}).</source>
        <translation>Registerfila kan ikkje lesast ({kind}).</translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation>Registeret har ingen butikk enno. Køyr «kundereg init» eller start appen for å setje det opp.</translation>
    </message>
    <message>
        <source>The register has no shop yet; set it up first.</source>
        <translation>Registeret har ingen butikk enno; set han opp først.</translation>
    </message>
    <message>
        <source>The register is busy: another kundereg is writing. Try again in a moment.</source>
        <translation>Registeret er oppteke: eit anna kundereg skriv til det. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadd: SQLite kan ikkje lese fila. Gjenopprett det frå ein tryggleikskopi (den nyaste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup.</source>
        <translation>Registeret er skadd: SQLite kan ikkje lese fila. Gjenopprett det frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadd: ei mappe har teke plassen til fila. Gjenopprett det frå ein tryggleikskopi (den nyaste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup.</source>
        <translation>Registeret er skadd: ei mappe har teke plassen til fila. Gjenopprett det frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadd: fila er tom. Gjenopprett det frå ein tryggleikskopi (den nyaste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup.</source>
        <translation>Registeret er skadd: fila er tom. Gjenopprett det frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadd: fila er ikkje ein SQLite-database. Gjenopprett det frå ein tryggleikskopi (den nyaste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup.</source>
        <translation>Registeret er skadd: fila er ikkje ein SQLite-database. Gjenopprett det frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The register is in use. Close kundereg on this PC and try again.</source>
        <translation>Registeret er i bruk. Lukk kundereg på denne PC-en og prøv igjen.</translation>
    </message>
    <message>
        <source>The register on {where} has schema {revision}, newer than this kundereg understands. Update kundereg on this PC first.</source>
        <translation>Registeret på {where} har skjema {revision}, nyare enn denne kundereg forstår. Oppdater kundereg på denne PC-en først.</translation>
    </message>
    <message>
        <source>The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or different). Enter them again in the notice settings.</source>
        <translation>Dei lagra påloggingsdataa for SMS og e-post kan ikkje dekrypterast (nøkkelfila {file} manglar eller er ei anna). Skriv dei inn på nytt i meldingsinnstillingane.</translation>
    </message>
    <message>
        <source>The server on {where} refused user {user}: wrong password, or no such user.</source>
        <translation>Serveren på {where} avviste brukaren {user}: feil passord, eller brukaren finst ikkje.</translation>
    </message>
    <message>
        <source>The server {where} does not answer. Is PostgreSQL running there, and is the port open to this PC?</source>
        <translation>Serveren {where} svarar ikkje. Køyrer PostgreSQL der, og er porten open for denne PC-en?</translation>
    </message>
    <message>
        <source>The shop profile does not market to existing customers (marketing basis f): the privacy notice would not tell them, so there is no such list.</source>
        <translation>Butikkprofilen marknadsfører ikkje mot eksisterande kundar (marknadsføringsgrunnlag f): personvernerklæringa ville ikkje fortelje dei det, så det finst inga slik liste.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has the tables {tables}). Move the register into a new, empty database.</source>
        <translation>Måldatabasen er ikkje tom (han har tabellane {tables}). Flytt registeret til ein ny, tom database.</translation>
    </message>
    <message>
        <source>The ticket names its customer: say how their identity was checked (--verified-by or --reason).</source>
        <translation>Hentelappen viser namnet til kunden: oppgi korleis identiteten vart kontrollert (--verified-by eller --reason).</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>Arbeidsboka har ikkje noko ark som heiter {sheet}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Arbeidsboka {name} har ingen ark.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}. Ask whoever runs the server to create it.</source>
        <translation>Det finst ingen database {db} på {where}. Be den som driv serveren, om å opprette han.</translation>
    </message>
    <message>
        <source>There is no printer by that name.</source>
        <translation>Det finst ingen skrivar med det namnet.</translation>
    </message>
    <message>
        <source>There is no printer called {printer} (lpstat -e lists them).</source>
        <translation>Det finst ingen skrivar som heiter {printer} (lpstat -e viser dei).</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of kundereg (schema {revision}); update kundereg first.</source>
        <translation>Denne sikkerheitskopien kjem frå ein nyare versjon av kundereg (skjema {revision}); oppdater kundereg først.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Dette samtykket er allereie trekt tilbake.</translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation>Dette registeret er allereie sett opp; «init» gjer ingenting andre gongen.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation>Lapp {number} kan ikkje gå frå {old} til {new}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not in progress; a delay notice is for work not yet ready.</source>
        <translation>Bestilling {number} er ikkje under arbeid; eit forseinkingsvarsel gjeld arbeid som ikkje er ferdig.</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange feil svar for denne kunden. Kontroller legitimasjon med bilete eller send ein kode i staden.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>For mange feil forsøk. Prøv igjen om {seconds} sekund.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Ukjend brukar eller feil passord.</translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation>Oppdateringa av registeret frå skjema {current} til {head} mislukkast ({kind}). Registeret er gjenoppretta frå kopien som vart teken før oppdateringa: {copy}.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation>Stadfest først identiteten til personen (legitimasjon med bilete, kunnskapskontroll eller kode); ein tenestleg grunn stadfestar ikkje kven som sende førespurnaden.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation>Stadfest identiteten til personen eller oppgi ein tenestleg grunn før kunde {id} blir vist.</translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation>Det personen oppgav, stemmer ikkje med registeret.</translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation>Du må logge inn først.</translation>
    </message>
    <message>
        <source>at most {n} entries.</source>
        <translation>høgst {n} oppføringar.</translation>
    </message>
    <message>
        <source>at most {n} purposes.</source>
        <translation>høgst {n} føremål.</translation>
    </message>
    <message>
        <source>belongs to customer {id}, who is restricted (GDPR Art. 18).</source>
        <translation>høyrer til kunde {id}, som er avgrensa (GDPR art. 18).</translation>
    </message>
    <message>
        <source>cannot be added: the price list is full ({n} items).</source>
        <translation>kan ikkje leggjast til: prislista er full ({n} varer).</translation>
    </message>
    <message>
        <source>cannot be before the register was set up ({day}).</source>
        <translation>kan ikkje vere før registeret vart oppretta ({day}).</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>kan ikkje vere fram i tid.</translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation>inneheld kontrollteikn eller linjeskift som ikkje er tillatne.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>inneheld kontrollteikn.</translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation>høyrer ikkje til denne kunden.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <source>entry {n}: the country must be a two-letter code such as NO.</source>
        <translation>oppføring {n}: landet må vere ein kode på to bokstavar, t.d. NO.</translation>
    </message>
    <message>
        <source>entry {n}: the name is too long or has line breaks.</source>
        <translation>oppføring {n}: namnet er for langt eller har linjeskift.</translation>
    </message>
    <message>
        <source>entry {n}: the name of the organisation is needed (a kind of recipient without a name belongs in a purpose&apos;s recipients).</source>
        <translation>oppføring {n}: namnet på verksemda trengst (ein type mottakar utan namn høyrer heime blant mottakarane til eit føremål).</translation>
    </message>
    <message>
        <source>entry {n}: the role must be one of {codes}.</source>
        <translation>oppføring {n}: rolla må vere ei av {codes}.</translation>
    </message>
    <message>
        <source>gives a consent date in the future.</source>
        <translation>oppgjev ein samtykkedato fram i tid.</translation>
    </message>
    <message>
        <source>has an unmatched brace; write {{ and }} for a brace.</source>
        <translation>har ei klamme utan make; skriv {{ og }} for ei klamme.</translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation>har for mange linjer (høgst {n}).</translation>
    </message>
    <message>
        <source>is a date in the future.</source>
        <translation>er ein dato fram i tid.</translation>
    </message>
    <message>
        <source>is already on the price list.</source>
        <translation>står allereie på prislista.</translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation>er allereie i bruk.</translation>
    </message>
    <message>
        <source>is needed: letters and receipts are signed with the full name.</source>
        <translation>må fyllast ut: brev og kvitteringar blir signerte med fullt namn.</translation>
    </message>
    <message>
        <source>is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>må fyllast ut: personvernerklæringa og protokollen over behandlingsaktivitetar må seie korleis ein kan kontakte butikken.</translation>
    </message>
    <message>
        <source>is not a customer field.</source>
        <translation>er ikkje eit kundefelt.</translation>
    </message>
    <message>
        <source>is not a date (use 2024-05-31 or 31.05.2024).</source>
        <translation>er ikkje ein dato (bruk 2024-05-31 eller 31.05.2024).</translation>
    </message>
    <message>
        <source>is not a known purpose. Known purposes: {keys}.</source>
        <translation>er ikkje eit kjent føremål. Kjende føremål: {keys}.</translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation>er ikkje ein kjend status.</translation>
    </message>
    <message>
        <source>is not a phone number.</source>
        <translation>er ikkje eit telefonnummer.</translation>
    </message>
    <message>
        <source>is not a postal code.</source>
        <translation>er ikkje eit postnummer.</translation>
    </message>
    <message>
        <source>is not a request type.</source>
        <translation>er ikkje ein type førespurnad.</translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation>er ikkje ei gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation>er ikkje eit gyldig organisasjonsnummer for {country}.</translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation>er ikkje eit gyldig telefonnummer for landet sitt.</translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation>er ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation>er ikkje eit organisasjonsnummer.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>er utanfor tillate område.</translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation>må fyllast ut (eller eit førenamn eller eit firmanamn).</translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation>må fyllast ut når bestillinga ikkje har linjer.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>må fyllast ut.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>er for lang (høgst {limit} teikn).</translation>
    </message>
    <message>
        <source>is too long for a customer number.</source>
        <translation>er for langt for eit kundenummer.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>er for lang.</translation>
    </message>
    <message>
        <source>kundereg backs up its own SQLite register. Back up a PostgreSQL register on the server (pg_dump).</source>
        <translation>kundereg tek sikkerheitskopi av sitt eige SQLite-register. Ta sikkerheitskopi av eit PostgreSQL-register på tenaren (pg_dump).</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; it was not run. Type the value itself.</source>
        <translation>ser ut som ein rekneark-formel; han vart ikkje køyrd. Skriv inn sjølve verdien.</translation>
    </message>
    <message>
        <source>marketing is switched on: add the marketing purpose it is for.</source>
        <translation>marknadsføring er slått på: legg til marknadsføringsføremålet ho gjeld.</translation>
    </message>
    <message>
        <source>marketing to existing customers is switched on: add its purpose.</source>
        <translation>marknadsføring mot eksisterande kundar er slått på: legg til føremålet for det.</translation>
    </message>
    <message>
        <source>matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.</source>
        <translation>samsvarar med kunde {id}, som er avgrensa (GDPR art. 18); posten kan ikkje endrast.</translation>
    </message>
    <message>
        <source>matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.</source>
        <translation>samsvarar med to kundar ({a} og {b}); slå dei saman først (Finn duplikat), og importer så på nytt.</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>kan ikkje vere negativ.</translation>
    </message>
    <message>
        <source>may not contain links: notices are service messages, not marketing.</source>
        <translation>kan ikkje innehalde lenkjer: varsel er servicemeldingar, ikkje marknadsføring.</translation>
    </message>
    <message>
        <source>may not use {{{name}}}: notices are service messages, not marketing.</source>
        <translation>kan ikkje bruke {{{name}}}: varsel er servicemeldingar, ikkje marknadsføring.</translation>
    </message>
    <message>
        <source>may only use {allowed}.</source>
        <translation>kan berre bruke {allowed}.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilnummer</translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>må vere 1 til 64 små bokstavar, siffer, «.», «_» eller «-».</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation>må vere 4 til 8 siffer.</translation>
    </message>
    <message>
        <source>must be a date like 2026-01-31.</source>
        <translation>må vere ein dato som 2026-01-31.</translation>
    </message>
    <message>
        <source>must be a percentage such as 25.</source>
        <translation>må vere ein prosentsats, til dømes 25.</translation>
    </message>
    <message>
        <source>must be a port number.</source>
        <translation>må vere eit portnummer.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation>må vere ein ISO-valutakode på tre bokstavar, som NOK eller SEK.</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation>må vere ein landkode på to bokstavar, som NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 365.</source>
        <translation>må vere eit heiltal frå 0 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {n}.</source>
        <translation>må vere eit heiltal frå 0 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation>må vere eit heiltal frå 1 til 10000.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365.</source>
        <translation>må vere eit heiltal frå 1 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}.</source>
        <translation>må vere eit heiltal frå 1 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>må vere eit heiltal frå {low} til {high}.</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation>må vere eit heilt tal øre/cent.</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation>må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation>må gjelde mobil, e-post eller lapp.</translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation>må vere eit beløp som 249,50.</translation>
    </message>
    <message>
        <source>must be at least {n} characters long.</source>
        <translation>må vere minst {n} teikn lang.</translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation>må vere minst {n} teikn.</translation>
    </message>
    <message>
        <source>must be auto, sms, email or none.</source>
        <translation>må vere auto, sms, email eller none.</translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation>må vere disk, e-post, brev eller telefon.</translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation>må vere disk, nett, e-post, telefon eller brev.</translation>
    </message>
    <message>
        <source>must be none, consent (a) or legitimate interests (f).</source>
        <translation>må vere ingen, samtykke (a) eller berettiga interesse (f).</translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation>må vere ein av NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation>må vere ein av {codes}.</translation>
    </message>
    <message>
        <source>must be one of {rates} %.</source>
        <translation>må vere ein av {rates} %.</translation>
    </message>
    <message>
        <source>must be one of {units}.</source>
        <translation>må vere ein av {units}.</translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation>må vere ein av: {codes}.</translation>
    </message>
    <message>
        <source>must be one of: {fields}.</source>
        <translation>må vere eitt av: {fields}.</translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation>må vere ein av: {types}.</translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation>må vere eigar eller disk.</translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation>må vere løyst eller avvist.</translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation>må vere retur, reklamasjon eller reparasjon.</translation>
    </message>
    <message>
        <source>must be service or goods.</source>
        <translation>må vere teneste eller vare.</translation>
    </message>
    <message>
        <source>must be starttls, ssl or none.</source>
        <translation>må vere starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>must be up to 11 letters and digits, or a phone number.</source>
        <translation>må vere høgst 11 bokstavar og siffer, eller eit telefonnummer.</translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation>må vere {shape} i {country}.</translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation>må ha ei tidssone.</translation>
    </message>
    <message>
        <source>must contain {{ticket}}.</source>
        <translation>må innehalde {{ticket}}.</translation>
    </message>
    <message>
        <source>must name at least one source (usually the customer).</source>
        <translation>må oppgi minst éi kjelde (vanlegvis kunden).</translation>
    </message>
    <message>
        <source>must say yes or no, or give the date the consent was given.</source>
        <translation>må seie ja eller nei, eller oppgje datoen samtykket vart gitt.</translation>
    </message>
    <message>
        <source>must start with https://.</source>
        <translation>må byrje med https://.</translation>
    </message>
    <message>
        <source>name at least one purpose.</source>
        <translation>oppgi minst eitt føremål.</translation>
    </message>
    <message>
        <source>names a consent purpose that is too long.</source>
        <translation>oppgjev eit samtykkeføremål som er for langt.</translation>
    </message>
    <message>
        <source>names a customer number that is not in the customer file.</source>
        <translation>oppgjev eit kundenummer som ikkje finst i kundefila.</translation>
    </message>
    <message>
        <source>names an unknown credential.</source>
        <translation>nemner ukjende påloggingsdata.</translation>
    </message>
    <message>
        <source>names an unknown kind of notice.</source>
        <translation>nemner ein ukjend type varsel.</translation>
    </message>
    <message>
        <source>names no customer number.</source>
        <translation>oppgjev ikkje noko kundenummer.</translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation>nemner ukjende felt: {names}.</translation>
    </message>
    <message>
        <source>names unknown sources: {names}.</source>
        <translation>oppgir ukjende kjelder: {names}.</translation>
    </message>
    <message>
        <source>number {n} has no price such as 79,00 after its last colon.</source>
        <translation>nummer {n} har ingen pris som 79,00 etter siste kolon.</translation>
    </message>
    <message>
        <source>number {n} is not written as TEXT:QUANTITY:PRICE (for example &quot;Shirt:2:79,00&quot;).</source>
        <translation>nummer {n} er ikkje skrive som TEKST:TAL:PRIS (til dømes &quot;Skjorte:2:79,00&quot;).</translation>
    </message>
    <message>
        <source>or a phone number is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>eller eit telefonnummer må fyllast ut: personvernerklæringa og protokollen over behandlingsaktivitetar må seie korleis ein kan kontakte butikken.</translation>
    </message>
    <message>
        <source>purpose {n} is listed twice.</source>
        <translation>føremål {n} er ført opp to gonger.</translation>
    </message>
    <message>
        <source>purpose {n} is marketing, but the profile says the shop does no marketing.</source>
        <translation>føremål {n} er marknadsføring, men ifølgje profilen driv ikkje butikken marknadsføring.</translation>
    </message>
    <message>
        <source>purpose {n} is not a known kind of purpose.</source>
        <translation>føremål {n} er ikkje ein kjend type føremål.</translation>
    </message>
    <message>
        <source>purpose {n} must name the data it uses.</source>
        <translation>føremål {n} må oppgi kva opplysningar det brukar.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown kind of data.</source>
        <translation>føremål {n} oppgir ein ukjend type opplysningar.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown recipient role.</source>
        <translation>føremål {n} oppgir ei ukjend mottakarrolle.</translation>
    </message>
    <message>
        <source>purpose {n} needs a title.</source>
        <translation>føremål {n} må ha ein tittel.</translation>
    </message>
    <message>
        <source>purpose {n} uses {category} data, but those customer fields are switched off.</source>
        <translation>føremål {n} brukar opplysningar av typen {category}, men dei kundefelta er slått av.</translation>
    </message>
    <message>
        <source>purpose {n}: marketing must rest on the basis chosen for marketing ({basis}).</source>
        <translation>føremål {n}: marknadsføring må byggje på grunnlaget som er valt for marknadsføring ({basis}).</translation>
    </message>
    <message>
        <source>purpose {n}: the legal basis must be a letter from a to f (GDPR Art. 6(1)).</source>
        <translation>føremål {n}: det rettslege grunnlaget må vere ein bokstav frå a til f (GDPR art. 6 nr. 1).</translation>
    </message>
    <message>
        <source>purpose {n}: the retention must be 1 to 50 years.</source>
        <translation>føremål {n}: oppbevaringstida må vere 1 til 50 år.</translation>
    </message>
    <message>
        <source>purpose {n}: unknown retention rule.</source>
        <translation>føremål {n}: ukjend regel for oppbevaringstid.</translation>
    </message>
    <message>
        <source>states a consent without the date it was given; add a consent date column.</source>
        <translation>oppgjev eit samtykke utan datoen det vart gitt; legg til ein kolonne med samtykkedato.</translation>
    </message>
    <message>
        <source>write --set as FIELD=VALUE, for example --set email=kari@example.no.</source>
        <translation>skriv --set som FELT=VERDI, til dømes --set email=kari@example.no.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>{name} does not decrypt to the register it was taken from.</source>
        <translation>{name} blir ikkje dekryptert til det registeret kopien vart teken av.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} er ei mappe, ikkje ei tryggleikskopifil.</translation>
    </message>
    <message>
        <source>{name} is cut short: the last part is missing.</source>
        <translation>{name} er avkorta: den siste delen manglar.</translation>
    </message>
    <message>
        <source>{name} is damaged at part {index}.</source>
        <translation>{name} er skadd i del {index}.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read.</source>
        <translation>{name} er skadd: filhovudet kan ikkje lesast.</translation>
    </message>
    <message>
        <source>{name} is not a kundereg backup.</source>
        <translation>{name} er ikkje ein sikkerheitskopi frå kundereg.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of kundereg.</source>
        <translation>{name} vart skriven av ein nyare versjon av kundereg.</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation>{what} {ident} finst ikkje.</translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>{what} {ident} er endra av nokon andre etter at du opna han. Hent på nytt for å sjå endringane deira; dine vart ikkje lagra.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password or PIN</source>
        <translation>Passord eller PIN-kode</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problem med innlogginga</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Vel namnet ditt og skriv passordet eller PIN-koden.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Brukar</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Passord eller PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>Log in to {shop}</source>
        <translation>Logg inn hos {shop}</translation>
    </message>
    <message>
        <source>There is no active staff account.</source>
        <translation>Det finst ingen aktiv tilsettkonto.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Skriv passordet eller PIN-koden.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Byt brukar …</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Byt brukar</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logg ut og la ein annan logge inn</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>The register is locked. {name} ({user}) can unlock it with their password or PIN; anyone else logs in with “Switch user”.</source>
        <translation>Registeret er låst. {name} ({user}) kan låse det opp med passordet eller PIN-koden sin; alle andre loggar inn med «Byt brukar».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Finn kunde</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Gå til søkjefeltet</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation>Legg til ein kunde med utgangspunkt i det som står i søkjefeltet</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Lagre kunden</translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation>Lagre den opne kunden</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tilbake til søket</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Tilbake til søkjeresultata</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Ny or&amp;dre…</translation>
    </message>
    <message>
        <source>Record a new order for the open customer</source>
        <translation>Registrer ein ny ordre for kunden som er open</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til henting</translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation>Lappar som er klare og ventar på å bli henta</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation>Hent visinga på nytt</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Lå&amp;s</translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation>Lås registeret; passordet eller PIN-koden din opnar det igjen</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Byt brukar …</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logg ut og la ein annan logge inn</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Lag &amp;demodata …</translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation>Fyll eit prøveregister med oppdikta kundar og kjøp</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisjonslogg …</translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation>Kven som såg og endra kva, og om loggen er intakt</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Tilsette …</translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation>Tilsettkontoar, roller, passord og PIN-kodar</translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation>&amp;Førespurnader …</translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation>Førespurnader frå registrerte og fristane deira</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Ta sikkerheitskopi no …</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the register</source>
        <translation>Skriv ein kryptert, kontrollert sikkerheitskopi av registeret</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett frå sikkerheitskopi …</translation>
    </message>
    <message>
        <source>Replace the register with a backup; people erased since are erased again</source>
        <translation>Erstatt registeret med ein sikkerheitskopi; personar som er sletta sidan, blir sletta på nytt</translation>
    </message>
    <message>
        <source>Shop &amp;profile and settings…</source>
        <translation>Butikk&amp;profil og innstillingar …</translation>
    </message>
    <message>
        <source>What the shop keeps and why, retention, and the privacy notice</source>
        <translation>Kva butikken lagrar og kvifor, oppbevaringstid og personvernerklæringa</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer kundar …</translation>
    </message>
    <message>
        <source>Bring in a customer list exported from another system or a spreadsheet</source>
        <translation>Ta inn ei kundeliste eksportert frå eit anna system eller eit rekneark</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Finn d&amp;uplikat …</translation>
    </message>
    <message>
        <source>Customers registered twice, to merge into one</source>
        <translation>Kundar som er registrerte to gonger, for å slå dei saman til éin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>&amp;About kundereg</source>
        <translation>&amp;Om kundereg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrasjon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>kundereg will use {language} from the next start.</source>
        <translation>kundereg bruker {language} frå neste oppstart.</translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation>Om kundereg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Sjekk kolonnane</translation>
    </message>
    <message>
        <source>Each column of the file and what it holds; change what was guessed wrong, or choose “Not imported”.</source>
        <translation>Kvar kolonne i fila og kva ho inneheld; endra det som vart gissa feil, eller vel «Vert ikkje importert».</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Dei første radene i fila</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Vert ikkje importert</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Vel minst éin kolonne som skal importerast.</translation>
    </message>
</context>
<context>
    <name>NoticeChannel</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>Pickup notice</source>
        <translation>Hentevarsel</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Forseinkingsvarsel</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmelding</translation>
    </message>
</context>
<context>
    <name>NoticeReason</name>
    <message>
        <source>The customer does not want notices.</source>
        <translation>Kunden vil ikkje ha varsel.</translation>
    </message>
    <message>
        <source>The customer has neither a mobile number nor an email address.</source>
        <translation>Kunden har korkje mobilnummer eller e-postadresse.</translation>
    </message>
    <message>
        <source>The shop has no SMS provider and the customer has no email address.</source>
        <translation>Butikken har ingen SMS-leverandør, og kunden har inga e-postadresse.</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Kunden har ikkje mobilnummer.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Kunden har ikkje e-postadresse.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail server is not set up.</source>
        <translation>E-posttenaren til butikken er ikkje sett opp.</translation>
    </message>
    <message>
        <source>The SMS provider is not set up.</source>
        <translation>SMS-leverandøren er ikkje sett opp.</translation>
    </message>
    <message>
        <source>The customer was erased or the ticket removed.</source>
        <translation>Kunden er sletta eller bestillinga fjerna.</translation>
    </message>
    <message>
        <source>The provider refused the message.</source>
        <translation>Leverandøren avviste meldinga.</translation>
    </message>
    <message>
        <source>The provider refused the credentials.</source>
        <translation>Leverandøren avviste påloggingsdataa.</translation>
    </message>
    <message>
        <source>The provider refused the number.</source>
        <translation>Leverandøren avviste nummeret.</translation>
    </message>
    <message>
        <source>The provider asked to slow down.</source>
        <translation>Leverandøren bad om å sende saktare.</translation>
    </message>
    <message>
        <source>The provider had an error.</source>
        <translation>Leverandøren hadde ein feil.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Leverandøren svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Leverandøren kunne ikkje nåast.</translation>
    </message>
    <message>
        <source>The ticket was collected before the notice went out.</source>
        <translation>Bestillinga vart henta før varselet gjekk ut.</translation>
    </message>
</context>
<context>
    <name>NoticeSettings</name>
    <message>
        <source>Ready for collection</source>
        <translation>Klar til henting</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Forseinking</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmelding</translation>
    </message>
    <message>
        <source>No SMS (email only)</source>
        <translation>Ingen SMS (berre e-post)</translation>
    </message>
    <message>
        <source>Infobip SMS API</source>
        <translation>Infobip SMS API</translation>
    </message>
    <message>
        <source>Email-to-SMS gateway</source>
        <translation>E-post-til-SMS-teneste</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>Pickup notices</source>
        <translation>Hentevarsel</translation>
    </message>
    <message>
        <source>Send notices when a ticket is ready</source>
        <translation>Send varsel når ei bestilling er klar</translation>
    </message>
    <message>
        <source>saved, leave empty to keep</source>
        <translation>lagra, la stå tomt for å behalde</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>ingen påminningar</translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation>SMS-leverandør</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adresse</translation>
    </message>
    <message>
        <source>Infobip API key</source>
        <translation>Infobip API-nøkkel</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-avsendarnamn</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-post-til-SMS-domene</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-posttenar</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Tryggleik</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>E-postbrukar</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-postpassord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsendaradresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opningstider</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Minn på etter (dagar)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminningar høgst</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meldingstekst</translation>
    </message>
    <message>
        <source>Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. No offers, links or names.</source>
        <translation>Berre servicemeldingar: {shop}, {ticket}, {hours} og, ved forseinking, {days}. Ingen tilbod, lenkjer eller namn.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekstar</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Testmelding til</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Send ei testmelding</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the notice settings</source>
        <translation>Lagre meldingsinnstillingane</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Testmeldinga vart send.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}</source>
        <translation>Testmeldinga vart ikkje send: {reason}</translation>
    </message>
    <message>
        <source>The test message is waiting to be retried.</source>
        <translation>Testmeldinga ventar på eit nytt forsøk.</translation>
    </message>
</context>
<context>
    <name>NoticeState</name>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>blir send</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>send</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikkje send</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Ny bestilling</translation>
    </message>
    <message>
        <source>What the order is about (optional with item lines)</source>
        <translation>Kva bestillinga gjeld (valfritt med varelinjer)</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Skildring av bestillinga</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Feil i skildringa</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Vare</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Tal</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Einingspris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Item line error</source>
        <translation>Feil i varelinje</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Legg til &amp;linje</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>Add an item line (Alt+L)</source>
        <translation>Legg til ei varelinje (Alt+L)</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Sum for bestillinga</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>summen av linjene</translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation>Fast sum</translation>
    </message>
    <message>
        <source>Leave empty to charge the sum of the lines.</source>
        <translation>La stå tomt for å ta betalt summen av linjene.</translation>
    </message>
    <message>
        <source>Fixed &amp;total:</source>
        <translation>Fast s&amp;um:</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Feil i summen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Ingen frist</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>&amp;Record order</source>
        <translation>&amp;Registrer bestillinga</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Registrer bestillinga</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Sum: {amount}</translation>
    </message>
    <message>
        <source>Line {n}: </source>
        <translation>Linje {n}: </translation>
    </message>
    <message>
        <source>Enter a description or at least one item line.</source>
        <translation>Skriv ei skildring eller minst éi varelinje.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Passfrase for sikkerheitskopiar</translation>
    </message>
    <message>
        <source>Backups are encrypted with this passphrase. Without it no backup can be restored: keep it somewhere safe, away from this PC.</source>
        <translation>Sikkerheitskopiane blir krypterte med denne passfrasen. Utan han kan ingen sikkerheitskopi gjenopprettast: oppbevar han på ein trygg stad, ikkje på denne PC-en.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>Skriv inn passfrasen sikkerheitskopien vart kryptert med.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this PC, for the daily backup when closing</source>
        <translation>&amp;Hugs på denne PC-en, for den daglege sikkerheitskopien ved lukking</translation>
    </message>
    <message>
        <source>Anyone who can log in to this user account on this PC can then read the passphrase.</source>
        <translation>Då kan alle som kan logge inn på denne brukarkontoen på denne PC-en, lese passfrasen.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem med passfrasen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Hald &amp;fram</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Bruk denne passfrasen</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Passfrasen må vere minst {n} teikn lang.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Dei to passfrasane er ulike.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Tilbakestill passord</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Tilbakestill passord</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. A reset also ends a wait after too many wrong attempts.</source>
        <translation>Gi {name} det nye passordet personleg. Ei tilbakestilling avsluttar òg ventetida etter for mange feil forsøk.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} teikn</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt passord</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>G&amp;jenta passord:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dei to passorda er ikkje like.</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>Print {title}</source>
        <translation>Skriv ut {title}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Sending {title} to the printer…</source>
        <translation>Sender {title} til skrivaren …</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Førehandsvising av {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Gjer klar sidene …</translation>
    </message>
</context>
<context>
    <name>PhotoIdType</name>
    <message>
        <source>Passport</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Nasjonalt ID-kort</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Førarkort</translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation>Bankkort med bilete</translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation>Anna legitimasjon med bilete</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Klar sidan</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <source>Ready since {when}</source>
        <translation>Klar sidan {when}</translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>Ready for pickup</source>
        <translation>Klar til henting</translation>
    </message>
    <message>
        <source>Tickets ready for pickup</source>
        <translation>Lappar klare til henting</translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation>Lappnummer, namn eller mobil</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Finn lapp</translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation>Pil ned går til lista; Enter opnar kunden.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation>Talet på klare lappar</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til henting</translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation>Status for hentelista</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Henta</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merk som henta</translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation>&amp;Kopier mobilnummer</translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation>Kopier mobilnummer</translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation>Kopier mobilnummera til dei valde lappane, eller til alle lappane i lista, for å lime dei inn i SMS-tenesta di</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Opne kunden</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Opne kunden</translation>
    </message>
    <message>
        <source>Hand the selected tickets over to the customer (Enter)</source>
        <translation>Lever dei valde lappane til kunden (Enter)</translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket</source>
        <translation>Vis kunden til den valde lappen</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Hent lista på nytt (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <source>Could not load the list: {reason}</source>
        <translation>Kunne ikkje hente lista: {reason}</translation>
    </message>
    <message>
        <source>No tickets are waiting for pickup.</source>
        <translation>Ingen lappar ventar på henting.</translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation>1 lapp klar til henting</translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation>{n} lappar klare til henting</translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation>({n} viste)</translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation>1 mobilnummer kopiert.</translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation>{n} mobilnummer kopierte.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Utlevering</translation>
    </message>
    <message>
        <source>Hand over ticket {numbers} to the customer now?</source>
        <translation>Levere lapp {numbers} til kunden no?</translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation>1 lapp merkt som henta.</translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation>{n} lappar merkte som henta.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Endra ein annan stad</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Lista er henta på nytt.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Set PIN-kode</translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation>{name} kan då logge inn med denne PIN-koden i staden for passordet.</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 siffer</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>G&amp;jenta PIN-kode:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Gjenta PIN-kode</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Dei to PIN-kodane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Service</source>
        <translation>Teneste</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Dry cleaner</source>
        <translation>Reinseri</translation>
    </message>
    <message>
        <source>Building supplier</source>
        <translation>Byggjevareleverandør</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>Prisliste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfall etter (dagar)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Lagre vare</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny vare</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Slett vare</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Add preset items</source>
        <translation>Legg til førehandsvalde varer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Importer prisliste</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be imported; the first: line {line}: {problem}</source>
        <translation>
            <numerusform>%n line kunne ikkje importerast; den første: line {line}: {problem}</numerusform>
            <numerusform>%n liner kunne ikkje importerast; den første: line {line}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export price list</source>
        <translation>Eksporter prisliste</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>ticket {number}</source>
        <translation>hentelapp {number}</translation>
    </message>
    <message>
        <source>tags of ticket {number}</source>
        <translation>merkelappar til hentelapp {number}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shop profile and settings</source>
        <translation>Butikkprofil og innstillingar</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Butikk</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>&amp;Kundefelt</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Føremål</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Mottakarar</translation>
    </message>
    <message>
        <source>Re&amp;tention and backups</source>
        <translation>&amp;Oppbevaring og sikkerheitskopiar</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Språket i dokumenta</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice…</source>
        <translation>Lagre &amp;personvernerklæring …</translation>
    </message>
    <message>
        <source>Save record of processing…</source>
        <translation>Lagre protokoll over behandlingsaktivitetar …</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokument på</translation>
    </message>
    <message>
        <source>No profile saved yet: the documents use the built-in defaults until you save.</source>
        <translation>Ingen profil er lagra enno: dokumenta brukar dei innebygde standardverdiane til du lagrar.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Nettside (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Rekneark (*.csv)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriv …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Lagra: {path}</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Norway</source>
        <translation>Noreg</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Managing the customer relationship</source>
        <translation>Administrasjon av kundeforholdet</translation>
    </message>
    <message>
        <source>Orders and delivery</source>
        <translation>Bestilling og levering</translation>
    </message>
    <message>
        <source>Service orders and collection</source>
        <translation>Oppdrag og henting</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Customer service, complaints and returns</source>
        <translation>Kundeservice, reklamasjonar og returar</translation>
    </message>
    <message>
        <source>Bookkeeping and other legal obligations</source>
        <translation>Bokføring og andre rettslege plikter</translation>
    </message>
    <message>
        <source>Newsletters and marketing with consent</source>
        <translation>Nyheitsbrev og marknadsføring med samtykke</translation>
    </message>
    <message>
        <source>Marketing to existing customers</source>
        <translation>Marknadsføring mot eksisterande kundar</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims</source>
        <translation>Fastsetje, gjere gjeldande eller forsvare rettskrav</translation>
    </message>
    <message>
        <source>Handling privacy requests</source>
        <translation>Behandling av førespurnader om personvern</translation>
    </message>
    <message>
        <source>Other (own title)</source>
        <translation>Anna (eigen tittel)</translation>
    </message>
    <message>
        <source>(a) consent</source>
        <translation>(a) samtykke</translation>
    </message>
    <message>
        <source>(b) contract with the customer</source>
        <translation>(b) avtale med kunden</translation>
    </message>
    <message>
        <source>(c) legal obligation</source>
        <translation>(c) rettsleg plikt</translation>
    </message>
    <message>
        <source>(d) vital interests</source>
        <translation>(d) vitale interesser</translation>
    </message>
    <message>
        <source>(e) public interest</source>
        <translation>(e) ålmenta si interesse</translation>
    </message>
    <message>
        <source>(f) legitimate interests</source>
        <translation>(f) berettiga interesse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Mobile and email</source>
        <translation>Mobil og e-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Firmaopplysningar</translation>
    </message>
    <message>
        <source>Purchases and orders</source>
        <translation>Kjøp og bestillingar</translation>
    </message>
    <message>
        <source>Complaints, returns and repairs</source>
        <translation>Reklamasjonar, returar og reparasjonar</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondanse</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Privacy requests</source>
        <translation>Førespurnader om personvern</translation>
    </message>
    <message>
        <source>While the customer relationship lasts</source>
        <translation>Så lenge kundeforholdet varer</translation>
    </message>
    <message>
        <source>As long as bookkeeping law requires</source>
        <translation>Så lenge bokføringslova krev</translation>
    </message>
    <message>
        <source>Until consent is withdrawn</source>
        <translation>Til samtykket blir trekt tilbake</translation>
    </message>
    <message>
        <source>Until claims are time-barred</source>
        <translation>Til krav er forelda</translation>
    </message>
    <message>
        <source>As long as needed to document the handling</source>
        <translation>Så lenge det trengst for å dokumentere behandlinga</translation>
    </message>
    <message>
        <source>A fixed number of years</source>
        <translation>Eit fast tal år</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Rekneskap</translation>
    </message>
    <message>
        <source>CRM system</source>
        <translation>Kundesystem (CRM)</translation>
    </message>
    <message>
        <source>ERP system</source>
        <translation>Forretningssystem (ERP)</translation>
    </message>
    <message>
        <source>Delivery / carrier</source>
        <translation>Levering / transportør</translation>
    </message>
    <message>
        <source>Website hosting</source>
        <translation>Drift av nettstad</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betalingsteneste</translation>
    </message>
    <message>
        <source>Email and newsletter service</source>
        <translation>E-post- og nyheitsbrevteneste</translation>
    </message>
    <message>
        <source>Text message (SMS) service</source>
        <translation>SMS-teneste</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-støtte</translation>
    </message>
    <message>
        <source>Manufacturer or supplier</source>
        <translation>Produsent eller leverandør</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <translation>Offentlege styresmakter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The company the customer buys for</source>
        <translation>Firmaet kunden handlar for</translation>
    </message>
    <message>
        <source>Our website (contact form, customer account)</source>
        <translation>Nettstaden vår (kontaktskjema, kundekonto)</translation>
    </message>
    <message>
        <source>Public business registers</source>
        <translation>Offentlege føretaksregister</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Inga marknadsføring</translation>
    </message>
    <message>
        <source>Only with the customer&apos;s consent (a)</source>
        <translation>Berre med samtykke frå kunden (a)</translation>
    </message>
    <message>
        <source>To existing customers with a purchase under the marketing act, to others with consent (f)</source>
        <translation>Til eksisterande kundar med eit kjøp etter marknadsføringslova, til andre med samtykke (f)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>As on receipts, e.g. Gjøvik Rens AS</source>
        <translation>Som på kvitteringar, t.d. Gjøvik Rens AS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where customers write about their data</source>
        <translation>Dit kundane skriv om opplysningane sine</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Språket i appen</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Språket i dokumenta</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Butikk&amp;namn</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>O&amp;rganisasjonsnummer</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Gateadresse</translation>
    </message>
    <message>
        <source>Postal code and &amp;town</source>
        <translation>Postnummer og post&amp;stad</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>App &amp;language</source>
        <translation>&amp;Appspråk</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>&amp;Dokumentspråk</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Customer fields besides name, mobile, email and notes</source>
        <translation>Kundefelt i tillegg til namn, mobil, e-post og notat</translation>
    </message>
    <message>
        <source>Treat a sole trader&apos;s organisation number as personal data</source>
        <translation>Behandle organisasjonsnummeret til eit enkeltpersonføretak som personopplysning</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Kvar opplysningane kjem frå</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsføring</translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation>M&amp;arknadsføring</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Legg til føremål</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <source>Own title</source>
        <translation>Eigen tittel</translation>
    </message>
    <message>
        <source>Only for &apos;Other&apos;: the purpose in your words</source>
        <translation>Berre for «Anna»: føremålet med dine eigne ord</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rettsleg grunnlag</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Oppbevaringstid</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Fø&amp;remål</translation>
    </message>
    <message>
        <source>Own &amp;title</source>
        <translation>Eigen &amp;tittel</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Art. 6(1))</source>
        <translation>Rettsleg &amp;grunnlag (art. 6 nr. 1)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Oppbe&amp;varingstid</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Opplysningar som blir brukte</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakarar</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nytt føremål</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Databehandlar</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Databehandlarar og mottakarar</translation>
    </message>
    <message>
        <source>Name the systems and companies that get customer data, e.g. your accounting system or carrier. Leave the name empty to describe only the kind of recipient. Tick &apos;Processor&apos; for those working on your behalf under a data processing agreement.</source>
        <translation>Oppgi systema og firmaa som får kundeopplysningar, t.d. rekneskapssystemet eller transportøren din. La namnet stå tomt for å skildre berre typen mottakar. Kryss av for «Databehandlar» for dei som arbeider på dine vegner etter ein databehandlaravtale.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veker</translation>
    </message>
    <message>
        <source>Delete customers &amp;inactive for</source>
        <translation>Slett kundar som har vore &amp;inaktive i</translation>
    </message>
    <message>
        <source>&amp;Consents last at most</source>
        <translation>&amp;Samtykke varer høgst</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Behald &amp;daglege sikkerheitskopiar i</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>Behald &amp;vekentlege sikkerheitskopiar i</translation>
    </message>
    <message>
        <source>Purchases the bookkeeping law requires are kept as long as it requires, whatever is set here. The privacy notice states these periods.</source>
        <translation>Kjøp som bokføringslova krev, blir oppbevarte så lenge lova krev, same kva som er valt her. Personvernerklæringa oppgir desse periodane.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stansar …</translation>
    </message>
    <message>
        <source>{label} ({done} of {total})</source>
        <translation>{label} ({done} av {total})</translation>
    </message>
</context>
<context>
    <name>PurchaseHistoryWidget</name>
    <message>
        <source>Orders and tickets</source>
        <translation>Bestillingar og lappar</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Ny bestilling …</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Ny bestilling</translation>
    </message>
    <message>
        <source>Record a new order or ticket for this customer</source>
        <translation>Registrer ei ny bestilling eller ein ny lapp for denne kunden</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Merk som klar</translation>
    </message>
    <message>
        <source>The order is ready for pickup</source>
        <translation>Bestillinga er klar til henting</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Henta</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merk som henta</translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation>Kunden har henta bestillinga</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Levert</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Merk som levert</translation>
    </message>
    <message>
        <source>The order has been delivered to the customer</source>
        <translation>Bestillinga er levert til kunden</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>&amp;Returnert</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Merk som returnert</translation>
    </message>
    <message>
        <source>The goods came back; the order no longer counts in the total</source>
        <translation>Varene kom tilbake; bestillinga tel ikkje lenger med i summen</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>&amp;Kanseller bestillinga</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Kanseller bestillinga</translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation>Kanseller bestillinga; ho tel ikkje lenger med i summen</translation>
    </message>
    <message>
        <source>Return/complaint/repa&amp;ir…</source>
        <translation>Retur/reklamasjon/&amp;reparasjon …</translation>
    </message>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Register a return, complaint or repair for this customer</source>
        <translation>Registrer ein retur, reklamasjon eller reparasjon for denne kunden</translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation>Sum for alle bestillingar</translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation>Kansellerte og returnerte bestillingar blir ikkje talde med.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status for historikken</translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation>Returar, reklamasjonar og reparasjonar</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>&amp;Løyst</translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation>Lukk som løyst</translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation>Lukk den valde saka: ho vart ordna</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>&amp;Avvist</translation>
    </message>
    <message>
        <source>Close as rejected</source>
        <translation>Lukk som avvist</translation>
    </message>
    <message>
        <source>Close the selected case: the claim was not accepted</source>
        <translation>Lukk den valde saka: kravet vart ikkje godteke</translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation>&amp;Bestillingar og lappar</translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation>Vald lapp:</translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation>Returar, re&amp;klamasjonar og reparasjonar</translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation>Lukk den valde saka:</translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation>Ikkje mogleg medan behandlinga av personopplysningane til kunden er avgrensa (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen bestillingar enno.</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} bestillingar</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 bestilling</translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation>Kunne ikkje hente historikken: {reason}</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>Sum: {amounts}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Endra ein annan stad</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Lista er henta på nytt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation>Setje lapp {number} til «{status}»? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Ordren er registrert</translation>
    </message>
    <message>
        <source>Ticket number {number}

Write it on the tag, or give the customer the printed ticket.</source>
        <translation>Lappnummer {number}

Skriv det på merkelappen, eller gje kunden den utskrivne lappen.</translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation>Tilbake til motteken (likevel ikkje klar)</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>Set til «{status}»</translation>
    </message>
    <message>
        <source>Return/complaint/repair…</source>
        <translation>Retur/reklamasjon/reparasjon …</translation>
    </message>
</context>
<context>
    <name>PurchaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Henta</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Sidan {when}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfallen</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectify customer data</source>
        <translation>Rett kundeopplysningar</translation>
    </message>
    <message>
        <source>Write the corrected values for request {reference}; leave the other fields empty. They are saved when the request is completed.</source>
        <translation>Skriv dei retta verdiane for førespurnad {reference}; la dei andre felta stå tomme. Dei blir lagra når førespurnaden blir fullført.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Registrer førespurnad</translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation>Ein førespurnad frå &lt;b&gt;{name}&lt;/b&gt; (kunde {id}). Han må svarast på innan ein månad frå den dagen han kom inn.</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type førespurnad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Korleis førespurnaden kom inn</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Kom inn:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Motteken dato</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Motteken:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problem med førespurnaden</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Access report</source>
        <translation>Innsynsrapport</translation>
    </message>
    <message>
        <source>The access report (GDPR Art. 15) for &lt;b&gt;{name}&lt;/b&gt; (customer {id}): everything the register holds about them, why, and their rights.</source>
        <translation>Innsynsrapporten (GDPR art. 15) for &lt;b&gt;{name}&lt;/b&gt; (kunde {id}): alt registeret har om personen, kvifor, og rettane til personen.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportspråk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Innsynskrav som blir svart på</translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation>Ingen (svarar ikkje på ein registrert førespurnad)</translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation>Svarar på &amp;førespurnad:</translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation>&amp;Passordvern (AES-256)</translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation>Passordvern rapporten</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation>Krypter PDF-en med eit nytt passord; gi passordet til personen skilt frå fila</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Kvar rapporten blir lagra</translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation>Ei privat mellombels mappe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Vel kvar rapporten skal lagrast</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lagre i:</translation>
    </message>
    <message>
        <source>Problem creating the report</source>
        <translation>Problem med å lage rapporten</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Rapportfil</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>Rapportpassord</translation>
    </message>
    <message>
        <source>Give this password to the person separately – in person, by SMS or by phone – never in the same email or envelope as the file. It is not stored anywhere.</source>
        <translation>Gi dette passordet til personen separat – personleg, på SMS eller på telefon – aldri i same e-post eller konvolutt som fila. Det blir ikkje lagra nokon stad.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Opne rapporten</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation>Opne PDF-en i visingsprogrammet til systemet for å lese eller skrive han ut</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>&amp;Lag rapport</translation>
    </message>
    <message>
        <source>Create the access report</source>
        <translation>Lag innsynsrapporten</translation>
    </message>
    <message>
        <source>{reference} – received {date}</source>
        <translation>{reference} – motteken {date}</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Lagre innsynsrapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Lagar …</translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation>&amp;Lag på nytt</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Lagra som &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Passord: {password}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check the result</source>
        <translation>Sjekk resultatet</translation>
    </message>
    <message>
        <source>What the import would do. Refused rows are left out; export them to fix them and import them again.</source>
        <translation>Kva importen vil gjere. Avviste rader vert utelatne; eksporter dei for å rette dei og importere dei på nytt.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Avviste rader</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>Eksporter avviste rader…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Sjekkar fila…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n kunde vert lagd til.</numerusform>
            <numerusform>%n kundar vert lagde til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n rad vert slått saman med ein kunde som alt er i registeret.</numerusform>
            <numerusform>%n rader vert slått saman med kundar som alt er i registeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n rad avvist.</numerusform>
            <numerusform>%n rader avviste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n samtykke oppgitt i fila.</numerusform>
            <numerusform>%n samtykke oppgitte i fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n kjøp frå kjøpshistorikken.</numerusform>
            <numerusform>%n kjøp frå kjøpshistorikken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n summerad hoppa over.</numerusform>
            <numerusform>%n summerader hoppa over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase history: {problem}</source>
        <translation>Kjøpshistorikk: {problem}</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>Eksporter avviste rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>RequestChannel</name>
    <message>
        <source>At the counter</source>
        <translation>I disken</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>På e-post</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Per brev</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>På telefon</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet stadfesta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 dag på overtid</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} dagar på overtid</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar att</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation>Forlengd med {n} månad(er): {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grunngiving: {reason}</translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation>Svaret er for seint: fristen var {date}.</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access to data</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Retting</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Avgrensing av behandling</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot marknadsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Tilbaketrekking av samtykke</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Refuse request</source>
        <translation>Avslå førespurnaden</translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation>Kvifor blir førespurnad {reference} avslått? Personen får vite denne grunngivinga.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Førespurnader frå registrerte</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>&amp;Førespurnader frå registrerte</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Berre o&amp;pne</translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation>Vis berre opne førespurnader</translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation>Gøym førespurnader som er fullførte eller avslåtte</translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation>Kvar førespurnad må svarast på innan ein månad etter at han kom inn; dei som har passert fristen, kjem først.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Førespurnader</translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation>Stadfest &amp;identitet</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Stadfest identitet</translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation>Noter på førespurnaden korleis personen vart stadfesta i denne økta (legitimasjon med bilete, kunnskapskontroll eller kode); opne kunden og stadfest personen først</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start behandlinga</translation>
    </message>
    <message>
        <source>Mark the request as being worked on</source>
        <translation>Merk førespurnaden som under behandling</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation>Fullfør førespurnaden</translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation>Førespurnaden er svart på</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Av&amp;slå …</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation>Avslå førespurnaden, med grunngivinga personen får</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Forleng …</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Forleng fristen</translation>
    </message>
    <message>
        <source>Extend the deadline by one or two months, with a reason</source>
        <translation>Forleng fristen med éin eller to månader, med grunngiving</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>S&amp;lett …</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Slett kunden</translation>
    </message>
    <message>
        <source>Carry out an erasure request whose requester&apos;s identity is confirmed, and file the receipt</source>
        <translation>Gjennomfør ein førespurnad om sletting der identiteten til personen som sende han, er stadfesta, og arkiver kvitteringa</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Opne k&amp;unden</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Opne kunden</translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation>Vis personen som sende førespurnaden, i registeret (etter identitetskontrollen); dobbeltklikk på ei rad gjer det same</translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation>Talet på førespurnader som er viste</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Hent førespurnadene på nytt (F5)</translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation>Logg inn som eigar for å sjå førespurnadene.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation>Kunne ikkje hente førespurnadene: {reason}</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Ingen opne førespurnader.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ingen førespurnader enno.</translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation>{n} opne, {late} over fristen</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} opne</translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation>{n} i alt</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Slettar</translation>
    </message>
    <message>
        <source>Erasing customer {id}…</source>
        <translation>Slettar kunde {id} …</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Kunden er sletta</translation>
    </message>
    <message>
        <source>Customer {id} was erased. {kept} accounting record(s) are kept without their contact details.

The receipt for the person is saved as:
{path}</source>
        <translation>Kunde {id} er sletta. {kept} rekneskapsbilag blir oppbevarte utan kontaktopplysningar.

Kvitteringa til personen er lagra som:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Opne kvitteringa</translation>
    </message>
    <message>
        <source>Customer {id} was erased, but the receipt could not be filed in the data folder. Save it somewhere else now to hand it to the person.</source>
        <translation>Kunde {id} er sletta, men kvitteringa kunne ikkje arkiverast i datamappa. Lagre ho ein annan stad no, slik at du kan gi ho til personen.</translation>
    </message>
    <message>
        <source>&amp;Save receipt as…</source>
        <translation>&amp;Lagre kvitteringa som …</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Lagre kvitteringa for sletting</translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation>Førespurnaden vart ikkje endra</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation>Søk på namn, telefon, e-post, firma …</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søk etter kundar</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation>Skriv ein del av eit namn, telefonnummer, e-postadresse, firma eller poststad. Opp/Ned vel, Enter opnar. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Talet på treff</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Opnar registeret …</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Søket mislukkast: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søkjer …</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Ingen kundar funne</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Ingen kundar enno</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation>Ingen kunde passar til «{text}».
Trykk Ctrl+N for å leggje til ein ny kunde med det du skreiv.</translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>Registeret har ingen kundar enno.
Trykk Ctrl+N for å leggje til den første.</translation>
    </message>
    <message>
        <source>{count}+ customers</source>
        <translation>{count}+ kundar</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kundar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEventDialog</name>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>No particular ticket</source>
        <translation>Ingen bestemd lapp</translation>
    </message>
    <message>
        <source>No. {number} · {date} · {what} ({status})</source>
        <translation>Nr. {number} · {date} · {what} ({status})</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Lapp:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation>Kva som er gale, og kva som vart avtalt med kunden</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Feil i skildringa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
</context>
<context>
    <name>ServiceEventKind</name>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamasjon</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparasjon</translation>
    </message>
</context>
<context>
    <name>ServiceEventStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løyst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
</context>
<context>
    <name>ServiceEventTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukka</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Unsaved changes were discarded when the register locked.</source>
        <translation>Ulagra endringar vart forkasta då registeret vart låst.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Dry cleaner or repair shop</source>
        <translation>Reinseri eller reparasjonsverkstad</translation>
    </message>
    <message>
        <source>Name and mobile to hand items to the right person and say when they are ready; email only when needed. No marketing.</source>
        <translation>Namn og mobil for å levere ut varer til rett person og seie frå når dei er klare; e-post berre ved behov. Inga marknadsføring.</translation>
    </message>
    <message>
        <source>Supplier to businesses (building materials, parts)</source>
        <translation>Leverandør til bedrifter (byggjevarer, delar)</translation>
    </message>
    <message>
        <source>Company, organisation number, address and invoice email; CRM and accounting system; marketing to existing customers, who may object.</source>
        <translation>Firma, organisasjonsnummer, adresse og e-post for faktura; CRM- og rekneskapssystem; marknadsføring mot eksisterande kundar, som kan protestere.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Nettbutikk</translation>
    </message>
    <message>
        <source>Delivery address, orders, returns; newsletter only with consent; carriers, payment and hosting as recipients.</source>
        <translation>Leveringsadresse, bestillingar, returar; nyheitsbrev berre med samtykke; transportørar, betaling og drift av nettstaden som mottakarar.</translation>
    </message>
    <message>
        <source>Something else (start blank)</source>
        <translation>Noko anna (start tomt)</translation>
    </message>
    <message>
        <source>Only the customer relationship and bookkeeping; add the rest yourself.</source>
        <translation>Berre kundeforholdet og bokføring; legg til resten sjølv.</translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation>Set opp kunderegisteret</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Opprett registeret</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Butikken din</translation>
    </message>
    <message>
        <source>Printed on the privacy notice and every letter to a customer. The country chooses the supervisory authority and the bookkeeping rules.</source>
        <translation>Blir skrive ut på personvernerklæringa og kvart brev til ein kunde. Landet avgjer tilsynsstyresmakta og bokføringsreglane.</translation>
    </message>
    <message>
        <source>What you keep about customers</source>
        <translation>Kva du lagrar om kundane</translation>
    </message>
    <message>
        <source>The customer form shows only the fields you keep. Name, mobile, email and notes are always there; any may be left empty.</source>
        <translation>Kundeskjemaet viser berre felta du lagrar. Namn, mobil, e-post og notat er alltid med; alle kan stå tomme.</translation>
    </message>
    <message>
        <source>Why you keep it</source>
        <translation>Kvifor du lagrar det</translation>
    </message>
    <message>
        <source>Each purpose with its legal basis, the data it uses, how long it is kept and who receives it. The preset follows what similar shops publish; change what is different for you.</source>
        <translation>Kvart føremål med rettsleg grunnlag, opplysningane det brukar, kor lenge dei blir oppbevarte og kven som får dei. Førehandsvalet følgjer det liknande butikkar publiserer; endre det som er annleis hos deg.</translation>
    </message>
    <message>
        <source>Who else gets customer data</source>
        <translation>Kven andre som får kundeopplysningar</translation>
    </message>
    <message>
        <source>Processors work on your behalf (accounting, CRM, hosting); other recipients, such as carriers, use the data for their own task.</source>
        <translation>Databehandlarar arbeider på dine vegner (rekneskap, CRM, drift av nettstad); andre mottakarar, som transportørar, brukar opplysningane til si eiga oppgåve.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkomen</translation>
    </message>
    <message>
        <source>Before the first customer, tell the register which shop it belongs to, what it keeps about customers and why, and create the owner&apos;s account. Start from the kind of shop closest to yours; everything can be changed later in the settings.</source>
        <translation>Før den første kunden: fortel registeret kva butikk det høyrer til, kva det lagrar om kundane og kvifor, og opprett kontoen til eigaren. Start med den butikktypen som liknar mest på din; alt kan endrast seinare i innstillingane.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Kontoen til eigaren</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Eigarens fulle namn</translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation>Brukarnamnet til eigaren</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bokstavar, t.d. kari</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} teikn</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;full name</source>
        <translation>Eigarens &amp;fulle namn</translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation>&amp;Brukarnamnet til eigaren</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gjenta passord</translation>
    </message>
    <message>
        <source>The owner may do everything, including reports, settings and staff accounts. Add counter staff later under Administration.</source>
        <translation>Eigaren kan gjere alt, også rapportar, innstillingar og tilsettkontoar. Legg til disktilsette seinare under Administrasjon.</translation>
    </message>
    <message>
        <source>Create registers the shop {shop} ({country}) with {fields} customer fields, {purposes} purposes and {recipients} processors and recipients. The privacy notice can then be saved under Administration → Shop profile and settings.</source>
        <translation>«Opprett registeret» registrerer butikken {shop} ({country}) med {fields} kundefelt, {purposes} føremål og {recipients} databehandlarar og mottakarar. Personvernerklæringa kan deretter lagrast under Administrasjon → Butikkprofil og innstillingar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dei to passorda er ikkje like.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Tilsettkontoar</translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation>Eigarar kan gjere alt. Disktilsette betener kundar og kan logge inn med PIN-kode. Ein deaktivert konto kan ikkje logge inn; oppføringane blir ståande i revisjonsloggen.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Legg til tilsett</translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation>Opprett ein ny tilsettkonto</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Set &amp;PIN-kode …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN-kode</translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation>La disktilsette logge inn med ein kort PIN-kode</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>Fjern P&amp;IN-kode</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Fjern PIN-kode</translation>
    </message>
    <message>
        <source>Only the password works after this</source>
        <translation>Etter dette verkar berre passordet</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Tilbakestill pass&amp;ord …</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Tilbakestill passord</translation>
    </message>
    <message>
        <source>Set a new password, for example when it is forgotten</source>
        <translation>Set eit nytt passord, til dømes når det er gløymt</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Stop or allow logging in with this account</source>
        <translation>Stans eller tillat innlogging med denne kontoen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Endre &amp;PIN-kode …</translation>
    </message>
    <message>
        <source>The owner always logs in with the password</source>
        <translation>Eigaren loggar alltid inn med passordet</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Akti&amp;ver igjen</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktiver igjen</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name} er lagd til som {role}.</translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation>{name} kan no logge inn med den nye PIN-koden.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Passordet til {name} er tilbakestilt.</translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation>{name} må no logge inn med passordet.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kan logge inn igjen.</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} kan ikkje lenger logge inn.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation>Eigar</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Disktilsett</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst til</translation>
    </message>
    <message>
        <source>Too many wrong attempts; a password reset unlocks the account at once.</source>
        <translation>For mange feil forsøk; ei tilbakestilling av passordet låser opp kontoen med ein gong.</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation>Deaktivert: kan ikkje logge inn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>TicketNotices</name>
    <message>
        <source>{kind} by {channel}: {state}</source>
        <translation>{kind} på {channel}: {state}</translation>
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
        <translation>Varsel om denne bestillinga</translation>
    </message>
    <message>
        <source>No notices sent.</source>
        <translation>Ingen varsel sende.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Stadfest identitet</translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation>Stadfest identitet: {name}</translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation>Heile oppføringa, kontaktopplysningar og historikk blir viste først når du har kontrollert kven personen er, eller oppgitt kvifor du treng oppføringa utan at personen er til stades. Kontrollen blir registrert og gjeld til du lukkar oppføringa.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Stadfestingsmetode</translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation>Opp og Ned vel metode; Tab eller Enter går til felta.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without showing the record (Esc)</source>
        <translation>Lukk utan å vise oppføringa (Esc)</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange feil svar for denne kunden. Kontroller legitimasjon med bilete eller send ein kode i staden.</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Legitimasjon med bilete</translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation>Du har sett legitimasjon med bilete, og personen stemmer med biletet og namnet.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Legitimasjonstype</translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation>Ikkje skriv ned ID-nummeret: berre typen legitimasjon blir registrert.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>&amp;Legitimasjonstype:</translation>
    </message>
    <message>
        <source>Photo ID &amp;checked</source>
        <translation>Legitimasjon &amp;kontrollert</translation>
    </message>
    <message>
        <source>Photo ID checked</source>
        <translation>Legitimasjon kontrollert</translation>
    </message>
    <message>
        <source>Record that you checked this type of photo ID</source>
        <translation>Registrer at du har kontrollert denne typen legitimasjon med bilete</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Kunnskapskontroll</translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation>Be personen om mobilnummer, e-postadresse eller eit lappnummer og skriv det personen seier. Registeret svarar berre om det stemmer.</translation>
    </message>
    <message>
        <source>What the person states</source>
        <translation>Det personen oppgir</translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation>&amp;Spør om:</translation>
    </message>
    <message>
        <source>The person says</source>
        <translation>Personen seier</translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation>Nøyaktig slik personen seier det</translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation>Personen &amp;seier:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>K&amp;ontroller</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Compare with the register without showing what is stored</source>
        <translation>Samanlikn med registeret utan å vise det som er lagra</translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation>mobilnummeret</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>e-postadressa</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Eingongskode</translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation>Send ein kode til {where} i registeret; personen les han opp frå telefonen sin. Han gjeld i 10 minutt.</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Send koden via</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Send &amp;via:</translation>
    </message>
    <message>
        <source>Send c&amp;ode</source>
        <translation>Send k&amp;ode</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Send kode</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Kodestatus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 siffer</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Ko&amp;de:</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Stadfest</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Stadfest koden</translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation>Kontroller koden personen les opp</translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation>Kodar på e-post er ikkje sette opp. Be eigaren setje opp e-posttenaren, eller stadfest identiteten på ein annan måte.</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Tenestleg grunn</translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation>For arbeid på bakrommet når personen ikkje er til stades, som fakturering eller svar på ein reklamasjon. Grunnen blir registrert med namnet ditt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngiving:</translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation>O&amp;pne med denne grunnen</translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation>Opne med denne grunnen</translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation>Registrer grunnen og vis oppføringa</translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation>Skriv det personen seier.</translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation>Stemmer ikkje.</translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation>Det var siste forsøket: kontroller legitimasjon med bilete eller send ein kode i staden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>Code sent to {address}</source>
        <translation>Kode send til {address}</translation>
    </message>
    <message>
        <source>Send a new c&amp;ode</source>
        <translation>Send ein ny k&amp;ode</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send ein ny kode</translation>
    </message>
    <message>
        <source>No code was sent.</source>
        <translation>Ingen kode vart send.</translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation>Skriv koden personen les opp.</translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation>Feil kode.</translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Photo ID</source>
        <translation>Legitimasjon med bilete</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Kunnskapskontroll</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Kode på e-post</translation>
    </message>
    <message>
        <source>Code by SMS</source>
        <translation>Kode på SMS</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Tenestleg grunn</translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation>Nett registrert</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Problem med {field}</translation>
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
        <translation>Linje {n} vare</translation>
    </message>
    <message>
        <source>Ctrl+Delete removes this line.</source>
        <translation>Ctrl+Delete fjernar denne linja.</translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation>Linje {n} tal</translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation>Linje {n} einingspris</translation>
    </message>
    <message>
        <source>Line {n} amount</source>
        <translation>Linje {n} beløp</translation>
    </message>
    <message>
        <source>Remove line {n}</source>
        <translation>Fjern linje {n}</translation>
    </message>
    <message>
        <source>Remove line {n} (Ctrl+Delete)</source>
        <translation>Fjern linje {n} (Ctrl+Delete)</translation>
    </message>
</context>
</TS>
