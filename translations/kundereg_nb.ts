<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;This version works with register schema {head}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Denne versjonen bruker registerskjema {head}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister for små nordiske butikker.&lt;/p&gt;&lt;p&gt;Registeret åpnes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister for små nordiske butikker.&lt;/p&gt;&lt;p&gt;Butikk: {shop} ({country})&lt;br&gt;Registerskjema: {schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Opp / Ned</translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation>Velg en kunde i resultatene</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation>Åpne den valgte kunden (eller den første)</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Legg til ansatt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bokstaver, f.eks. kari</translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation>Slik det vises i revisjonsloggen</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tegn</translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation>4–8 sifre, valgfritt</translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation>Diskansatte kan logge inn med en kort PIN-kode i stedet for passordet</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Eieren bruker alltid passordet</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv inn personens navn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
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
        <translation>Henvendelser fra registrerte</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Lag demodata</translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation>Hvor mange oppdiktede kunder (med kjøp) skal legges til?
Bruk dette bare i et prøveregister: kundene kan ikke skilles fra ekte kunder.</translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation>La til {customers} kunder og {purchases} kjøp.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Demodata avbrutt; ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Lager demodata</translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation>Legger til kunder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Retention rules applied: {customers} inactive customer(s) erased, {records} accounting record(s) past their date deleted, {consents} consent(s) expired.</source>
        <translation>Oppbevaringsreglene er brukt: {customers} inaktive kunde(r) slettet, {records} regnskapsbilag med utløpt oppbevaringstid slettet, {consents} samtykke(r) utløpt.</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kunderegister</translation>
    </message>
    <message>
        <source>The register file is damaged: SQLite&apos;s check found {count} problem(s). Restore the newest backup (File &gt; Restore from backup…) before you go on, and keep the damaged file for whoever looks after this PC.</source>
        <translation>Registerfilen er skadet: SQLites kontroll fant {count} feil. Gjenopprett den nyeste sikkerhetskopien (Fil &gt; Gjenopprett fra sikkerhetskopi …) før du fortsetter, og ta vare på den skadde filen for den som har ansvar for denne PC-en.</translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation>Kunderegisteret kunne ikke åpnes.

{reason}

Detaljer står i loggfilen:
{log}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Logget inn</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Innlogging mislyktes</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logget ut</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Skjermen låst</translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation>Så kunde</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Registrerte kunde</translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation>Endret kunde</translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation>Så historikk</translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation>Så hentelisten</translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation>Registrerte bestilling</translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation>Endret bestillingsstatus</translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation>Registrerte retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation>Lukket retur, reklamasjon eller reparasjon</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation>Så samtykker</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Bekreftet identitet</translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation>Identitetskontroll mislyktes</translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation>Sendte bekreftelseskode</translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation>Oppga tjenstlig grunn</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Tilgang avslått</translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation>La til ansatt</translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation>Endret ansatt</translation>
    </message>
    <message>
        <source>Recorded the staff accounts</source>
        <translation>Registrerte de ansattes kontoer</translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation>Endret innstilling</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Laget demodata</translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation>Så revisjonsloggen</translation>
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
        <translation>Laget rapport</translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation>Slettet data</translation>
    </message>
    <message>
        <source>Erased again after a restore</source>
        <translation>Slettet på nytt etter gjenoppretting</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Brukte oppbevaringsreglene</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Sikkerhetskopi tatt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopi gjenopprettet</translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation>Registrerte henvendelse fra den registrerte</translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation>Trinn i henvendelse fra den registrerte</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot markedsføring</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Satte opp registeret</translation>
    </message>
    <message>
        <source>Changed shop profile</source>
        <translation>Endret butikkprofilen</translation>
    </message>
    <message>
        <source>Recorded the staff accounts as the baseline</source>
        <translation>Registrerte de ansattes kontoer som utgangspunkt</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Importerte kunder</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Slo sammen kunder</translation>
    </message>
    <message>
        <source>Notice to a customer</source>
        <translation>Varsel til en kunde</translation>
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
        <translation>Navn</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukjent bruker</translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation>feil passord eller PIN-kode</translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation>kontoen venter etter mislykkede forsøk</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>av brukeren</translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation>etter inaktivitet</translation>
    </message>
    <message>
        <source>switching user</source>
        <translation>bytte av bruker</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestillinger</translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation>returer, reklamasjoner og reparasjoner</translation>
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
        <translation>begrensning av behandling</translation>
    </message>
    <message>
        <source>data portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>protest mot markedsføring</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>tilbaketrekking av samtykke</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottatt</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identitet bekreftet</translation>
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
        <translation>Henvendelse {reference}</translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation>identitet kontrollert med: {method}</translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation>fristen forlenget med {n} måneder i alt</translation>
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
        <translation>Ansatt: {name}</translation>
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
        <translation>mislykkede forsøk på rad: {n}</translation>
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
        <translation>{n} lapper</translation>
    </message>
    <message>
        <source>{customers} customers, {purchases} orders</source>
        <translation>{customers} kunder, {purchases} bestillinger</translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation>intakt, {n} oppføringer</translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation>BRUTT, {n} oppføringer kontrollert</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>kunde {id}</translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation>ansatt nr. {id}</translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation>filter: {what}</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>uten filter</translation>
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
        <translation>Ansatt</translation>
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
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Staff no. {id}</source>
        <translation>Ansatt nr. {id}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(ukjent bruker)</translation>
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
        <translation>&amp;Kontroller kjeden</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kontroller kjeden</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation>Beregn kontrollsummen for hver oppføring på nytt for å vise at ingenting er endret, fjernet eller stokket om</translation>
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
        <translation>Alle kunder</translation>
    </message>
    <message>
        <source>C&amp;ustomer no.:</source>
        <translation>K&amp;undenr.:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle ansatte</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Ansatt:</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problem med filteret</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Hvilken som helst startdato</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>Until date, inclusive</source>
        <translation>Til og med dato</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Hvilken som helst sluttdato</translation>
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
        <translation>Vis oppføringer</translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation>Hent oppføringene som passer til filtrene (Enter, F5)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Nullstill filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Vis alle oppføringer igjen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Loggoppføringer</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Antall oppføringer som vises</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Hent &amp;flere</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Hent flere</translation>
    </message>
    <message>
        <source>Load the next {n} older entries</source>
        <translation>Hent de neste {n} eldre oppføringene</translation>
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
        <translation>Hent de nyeste oppføringene igjen (F5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation>Avkrysset: oppføringer fra alle datoer; velg en dato for å begrense listen</translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation>Fra-datoen er etter til-datoen.</translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation>Logg inn som eier for å se revisjonsloggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation>Kunne ikke hente revisjonsloggen: {reason}</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (deaktivert)</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Ingen oppføringer passer til filtrene.</translation>
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
        <translation>{n} oppføringer, nyeste først</translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation>(eldre oppføringer: Hent flere)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Kontrollerer hver oppføring …</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation>Revisjonsloggen er intakt: {n} oppføringer</translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation>Brutt ved oppføring {id}: {problem}</translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation>Kunne ikke kontrollere revisjonsloggen: {reason}</translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation>oppføring {n} mangler eller står i feil rekkefølge</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>den følger ikke oppføringen foran</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>innholdet er endret</translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation>nyere oppføringer er fjernet</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup written and verified: {name} ({size:.1f} MB)</source>
        <translation>Sikkerhetskopien er skrevet og kontrollert: {name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Tar sikkerhetskopi</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Skriver en kryptert sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig sikkerhetskopi</translation>
    </message>
    <message>
        <source>No backup of the register has been taken today. Take one now, before closing?</source>
        <translation>Det er ikke tatt noen sikkerhetskopi av registeret i dag. Vil du ta en nå, før du lukker?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>kundereg backups (*.kbak)</source>
        <translation>Sikkerhetskopier fra kundereg (*.kbak)</translation>
    </message>
    <message>
        <source>The register is replaced by the backup: everything recorded since the backup was taken is lost. People erased since then are erased again before anyone can see them. Everyone is logged out. Close kundereg on the other PCs first.

Restore?</source>
        <translation>Registeret erstattes av sikkerhetskopien: alt som er registrert siden sikkerhetskopien ble tatt, går tapt. Personer som er slettet siden da, slettes på nytt før noen kan se dem. Alle blir logget ut. Lukk kundereg på de andre PC-ene først.

Vil du gjenopprette?</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registeret er gjenopprettet</translation>
    </message>
    <message>
        <source>The register was restored from the backup taken {when}. {count} person(s) erased since then were erased again. Log in again.</source>
        <translation>Registeret er gjenopprettet fra sikkerhetskopien som ble tatt {when}. {count} person(er) som var slettet siden da, ble slettet på nytt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gjenopprettingen mislyktes</translation>
    </message>
    <message>
        <source>The register was not changed.

{reason}</source>
        <translation>Registeret ble ikke endret.

{reason}</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenoppretter</translation>
    </message>
    <message>
        <source>Decrypting and checking the backup…</source>
        <translation>Dekrypterer og kontrollerer sikkerhetskopien …</translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation>En rettslig forpliktelse (bokføring, myndigheter)</translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation>Svar på personens egen henvendelse</translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation>Retting eller vedlikehold av registeret</translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation>Oppfølging av en bestilling eller lapp</translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation>Behandling av en reklamasjon, retur eller reparasjon</translation>
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
        <translation>Det oppstod en uventet feil ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation>Du kan arbeide videre, men kontroller at den siste endringen ble lagret.
Detaljene er skrevet til loggfilen (uten kundedata):</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åpne loggmappen</translation>
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
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation>Kunden du redigerer, har ulagrede endringer. Vil du forkaste dem?</translation>
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
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
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
        <translation>Postnummer, post&amp;sted</translation>
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
        <translation>F&amp;irmanavn</translation>
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
        <translation>Notater</translation>
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
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
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
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation>Forkast endringene og hent kunden på nytt</translation>
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
        <translation>Tilbake til søkeresultatene (Esc)</translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation>Registrer &amp;henvendelse …</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Registrer en henvendelse fra den registrerte</translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation>Registrer en henvendelse fra kunden om innsyn, retting, sletting eller flytting av personopplysningene, eller om å stanse markedsføring</translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation>&amp;Innsynsrapport …</translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation>Lag en innsynsrapport</translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation>En PDF med alt registeret har om denne kunden (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Begrens behandlingen …</translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation>Begrens behandlingen av kundens personopplysninger</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Opphev begrensningen</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Opphev begrensningen av behandlingen</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot markedsføring</translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation>Registrer protest mot markedsføring</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen er begrenset</translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation>Åpne lapper kan fortsatt merkes som klare, hentet eller kansellert, og åpne saker kan lukkes.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation>Kunden har protestert mot direkte markedsføring (GDPR art. 21): samtykkene til markedsføring er trukket tilbake, og nye kan ikke gis.</translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation>Bestillinger, lapper og returer vises her når kunden er lagret.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation>Begrenset (GDPR art. 18) siden {date}: oppføringen kan bare leses til begrensningen oppheves.</translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation>Protesterte mot markedsføring {date}</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Lagre eller forkast endringene først.</translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation>Behold oppføringen, men stans endring og bruk (GDPR art. 18), f.eks. mens kunden bestrider at opplysningene er riktige</translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation>Gjør oppføringen redigerbar og brukbar igjen</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation>Kunden protesterer mot direkte markedsføring (GDPR art. 21): samtykkene til markedsføring trekkes tilbake</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation>Henvendelse {reference} er registrert; frist {date}.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify their identity first.</source>
        <translation>En innsynsrapport gis bare til personen den gjelder: bekreft identiteten først.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Begrens behandlingen</translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation>Begrense behandlingen av personopplysningene til {name} (GDPR art. 18)?

Oppføringen beholdes, men kan bare leses: ingen endringer, nye bestillinger, returer eller samtykker før begrensningen oppheves. Åpne lapper kan fortsatt fullføres. Bruk dette mens kunden bestrider opplysningene eller protesterer, eller når kunden ber deg beholde dem i stedet for å slette dem.</translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation>Behandlingen av personopplysningene til {name} er begrenset.</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Ikke begrenset</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation>Oppheve begrensningen for personopplysningene til {name}? Oppføringen kan endres og brukes igjen.</translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation>Begrensningen for personopplysningene til {name} er opphevet.</translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation>Begrensningen ble ikke opphevet</translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation>Registrere at {name} protesterer mot markedsføring (GDPR art. 21)?

Samtykkene til markedsføring og nyhetsbrev trekkes tilbake, og nye kan ikke gis. Dette kan ikke angres her.</translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation>Protest mot markedsføring er registrert for {name}.</translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation>Protesten ble ikke registrert</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke lagret ennå.</translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation>Kunde {id} · opprettet {created} · endret {updated}</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(ulagrede endringer)</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Kunden er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation>Ikke lagret: oppføringen er begrenset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Ingenting å lagre.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} er lagret.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Kunden ble ikke lagret</translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation>Denne kunden finnes ikke lenger i registeret, så ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>Ikke lagret: 1 felt må rettes.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Ikke lagret: %n felt må rettes.</numerusform>
            <numerusform>Ikke lagret: %n felt må rettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation>Kunden er endret av noen andre</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation>Noen andre har endret denne kunden etter at du åpnet den. Endringene dine er ikke lagret.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation>Hent på nytt for å se deres versjon (endringene dine her forkastes), eller fortsett å redigere og noter det du trenger før du henter på nytt.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent på nytt</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>samme organisasjonsnummer</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>samme mobilnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>samme e-post</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>samme navn og adresse</translation>
    </message>
    <message>
        <source>similar name at a similar address</source>
        <translation>lignende navn på lignende adresse</translation>
    </message>
    <message>
        <source>Customers {a} and {b}: {reasons}</source>
        <translation>Kunde {a} og {b}: {reasons}</translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation> (begrenset)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Finn duplikater</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Leter etter duplikater…</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Sannsynlige duplikater</translation>
    </message>
    <message>
        <source>Merge into the left record</source>
        <translation>Slå sammen til posten til venstre</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n sannsynlig duplikat. Velg det for å sammenligne de to postene.</numerusform>
            <numerusform>%n sannsynlige duplikater. Velg ett for å sammenligne de to postene.</numerusform>
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
        <translation>En av de to er begrenset (GDPR art. 18): opphev begrensningen før dere slår sammen.</translation>
    </message>
    <message>
        <source>Purchases, service events, consents and requests of customer {other} move to customer {keep}; number {other} is not used again.</source>
        <translation>Kjøp, servicesaker, samtykker og henvendelser for kunde {other} flyttes til kunde {keep}; nummer {other} brukes ikke igjen.</translation>
    </message>
    <message>
        <source>Merge customer {other} into customer {keep}? This cannot be undone.</source>
        <translation>Slå sammen kunde {other} med kunde {keep}? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Kunde {other} ble slått sammen med kunde {keep}.</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Slår sammen kunder</translation>
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
        <translation>&lt;p&gt;Henvendelse &lt;b&gt;{reference}&lt;/b&gt;: slett kunde {id} (GDPR art. 17).&lt;/p&gt;&lt;p&gt;Navn, kontaktopplysninger, adresse, notater, samtykker, returer og reklamasjoner og søkeoppføringene slettes permanent. Dette kan ikke angres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, until {until} at the latest.</source>
        <translation>{kept} kjøp blir stående som anonyme regnskapsbilag, slik bokføringsloven krever, til senest {until}.</translation>
    </message>
    <message>
        <source>No purchase has to be kept for the accounts.</source>
        <translation>Ingen kjøp trenger å oppbevares for regnskapet.</translation>
    </message>
    <message>
        <source>{deleted} purchase(s) are deleted. {kept}</source>
        <translation>{deleted} kjøp slettes. {kept}</translation>
    </message>
    <message>
        <source>Why the customer cannot be erased yet</source>
        <translation>Hvorfor kunden ikke kan slettes ennå</translation>
    </message>
    <message>
        <source>Open orders {numbers} must be handed over or cancelled first.</source>
        <translation>De åpne bestillingene {numbers} må utleveres eller kanselleres først.</translation>
    </message>
    <message>
        <source>The customer is restricted (Art. 18). Lift the restriction first if its reason no longer stands.</source>
        <translation>Kunden er begrenset (art. 18). Opphev begrensningen først hvis grunnen til den ikke lenger gjelder.</translation>
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
        <translation>Jeg har kontrollert at dette er personen som ba om det, og at slettingen ikke kan angres</translation>
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
        <translation>Art. 12 nr. 3 tillater inntil to måneder til i alt når en henvendelse er komplisert eller det er mange. Gi personen beskjed innen den første måneden, med begrunnelse.</translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation>Antall måneder fristen forlenges med</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} måneder</translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation>&amp;Forleng med:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Begrunnelse for forlengelsen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
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
        <translation>Passfrase for sikkerhetskopi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Consents last (years)</source>
        <translation>Samtykker varer (år)</translation>
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
        <translation>Daglige sikkerhetskopier som beholdes</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Mottatt dato</translation>
    </message>
    <message>
        <source>Delete inactive customers after (years)</source>
        <translation>Slett inaktive kunder etter (år)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentspråk</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfall etter (dager)</translation>
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
        <translation>Forlengelse</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Ekstra dager</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
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
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>E-postserverens port</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>E-postserverens sikkerhet</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>E-postserverens bruker</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meldingstekst</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åpningstider</translation>
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
        <translation>Databehandlere og mottakere</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kjøpsdato</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Reminders after (days)</source>
        <translation>Påminnelser etter (dager)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminnelser høyst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-avsendernavn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsenderadresse</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butikknavn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kilder</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Mva-sats</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Ukentlige sikkerhetskopier som beholdes</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, Tripletex, Fiken or PowerOffice. Nothing is changed until the last step.</source>
        <translation>En CSV- eller Excel-eksport av kundelisten, for eksempel fra Visma, SuperOffice, Tripletex, Fiken eller PowerOffice. Ingenting endres før siste steg.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Kundefil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
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
        <translation>Fil med kjøpshistorikk (valgfri)</translation>
    </message>
    <message>
        <source>Purchase history (optional):</source>
        <translation>Kjøpshistorikk (valgfri):</translation>
    </message>
    <message>
        <source>The purchase history names each customer by the customer number of the old system, with a date and an amount per row.</source>
        <translation>Kjøpshistorikken angir kunden med kundenummeret fra det gamle systemet, med dato og beløp på hver rad.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
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
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Fullt navn (deles i fornavn og etternavn)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
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
        <translation>Telefon (når mobilnummer mangler)</translation>
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
        <translation>Adresselinje 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Postal code and city together</source>
        <translation>Postnummer og poststed sammen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Date consents were given</source>
        <translation>Dato samtykket ble gitt</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundelister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Sjekker filen</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n avvist rad lagret. Rett den i filen og importer den på nytt.</numerusform>
            <numerusform>%n avviste rader lagret. Rett dem i filen og importer den på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Importert: %n ny kunde; de andre ble slått sammen med kunder som allerede var i registeret.</numerusform>
            <numerusform>Importert: %n nye kunder; de andre ble slått sammen med kunder som allerede var i registeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Importerer kunder</translation>
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
        <translation>Det oppstod en uventet feil ({kind}).</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed receipt is handed over in person.</source>
        <translation>--password-protect gjelder en fil; en utskrevet kvittering leveres personlig.</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed report is handed over in person.</source>
        <translation>--password-protect gjelder en fil; en utskrevet rapport leveres personlig.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>--to må være en PostgreSQL-URL (postgresql://bruker@vert/database).</translation>
    </message>
    <message>
        <source>A backup from this very second exists already; try again in a moment.</source>
        <translation>Det finnes allerede en sikkerhetskopi fra akkurat dette sekundet; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation>En kode ble sendt til {where}; for å taste den inn trengs en terminal.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>En kunde kan ikke slås sammen med seg selv.</translation>
    </message>
    <message>
        <source>A knowledge check compares what the person states as their {field}: put it in {env} or run in a terminal.</source>
        <translation>En kunnskapskontroll sammenligner det personen oppgir som sin {field}: legg det i {env} eller kjør i en terminal.</translation>
    </message>
    <message>
        <source>A printer takes PDF: leave out --format, or write the file with --out.</source>
        <translation>En skriver tar PDF: utelat --format, eller skriv filen med --out.</translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation>En henvendelse kan forlenges med høyst to måneder i alt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {where} failed: check sslmode and the CA file (sslrootcert) against the server&apos;s certificate.</source>
        <translation>En sikker (TLS) tilkobling til {where} mislyktes: sjekk sslmode og CA-filen (sslrootcert) mot serverens sertifikat.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify the requester&apos;s identity (photo ID, knowledge check or code) first; a business reason or registering the customer does not.</source>
        <translation>En innsynsrapport gis bare til personen den gjelder: bekreft identiteten til den som ber om innsyn (legitimasjon, kunnskapskontroll eller kode) først; et tjenstlig behov eller at kunden nettopp ble registrert, er ikke nok.</translation>
    </message>
    <message>
        <source>Cannot read {file} ({kind}).</source>
        <translation>Kan ikke lese {file} ({kind}).</translation>
    </message>
    <message>
        <source>Connecting to {where} failed ({kind}).</source>
        <translation>Tilkoblingen til {where} mislyktes ({kind}).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 99.</source>
        <translation>Antall kopier må være fra 1 til 99.</translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation>Oppretting eller oppdatering av registeret mislyktes ({kind}).</translation>
    </message>
    <message>
        <source>Credentials can only be saved in a register opened from its data folder.</source>
        <translation>Påloggingsdata kan bare lagres i et register som er åpnet fra datamappen sin.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer {id} has no active consent for that purpose.</source>
        <translation>Kunde {id} har ikke noe gyldig samtykke til det formålet.</translation>
    </message>
    <message>
        <source>Customer {id} has open orders ({numbers}). Hand them over or cancel them before erasing.</source>
        <translation>Kunde {id} har åpne bestillinger ({numbers}). Utlever eller kanseller dem før sletting.</translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation>Kunde {id} er allerede {state}.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (Art. 18). Lift the restriction first if the reason for it no longer stands.</source>
        <translation>Kunde {id} er begrenset (art. 18). Opphev begrensningen først hvis grunnen til den ikke lenger gjelder.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the restriction is lifted.</source>
        <translation>Kunde {id} er begrenset (GDPR art. 18): kunden kan ikke slås sammen før begrensningen er opphevet.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation>Kunde {id} er begrenset (GDPR art. 18): oppføringen kan bare leses til begrensningen oppheves.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation>Lagingen av demodata ble avbrutt.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation>KUNDEREG_SMTP_PORT må være et tall.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation>KUNDEREG_SMTP_SECURITY må være starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>Moving the register failed: {table} has {there} rows on the server, {here} in the file. Nothing was kept on the server.</source>
        <translation>Flyttingen av registeret mislyktes: {table} har {there} rader på serveren, {here} i filen. Ingenting ble beholdt på serveren.</translation>
    </message>
    <message>
        <source>No PIN: set {env} or run in a terminal.</source>
        <translation>Ingen PIN: sett {env} eller kjør i en terminal.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {env} or run in a terminal.</source>
        <translation>Mangler passfrase for sikkerhetskopier: sett {env} eller kjør i en terminal.</translation>
    </message>
    <message>
        <source>No column of {name} is mapped to a customer field.</source>
        <translation>Ingen kolonne i {name} er koblet til et kundefelt.</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found (looked beside the register and the backup file). People erased since {taken_at} would come back. Put the backup folder&apos;s {ledger} beside the backup, or restore anyway with --without-ledger.</source>
        <translation>Fant ingen sletteliste nyere enn denne sikkerhetskopien (så etter ved registeret og ved sikkerhetskopifilen). Personer som er slettet siden {taken_at}, ville komme tilbake. Legg {ledger} fra sikkerhetskopimappen ved siden av sikkerhetskopien, eller gjenopprett likevel med --without-ledger.</translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation>Mangler passord: sett {env} eller kjør i en terminal.</translation>
    </message>
    <message>
        <source>No print spooler: install CUPS (the lp and lpstat commands).</source>
        <translation>Ingen utskriftskø: installer CUPS (kommandoene lp og lpstat).</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Ingen ansatt heter {name}.</translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation>Ingen gyldig kode venter for denne kunden. Send en ny.</translation>
    </message>
    <message>
        <source>Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.</source>
        <translation>Bare PostgreSQL-servere kan deles: bruk postgresql://bruker@vert:5432/database.</translation>
    </message>
    <message>
        <source>Only a register in a SQLite file can be moved; this one is already on a server.</source>
        <translation>Bare et register i en SQLite-fil kan flyttes; dette ligger allerede på en server.</translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation>Bare diskansatte kan logge inn med PIN-kode; eieren bruker passord.</translation>
    </message>
    <message>
        <source>Only the owner may add demo data.</source>
        <translation>Bare eieren kan legge inn demodata.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s settings.</source>
        <translation>Bare eieren kan endre butikkens innstillinger.</translation>
    </message>
    <message>
        <source>Only the owner may erase customers.</source>
        <translation>Bare eieren kan slette kunder.</translation>
    </message>
    <message>
        <source>Only the owner may export customer data.</source>
        <translation>Bare eieren kan eksportere kundedata.</translation>
    </message>
    <message>
        <source>Only the owner may handle data-subject requests.</source>
        <translation>Bare eieren kan behandle henvendelser fra de registrerte.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Bare eieren kan importere kunder.</translation>
    </message>
    <message>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Bare eieren kan administrere brukerkontoer for ansatte.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Bare eieren kan slå sammen kunder.</translation>
    </message>
    <message>
        <source>Only the owner may produce documents about a person.</source>
        <translation>Bare eieren kan lage dokumenter om en person.</translation>
    </message>
    <message>
        <source>Only the owner may read the audit trail.</source>
        <translation>Bare eieren kan lese revisjonsloggen.</translation>
    </message>
    <message>
        <source>Only the owner may take or restore backups.</source>
        <translation>Bare eieren kan ta eller gjenopprette sikkerhetskopier.</translation>
    </message>
    <message>
        <source>Open the register once with this version of kundereg before moving it.</source>
        <translation>Åpne registeret én gang med denne versjonen av kundereg før du flytter det.</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Prislistevare</translation>
    </message>
    <message>
        <source>Printing from the command line needs CUPS; on Windows print from the app.</source>
        <translation>Utskrift fra kommandolinjen krever CUPS; på Windows skriver du ut fra appen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Request {reference} asks for a rectification: say what is to be corrected (kundereg request complete {reference} --set FIELD=VALUE).</source>
        <translation>Henvendelse {reference} ber om retting: oppgi hva som skal rettes (kundereg request complete {reference} --set FELT=VERDI).</translation>
    </message>
    <message>
        <source>Request {reference} asks for erasure: carry it out with Erase (&apos;kundereg erase&apos;), which completes it, or refuse it.</source>
        <translation>Henvendelse {reference} gjelder sletting: utfør den med Slett (&apos;kundereg erase&apos;), som avslutter den, eller avslå den.</translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation>Henvendelse {reference} kan ikke gå fra {old} til {new}.</translation>
    </message>
    <message>
        <source>Request {reference} has no customer any more: it was erased already.</source>
        <translation>Henvendelse {reference} har ikke lenger noen kunde: kunden er allerede slettet.</translation>
    </message>
    <message>
        <source>Request {reference} has no identity check on it.</source>
        <translation>Henvendelse {reference} har ingen registrert identitetskontroll.</translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation>Fristen for henvendelse {reference} er allerede overskredet; en forlengelse må besluttes innen den første måneden.</translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation>Henvendelse {reference} er avsluttet.</translation>
    </message>
    <message>
        <source>Request {reference} is not a rectification: it takes no values to set.</source>
        <translation>Henvendelse {reference} er ikke en retting: den tar ingen verdier.</translation>
    </message>
    <message>
        <source>Request {reference} is not an erasure request.</source>
        <translation>Henvendelse {reference} er ikke en henvendelse om sletting.</translation>
    </message>
    <message>
        <source>Request {reference} is {status}; confirm the requester&apos;s identity on it first.</source>
        <translation>Henvendelse {reference} har status {status}; bekreft først identiteten til personen som sendte den.</translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation>Henvendelse {ref} har ikke lenger noen kunde.</translation>
    </message>
    <message>
        <source>Request {ref} is not about customer {id}.</source>
        <translation>Henvendelse {ref} gjelder ikke kunde {id}.</translation>
    </message>
    <message>
        <source>Restoring needs the owner&apos;s login.</source>
        <translation>Gjenoppretting krever at eieren logger inn.</translation>
    </message>
    <message>
        <source>Restoring needs the owner: --user NAME (or {env}).</source>
        <translation>Gjenoppretting krever eieren: --user NAVN (eller {env}).</translation>
    </message>
    <message>
        <source>Restoring replaces the SQLite register; this register is not one.</source>
        <translation>Gjenoppretting erstatter SQLite-registeret; dette registeret er ikke et SQLite-register.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Gjenoppretting erstatter registeret: bekreft med --yes.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV (a quote that is never closed?).</source>
        <translation>Rad {row} kan ikke leses som CSV (et anførselstegn som aldri lukkes?).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters.</source>
        <translation>Rad {row} har en celle som er lengre enn {limit} tegn.</translation>
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
        <translation>Oppgi hva som skal endres, for eksempel --mobile eller --email (se kundereg customer edit --help).</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation>Oppgi hvem som handler: --user NAVN (eller {env}).</translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation>Sending av koder via {channel} er ikke satt opp.</translation>
    </message>
    <message>
        <source>Service event</source>
        <translation>Servicesak</translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation>Servicesak {id} er allerede lukket.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>The CSV file needs a header line with at least the columns name and price (name;price;vat;unit;kind;due_days).</source>
        <translation>CSV-filen trenger en overskriftslinje med minst kolonnene name og price (name;price;vat;unit;kind;due_days).</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>URL-en nevner ingen database: postgresql://bruker@vert:5432/DATABASE.</translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation>Appen ble låst mens identitetskontrollen pågikk; kontroller på nytt etter opplåsing.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server (entry {entry}: {reason}). Nothing was kept on the server.</source>
        <translation>Revisjonssporet stemmer ikke på serveren (oppføring {entry}: {reason}). Ingenting ble beholdt på serveren.</translation>
    </message>
    <message>
        <source>The backup file names a key derivation this version does not accept.</source>
        <translation>Sikkerhetskopifilen oppgir en nøkkelavledning som denne versjonen ikke godtar.</translation>
    </message>
    <message>
        <source>The backup file {name} does not exist.</source>
        <translation>Sikkerhetskopifilen {name} finnes ikke.</translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation>Koden kunne ikke sendes på e-post ({kind}). Kontroller e-postinnstillingene eller bekreft identiteten på en annen måte.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation>Koden er feil.</translation>
    </message>
    <message>
        <source>The connection is not a valid URL. Use postgresql://user@host:5432/database.</source>
        <translation>Tilkoblingen er ikke en gyldig URL. Bruk postgresql://bruker@vert:5432/database.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nåværende passordet er feil.</translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation>Kunden har allerede samtykket til dette formålet.</translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation>Kunden har ikke registrert {what} som en kode kan sendes til.</translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation>Kunden har protestert mot markedsføring; samtykke til markedsføring kan ikke registreres.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation>Databaseadressen er ugyldig. Bruk en SQLAlchemy-URL som sqlite:///sti/til/kundereg.sqlite3 eller postgresql+psycopg://vert/db.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation>Databasedriveren for {backend} er ikke installert ({kind}).</translation>
    </message>
    <message>
        <source>The database {db} on {where} belongs to another program (it has tables, but no kundereg register). Use an empty database.</source>
        <translation>Databasen {db} på {where} tilhører et annet program (den har tabeller, men ikke noe kundereg-register). Bruk en tom database.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Filen {name} kan ikke åpnes.</translation>
    </message>
    <message>
        <source>The file {name} changed since it was checked; check it again before importing.</source>
        <translation>Filen {name} er endret siden den ble sjekket; sjekk den på nytt før import.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; start again.</source>
        <translation>Filen {name} ble endret under importen; begynn på nytt.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Filen {name} har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen {name} er ikke en Excel-arbeidsbok (.xlsx) som kan leses.</translation>
    </message>
    <message>
        <source>The file {name} is not text in {encoding}.</source>
        <translation>Filen {name} er ikke tekst i {encoding}.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import (at most 512 MB).</source>
        <translation>Filen {name} er for stor til å importeres (høyst 512 MB).</translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation>Mappen for --out finnes ikke: {folder}</translation>
    </message>
    <message>
        <source>The folder for --receipt does not exist: {folder}</source>
        <translation>Mappen for --receipt finnes ikke: {folder}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation>Den siste eierkontoen kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Koblingsfilen {name} kan ikke leses.</translation>
    </message>
    <message>
        <source>The mapping file {name} is not valid TOML.</source>
        <translation>Koblingsfilen {name} er ikke gyldig TOML.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting: {key}.</source>
        <translation>Koblingen har en ukjent innstilling: {key}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s [columns] must be a table of header = target.</source>
        <translation>Koblingens [columns] må være en tabell med overskrift = mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column {header} has an unknown target.</source>
        <translation>Kolonnen {header} i koblingen har et ukjent mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s consent_source must be counter, web, email, phone or letter.</source>
        <translation>Koblingens consent_source må være counter, web, email, phone eller letter.</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be ; , | or a tab.</source>
        <translation>Koblingens skilletegn må være ; , | eller tabulator.</translation>
    </message>
    <message>
        <source>The mapping&apos;s source must be a short name such as superoffice or visma.</source>
        <translation>Koblingens source må være et kort navn som superoffice eller visma.</translation>
    </message>
    <message>
        <source>The mapping&apos;s {key} must be text.</source>
        <translation>Koblingens {key} må være tekst.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name} (or the file is damaged).</source>
        <translation>Passfrasen åpner ikke {name} (eller filen er skadet).</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Passfrasene stemmer ikke overens.</translation>
    </message>
    <message>
        <source>The print spooler did not answer.</source>
        <translation>Utskriftskøen svarte ikke.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>Skriveren {printer} tok ikke imot jobben: {reason}</translation>
    </message>
    <message>
        <source>The purchase file {name} has no column for {what}.</source>
        <translation>Kjøpsfilen {name} har ingen kolonne for {what}.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; no backup was written.</source>
        <translation>Registeret besto ikke integritetskontrollen; ingen sikkerhetskopi ble skrevet.</translation>
    </message>
    <message>
        <source>The register file cannot be read ({kind}).</source>
        <translation>Registerfilen kan ikke leses ({kind}).</translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation>Registeret har ingen butikk ennå. Kjør «kundereg init» eller start appen for å sette det opp.</translation>
    </message>
    <message>
        <source>The register has no shop yet; set it up first.</source>
        <translation>Registeret har ingen butikk ennå; sett den opp først.</translation>
    </message>
    <message>
        <source>The register is busy: another kundereg is writing. Try again in a moment.</source>
        <translation>Registeret er opptatt: et annet kundereg skriver til det. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadet: SQLite kan ikke lese filen. Gjenopprett det fra en sikkerhetskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup.</source>
        <translation>Registeret er skadet: SQLite kan ikke lese filen. Gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadet: en mappe har tatt plassen til filen. Gjenopprett det fra en sikkerhetskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup.</source>
        <translation>Registeret er skadet: en mappe har tatt plassen til filen. Gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadet: filen er tom. Gjenopprett det fra en sikkerhetskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup.</source>
        <translation>Registeret er skadet: filen er tom. Gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registeret er skadet: filen er ikke en SQLite-database. Gjenopprett det fra en sikkerhetskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup.</source>
        <translation>Registeret er skadet: filen er ikke en SQLite-database. Gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The register is in use. Close kundereg on this PC and try again.</source>
        <translation>Registeret er i bruk. Lukk kundereg på denne PC-en og prøv igjen.</translation>
    </message>
    <message>
        <source>The register on {where} has schema {revision}, newer than this kundereg understands. Update kundereg on this PC first.</source>
        <translation>Registeret på {where} har skjema {revision}, nyere enn denne kundereg forstår. Oppdater kundereg på denne PC-en først.</translation>
    </message>
    <message>
        <source>The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or different). Enter them again in the notice settings.</source>
        <translation>De lagrede påloggingsdataene for SMS og e-post kan ikke dekrypteres (nøkkelfilen {file} mangler eller er en annen). Skriv dem inn på nytt i meldingsinnstillingene.</translation>
    </message>
    <message>
        <source>The server on {where} refused user {user}: wrong password, or no such user.</source>
        <translation>Serveren på {where} avviste brukeren {user}: feil passord, eller brukeren finnes ikke.</translation>
    </message>
    <message>
        <source>The server {where} does not answer. Is PostgreSQL running there, and is the port open to this PC?</source>
        <translation>Serveren {where} svarer ikke. Kjører PostgreSQL der, og er porten åpen for denne PC-en?</translation>
    </message>
    <message>
        <source>The shop profile does not market to existing customers (marketing basis f): the privacy notice would not tell them, so there is no such list.</source>
        <translation>Butikkprofilen markedsfører ikke mot eksisterende kunder (markedsføringsgrunnlag f): personvernerklæringen ville ikke fortelle dem det, så det finnes ingen slik liste.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has the tables {tables}). Move the register into a new, empty database.</source>
        <translation>Måldatabasen er ikke tom (den har tabellene {tables}). Flytt registeret til en ny, tom database.</translation>
    </message>
    <message>
        <source>The ticket names its customer: say how their identity was checked (--verified-by or --reason).</source>
        <translation>Hentelappen viser kundens navn: oppgi hvordan identiteten ble kontrollert (--verified-by eller --reason).</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>Arbeidsboken har ikke noe ark som heter {sheet}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Arbeidsboken {name} har ingen ark.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}. Ask whoever runs the server to create it.</source>
        <translation>Det finnes ingen database {db} på {where}. Be den som driver serveren, om å opprette den.</translation>
    </message>
    <message>
        <source>There is no printer by that name.</source>
        <translation>Det finnes ingen skriver med det navnet.</translation>
    </message>
    <message>
        <source>There is no printer called {printer} (lpstat -e lists them).</source>
        <translation>Det finnes ingen skriver som heter {printer} (lpstat -e viser dem).</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of kundereg (schema {revision}); update kundereg first.</source>
        <translation>Denne sikkerhetskopien kommer fra en nyere versjon av kundereg (skjema {revision}); oppdater kundereg først.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Dette samtykket er allerede trukket tilbake.</translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation>Dette registeret er allerede satt opp; «init» gjør ingenting andre gang.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation>Lapp {number} kan ikke gå fra {old} til {new}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not in progress; a delay notice is for work not yet ready.</source>
        <translation>Bestilling {number} er ikke under arbeid; et forsinkelsesvarsel gjelder arbeid som ikke er ferdig.</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange feil svar for denne kunden. Kontroller legitimasjon med bilde eller send en kode i stedet.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>For mange feil forsøk. Prøv igjen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Ukjent bruker eller feil passord.</translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation>Oppdateringen av registeret fra skjema {current} til {head} mislyktes ({kind}). Registeret er gjenopprettet fra kopien som ble tatt før oppdateringen: {copy}.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation>Bekreft først personens identitet (legitimasjon med bilde, kunnskapskontroll eller kode); en tjenstlig grunn bekrefter ikke hvem som sendte henvendelsen.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation>Bekreft personens identitet eller oppgi en tjenstlig grunn før kunde {id} vises.</translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation>Det personen oppga, stemmer ikke med registeret.</translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation>Du må logge inn først.</translation>
    </message>
    <message>
        <source>at most {n} entries.</source>
        <translation>høyst {n} oppføringer.</translation>
    </message>
    <message>
        <source>at most {n} purposes.</source>
        <translation>høyst {n} formål.</translation>
    </message>
    <message>
        <source>belongs to customer {id}, who is restricted (GDPR Art. 18).</source>
        <translation>tilhører kunde {id}, som er begrenset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>cannot be added: the price list is full ({n} items).</source>
        <translation>kan ikke legges til: prislisten er full ({n} varer).</translation>
    </message>
    <message>
        <source>cannot be before the register was set up ({day}).</source>
        <translation>kan ikke være før registeret ble opprettet ({day}).</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>kan ikke være fram i tid.</translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation>inneholder kontrolltegn eller linjeskift som ikke er tillatt.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>inneholder kontrolltegn.</translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation>tilhører ikke denne kunden.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <source>entry {n}: the country must be a two-letter code such as NO.</source>
        <translation>oppføring {n}: landet må være en kode på to bokstaver, f.eks. NO.</translation>
    </message>
    <message>
        <source>entry {n}: the name is too long or has line breaks.</source>
        <translation>oppføring {n}: navnet er for langt eller har linjeskift.</translation>
    </message>
    <message>
        <source>entry {n}: the name of the organisation is needed (a kind of recipient without a name belongs in a purpose&apos;s recipients).</source>
        <translation>oppføring {n}: navnet på virksomheten trengs (en type mottaker uten navn hører hjemme blant mottakerne til et formål).</translation>
    </message>
    <message>
        <source>entry {n}: the role must be one of {codes}.</source>
        <translation>oppføring {n}: rollen må være en av {codes}.</translation>
    </message>
    <message>
        <source>gives a consent date in the future.</source>
        <translation>oppgir en samtykkedato fram i tid.</translation>
    </message>
    <message>
        <source>has an unmatched brace; write {{ and }} for a brace.</source>
        <translation>har en klamme uten make; skriv {{ og }} for en klamme.</translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation>har for mange linjer (høyst {n}).</translation>
    </message>
    <message>
        <source>is a date in the future.</source>
        <translation>er en dato fram i tid.</translation>
    </message>
    <message>
        <source>is already on the price list.</source>
        <translation>står allerede på prislisten.</translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation>er allerede i bruk.</translation>
    </message>
    <message>
        <source>is needed: letters and receipts are signed with the full name.</source>
        <translation>må fylles ut: brev og kvitteringer signeres med fullt navn.</translation>
    </message>
    <message>
        <source>is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>må fylles ut: personvernerklæringen og protokollen over behandlingsaktiviteter må si hvordan butikken kan kontaktes.</translation>
    </message>
    <message>
        <source>is not a customer field.</source>
        <translation>er ikke et kundefelt.</translation>
    </message>
    <message>
        <source>is not a date (use 2024-05-31 or 31.05.2024).</source>
        <translation>er ikke en dato (bruk 2024-05-31 eller 31.05.2024).</translation>
    </message>
    <message>
        <source>is not a known purpose. Known purposes: {keys}.</source>
        <translation>er ikke et kjent formål. Kjente formål: {keys}.</translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation>er ikke en kjent status.</translation>
    </message>
    <message>
        <source>is not a phone number.</source>
        <translation>er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>is not a postal code.</source>
        <translation>er ikke et postnummer.</translation>
    </message>
    <message>
        <source>is not a request type.</source>
        <translation>er ikke en type henvendelse.</translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation>er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation>er ikke et gyldig organisasjonsnummer for {country}.</translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation>er ikke et gyldig telefonnummer for landet sitt.</translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation>er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation>er ikke et organisasjonsnummer.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>er utenfor tillatt område.</translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation>må fylles ut (eller et fornavn eller et firmanavn).</translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation>må fylles ut når bestillingen ikke har linjer.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>må fylles ut.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>er for lang (høyst {limit} tegn).</translation>
    </message>
    <message>
        <source>is too long for a customer number.</source>
        <translation>er for langt for et kundenummer.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>er for lang.</translation>
    </message>
    <message>
        <source>kundereg backs up its own SQLite register. Back up a PostgreSQL register on the server (pg_dump).</source>
        <translation>kundereg tar sikkerhetskopi av sitt eget SQLite-register. Ta sikkerhetskopi av et PostgreSQL-register på serveren (pg_dump).</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; it was not run. Type the value itself.</source>
        <translation>ser ut som en regnearkformel; den ble ikke kjørt. Skriv inn selve verdien.</translation>
    </message>
    <message>
        <source>marketing is switched on: add the marketing purpose it is for.</source>
        <translation>markedsføring er slått på: legg til markedsføringsformålet den gjelder.</translation>
    </message>
    <message>
        <source>marketing to existing customers is switched on: add its purpose.</source>
        <translation>markedsføring mot eksisterende kunder er slått på: legg til formålet for det.</translation>
    </message>
    <message>
        <source>matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.</source>
        <translation>samsvarer med kunde {id}, som er begrenset (GDPR art. 18); posten kan ikke endres.</translation>
    </message>
    <message>
        <source>matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.</source>
        <translation>samsvarer med to kunder ({a} og {b}); slå dem sammen først (Finn duplikater), og importer så på nytt.</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>kan ikke være negativ.</translation>
    </message>
    <message>
        <source>may not contain links: notices are service messages, not marketing.</source>
        <translation>kan ikke inneholde lenker: varsler er servicemeldinger, ikke markedsføring.</translation>
    </message>
    <message>
        <source>may not use {{{name}}}: notices are service messages, not marketing.</source>
        <translation>kan ikke bruke {{{name}}}: varsler er servicemeldinger, ikke markedsføring.</translation>
    </message>
    <message>
        <source>may only use {allowed}.</source>
        <translation>kan bare bruke {allowed}.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilnummer</translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>må være 1 til 64 små bokstaver, sifre, «.», «_» eller «-».</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation>må være 4 til 8 sifre.</translation>
    </message>
    <message>
        <source>must be a date like 2026-01-31.</source>
        <translation>må være en dato som 2026-01-31.</translation>
    </message>
    <message>
        <source>must be a percentage such as 25.</source>
        <translation>må være en prosentsats, for eksempel 25.</translation>
    </message>
    <message>
        <source>must be a port number.</source>
        <translation>må være et portnummer.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation>må være en ISO-valutakode på tre bokstaver, som NOK eller SEK.</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation>må være en landkode på to bokstaver, som NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 365.</source>
        <translation>må være et heltall fra 0 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {n}.</source>
        <translation>må være et heltall fra 0 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation>må være et heltall fra 1 til 10000.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365.</source>
        <translation>må være et heltall fra 1 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}.</source>
        <translation>må være et heltall fra 1 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>må være et heltall fra {low} til {high}.</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation>må være et helt antall øre/cent.</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation>må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation>må gjelde mobil, e-post eller lapp.</translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation>må være et beløp som 249,50.</translation>
    </message>
    <message>
        <source>must be at least {n} characters long.</source>
        <translation>må være minst {n} tegn lang.</translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation>må være minst {n} tegn.</translation>
    </message>
    <message>
        <source>must be auto, sms, email or none.</source>
        <translation>må være auto, sms, email eller none.</translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation>må være disk, e-post, brev eller telefon.</translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation>må være disk, nett, e-post, telefon eller brev.</translation>
    </message>
    <message>
        <source>must be none, consent (a) or legitimate interests (f).</source>
        <translation>må være ingen, samtykke (a) eller berettiget interesse (f).</translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation>må være en av NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation>må være en av {codes}.</translation>
    </message>
    <message>
        <source>must be one of {rates} %.</source>
        <translation>må være en av {rates} %.</translation>
    </message>
    <message>
        <source>must be one of {units}.</source>
        <translation>må være en av {units}.</translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation>må være en av: {codes}.</translation>
    </message>
    <message>
        <source>must be one of: {fields}.</source>
        <translation>må være ett av: {fields}.</translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation>må være en av: {types}.</translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation>må være eier eller disk.</translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation>må være løst eller avvist.</translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation>må være retur, reklamasjon eller reparasjon.</translation>
    </message>
    <message>
        <source>must be service or goods.</source>
        <translation>må være tjeneste eller vare.</translation>
    </message>
    <message>
        <source>must be starttls, ssl or none.</source>
        <translation>må være starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>must be up to 11 letters and digits, or a phone number.</source>
        <translation>må være høyst 11 bokstaver og sifre, eller et telefonnummer.</translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation>må være {shape} i {country}.</translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation>må ha en tidssone.</translation>
    </message>
    <message>
        <source>must contain {{ticket}}.</source>
        <translation>må inneholde {{ticket}}.</translation>
    </message>
    <message>
        <source>must name at least one source (usually the customer).</source>
        <translation>må oppgi minst én kilde (vanligvis kunden).</translation>
    </message>
    <message>
        <source>must say yes or no, or give the date the consent was given.</source>
        <translation>må si ja eller nei, eller oppgi datoen samtykket ble gitt.</translation>
    </message>
    <message>
        <source>must start with https://.</source>
        <translation>må begynne med https://.</translation>
    </message>
    <message>
        <source>name at least one purpose.</source>
        <translation>oppgi minst ett formål.</translation>
    </message>
    <message>
        <source>names a consent purpose that is too long.</source>
        <translation>oppgir et samtykkeformål som er for langt.</translation>
    </message>
    <message>
        <source>names a customer number that is not in the customer file.</source>
        <translation>oppgir et kundenummer som ikke finnes i kundefilen.</translation>
    </message>
    <message>
        <source>names an unknown credential.</source>
        <translation>nevner ukjente påloggingsdata.</translation>
    </message>
    <message>
        <source>names an unknown kind of notice.</source>
        <translation>nevner en ukjent type varsel.</translation>
    </message>
    <message>
        <source>names no customer number.</source>
        <translation>oppgir ikke noe kundenummer.</translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation>nevner ukjente felt: {names}.</translation>
    </message>
    <message>
        <source>names unknown sources: {names}.</source>
        <translation>oppgir ukjente kilder: {names}.</translation>
    </message>
    <message>
        <source>number {n} has no price such as 79,00 after its last colon.</source>
        <translation>nummer {n} har ingen pris som 79,00 etter siste kolon.</translation>
    </message>
    <message>
        <source>number {n} is not written as TEXT:QUANTITY:PRICE (for example &quot;Shirt:2:79,00&quot;).</source>
        <translation>nummer {n} er ikke skrevet som TEKST:ANTALL:PRIS (for eksempel &quot;Skjorte:2:79,00&quot;).</translation>
    </message>
    <message>
        <source>or a phone number is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>eller et telefonnummer må fylles ut: personvernerklæringen og protokollen over behandlingsaktiviteter må si hvordan butikken kan kontaktes.</translation>
    </message>
    <message>
        <source>purpose {n} is listed twice.</source>
        <translation>formål {n} er oppført to ganger.</translation>
    </message>
    <message>
        <source>purpose {n} is marketing, but the profile says the shop does no marketing.</source>
        <translation>formål {n} er markedsføring, men ifølge profilen driver butikken ikke markedsføring.</translation>
    </message>
    <message>
        <source>purpose {n} is not a known kind of purpose.</source>
        <translation>formål {n} er ikke en kjent type formål.</translation>
    </message>
    <message>
        <source>purpose {n} must name the data it uses.</source>
        <translation>formål {n} må oppgi hvilke opplysninger det bruker.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown kind of data.</source>
        <translation>formål {n} oppgir en ukjent type opplysninger.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown recipient role.</source>
        <translation>formål {n} oppgir en ukjent mottakerrolle.</translation>
    </message>
    <message>
        <source>purpose {n} needs a title.</source>
        <translation>formål {n} må ha en tittel.</translation>
    </message>
    <message>
        <source>purpose {n} uses {category} data, but those customer fields are switched off.</source>
        <translation>formål {n} bruker opplysninger av typen {category}, men de kundefeltene er slått av.</translation>
    </message>
    <message>
        <source>purpose {n}: marketing must rest on the basis chosen for marketing ({basis}).</source>
        <translation>formål {n}: markedsføring må bygge på grunnlaget som er valgt for markedsføring ({basis}).</translation>
    </message>
    <message>
        <source>purpose {n}: the legal basis must be a letter from a to f (GDPR Art. 6(1)).</source>
        <translation>formål {n}: det rettslige grunnlaget må være en bokstav fra a til f (GDPR art. 6 nr. 1).</translation>
    </message>
    <message>
        <source>purpose {n}: the retention must be 1 to 50 years.</source>
        <translation>formål {n}: oppbevaringstiden må være 1 til 50 år.</translation>
    </message>
    <message>
        <source>purpose {n}: unknown retention rule.</source>
        <translation>formål {n}: ukjent regel for oppbevaringstid.</translation>
    </message>
    <message>
        <source>states a consent without the date it was given; add a consent date column.</source>
        <translation>oppgir et samtykke uten datoen det ble gitt; legg til en kolonne med samtykkedato.</translation>
    </message>
    <message>
        <source>write --set as FIELD=VALUE, for example --set email=kari@example.no.</source>
        <translation>skriv --set som FELT=VERDI, for eksempel --set email=kari@example.no.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>{name} does not decrypt to the register it was taken from.</source>
        <translation>{name} dekrypteres ikke til det registeret kopien ble tatt av.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} er en mappe, ikke en sikkerhetskopifil.</translation>
    </message>
    <message>
        <source>{name} is cut short: the last part is missing.</source>
        <translation>{name} er avkortet: den siste delen mangler.</translation>
    </message>
    <message>
        <source>{name} is damaged at part {index}.</source>
        <translation>{name} er skadet i del {index}.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read.</source>
        <translation>{name} er skadet: filhodet kan ikke leses.</translation>
    </message>
    <message>
        <source>{name} is not a kundereg backup.</source>
        <translation>{name} er ikke en sikkerhetskopi fra kundereg.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of kundereg.</source>
        <translation>{name} ble skrevet av en nyere versjon av kundereg.</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation>{what} {ident} finnes ikke.</translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>{what} {ident} er endret av noen andre etter at du åpnet den. Hent på nytt for å se endringene deres; dine ble ikke lagret.</translation>
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
        <translation>Problem med innloggingen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Velg navnet ditt og skriv passordet eller PIN-koden.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruker</translation>
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
        <translation>Det finnes ingen aktiv ansattkonto.</translation>
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
        <translation>&amp;Bytt bruker …</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Bytt bruker</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logg ut og la en annen logge inn</translation>
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
        <translation>Registeret er låst. {name} ({user}) kan låse det opp med passordet eller PIN-koden sin; alle andre logger inn med «Bytt bruker».</translation>
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
        <translation>Gå til søkefeltet</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation>Legg til en kunde, med utgangspunkt i det som står i søkefeltet</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Lagre kunden</translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation>Lagre den åpne kunden</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tilbake til søket</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Tilbake til søkeresultatene</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Ny or&amp;dre…</translation>
    </message>
    <message>
        <source>Record a new order for the open customer</source>
        <translation>Registrer en ny ordre for kunden som er åpen</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til henting</translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation>Lapper som er klare og venter på å bli hentet</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation>Hent visningen på nytt</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Lå&amp;s</translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation>Lås registeret; passordet eller PIN-koden din åpner det igjen</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Bytt bruker …</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logg ut og la en annen logge inn</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Lag &amp;demodata …</translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation>Fyll et prøveregister med oppdiktede kunder og kjøp</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisjonslogg …</translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation>Hvem som så og endret hva, og om loggen er intakt</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Ansatte …</translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation>Ansattkontoer, roller, passord og PIN-koder</translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation>&amp;Henvendelser …</translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation>Henvendelser fra registrerte og fristene deres</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Ta sikkerhetskopi nå …</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the register</source>
        <translation>Skriv en kryptert, kontrollert sikkerhetskopi av registeret</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Replace the register with a backup; people erased since are erased again</source>
        <translation>Erstatt registeret med en sikkerhetskopi; personer som er slettet siden, slettes på nytt</translation>
    </message>
    <message>
        <source>Shop &amp;profile and settings…</source>
        <translation>Butikk&amp;profil og innstillinger …</translation>
    </message>
    <message>
        <source>What the shop keeps and why, retention, and the privacy notice</source>
        <translation>Hva butikken lagrer og hvorfor, oppbevaringstid og personvernerklæringen</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer kunder …</translation>
    </message>
    <message>
        <source>Bring in a customer list exported from another system or a spreadsheet</source>
        <translation>Ta inn en kundeliste eksportert fra et annet system eller et regneark</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Finn d&amp;uplikater …</translation>
    </message>
    <message>
        <source>Customers registered twice, to merge into one</source>
        <translation>Kunder som er registrert to ganger, for å slå dem sammen til én</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
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
        <translation>kundereg bruker {language} fra neste oppstart.</translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation>Om kundereg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Sjekk kolonnene</translation>
    </message>
    <message>
        <source>Each column of the file and what it holds; change what was guessed wrong, or choose “Not imported”.</source>
        <translation>Hver kolonne i filen og hva den inneholder; endre det som ble gjettet feil, eller velg «Importeres ikke».</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>De første radene i filen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Velg minst én kolonne som skal importeres.</translation>
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
        <translation>Forsinkelsesvarsel</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
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
        <translation>Kunden vil ikke ha varsler.</translation>
    </message>
    <message>
        <source>The customer has neither a mobile number nor an email address.</source>
        <translation>Kunden har verken mobilnummer eller e-postadresse.</translation>
    </message>
    <message>
        <source>The shop has no SMS provider and the customer has no email address.</source>
        <translation>Butikken har ingen SMS-leverandør, og kunden har ingen e-postadresse.</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Kunden har ikke mobilnummer.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Kunden har ikke e-postadresse.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail server is not set up.</source>
        <translation>Butikkens e-postserver er ikke satt opp.</translation>
    </message>
    <message>
        <source>The SMS provider is not set up.</source>
        <translation>SMS-leverandøren er ikke satt opp.</translation>
    </message>
    <message>
        <source>The customer was erased or the ticket removed.</source>
        <translation>Kunden er slettet eller bestillingen fjernet.</translation>
    </message>
    <message>
        <source>The provider refused the message.</source>
        <translation>Leverandøren avviste meldingen.</translation>
    </message>
    <message>
        <source>The provider refused the credentials.</source>
        <translation>Leverandøren avviste påloggingsdataene.</translation>
    </message>
    <message>
        <source>The provider refused the number.</source>
        <translation>Leverandøren avviste nummeret.</translation>
    </message>
    <message>
        <source>The provider asked to slow down.</source>
        <translation>Leverandøren ba om å sende saktere.</translation>
    </message>
    <message>
        <source>The provider had an error.</source>
        <translation>Leverandøren hadde en feil.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Leverandøren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Leverandøren kunne ikke nås.</translation>
    </message>
    <message>
        <source>The ticket was collected before the notice went out.</source>
        <translation>Bestillingen ble hentet før varselet gikk ut.</translation>
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
        <translation>Forsinkelse</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmelding</translation>
    </message>
    <message>
        <source>No SMS (email only)</source>
        <translation>Ingen SMS (bare e-post)</translation>
    </message>
    <message>
        <source>Infobip SMS API</source>
        <translation>Infobip SMS API</translation>
    </message>
    <message>
        <source>Email-to-SMS gateway</source>
        <translation>E-post-til-SMS-tjeneste</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>Pickup notices</source>
        <translation>Hentevarsler</translation>
    </message>
    <message>
        <source>Send notices when a ticket is ready</source>
        <translation>Send varsel når en bestilling er klar</translation>
    </message>
    <message>
        <source>saved, leave empty to keep</source>
        <translation>lagret, la stå tomt for å beholde</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>ingen påminnelser</translation>
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
        <translation>SMS-avsendernavn</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-post-til-SMS-domene</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>E-postbruker</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-postpassord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsenderadresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åpningstider</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Påminn etter (dager)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminnelser høyst</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meldingstekst</translation>
    </message>
    <message>
        <source>Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. No offers, links or names.</source>
        <translation>Bare servicemeldinger: {shop}, {ticket}, {hours} og, ved forsinkelse, {days}. Ingen tilbud, lenker eller navn.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Testmelding til</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Send en testmelding</translation>
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
        <translation>Lagre meldingsinnstillingene</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Testmeldingen ble sendt.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}</source>
        <translation>Testmeldingen ble ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>The test message is waiting to be retried.</source>
        <translation>Testmeldingen venter på et nytt forsøk.</translation>
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
        <translation>sendes</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
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
        <translation>Hva bestillingen gjelder (valgfritt med varelinjer)</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Beskrivelse av bestillingen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Feil i beskrivelsen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Vare</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Antall</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Enhetspris</translation>
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
        <translation>Legg til en varelinje (Alt+L)</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Sum for bestillingen</translation>
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
        <translation>Fast &amp;sum:</translation>
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
        <translation>&amp;Registrer bestillingen</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Registrer bestillingen</translation>
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
        <translation>Skriv en beskrivelse eller minst én varelinje.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Passfrase for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backups are encrypted with this passphrase. Without it no backup can be restored: keep it somewhere safe, away from this PC.</source>
        <translation>Sikkerhetskopiene krypteres med denne passfrasen. Uten den kan ingen sikkerhetskopi gjenopprettes: oppbevar den på et trygt sted, ikke på denne PC-en.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>Skriv inn passfrasen sikkerhetskopien ble kryptert med.</translation>
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
        <translation>&amp;Husk på denne PC-en, for den daglige sikkerhetskopien ved lukking</translation>
    </message>
    <message>
        <source>Anyone who can log in to this user account on this PC can then read the passphrase.</source>
        <translation>Da kan alle som kan logge inn på denne brukerkontoen på denne PC-en, lese passfrasen.</translation>
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
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Bruk denne passfrasen</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Passfrasen må være minst {n} tegn lang.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to passfrasene er ulike.</translation>
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
        <translation>Gi {name} det nye passordet personlig. En tilbakestilling avslutter også ventetiden etter for mange feil forsøk.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tegn</translation>
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
        <translation>De to passordene er ikke like.</translation>
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
        <translation>Sender {title} til skriveren …</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Forhåndsvisning av {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Klargjør sidene …</translation>
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
        <translation>Førerkort</translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation>Bankkort med bilde</translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation>Annen legitimasjon med bilde</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Klar siden</translation>
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
        <translation>{n} dager</translation>
    </message>
    <message>
        <source>Ready since {when}</source>
        <translation>Klar siden {when}</translation>
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
        <translation>Lapper klare til henting</translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation>Lappnummer, navn eller mobil</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Finn lapp</translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation>Pil ned går til listen; Enter åpner kunden.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation>Antall klare lapper</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til henting</translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation>Status for hentelisten</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Hentet</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merk som hentet</translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation>&amp;Kopier mobilnumre</translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation>Kopier mobilnumre</translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation>Kopier mobilnumrene til de valgte lappene, eller til alle lappene i listen, for å lime dem inn i SMS-tjenesten din</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Åpne kunden</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åpne kunden</translation>
    </message>
    <message>
        <source>Hand the selected tickets over to the customer (Enter)</source>
        <translation>Lever de valgte lappene til kunden (Enter)</translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket</source>
        <translation>Vis kunden til den valgte lappen</translation>
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
        <translation>Hent listen på nytt (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Could not load the list: {reason}</source>
        <translation>Kunne ikke hente listen: {reason}</translation>
    </message>
    <message>
        <source>No tickets are waiting for pickup.</source>
        <translation>Ingen lapper venter på henting.</translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation>1 lapp klar til henting</translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation>{n} lapper klare til henting</translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation>({n} vises)</translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation>1 mobilnummer kopiert.</translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation>{n} mobilnumre kopiert.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Utlevering</translation>
    </message>
    <message>
        <source>Hand over ticket {numbers} to the customer now?</source>
        <translation>Levere lapp {numbers} til kunden nå?</translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation>1 lapp merket som hentet.</translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation>{n} lapper merket som hentet.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Endret et annet sted</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listen er hentet på nytt.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>Angi PIN-kode</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Angi PIN-kode</translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation>{name} kan da logge inn med denne PIN-koden i stedet for passordet.</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 sifre</translation>
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
        <translation>De to PIN-kodene er ikke like.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Dry cleaner</source>
        <translation>Renseri</translation>
    </message>
    <message>
        <source>Building supplier</source>
        <translation>Byggevareleverandør</translation>
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
        <translation>Navn</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfall etter (dager)</translation>
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
        <translation>Legg til forhåndsvalgte varer</translation>
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
            <numerusform>%n linje kunne ikke importeres; den første: linje {line}: {problem}</numerusform>
            <numerusform>%n linjer kunne ikke importeres; den første: linje {line}: {problem}</numerusform>
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
        <translation>merkelapper til hentelapp {number}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shop profile and settings</source>
        <translation>Butikkprofil og innstillinger</translation>
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
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Mottakere</translation>
    </message>
    <message>
        <source>Re&amp;tention and backups</source>
        <translation>&amp;Oppbevaring og sikkerhetskopier</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Dokumentenes språk</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice…</source>
        <translation>Lagre &amp;personvernerklæring …</translation>
    </message>
    <message>
        <source>Save record of processing…</source>
        <translation>Lagre protokoll over behandlingsaktiviteter …</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokumenter på</translation>
    </message>
    <message>
        <source>No profile saved yet: the documents use the built-in defaults until you save.</source>
        <translation>Ingen profil er lagret ennå: dokumentene bruker de innebygde standardverdiene til du lagrer.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Nettside (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Regneark (*.csv)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Lagret: {path}</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
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
        <translation>Kundeservice, reklamasjoner og returer</translation>
    </message>
    <message>
        <source>Bookkeeping and other legal obligations</source>
        <translation>Bokføring og andre rettslige forpliktelser</translation>
    </message>
    <message>
        <source>Newsletters and marketing with consent</source>
        <translation>Nyhetsbrev og markedsføring med samtykke</translation>
    </message>
    <message>
        <source>Marketing to existing customers</source>
        <translation>Markedsføring mot eksisterende kunder</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims</source>
        <translation>Fastsette, gjøre gjeldende eller forsvare rettskrav</translation>
    </message>
    <message>
        <source>Handling privacy requests</source>
        <translation>Behandling av henvendelser om personvern</translation>
    </message>
    <message>
        <source>Other (own title)</source>
        <translation>Annet (egen tittel)</translation>
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
        <translation>(c) rettslig forpliktelse</translation>
    </message>
    <message>
        <source>(d) vital interests</source>
        <translation>(d) vitale interesser</translation>
    </message>
    <message>
        <source>(e) public interest</source>
        <translation>(e) allmennhetens interesse</translation>
    </message>
    <message>
        <source>(f) legitimate interests</source>
        <translation>(f) berettiget interesse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Firmaopplysninger</translation>
    </message>
    <message>
        <source>Purchases and orders</source>
        <translation>Kjøp og bestillinger</translation>
    </message>
    <message>
        <source>Complaints, returns and repairs</source>
        <translation>Reklamasjoner, returer og reparasjoner</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondanse</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Privacy requests</source>
        <translation>Henvendelser om personvern</translation>
    </message>
    <message>
        <source>While the customer relationship lasts</source>
        <translation>Så lenge kundeforholdet varer</translation>
    </message>
    <message>
        <source>As long as bookkeeping law requires</source>
        <translation>Så lenge bokføringsloven krever</translation>
    </message>
    <message>
        <source>Until consent is withdrawn</source>
        <translation>Til samtykket trekkes tilbake</translation>
    </message>
    <message>
        <source>Until claims are time-barred</source>
        <translation>Til krav er foreldet</translation>
    </message>
    <message>
        <source>As long as needed to document the handling</source>
        <translation>Så lenge det trengs for å dokumentere behandlingen</translation>
    </message>
    <message>
        <source>A fixed number of years</source>
        <translation>Et fast antall år</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Regnskap</translation>
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
        <translation>Drift av nettside</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betalingstjeneste</translation>
    </message>
    <message>
        <source>Email and newsletter service</source>
        <translation>E-post- og nyhetsbrevtjeneste</translation>
    </message>
    <message>
        <source>Text message (SMS) service</source>
        <translation>SMS-tjeneste</translation>
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
        <translation>Offentlige myndigheter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The company the customer buys for</source>
        <translation>Firmaet kunden handler for</translation>
    </message>
    <message>
        <source>Our website (contact form, customer account)</source>
        <translation>Nettsiden vår (kontaktskjema, kundekonto)</translation>
    </message>
    <message>
        <source>Public business registers</source>
        <translation>Offentlige foretaksregistre</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ingen markedsføring</translation>
    </message>
    <message>
        <source>Only with the customer&apos;s consent (a)</source>
        <translation>Bare med kundens samtykke (a)</translation>
    </message>
    <message>
        <source>To existing customers with a purchase under the marketing act, to others with consent (f)</source>
        <translation>Til eksisterende kunder med et kjøp etter markedsføringsloven, til andre med samtykke (f)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>As on receipts, e.g. Gjøvik Rens AS</source>
        <translation>Som på kvitteringer, f.eks. Gjøvik Rens AS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where customers write about their data</source>
        <translation>Dit kundene skriver om opplysningene sine</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Dokumentenes språk</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Butikk&amp;navn</translation>
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
        <translation>Postnummer og post&amp;sted</translation>
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
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Customer fields besides name, mobile, email and notes</source>
        <translation>Kundefelt i tillegg til navn, mobil, e-post og notater</translation>
    </message>
    <message>
        <source>Treat a sole trader&apos;s organisation number as personal data</source>
        <translation>Behandle organisasjonsnummeret til et enkeltpersonforetak som personopplysning</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Hvor opplysningene kommer fra</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation>M&amp;arkedsføring</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Legg til formål</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Own title</source>
        <translation>Egen tittel</translation>
    </message>
    <message>
        <source>Only for &apos;Other&apos;: the purpose in your words</source>
        <translation>Bare for «Annet»: formålet med dine egne ord</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rettslig grunnlag</translation>
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
        <translation>Fo&amp;rmål</translation>
    </message>
    <message>
        <source>Own &amp;title</source>
        <translation>Egen &amp;tittel</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Art. 6(1))</source>
        <translation>Rettslig &amp;grunnlag (art. 6 nr. 1)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Oppbe&amp;varingstid</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Opplysninger som brukes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nytt formål</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Databehandler</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Databehandlere og mottakere</translation>
    </message>
    <message>
        <source>Name the systems and companies that get customer data, e.g. your accounting system or carrier. Leave the name empty to describe only the kind of recipient. Tick &apos;Processor&apos; for those working on your behalf under a data processing agreement.</source>
        <translation>Oppgi systemene og firmaene som får kundeopplysninger, f.eks. regnskapssystemet eller transportøren din. La navnet stå tomt for å beskrive bare typen mottaker. Kryss av for «Databehandler» for dem som arbeider på dine vegne etter en databehandleravtale.</translation>
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
        <translation> dager</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uker</translation>
    </message>
    <message>
        <source>Delete customers &amp;inactive for</source>
        <translation>Slett kunder som har vært &amp;inaktive i</translation>
    </message>
    <message>
        <source>&amp;Consents last at most</source>
        <translation>&amp;Samtykker varer høyst</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Behold &amp;daglige sikkerhetskopier i</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>Behold &amp;ukentlige sikkerhetskopier i</translation>
    </message>
    <message>
        <source>Purchases the bookkeeping law requires are kept as long as it requires, whatever is set here. The privacy notice states these periods.</source>
        <translation>Kjøp som bokføringsloven krever, oppbevares så lenge loven krever, uansett hva som er valgt her. Personvernerklæringen oppgir disse periodene.</translation>
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
        <translation>Stanser …</translation>
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
        <translation>Bestillinger og lapper</translation>
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
        <translation>Registrer en ny bestilling eller lapp for denne kunden</translation>
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
        <translation>Bestillingen er klar til henting</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Hentet</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Merk som hentet</translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation>Kunden har hentet bestillingen</translation>
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
        <translation>Bestillingen er levert til kunden</translation>
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
        <translation>Varene kom tilbake; bestillingen teller ikke lenger med i summen</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>&amp;Kanseller bestillingen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Kanseller bestillingen</translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation>Kanseller bestillingen; den teller ikke lenger med i summen</translation>
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
        <translation>Registrer en retur, reklamasjon eller reparasjon for denne kunden</translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation>Sum for alle bestillinger</translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation>Kansellerte og returnerte bestillinger telles ikke med.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status for historikken</translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation>Returer, reklamasjoner og reparasjoner</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>&amp;Løst</translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation>Lukk som løst</translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation>Lukk den valgte saken: den ble ordnet</translation>
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
        <translation>Lukk den valgte saken: kravet ble ikke godtatt</translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation>&amp;Bestillinger og lapper</translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation>Valgt lapp:</translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation>Returer, re&amp;klamasjoner og reparasjoner</translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation>Lukk den valgte saken:</translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation>Ikke mulig mens behandlingen av kundens personopplysninger er begrenset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen bestillinger ennå.</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} bestillinger</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 bestilling</translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation>Kunne ikke hente historikken: {reason}</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>Sum: {amounts}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Endret et annet sted</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listen er hentet på nytt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation>Sette lapp {number} til «{status}»? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Ordren er registrert</translation>
    </message>
    <message>
        <source>Ticket number {number}

Write it on the tag, or give the customer the printed ticket.</source>
        <translation>Lappnummer {number}

Skriv det på merkelappen, eller gi kunden den utskrevne lappen.</translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation>Tilbake til mottatt (likevel ikke klar)</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>Sett til «{status}»</translation>
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
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Hentet</translation>
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
        <translation>Beskrivelse</translation>
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
        <translation>Siden {when}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectify customer data</source>
        <translation>Rett kundeopplysninger</translation>
    </message>
    <message>
        <source>Write the corrected values for request {reference}; leave the other fields empty. They are saved when the request is completed.</source>
        <translation>Skriv de rettede verdiene for henvendelse {reference}; la de andre feltene stå tomme. De lagres når henvendelsen fullføres.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Registrer henvendelse</translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation>En henvendelse fra &lt;b&gt;{name}&lt;/b&gt; (kunde {id}). Den må besvares innen en måned fra den dagen den ble mottatt.</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type henvendelse</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Hvordan henvendelsen kom inn</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Kom inn:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Mottatt dato</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottatt:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problem med henvendelsen</translation>
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
        <translation>Innsynsrapporten (GDPR art. 15) for &lt;b&gt;{name}&lt;/b&gt; (kunde {id}): alt registeret har om personen, hvorfor, og personens rettigheter.</translation>
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
        <translation>Innsynsbegjæring som besvares</translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation>Ingen (besvarer ikke en registrert henvendelse)</translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation>Besvarer &amp;henvendelse:</translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation>&amp;Passordbeskytt (AES-256)</translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation>Passordbeskytt rapporten</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation>Krypter PDF-en med et nytt passord; gi passordet til personen atskilt fra filen</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Hvor rapporten lagres</translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation>En privat midlertidig mappe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Velg hvor rapporten skal lagres</translation>
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
        <translation>Gi dette passordet til personen separat – personlig, på SMS eller på telefon – aldri i samme e-post eller konvolutt som filen. Det lagres ikke noe sted.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Åpne rapporten</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation>Åpne PDF-en i systemets visningsprogram for å lese eller skrive den ut</translation>
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
        <translation>{reference} – mottatt {date}</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Lagre innsynsrapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Lager …</translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation>&amp;Lag på nytt</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Lagret som &lt;b&gt;{path}&lt;/b&gt;</translation>
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
        <translation>Hva importen vil gjøre. Avviste rader utelates; eksporter dem for å rette dem og importere dem på nytt.</translation>
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
        <translation>Sjekker filen…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n kunde legges til.</numerusform>
            <numerusform>%n kunder legges til.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n rad slås sammen med en kunde som allerede er i registeret.</numerusform>
            <numerusform>%n rader slås sammen med kunder som allerede er i registeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n rad avvist.</numerusform>
            <numerusform>%n rader avvist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n samtykke oppgitt i filen.</numerusform>
            <numerusform>%n samtykker oppgitt i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n kjøp fra kjøpshistorikken.</numerusform>
            <numerusform>%n kjøp fra kjøpshistorikken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n summerad hoppet over.</numerusform>
            <numerusform>%n summerader hoppet over.</numerusform>
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
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet bekreftet</translation>
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
        <translation>{n} dager på overtid</translation>
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
        <translation>{n} dager</translation>
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
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation>Forlenget med {n} måned(er): {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrunnelse: {reason}</translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation>Svaret er for sent: fristen var {date}.</translation>
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
        <translation>Begrensning av behandling</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Protest mot markedsføring</translation>
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
        <translation>Avslå henvendelsen</translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation>Hvorfor avslås henvendelse {reference}? Personen får vite denne begrunnelsen.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Henvendelser fra registrerte</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>&amp;Henvendelser fra registrerte</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Bare å&amp;pne</translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation>Vis bare åpne henvendelser</translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation>Skjul henvendelser som er fullført eller avslått</translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation>Hver henvendelse må besvares innen en måned etter mottak; de som har passert fristen, kommer først.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation>Bekreft &amp;identitet</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Bekreft identitet</translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation>Noter på henvendelsen hvordan personen ble bekreftet i denne økten (legitimasjon med bilde, kunnskapskontroll eller kode); åpne kunden og bekreft personen først</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start behandlingen</translation>
    </message>
    <message>
        <source>Mark the request as being worked on</source>
        <translation>Merk henvendelsen som under behandling</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation>Fullfør henvendelsen</translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation>Henvendelsen er besvart</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Av&amp;slå …</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation>Avslå henvendelsen, med begrunnelsen personen får</translation>
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
        <translation>Forleng fristen med én eller to måneder, med begrunnelse</translation>
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
        <translation>Gjennomfør en henvendelse om sletting der identiteten til personen som sendte den, er bekreftet, og arkiver kvitteringen</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Åpne k&amp;unden</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Åpne kunden</translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation>Vis personen som sendte henvendelsen, i registeret (etter identitetskontrollen); dobbeltklikk på en rad gjør det samme</translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation>Antall henvendelser som vises</translation>
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
        <translation>Hent henvendelsene på nytt (F5)</translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation>Logg inn som eier for å se henvendelsene.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation>Kunne ikke hente henvendelsene: {reason}</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Ingen åpne henvendelser.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ingen henvendelser ennå.</translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation>{n} åpne, {late} over fristen</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} åpne</translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation>{n} i alt</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <source>Erasing customer {id}…</source>
        <translation>Sletter kunde {id} …</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Kunden er slettet</translation>
    </message>
    <message>
        <source>Customer {id} was erased. {kept} accounting record(s) are kept without their contact details.

The receipt for the person is saved as:
{path}</source>
        <translation>Kunde {id} er slettet. {kept} regnskapsbilag oppbevares uten kontaktopplysninger.

Kvitteringen til personen er lagret som:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Åpne kvitteringen</translation>
    </message>
    <message>
        <source>Customer {id} was erased, but the receipt could not be filed in the data folder. Save it somewhere else now to hand it to the person.</source>
        <translation>Kunde {id} er slettet, men kvitteringen kunne ikke arkiveres i datamappen. Lagre den et annet sted nå, slik at du kan gi den til personen.</translation>
    </message>
    <message>
        <source>&amp;Save receipt as…</source>
        <translation>&amp;Lagre kvitteringen som …</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Lagre kvitteringen for sletting</translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation>Henvendelsen ble ikke endret</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation>Søk på navn, telefon, e-post, firma …</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søk etter kunder</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation>Skriv en del av et navn, telefonnummer, e-postadresse, firma eller poststed. Opp/Ned velger, Enter åpner. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antall treff</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Åpner registeret …</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Søket mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker …</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Ingen kunder funnet</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Ingen kunder ennå</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation>Ingen kunde passer til «{text}».
Trykk Ctrl+N for å legge til en ny kunde med det du skrev.</translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>Registeret har ingen kunder ennå.
Trykk Ctrl+N for å legge til den første.</translation>
    </message>
    <message>
        <source>{count}+ customers</source>
        <translation>{count}+ kunder</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kunder</numerusform>
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
        <translation>Ingen bestemt lapp</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation>Hva som er galt, og hva som ble avtalt med kunden</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Feil i beskrivelsen</translation>
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
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
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
        <translation>Åpnet</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Unsaved changes were discarded when the register locked.</source>
        <translation>Ulagrede endringer ble forkastet da registeret ble låst.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Dry cleaner or repair shop</source>
        <translation>Renseri eller reparasjonsverksted</translation>
    </message>
    <message>
        <source>Name and mobile to hand items to the right person and say when they are ready; email only when needed. No marketing.</source>
        <translation>Navn og mobil for å levere ut varer til rett person og si fra når de er klare; e-post bare ved behov. Ingen markedsføring.</translation>
    </message>
    <message>
        <source>Supplier to businesses (building materials, parts)</source>
        <translation>Leverandør til bedrifter (byggevarer, deler)</translation>
    </message>
    <message>
        <source>Company, organisation number, address and invoice email; CRM and accounting system; marketing to existing customers, who may object.</source>
        <translation>Firma, organisasjonsnummer, adresse og e-post for faktura; CRM- og regnskapssystem; markedsføring mot eksisterende kunder, som kan protestere.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Nettbutikk</translation>
    </message>
    <message>
        <source>Delivery address, orders, returns; newsletter only with consent; carriers, payment and hosting as recipients.</source>
        <translation>Leveringsadresse, bestillinger, returer; nyhetsbrev bare med samtykke; transportører, betaling og drift av nettsiden som mottakere.</translation>
    </message>
    <message>
        <source>Something else (start blank)</source>
        <translation>Noe annet (start tomt)</translation>
    </message>
    <message>
        <source>Only the customer relationship and bookkeeping; add the rest yourself.</source>
        <translation>Bare kundeforholdet og bokføring; legg til resten selv.</translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation>Sett opp kunderegisteret</translation>
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
        <translation>Skrives ut på personvernerklæringen og hvert brev til en kunde. Landet bestemmer tilsynsmyndigheten og bokføringsreglene.</translation>
    </message>
    <message>
        <source>What you keep about customers</source>
        <translation>Hva du lagrer om kundene</translation>
    </message>
    <message>
        <source>The customer form shows only the fields you keep. Name, mobile, email and notes are always there; any may be left empty.</source>
        <translation>Kundeskjemaet viser bare feltene du lagrer. Navn, mobil, e-post og notater er alltid med; alle kan stå tomme.</translation>
    </message>
    <message>
        <source>Why you keep it</source>
        <translation>Hvorfor du lagrer det</translation>
    </message>
    <message>
        <source>Each purpose with its legal basis, the data it uses, how long it is kept and who receives it. The preset follows what similar shops publish; change what is different for you.</source>
        <translation>Hvert formål med rettslig grunnlag, opplysningene det bruker, hvor lenge de oppbevares og hvem som får dem. Forhåndsvalget følger det lignende butikker publiserer; endre det som er annerledes hos deg.</translation>
    </message>
    <message>
        <source>Who else gets customer data</source>
        <translation>Hvem andre som får kundeopplysninger</translation>
    </message>
    <message>
        <source>Processors work on your behalf (accounting, CRM, hosting); other recipients, such as carriers, use the data for their own task.</source>
        <translation>Databehandlere arbeider på dine vegne (regnskap, CRM, drift av nettside); andre mottakere, som transportører, bruker opplysningene til sin egen oppgave.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Before the first customer, tell the register which shop it belongs to, what it keeps about customers and why, and create the owner&apos;s account. Start from the kind of shop closest to yours; everything can be changed later in the settings.</source>
        <translation>Før den første kunden: fortell registeret hvilken butikk det hører til, hva det lagrer om kundene og hvorfor, og opprett eierens konto. Start med den butikktypen som ligner mest på din; alt kan endres senere i innstillingene.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Eierens konto</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Eierens fulle navn</translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation>Eierens brukernavn</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bokstaver, f.eks. kari</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tegn</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gjenta passord</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;full name</source>
        <translation>Eierens &amp;fulle navn</translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation>Eierens &amp;brukernavn</translation>
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
        <translation>Eieren kan gjøre alt, også rapporter, innstillinger og ansattkontoer. Legg til diskansatte senere under Administrasjon.</translation>
    </message>
    <message>
        <source>Create registers the shop {shop} ({country}) with {fields} customer fields, {purposes} purposes and {recipients} processors and recipients. The privacy notice can then be saved under Administration → Shop profile and settings.</source>
        <translation>«Opprett registeret» registrerer butikken {shop} ({country}) med {fields} kundefelt, {purposes} formål og {recipients} databehandlere og mottakere. Personvernerklæringen kan deretter lagres under Administrasjon → Butikkprofil og innstillinger.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Ansattkontoer</translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation>Eiere kan gjøre alt. Diskansatte betjener kunder og kan logge inn med PIN-kode. En deaktivert konto kan ikke logge inn; oppføringene blir stående i revisjonsloggen.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Ansatt:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Legg til ansatt</translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation>Opprett en ny ansattkonto</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Angi &amp;PIN-kode …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Angi PIN-kode</translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation>La diskansatte logge inn med en kort PIN-kode</translation>
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
        <translation>Etter dette virker bare passordet</translation>
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
        <translation>Angi et nytt passord, for eksempel når det er glemt</translation>
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
        <translation>Eieren logger alltid inn med passordet</translation>
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
        <translation>{name} er lagt til som {role}.</translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation>{name} kan nå logge inn med den nye PIN-koden.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Passordet til {name} er tilbakestilt.</translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation>{name} må nå logge inn med passordet.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kan logge inn igjen.</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} kan ikke lenger logge inn.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Diskansatt</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>For mange feil forsøk; en tilbakestilling av passordet låser opp kontoen straks.</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation>Deaktivert: kan ikke logge inn</translation>
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
        <translation>Varsler om denne bestillingen</translation>
    </message>
    <message>
        <source>No notices sent.</source>
        <translation>Ingen varsler sendt.</translation>
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
        <translation>Bekreft identitet</translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation>Bekreft identitet: {name}</translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation>Hele oppføringen, kontaktopplysninger og historikk vises først når du har kontrollert hvem personen er, eller oppgitt hvorfor du trenger oppføringen uten at personen er til stede. Kontrollen registreres og gjelder til du lukker oppføringen.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Bekreftelsesmetode</translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation>Opp og Ned velger metode; Tab eller Enter går til feltene.</translation>
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
        <translation>Lukk uten å vise oppføringen (Esc)</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange feil svar for denne kunden. Kontroller legitimasjon med bilde eller send en kode i stedet.</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Legitimasjon med bilde</translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation>Du har sett legitimasjon med bilde, og personen stemmer med bildet og navnet.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Legitimasjonstype</translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation>Ikke skriv ned ID-nummeret: bare typen legitimasjon registreres.</translation>
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
        <translation>Registrer at du har kontrollert denne typen legitimasjon med bilde</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Kunnskapskontroll</translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation>Be personen om mobilnummer, e-postadresse eller et lappnummer og skriv det personen sier. Registeret svarer bare om det stemmer.</translation>
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
        <translation>Personen sier</translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation>Nøyaktig slik personen sier det</translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation>Personen &amp;sier:</translation>
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
        <translation>Sammenlign med registeret uten å vise det som er lagret</translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation>mobilnummeret</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>e-postadressen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation>Send en kode til {where} i registeret; personen leser den opp fra telefonen sin. Den gjelder i 10 minutter.</translation>
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
        <translation>6 sifre</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Ko&amp;de:</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bekreft</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Bekreft koden</translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation>Kontroller koden personen leser opp</translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation>Koder på e-post er ikke satt opp. Be eieren sette opp e-postserveren, eller bekreft identiteten på en annen måte.</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Tjenstlig grunn</translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation>For arbeid i bakrommet når personen ikke er til stede, som fakturering eller svar på en reklamasjon. Grunnen registreres med navnet ditt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation>Å&amp;pne med denne grunnen</translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation>Åpne med denne grunnen</translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation>Registrer grunnen og vis oppføringen</translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation>Skriv det personen sier.</translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation>Stemmer ikke.</translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation>Det var siste forsøk: kontroller legitimasjon med bilde eller send en kode i stedet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>Code sent to {address}</source>
        <translation>Kode sendt til {address}</translation>
    </message>
    <message>
        <source>Send a new c&amp;ode</source>
        <translation>Send en ny k&amp;ode</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send en ny kode</translation>
    </message>
    <message>
        <source>No code was sent.</source>
        <translation>Ingen kode ble sendt.</translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation>Skriv koden personen leser opp.</translation>
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
        <translation>Legitimasjon med bilde</translation>
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
        <translation>Tjenstlig grunn</translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation>Nettopp registrert</translation>
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
        <translation>Ctrl+Delete fjerner denne linjen.</translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation>Linje {n} antall</translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation>Linje {n} enhetspris</translation>
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
