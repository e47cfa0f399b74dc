<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;This version works with register schema {head}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Den här versionen använder registerschema {head}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kundregister för små nordiska butiker.&lt;/p&gt;&lt;p&gt;Registret öppnas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kundregister för små nordiska butiker.&lt;/p&gt;&lt;p&gt;Butik: {shop} ({country})&lt;br&gt;Registerschema: {schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Upp / Ned</translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation>Välj en kund i resultaten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation>Öppna den valda kunden (eller den första)</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Lägg till anställd</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>gemener, t.ex. kari</translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation>Så som det visas i granskningsloggen</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tecken</translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation>4–8 siffror, valfritt</translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation>Kassapersonal kan logga in med en kort PIN-kod i stället för lösenordet</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
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
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>U&amp;pprepa lösenord:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN-kod:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>The owner always uses the password</source>
        <translation>Ägaren använder alltid lösenordet</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Begäranden från registrerade</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Skapa demodata</translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation>Hur många påhittade kunder (med köp) ska läggas till?
Använd detta bara i ett testregister: kunderna går inte att skilja från riktiga.</translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation>Lade till {customers} kunder och {purchases} köp.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Demodata avbröts; inget lades till.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Skapar demodata</translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation>Lägger till kunder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Retention rules applied: {customers} inactive customer(s) erased, {records} accounting record(s) past their date deleted, {consents} consent(s) expired.</source>
        <translation>Reglerna för lagringstid har tillämpats: {customers} inaktiva kund(er) raderade, {records} poster med räkenskapsinformation vars lagringstid gått ut raderade, {consents} samtycke(n) har löpt ut.</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kundregister</translation>
    </message>
    <message>
        <source>The register file is damaged: SQLite&apos;s check found {count} problem(s). Restore the newest backup (File &gt; Restore from backup…) before you go on, and keep the damaged file for whoever looks after this PC.</source>
        <translation>Registerfilen är skadad: SQLites kontroll hittade {count} fel. Återställ den senaste säkerhetskopian (Arkiv &gt; Återställ från säkerhetskopia …) innan du fortsätter, och spara den skadade filen åt den som sköter den här datorn.</translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation>Kundregistret kunde inte öppnas.

{reason}

Detaljer finns i loggfilen:
{log}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Skärmen låst</translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation>Visade kund</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Registrerade kund</translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation>Ändrade kund</translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation>Visade historik</translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation>Visade hämtlistan</translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation>Registrerade beställning</translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation>Ändrade beställningsstatus</translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation>Registrerade retur, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation>Stängde retur, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation>Visade samtycken</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Kontrollerade identitet</translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation>Identitetskontrollen misslyckades</translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation>Skickade verifieringskod</translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation>Angav tjänsteskäl</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Åtkomst nekad</translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation>Lade till anställd</translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation>Ändrade anställd</translation>
    </message>
    <message>
        <source>Recorded the staff accounts</source>
        <translation>Registrerade personalens konton</translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation>Ändrade inställning</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Skapade demodata</translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation>Visade granskningsloggen</translation>
    </message>
    <message>
        <source>Verified audit trail</source>
        <translation>Kontrollerade granskningsloggen</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Exporterade data</translation>
    </message>
    <message>
        <source>Produced report</source>
        <translation>Skapade rapport</translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation>Raderade data</translation>
    </message>
    <message>
        <source>Erased again after a restore</source>
        <translation>Raderade igen efter återställning</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Tillämpade reglerna för lagringstid</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Säkerhetskopia tagen</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopia återställd</translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation>Registrerade begäran från registrerad</translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation>Steg i begäran från registrerad</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Konfigurerade registret</translation>
    </message>
    <message>
        <source>Changed shop profile</source>
        <translation>Ändrade butiksprofilen</translation>
    </message>
    <message>
        <source>Recorded the staff accounts as the baseline</source>
        <translation>Registrerade personalkontona som utgångsläge</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Importerade kunder</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Slog ihop kunder</translation>
    </message>
    <message>
        <source>Notice to a customer</source>
        <translation>Meddelande till en kund</translation>
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
        <translation>okänd användare</translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation>fel lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation>kontot väntar efter misslyckade försök</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>av användaren</translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation>efter inaktivitet</translation>
    </message>
    <message>
        <source>switching user</source>
        <translation>byte av användare</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation>returer, reklamationer och reparationer</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>i kassan</translation>
    </message>
    <message>
        <source>on the web</source>
        <translation>på webben</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>via e-post</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>per brev</translation>
    </message>
    <message>
        <source>access to data</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>rättelse</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>radering</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>begränsning av behandling</translation>
    </message>
    <message>
        <source>data portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>återkallat samtycke</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagen</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identitet kontrollerad</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>Request {reference}</source>
        <translation>Begäran {reference}</translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation>identitet kontrollerad med: {method}</translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation>tidsfristen förlängd med {n} månader totalt</translation>
    </message>
    <message>
        <source>shown after: {method}</source>
        <translation>visad efter: {method}</translation>
    </message>
    <message>
        <source>Fields: {names}</source>
        <translation>Fält: {names}</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Anställd: {name}</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nr {id}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Roll: {role}</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>Lapp {number}</translation>
    </message>
    <message>
        <source>Case no. {id}</source>
        <translation>Ärende nr {id}</translation>
    </message>
    <message>
        <source>Consent no. {id}</source>
        <translation>Samtycke nr {id}</translation>
    </message>
    <message>
        <source>failed attempts in a row: {n}</source>
        <translation>misslyckade försök i rad: {n}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>försök {n}</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>låste upp skärmen</translation>
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
        <translation>{customers} kunder, {purchases} beställningar</translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation>intakt, {n} poster</translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation>BRUTEN, {n} poster kontrollerade</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>kund {id}</translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation>anställd nr {id}</translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation>filter: {what}</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>inget filter</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Staff no. {id}</source>
        <translation>Anställd nr {id}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(okänd användare)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>Gransknings&amp;logg</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>&amp;Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kontrollera kedjan</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation>Räkna om varje posts kontrollsumma för att visa att inget har ändrats, tagits bort eller flyttats</translation>
    </message>
    <message>
        <source>Audit trail check result</source>
        <translation>Resultat av loggkontrollen</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>C&amp;ustomer no.:</source>
        <translation>K&amp;undnr:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Anställd:</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problem med filtret</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Valfritt startdatum</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>Until date, inclusive</source>
        <translation>Till och med datum</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Valfritt slutdatum</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Visa poster</translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation>Hämta posterna som matchar filtren (Enter, F5)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Visa alla poster igen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Antal visade poster</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Hämta &amp;fler</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Hämta fler</translation>
    </message>
    <message>
        <source>Load the next {n} older entries</source>
        <translation>Hämta de {n} nästa äldre posterna</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Hämta de senaste posterna igen (F5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation>Markerad: poster från alla datum; välj ett datum för att begränsa listan</translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation>Från-datumet är efter till-datumet.</translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation>Logga in som ägare för att se granskningsloggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar …</translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation>Kunde inte hämta granskningsloggen: {reason}</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (inaktiverad)</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Inga poster matchar filtren.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Granskningsloggen är tom.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>{n} entries, newest first</source>
        <translation>{n} poster, senaste först</translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation>(äldre poster: Hämta fler)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Kontrollerar varje post …</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation>Granskningsloggen är intakt: {n} poster</translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation>Bruten vid post {id}: {problem}</translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation>Kunde inte kontrollera granskningsloggen: {reason}</translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation>post {n} saknas eller ligger i fel ordning</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>den följer inte posten före</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>innehållet har ändrats</translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation>nyare poster har tagits bort</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup written and verified: {name} ({size:.1f} MB)</source>
        <translation>Säkerhetskopian har skrivits och verifierats: {name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Skriver en krypterad säkerhetskopia …</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig säkerhetskopia</translation>
    </message>
    <message>
        <source>No backup of the register has been taken today. Take one now, before closing?</source>
        <translation>Ingen säkerhetskopia av registret har tagits i dag. Vill du ta en nu, innan du stänger?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>kundereg backups (*.kbak)</source>
        <translation>Säkerhetskopior från kundereg (*.kbak)</translation>
    </message>
    <message>
        <source>The register is replaced by the backup: everything recorded since the backup was taken is lost. People erased since then are erased again before anyone can see them. Everyone is logged out. Close kundereg on the other PCs first.

Restore?</source>
        <translation>Registret ersätts av säkerhetskopian: allt som har registrerats sedan säkerhetskopian togs går förlorat. Personer som har raderats sedan dess raderas igen innan någon kan se dem. Alla loggas ut. Stäng kundereg på de andra datorerna först.

Vill du återställa?</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registret har återställts</translation>
    </message>
    <message>
        <source>The register was restored from the backup taken {when}. {count} person(s) erased since then were erased again. Log in again.</source>
        <translation>Registret har återställts från säkerhetskopian som togs den {when}. {count} person(er) som hade raderats sedan dess raderades igen. Logga in igen.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>The register was not changed.

{reason}</source>
        <translation>Registret ändrades inte.

{reason}</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Återställer</translation>
    </message>
    <message>
        <source>Decrypting and checking the backup…</source>
        <translation>Dekrypterar och kontrollerar säkerhetskopian …</translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation>En rättslig förpliktelse (bokföring, myndigheter)</translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation>Svar på personens egen begäran</translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation>Rättelse eller underhåll av registret</translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation>Uppföljning av en beställning eller lapp</translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation>Hantering av en reklamation, retur eller reparation</translation>
    </message>
    <message>
        <source>Invoicing and payment</source>
        <translation>Fakturering och betalning</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation>Ett oväntat fel inträffade ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation>Du kan fortsätta arbeta, men kontrollera att din senaste ändring sparades.
Detaljerna skrevs till loggfilen (inga kunduppgifter):</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
</context>
<context>
    <name>CustomerFlow</name>
    <message>
        <source>Customer {id}</source>
        <translation>Kund {id}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation>Kunden du redigerar har osparade ändringar. Vill du förkasta dem?</translation>
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
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
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
        <translation>Adress</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code, cit&amp;y</source>
        <translation>Postnummer, &amp;ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Comp&amp;any name</source>
        <translation>Företa&amp;gsnamn</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>&amp;Invoice email</source>
        <translation>E-post för fakt&amp;ura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
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
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>E-post för faktura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Spara kunden</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Spara kunden (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation>Förkasta ändringarna och hämta kunden igen</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tillbaka till sökningen</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Tillbaka till sökningen</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Tillbaka till sökresultaten (Esc)</translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation>Registrera &amp;begäran …</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Registrera en begäran från den registrerade</translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation>Registrera en begäran från kunden om registerutdrag, rättelse, radering eller flytt av personuppgifterna, eller om att stoppa marknadsföring</translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation>&amp;Registerutdrag …</translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation>Skapa ett registerutdrag</translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation>En PDF med allt registret innehåller om kunden (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Begränsa behandlingen …</translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation>Begränsa behandlingen av kundens personuppgifter</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Häv begränsningen</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Häv begränsningen av behandlingen</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation>Registrera en invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen är begränsad</translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation>Öppna lappar kan fortfarande markeras som klara, hämtade eller avbokade, och öppna ärenden kan stängas.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation>Kunden har invänt mot direktmarknadsföring (GDPR art. 21): samtyckena till marknadsföring har återkallats och nya kan inte lämnas.</translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation>Beställningar, lappar och returer visas här när kunden har sparats.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation>Begränsad (GDPR art. 18) sedan {date}: posten är skrivskyddad tills begränsningen hävs.</translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation>Invände mot marknadsföring {date}</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Spara eller förkasta dina ändringar först.</translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation>Behåll posten men sluta ändra eller använda den (GDPR art. 18), t.ex. medan kunden bestrider att uppgifterna är korrekta</translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation>Gör posten redigerbar och användbar igen</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation>Kunden invänder mot direktmarknadsföring (GDPR art. 21): samtyckena till marknadsföring återkallas</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kund {id}</translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation>Begäran {reference} har registrerats; ska besvaras senast {date}.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify their identity first.</source>
        <translation>Ett registerutdrag lämnas bara till den person det gäller: kontrollera identiteten först.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Begränsa behandlingen</translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation>Begränsa behandlingen av personuppgifterna för {name} (GDPR art. 18)?

Posten behålls men blir skrivskyddad: inga ändringar, nya beställningar, returer eller samtycken förrän begränsningen hävs. Öppna lappar kan fortfarande slutföras. Använd detta medan kunden bestrider uppgifterna eller invänder, eller när kunden ber dig behålla dem i stället för att radera dem.</translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation>Behandlingen av personuppgifterna för {name} är begränsad.</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Inte begränsad</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation>Häva begränsningen för personuppgifterna för {name}? Posten kan ändras och användas igen.</translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation>Begränsningen för personuppgifterna för {name} har hävts.</translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation>Begränsningen hävdes inte</translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation>Registrera att {name} invänder mot marknadsföring (GDPR art. 21)?

Samtyckena till marknadsföring och nyhetsbrev återkallas och nya kan inte lämnas. Detta kan inte ångras här.</translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation>Invändning mot marknadsföring registrerad för {name}.</translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation>Invändningen registrerades inte</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparad ännu.</translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation>Kund {id} · skapad {created} · ändrad {updated}</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(osparade ändringar)</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Kunden är inte tillgänglig</translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation>Inte sparad: posten är begränsad (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Inget att spara.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} har sparats.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Kunden sparades inte</translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation>Kunden finns inte längre i registret, så inget sparades.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>Inte sparad: 1 fält behöver rättas.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Inte sparad: %n fält behöver rättas.</numerusform>
            <numerusform>Inte sparad: %n fält behöver rättas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation>Kunden har ändrats av någon annan</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation>Någon annan har ändrat kunden efter att du öppnade den. Dina ändringar har inte sparats.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation>Hämta igen för att se deras version (dina ändringar här förkastas), eller fortsätt redigera och anteckna det du behöver innan du hämtar igen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hämta igen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
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
        <translation>Företag</translation>
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
        <translation>samma organisationsnummer</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>samma mobilnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>samma e-post</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>samma namn och adress</translation>
    </message>
    <message>
        <source>similar name at a similar address</source>
        <translation>liknande namn på liknande adress</translation>
    </message>
    <message>
        <source>Customers {a} and {b}: {reasons}</source>
        <translation>Kund {a} och {b}: {reasons}</translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation> (begränsad)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Letar efter dubbletter…</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Troliga dubbletter</translation>
    </message>
    <message>
        <source>Merge into the left record</source>
        <translation>Slå ihop till posten till vänster</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n trolig dubblett. Välj den för att jämföra de två posterna.</numerusform>
            <numerusform>%n troliga dubbletter. Välj en för att jämföra de två posterna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kund {id}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>One of the two is restricted (GDPR Art. 18): lift the restriction before merging.</source>
        <translation>En av de två är begränsad (GDPR art. 18): häv begränsningen innan ni slår ihop.</translation>
    </message>
    <message>
        <source>Purchases, service events, consents and requests of customer {other} move to customer {keep}; number {other} is not used again.</source>
        <translation>Köp, serviceärenden, samtycken och begäranden för kund {other} flyttas till kund {keep}; nummer {other} används inte igen.</translation>
    </message>
    <message>
        <source>Merge customer {other} into customer {keep}? This cannot be undone.</source>
        <translation>Slå ihop kund {other} med kund {keep}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Kund {other} slogs ihop med kund {keep}.</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Slår ihop kunder</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase customer {id}</source>
        <translation>Radera kund {id}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;b&gt;{reference}&lt;/b&gt;: erase customer {id} (GDPR Art. 17).&lt;/p&gt;&lt;p&gt;Name, contact details, address, notes, consents, returns and complaints and the search entries are deleted for good. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Begäran &lt;b&gt;{reference}&lt;/b&gt;: radera kund {id} (GDPR art. 17).&lt;/p&gt;&lt;p&gt;Namn, kontaktuppgifter, adress, anteckningar, samtycken, returer och reklamationer samt sökposterna raderas permanent. Detta kan inte ångras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, until {until} at the latest.</source>
        <translation>{kept} köp sparas som anonym räkenskapsinformation, som bokföringslagen kräver, längst till {until}.</translation>
    </message>
    <message>
        <source>No purchase has to be kept for the accounts.</source>
        <translation>Inga köp behöver sparas för bokföringen.</translation>
    </message>
    <message>
        <source>{deleted} purchase(s) are deleted. {kept}</source>
        <translation>{deleted} köp raderas. {kept}</translation>
    </message>
    <message>
        <source>Why the customer cannot be erased yet</source>
        <translation>Varför kunden inte kan raderas ännu</translation>
    </message>
    <message>
        <source>Open orders {numbers} must be handed over or cancelled first.</source>
        <translation>De öppna beställningarna {numbers} måste lämnas ut eller avbokas först.</translation>
    </message>
    <message>
        <source>The customer is restricted (Art. 18). Lift the restriction first if its reason no longer stands.</source>
        <translation>Kunden är begränsad (art. 18). Häv begränsningen först om skälet till den inte längre gäller.</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kvittots språk</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>Kvittots &amp;språk:</translation>
    </message>
    <message>
        <source>I have checked that this is the person who asked, and that the erasure cannot be undone</source>
        <translation>Jag har kontrollerat att det är personen som begärde det och att raderingen inte kan ångras</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Radera kunden</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <source>Art. 12(3) allows up to two further months in all when a request is complex or there are many. Tell the person within the first month, with the reason.</source>
        <translation>Art. 12.3 tillåter upp till två månader till totalt när en begäran är komplicerad eller om de är många. Meddela personen inom den första månaden, med skälet.</translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation>Antal månader att förlänga med</translation>
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
        <translation>&amp;Förläng med:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Skäl för förlängningen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>App language</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Lösenfras för säkerhetskopior</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Consents last (years)</source>
        <translation>Samtycken gäller (år)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Inloggningsuppgifter</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>Kundfält</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Mottagningsdatum</translation>
    </message>
    <message>
        <source>Delete inactive customers after (years)</source>
        <translation>Radera inaktiva kunder efter (år)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Förfaller efter (dagar)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-post-till-SMS-domän</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Förlängning</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Extra dagar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Typ av legitimation</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adress</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>E-post för faktura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>E-postserverns port</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>E-postserverns säkerhet</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>E-postserverns användare</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
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
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meddelandetext</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Orderrad</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
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
        <translation>Personuppgiftsbiträden och mottagare</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Köpdatum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Reminders after (days)</source>
        <translation>Påminnelser efter (dagar)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminnelser högst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-avsändarnamn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butiksnamn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Stated value</source>
        <translation>Uppgivet värde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Lappnummer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Veckovisa säkerhetskopior som sparas</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, Tripletex, Fiken or PowerOffice. Nothing is changed until the last step.</source>
        <translation>En CSV- eller Excel-export av kundlistan, till exempel från Visma, SuperOffice, Tripletex, Fiken eller PowerOffice. Inget ändras förrän i sista steget.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Kundfil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Customer file:</source>
        <translation>Kundfil:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Purchase history file (optional)</source>
        <translation>Fil med köphistorik (valfri)</translation>
    </message>
    <message>
        <source>Purchase history (optional):</source>
        <translation>Köphistorik (valfri):</translation>
    </message>
    <message>
        <source>The purchase history names each customer by the customer number of the old system, with a date and an amount per row.</source>
        <translation>Köphistoriken anger kunden med kundnumret från det gamla systemet, med datum och belopp på varje rad.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer number in the old system</source>
        <translation>Kundnummer i det gamla systemet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Fullständigt namn (delas i för- och efternamn)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Phone (when there is no mobile)</source>
        <translation>Telefon (när mobilnummer saknas)</translation>
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
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adressrad 2</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code and city together</source>
        <translation>Postnummer och ort tillsammans</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Date consents were given</source>
        <translation>Datum då samtycket gavs</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundlistor (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importera kunder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n avvisad rad sparad. Rätta den i filen och importera den igen.</numerusform>
            <numerusform>%n avvisade rader sparade. Rätta dem i filen och importera den igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Importerat: %n ny kund; de andra slogs ihop med kunder som redan fanns i registret.</numerusform>
            <numerusform>Importerat: %n nya kunder; de andra slogs ihop med kunder som redan fanns i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Importerar kunder</translation>
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
        <translation>Ett oväntat fel inträffade ({kind}).</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed receipt is handed over in person.</source>
        <translation>--password-protect gäller en fil; ett utskrivet kvitto lämnas över personligen.</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed report is handed over in person.</source>
        <translation>--password-protect gäller en fil; en utskriven rapport lämnas över personligen.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>--to måste vara en PostgreSQL-URL (postgresql://användare@värd/databas).</translation>
    </message>
    <message>
        <source>A backup from this very second exists already; try again in a moment.</source>
        <translation>Det finns redan en säkerhetskopia från just den här sekunden; försök igen om en stund.</translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation>En kod skickades till {where}; för att ange den krävs en terminal.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>En kund kan inte slås ihop med sig själv.</translation>
    </message>
    <message>
        <source>A knowledge check compares what the person states as their {field}: put it in {env} or run in a terminal.</source>
        <translation>En kunskapskontroll jämför det personen uppger som sin {field}: lägg det i {env} eller kör i en terminal.</translation>
    </message>
    <message>
        <source>A printer takes PDF: leave out --format, or write the file with --out.</source>
        <translation>En skrivare tar PDF: utelämna --format, eller skriv filen med --out.</translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation>En begäran kan förlängas med högst två månader totalt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {where} failed: check sslmode and the CA file (sslrootcert) against the server&apos;s certificate.</source>
        <translation>En säker (TLS) anslutning till {where} misslyckades: kontrollera sslmode och CA-filen (sslrootcert) mot serverns certifikat.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify the requester&apos;s identity (photo ID, knowledge check or code) first; a business reason or registering the customer does not.</source>
        <translation>Ett registerutdrag lämnas bara till den person det gäller: kontrollera identiteten hos den som begär det (legitimation, kunskapskontroll eller kod) först; ett verksamhetsskäl eller att kunden just registrerades räcker inte.</translation>
    </message>
    <message>
        <source>Cannot read {file} ({kind}).</source>
        <translation>Kan inte läsa {file} ({kind}).</translation>
    </message>
    <message>
        <source>Connecting to {where} failed ({kind}).</source>
        <translation>Anslutningen till {where} misslyckades ({kind}).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 99.</source>
        <translation>Antal kopior måste vara från 1 till 99.</translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation>Det gick inte att skapa eller uppdatera registret ({kind}).</translation>
    </message>
    <message>
        <source>Credentials can only be saved in a register opened from its data folder.</source>
        <translation>Inloggningsuppgifter kan bara sparas i ett register som öppnats från sin datamapp.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Customer {id} has no active consent for that purpose.</source>
        <translation>Kund {id} har inget giltigt samtycke för det ändamålet.</translation>
    </message>
    <message>
        <source>Customer {id} has open orders ({numbers}). Hand them over or cancel them before erasing.</source>
        <translation>Kund {id} har öppna beställningar ({numbers}). Lämna ut eller avboka dem före raderingen.</translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation>Kund {id} är redan {state}.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (Art. 18). Lift the restriction first if the reason for it no longer stands.</source>
        <translation>Kund {id} är begränsad (art. 18). Häv begränsningen först om skälet till den inte längre gäller.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the restriction is lifted.</source>
        <translation>Kund {id} är begränsad (GDPR art. 18): kunden kan inte slås ihop förrän begränsningen har hävts.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation>Kund {id} är begränsad (GDPR art. 18): posten är skrivskyddad tills begränsningen hävs.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation>Skapandet av demodata avbröts.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation>KUNDEREG_SMTP_PORT måste vara ett tal.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation>KUNDEREG_SMTP_SECURITY måste vara starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>Moving the register failed: {table} has {there} rows on the server, {here} in the file. Nothing was kept on the server.</source>
        <translation>Flytten av registret misslyckades: {table} har {there} rader på servern, {here} i filen. Ingenting behölls på servern.</translation>
    </message>
    <message>
        <source>No PIN: set {env} or run in a terminal.</source>
        <translation>Ingen PIN-kod: ange {env} eller kör i en terminal.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {env} or run in a terminal.</source>
        <translation>Ingen lösenfras för säkerhetskopior: ange {env} eller kör i en terminal.</translation>
    </message>
    <message>
        <source>No column of {name} is mapped to a customer field.</source>
        <translation>Ingen kolumn i {name} är kopplad till ett kundfält.</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found (looked beside the register and the backup file). People erased since {taken_at} would come back. Put the backup folder&apos;s {ledger} beside the backup, or restore anyway with --without-ledger.</source>
        <translation>Ingen raderingslista nyare än den här säkerhetskopian hittades (letade vid registret och vid säkerhetskopian). Personer som raderats sedan {taken_at} skulle komma tillbaka. Lägg {ledger} från säkerhetskopiemappen bredvid säkerhetskopian, eller återställ ändå med --without-ledger.</translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation>Inget lösenord: ange {env} eller kör i en terminal.</translation>
    </message>
    <message>
        <source>No print spooler: install CUPS (the lp and lpstat commands).</source>
        <translation>Ingen utskriftskö: installera CUPS (kommandona lp och lpstat).</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Ingen anställd heter {name}.</translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation>Ingen giltig kod väntar för kunden. Skicka en ny.</translation>
    </message>
    <message>
        <source>Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.</source>
        <translation>Bara PostgreSQL-servrar kan delas: använd postgresql://användare@värd:5432/databas.</translation>
    </message>
    <message>
        <source>Only a register in a SQLite file can be moved; this one is already on a server.</source>
        <translation>Bara ett register i en SQLite-fil kan flyttas; det här ligger redan på en server.</translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation>Bara kassapersonal får logga in med PIN-kod; ägaren använder lösenord.</translation>
    </message>
    <message>
        <source>Only the owner may add demo data.</source>
        <translation>Endast ägaren får lägga in demodata.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s settings.</source>
        <translation>Endast ägaren får ändra butikens inställningar.</translation>
    </message>
    <message>
        <source>Only the owner may erase customers.</source>
        <translation>Endast ägaren får radera kunder.</translation>
    </message>
    <message>
        <source>Only the owner may export customer data.</source>
        <translation>Endast ägaren får exportera kunduppgifter.</translation>
    </message>
    <message>
        <source>Only the owner may handle data-subject requests.</source>
        <translation>Endast ägaren får hantera begäranden från registrerade.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Endast ägaren får importera kunder.</translation>
    </message>
    <message>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Endast ägaren får hantera personalkonton.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Endast ägaren får slå samman kunder.</translation>
    </message>
    <message>
        <source>Only the owner may produce documents about a person.</source>
        <translation>Endast ägaren får ta fram dokument om en person.</translation>
    </message>
    <message>
        <source>Only the owner may read the audit trail.</source>
        <translation>Endast ägaren får läsa granskningsloggen.</translation>
    </message>
    <message>
        <source>Only the owner may take or restore backups.</source>
        <translation>Endast ägaren får ta eller återställa säkerhetskopior.</translation>
    </message>
    <message>
        <source>Open the register once with this version of kundereg before moving it.</source>
        <translation>Öppna registret en gång med den här versionen av kundereg innan du flyttar det.</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Prislisteartikel</translation>
    </message>
    <message>
        <source>Printing from the command line needs CUPS; on Windows print from the app.</source>
        <translation>Utskrift från kommandoraden kräver CUPS; i Windows skriver du ut från appen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Request {reference} asks for a rectification: say what is to be corrected (kundereg request complete {reference} --set FIELD=VALUE).</source>
        <translation>Begäran {reference} gäller rättelse: ange vad som ska rättas (kundereg request complete {reference} --set FÄLT=VÄRDE).</translation>
    </message>
    <message>
        <source>Request {reference} asks for erasure: carry it out with Erase (&apos;kundereg erase&apos;), which completes it, or refuse it.</source>
        <translation>Begäran {reference} gäller radering: utför den med Radera (&apos;kundereg erase&apos;), som avslutar den, eller avslå den.</translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation>Begäran {reference} kan inte gå från {old} till {new}.</translation>
    </message>
    <message>
        <source>Request {reference} has no customer any more: it was erased already.</source>
        <translation>Begäran {reference} har inte längre någon kund: kunden har redan raderats.</translation>
    </message>
    <message>
        <source>Request {reference} has no identity check on it.</source>
        <translation>Begäran {reference} har ingen registrerad identitetskontroll.</translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation>Begäran {reference} är redan försenad; en förlängning måste beslutas inom den första månaden.</translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation>Begäran {reference} är avslutad.</translation>
    </message>
    <message>
        <source>Request {reference} is not a rectification: it takes no values to set.</source>
        <translation>Begäran {reference} är ingen rättelse: den tar inga värden.</translation>
    </message>
    <message>
        <source>Request {reference} is not an erasure request.</source>
        <translation>Begäran {reference} är ingen begäran om radering.</translation>
    </message>
    <message>
        <source>Request {reference} is {status}; confirm the requester&apos;s identity on it first.</source>
        <translation>Begäran {reference} har status {status}; bekräfta först identiteten för den som gjorde begäran.</translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation>Begäran {ref} har inte längre någon kund.</translation>
    </message>
    <message>
        <source>Request {ref} is not about customer {id}.</source>
        <translation>Begäran {ref} gäller inte kund {id}.</translation>
    </message>
    <message>
        <source>Restoring needs the owner&apos;s login.</source>
        <translation>Återställning kräver att ägaren loggar in.</translation>
    </message>
    <message>
        <source>Restoring needs the owner: --user NAME (or {env}).</source>
        <translation>Återställning kräver ägaren: --user NAMN (eller {env}).</translation>
    </message>
    <message>
        <source>Restoring replaces the SQLite register; this register is not one.</source>
        <translation>Återställning ersätter SQLite-registret; det här registret är inte ett SQLite-register.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Återställning ersätter registret: bekräfta med --yes.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV (a quote that is never closed?).</source>
        <translation>Rad {row} kan inte läsas som CSV (ett citattecken som aldrig stängs?).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters.</source>
        <translation>Rad {row} har en cell som är längre än {limit} tecken.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Rad {row}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Rad {row}: {reason}</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --mobile or --email (see kundereg customer edit --help).</source>
        <translation>Ange vad som ska ändras, till exempel --mobile eller --email (se kundereg customer edit --help).</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation>Ange vem som utför åtgärden: --user NAMN (eller {env}).</translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation>Att skicka koder via {channel} är inte konfigurerat.</translation>
    </message>
    <message>
        <source>Service event</source>
        <translation>Serviceärende</translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation>Serviceärende {id} är redan stängt.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>The CSV file needs a header line with at least the columns name and price (name;price;vat;unit;kind;due_days).</source>
        <translation>CSV-filen behöver en rubrikrad med minst kolumnerna name och price (name;price;vat;unit;kind;due_days).</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>URL:en anger ingen databas: postgresql://användare@värd:5432/DATABAS.</translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation>Appen låstes medan identitetskontrollen pågick; kontrollera igen efter upplåsning.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server (entry {entry}: {reason}). Nothing was kept on the server.</source>
        <translation>Granskningsloggen stämmer inte på servern (post {entry}: {reason}). Ingenting behölls på servern.</translation>
    </message>
    <message>
        <source>The backup file names a key derivation this version does not accept.</source>
        <translation>Säkerhetskopian anger en nyckelhärledning som den här versionen inte godtar.</translation>
    </message>
    <message>
        <source>The backup file {name} does not exist.</source>
        <translation>Säkerhetskopian {name} finns inte.</translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation>Koden kunde inte skickas via e-post ({kind}). Kontrollera e-postinställningarna eller kontrollera identiteten på annat sätt.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation>Koden är fel.</translation>
    </message>
    <message>
        <source>The connection is not a valid URL. Use postgresql://user@host:5432/database.</source>
        <translation>Anslutningen är inte en giltig URL. Använd postgresql://användare@värd:5432/databas.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation>Kunden har redan samtyckt till detta ändamål.</translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation>Kunden har inget registrerat {what} att skicka en kod till.</translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation>Kunden har invänt mot marknadsföring; samtycke till marknadsföring kan inte registreras.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation>Databasens URL är ogiltig. Använd en SQLAlchemy-URL som sqlite:///sökväg/till/kundereg.sqlite3 eller postgresql+psycopg://värd/db.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation>Databasdrivrutinen för {backend} är inte installerad ({kind}).</translation>
    </message>
    <message>
        <source>The database {db} on {where} belongs to another program (it has tables, but no kundereg register). Use an empty database.</source>
        <translation>Databasen {db} på {where} tillhör ett annat program (den har tabeller men inget kundereg-register). Använd en tom databas.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Filen {name} kan inte öppnas.</translation>
    </message>
    <message>
        <source>The file {name} changed since it was checked; check it again before importing.</source>
        <translation>Filen {name} har ändrats sedan den kontrollerades; kontrollera den igen före importen.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; start again.</source>
        <translation>Filen {name} ändrades under importen; börja om.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Filen {name} har ingen rubrikrad.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen {name} är inte en Excel-arbetsbok (.xlsx) som kan läsas.</translation>
    </message>
    <message>
        <source>The file {name} is not text in {encoding}.</source>
        <translation>Filen {name} är inte text i {encoding}.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import (at most 512 MB).</source>
        <translation>Filen {name} är för stor för att importeras (högst 512 MB).</translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation>Mappen för --out finns inte: {folder}</translation>
    </message>
    <message>
        <source>The folder for --receipt does not exist: {folder}</source>
        <translation>Mappen för --receipt finns inte: {folder}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation>Det sista ägarkontot kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Mappningsfilen {name} kan inte läsas.</translation>
    </message>
    <message>
        <source>The mapping file {name} is not valid TOML.</source>
        <translation>Mappningsfilen {name} är inte giltig TOML.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting: {key}.</source>
        <translation>Mappningen har en okänd inställning: {key}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s [columns] must be a table of header = target.</source>
        <translation>Mappningens [columns] måste vara en tabell med rubrik = mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column {header} has an unknown target.</source>
        <translation>Kolumnen {header} i mappningen har ett okänt mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s consent_source must be counter, web, email, phone or letter.</source>
        <translation>Mappningens consent_source måste vara counter, web, email, phone eller letter.</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be ; , | or a tab.</source>
        <translation>Mappningens avgränsare måste vara ; , | eller tabb.</translation>
    </message>
    <message>
        <source>The mapping&apos;s source must be a short name such as superoffice or visma.</source>
        <translation>Mappningens source måste vara ett kort namn som superoffice eller visma.</translation>
    </message>
    <message>
        <source>The mapping&apos;s {key} must be text.</source>
        <translation>Mappningens {key} måste vara text.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name} (or the file is damaged).</source>
        <translation>Lösenfrasen öppnar inte {name} (eller så är filen skadad).</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Lösenfraserna stämmer inte överens.</translation>
    </message>
    <message>
        <source>The print spooler did not answer.</source>
        <translation>Utskriftskön svarade inte.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>Skrivaren {printer} tog inte emot jobbet: {reason}</translation>
    </message>
    <message>
        <source>The purchase file {name} has no column for {what}.</source>
        <translation>Köpfilen {name} har ingen kolumn för {what}.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; no backup was written.</source>
        <translation>Registret klarade inte integritetskontrollen; ingen säkerhetskopia skrevs.</translation>
    </message>
    <message>
        <source>The register file cannot be read ({kind}).</source>
        <translation>Registerfilen kan inte läsas ({kind}).</translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation>Registret har ingen butik ännu. Kör ”kundereg init” eller starta appen för att konfigurera det.</translation>
    </message>
    <message>
        <source>The register has no shop yet; set it up first.</source>
        <translation>Registret har ingen butik ännu; lägg upp den först.</translation>
    </message>
    <message>
        <source>The register is busy: another kundereg is writing. Try again in a moment.</source>
        <translation>Registret är upptaget: ett annat kundereg skriver till det. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret är skadat: SQLite kan inte läsa filen. Återställ det från en säkerhetskopia (den senaste är {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup.</source>
        <translation>Registret är skadat: SQLite kan inte läsa filen. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret är skadat: en mapp har tagit filens plats. Återställ det från en säkerhetskopia (den senaste är {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup.</source>
        <translation>Registret är skadat: en mapp har tagit filens plats. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret är skadat: filen är tom. Återställ det från en säkerhetskopia (den senaste är {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup.</source>
        <translation>Registret är skadat: filen är tom. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret är skadat: filen är ingen SQLite-databas. Återställ det från en säkerhetskopia (den senaste är {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup.</source>
        <translation>Registret är skadat: filen är ingen SQLite-databas. Återställ det från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The register is in use. Close kundereg on this PC and try again.</source>
        <translation>Registret används. Stäng kundereg på den här datorn och försök igen.</translation>
    </message>
    <message>
        <source>The register on {where} has schema {revision}, newer than this kundereg understands. Update kundereg on this PC first.</source>
        <translation>Registret på {where} har schema {revision}, nyare än den här kundereg förstår. Uppdatera kundereg på den här datorn först.</translation>
    </message>
    <message>
        <source>The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or different). Enter them again in the notice settings.</source>
        <translation>De sparade inloggningsuppgifterna för SMS och e-post kan inte dekrypteras (nyckelfilen {file} saknas eller är en annan). Ange dem igen i meddelandeinställningarna.</translation>
    </message>
    <message>
        <source>The server on {where} refused user {user}: wrong password, or no such user.</source>
        <translation>Servern på {where} nekade användaren {user}: fel lösenord, eller så finns användaren inte.</translation>
    </message>
    <message>
        <source>The server {where} does not answer. Is PostgreSQL running there, and is the port open to this PC?</source>
        <translation>Servern {where} svarar inte. Körs PostgreSQL där, och är porten öppen för den här datorn?</translation>
    </message>
    <message>
        <source>The shop profile does not market to existing customers (marketing basis f): the privacy notice would not tell them, so there is no such list.</source>
        <translation>Butiksprofilen marknadsför inte till befintliga kunder (marknadsföringsgrund f): integritetspolicyn skulle inte berätta det för dem, så det finns ingen sådan lista.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has the tables {tables}). Move the register into a new, empty database.</source>
        <translation>Måldatabasen är inte tom (den har tabellerna {tables}). Flytta registret till en ny, tom databas.</translation>
    </message>
    <message>
        <source>The ticket names its customer: say how their identity was checked (--verified-by or --reason).</source>
        <translation>Kvittot visar kundens namn: ange hur identiteten kontrollerades (--verified-by eller --reason).</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>Arbetsboken har inget blad som heter {sheet}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Arbetsboken {name} har inga blad.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}. Ask whoever runs the server to create it.</source>
        <translation>Det finns ingen databas {db} på {where}. Be den som driver servern att skapa den.</translation>
    </message>
    <message>
        <source>There is no printer by that name.</source>
        <translation>Det finns ingen skrivare med det namnet.</translation>
    </message>
    <message>
        <source>There is no printer called {printer} (lpstat -e lists them).</source>
        <translation>Det finns ingen skrivare som heter {printer} (lpstat -e listar dem).</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of kundereg (schema {revision}); update kundereg first.</source>
        <translation>Den här säkerhetskopian kommer från en nyare version av kundereg (schema {revision}); uppdatera kundereg först.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Samtycket är redan återkallat.</translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation>Registret är redan konfigurerat; ”init” gör ingenting andra gången.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation>Lapp {number} kan inte gå från {old} till {new}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not in progress; a delay notice is for work not yet ready.</source>
        <translation>Order {number} är inte under arbete; ett förseningsmeddelande gäller arbete som inte är klart.</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>För många felaktiga svar för kunden. Kontrollera fotolegitimation eller skicka en kod i stället.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>För många felaktiga försök. Försök igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Okänd användare eller fel lösenord.</translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation>Uppdateringen av registret från schema {current} till {head} misslyckades ({kind}). Registret återställdes från kopian som togs före uppdateringen: {copy}.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation>Kontrollera först personens identitet (fotolegitimation, kunskapskontroll eller kod); ett tjänsteskäl visar inte vem som gjorde begäran.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation>Kontrollera personens identitet eller ange ett tjänsteskäl innan kund {id} visas.</translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation>Det personen uppgav stämmer inte med registret.</translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation>Du måste logga in först.</translation>
    </message>
    <message>
        <source>at most {n} entries.</source>
        <translation>högst {n} poster.</translation>
    </message>
    <message>
        <source>at most {n} purposes.</source>
        <translation>högst {n} ändamål.</translation>
    </message>
    <message>
        <source>belongs to customer {id}, who is restricted (GDPR Art. 18).</source>
        <translation>tillhör kund {id}, som är begränsad (GDPR art. 18).</translation>
    </message>
    <message>
        <source>cannot be added: the price list is full ({n} items).</source>
        <translation>kan inte läggas till: prislistan är full ({n} artiklar).</translation>
    </message>
    <message>
        <source>cannot be before the register was set up ({day}).</source>
        <translation>kan inte vara före registret skapades ({day}).</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation>innehåller styrtecken eller radbrytningar som inte är tillåtna.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>innehåller styrtecken.</translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation>hör inte till den här kunden.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>entry {n}: the country must be a two-letter code such as NO.</source>
        <translation>post {n}: landet måste vara en kod på två bokstäver, t.ex. NO.</translation>
    </message>
    <message>
        <source>entry {n}: the name is too long or has line breaks.</source>
        <translation>post {n}: namnet är för långt eller innehåller radbrytningar.</translation>
    </message>
    <message>
        <source>entry {n}: the name of the organisation is needed (a kind of recipient without a name belongs in a purpose&apos;s recipients).</source>
        <translation>post {n}: organisationens namn behövs (en sorts mottagare utan namn hör hemma bland mottagarna för ett ändamål).</translation>
    </message>
    <message>
        <source>entry {n}: the role must be one of {codes}.</source>
        <translation>post {n}: rollen måste vara en av {codes}.</translation>
    </message>
    <message>
        <source>gives a consent date in the future.</source>
        <translation>anger ett samtyckesdatum i framtiden.</translation>
    </message>
    <message>
        <source>has an unmatched brace; write {{ and }} for a brace.</source>
        <translation>har en klammer utan motsvarighet; skriv {{ och }} för en klammer.</translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation>har för många rader (högst {n}).</translation>
    </message>
    <message>
        <source>is a date in the future.</source>
        <translation>är ett datum i framtiden.</translation>
    </message>
    <message>
        <source>is already on the price list.</source>
        <translation>finns redan på prislistan.</translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation>används redan.</translation>
    </message>
    <message>
        <source>is needed: letters and receipts are signed with the full name.</source>
        <translation>måste fyllas i: brev och kvitton undertecknas med fullständigt namn.</translation>
    </message>
    <message>
        <source>is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>måste fyllas i: integritetspolicyn och registret över behandlingar måste ange hur butiken kan kontaktas.</translation>
    </message>
    <message>
        <source>is not a customer field.</source>
        <translation>är inte ett kundfält.</translation>
    </message>
    <message>
        <source>is not a date (use 2024-05-31 or 31.05.2024).</source>
        <translation>är inte ett datum (använd 2024-05-31 eller 31.05.2024).</translation>
    </message>
    <message>
        <source>is not a known purpose. Known purposes: {keys}.</source>
        <translation>är inget känt ändamål. Kända ändamål: {keys}.</translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation>är ingen känd status.</translation>
    </message>
    <message>
        <source>is not a phone number.</source>
        <translation>är inget telefonnummer.</translation>
    </message>
    <message>
        <source>is not a postal code.</source>
        <translation>är inget postnummer.</translation>
    </message>
    <message>
        <source>is not a request type.</source>
        <translation>är ingen typ av begäran.</translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation>är ingen giltig e-postadress.</translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation>är inget giltigt organisationsnummer för {country}.</translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation>är inget giltigt telefonnummer för sitt land.</translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation>är ingen e-postadress.</translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation>är inget organisationsnummer.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>ligger utanför tillåtet intervall.</translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation>måste fyllas i (eller ett förnamn eller ett företagsnamn).</translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation>måste fyllas i när beställningen saknar rader.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>måste fyllas i.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>is too long for a customer number.</source>
        <translation>är för långt för ett kundnummer.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>är för lång.</translation>
    </message>
    <message>
        <source>kundereg backs up its own SQLite register. Back up a PostgreSQL register on the server (pg_dump).</source>
        <translation>kundereg säkerhetskopierar sitt eget SQLite-register. Säkerhetskopiera ett PostgreSQL-register på servern (pg_dump).</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; it was not run. Type the value itself.</source>
        <translation>ser ut som en kalkylbladsformel; den kördes inte. Skriv in själva värdet.</translation>
    </message>
    <message>
        <source>marketing is switched on: add the marketing purpose it is for.</source>
        <translation>marknadsföring är påslagen: lägg till det marknadsföringsändamål den gäller.</translation>
    </message>
    <message>
        <source>marketing to existing customers is switched on: add its purpose.</source>
        <translation>marknadsföring till befintliga kunder är påslagen: lägg till ändamålet för den.</translation>
    </message>
    <message>
        <source>matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.</source>
        <translation>matchar kund {id}, som är begränsad (GDPR art. 18); posten kan inte ändras.</translation>
    </message>
    <message>
        <source>matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.</source>
        <translation>matchar två kunder ({a} och {b}); slå ihop dem först (Hitta dubbletter) och importera sedan igen.</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>får inte vara negativt.</translation>
    </message>
    <message>
        <source>may not contain links: notices are service messages, not marketing.</source>
        <translation>får inte innehålla länkar: meddelanden är servicemeddelanden, inte marknadsföring.</translation>
    </message>
    <message>
        <source>may not use {{{name}}}: notices are service messages, not marketing.</source>
        <translation>får inte använda {{{name}}}: meddelanden är servicemeddelanden, inte marknadsföring.</translation>
    </message>
    <message>
        <source>may only use {allowed}.</source>
        <translation>får bara använda {allowed}.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilnummer</translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>måste vara 1 till 64 gemener, siffror, ”.”, ”_” eller ”-”.</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation>måste vara 4 till 8 siffror.</translation>
    </message>
    <message>
        <source>must be a date like 2026-01-31.</source>
        <translation>måste vara ett datum som 2026-01-31.</translation>
    </message>
    <message>
        <source>must be a percentage such as 25.</source>
        <translation>måste vara en procentsats, till exempel 25.</translation>
    </message>
    <message>
        <source>must be a port number.</source>
        <translation>måste vara ett portnummer.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation>måste vara en ISO-valutakod med tre bokstäver, som NOK eller SEK.</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation>måste vara en landskod med två bokstäver, som NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 365.</source>
        <translation>måste vara ett heltal från 0 till 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {n}.</source>
        <translation>måste vara ett heltal från 0 till {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation>måste vara ett heltal från 1 till 10000.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365.</source>
        <translation>måste vara ett heltal från 1 till 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}.</source>
        <translation>måste vara ett heltal från 1 till {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>måste vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation>måste vara ett helt antal öre/cent.</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation>måste vara ett heltal, 0 eller mer.</translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation>måste gälla mobil, e-post eller lapp.</translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation>måste vara ett belopp som 249,50.</translation>
    </message>
    <message>
        <source>must be at least {n} characters long.</source>
        <translation>måste vara minst {n} tecken lång.</translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation>måste vara minst {n} tecken.</translation>
    </message>
    <message>
        <source>must be auto, sms, email or none.</source>
        <translation>måste vara auto, sms, email eller none.</translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation>måste vara kassa, e-post, brev eller telefon.</translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation>måste vara kassa, webb, e-post, telefon eller brev.</translation>
    </message>
    <message>
        <source>must be none, consent (a) or legitimate interests (f).</source>
        <translation>måste vara ingen, samtycke (a) eller berättigat intresse (f).</translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation>måste vara en av NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation>måste vara en av {codes}.</translation>
    </message>
    <message>
        <source>must be one of {rates} %.</source>
        <translation>måste vara en av {rates} %.</translation>
    </message>
    <message>
        <source>must be one of {units}.</source>
        <translation>måste vara en av {units}.</translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation>måste vara en av: {codes}.</translation>
    </message>
    <message>
        <source>must be one of: {fields}.</source>
        <translation>måste vara något av: {fields}.</translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation>måste vara en av: {types}.</translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation>måste vara ägare eller kassa.</translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation>måste vara löst eller avvisat.</translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation>måste vara retur, reklamation eller reparation.</translation>
    </message>
    <message>
        <source>must be service or goods.</source>
        <translation>måste vara tjänst eller vara.</translation>
    </message>
    <message>
        <source>must be starttls, ssl or none.</source>
        <translation>måste vara starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>must be up to 11 letters and digits, or a phone number.</source>
        <translation>måste vara högst 11 bokstäver och siffror, eller ett telefonnummer.</translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation>måste vara {shape} i {country}.</translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation>måste ha en tidszon.</translation>
    </message>
    <message>
        <source>must contain {{ticket}}.</source>
        <translation>måste innehålla {{ticket}}.</translation>
    </message>
    <message>
        <source>must name at least one source (usually the customer).</source>
        <translation>måste ange minst en källa (oftast kunden).</translation>
    </message>
    <message>
        <source>must say yes or no, or give the date the consent was given.</source>
        <translation>måste säga ja eller nej, eller ange datumet då samtycket gavs.</translation>
    </message>
    <message>
        <source>must start with https://.</source>
        <translation>måste börja med https://.</translation>
    </message>
    <message>
        <source>name at least one purpose.</source>
        <translation>ange minst ett ändamål.</translation>
    </message>
    <message>
        <source>names a consent purpose that is too long.</source>
        <translation>anger ett samtyckesändamål som är för långt.</translation>
    </message>
    <message>
        <source>names a customer number that is not in the customer file.</source>
        <translation>anger ett kundnummer som inte finns i kundfilen.</translation>
    </message>
    <message>
        <source>names an unknown credential.</source>
        <translation>anger okända inloggningsuppgifter.</translation>
    </message>
    <message>
        <source>names an unknown kind of notice.</source>
        <translation>anger en okänd typ av meddelande.</translation>
    </message>
    <message>
        <source>names no customer number.</source>
        <translation>anger inget kundnummer.</translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation>anger okända fält: {names}.</translation>
    </message>
    <message>
        <source>names unknown sources: {names}.</source>
        <translation>anger okända källor: {names}.</translation>
    </message>
    <message>
        <source>number {n} has no price such as 79,00 after its last colon.</source>
        <translation>nummer {n} har inget pris som 79,00 efter sista kolonet.</translation>
    </message>
    <message>
        <source>number {n} is not written as TEXT:QUANTITY:PRICE (for example &quot;Shirt:2:79,00&quot;).</source>
        <translation>nummer {n} är inte skrivet som TEXT:ANTAL:PRIS (till exempel &quot;Skjorta:2:79,00&quot;).</translation>
    </message>
    <message>
        <source>or a phone number is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>eller ett telefonnummer måste fyllas i: integritetspolicyn och registret över behandlingar måste ange hur butiken kan kontaktas.</translation>
    </message>
    <message>
        <source>purpose {n} is listed twice.</source>
        <translation>ändamål {n} finns med två gånger.</translation>
    </message>
    <message>
        <source>purpose {n} is marketing, but the profile says the shop does no marketing.</source>
        <translation>ändamål {n} är marknadsföring, men enligt profilen bedriver butiken ingen marknadsföring.</translation>
    </message>
    <message>
        <source>purpose {n} is not a known kind of purpose.</source>
        <translation>ändamål {n} är ingen känd typ av ändamål.</translation>
    </message>
    <message>
        <source>purpose {n} must name the data it uses.</source>
        <translation>ändamål {n} måste ange vilka uppgifter det använder.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown kind of data.</source>
        <translation>ändamål {n} anger en okänd typ av uppgifter.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown recipient role.</source>
        <translation>ändamål {n} anger en okänd mottagarroll.</translation>
    </message>
    <message>
        <source>purpose {n} needs a title.</source>
        <translation>ändamål {n} måste ha en rubrik.</translation>
    </message>
    <message>
        <source>purpose {n} uses {category} data, but those customer fields are switched off.</source>
        <translation>ändamål {n} använder uppgifter av typen {category}, men de kundfälten är avstängda.</translation>
    </message>
    <message>
        <source>purpose {n}: marketing must rest on the basis chosen for marketing ({basis}).</source>
        <translation>ändamål {n}: marknadsföring måste vila på den grund som har valts för marknadsföring ({basis}).</translation>
    </message>
    <message>
        <source>purpose {n}: the legal basis must be a letter from a to f (GDPR Art. 6(1)).</source>
        <translation>ändamål {n}: den rättsliga grunden måste vara en bokstav från a till f (GDPR art. 6.1).</translation>
    </message>
    <message>
        <source>purpose {n}: the retention must be 1 to 50 years.</source>
        <translation>ändamål {n}: lagringstiden måste vara 1 till 50 år.</translation>
    </message>
    <message>
        <source>purpose {n}: unknown retention rule.</source>
        <translation>ändamål {n}: okänd regel för lagringstid.</translation>
    </message>
    <message>
        <source>states a consent without the date it was given; add a consent date column.</source>
        <translation>anger ett samtycke utan datumet då det gavs; lägg till en kolumn med samtyckesdatum.</translation>
    </message>
    <message>
        <source>write --set as FIELD=VALUE, for example --set email=kari@example.no.</source>
        <translation>skriv --set som FÄLT=VÄRDE, till exempel --set email=kari@example.no.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>{name} does not decrypt to the register it was taken from.</source>
        <translation>{name} dekrypteras inte till det register som kopian togs av.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} är en mapp, inte en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{name} is cut short: the last part is missing.</source>
        <translation>{name} är avkortad: den sista delen saknas.</translation>
    </message>
    <message>
        <source>{name} is damaged at part {index}.</source>
        <translation>{name} är skadad i del {index}.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read.</source>
        <translation>{name} är skadad: filhuvudet kan inte läsas.</translation>
    </message>
    <message>
        <source>{name} is not a kundereg backup.</source>
        <translation>{name} är ingen säkerhetskopia från kundereg.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of kundereg.</source>
        <translation>{name} skrevs av en nyare version av kundereg.</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation>{what} {ident} finns inte.</translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>{what} {ident} har ändrats av någon annan sedan du öppnade den. Hämta igen för att se deras ändringar; dina sparades inte.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password or PIN</source>
        <translation>Lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problem med inloggningen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Välj ditt namn och skriv ditt lösenord eller din PIN-kod.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Lösenord eller PIN-kod</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>Log in to {shop}</source>
        <translation>Logga in hos {shop}</translation>
    </message>
    <message>
        <source>There is no active staff account.</source>
        <translation>Det finns inget aktivt personalkonto.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Skriv ditt lösenord eller din PIN-kod.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Byt användare …</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Byt användare</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logga ut och låt någon annan logga in</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>The register is locked. {name} ({user}) can unlock it with their password or PIN; anyone else logs in with “Switch user”.</source>
        <translation>Registret är låst. {name} ({user}) kan låsa upp det med sitt lösenord eller sin PIN-kod; alla andra loggar in med ”Byt användare”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Hitta kund</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Gå till sökrutan</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kund</translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation>Lägg till en kund utifrån det som står i sökrutan</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Spara kunden</translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation>Spara den öppna kunden</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tillbaka till sökningen</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Tillbaka till sökresultaten</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Ny b&amp;eställning…</translation>
    </message>
    <message>
        <source>Record a new order for the open customer</source>
        <translation>Registrera en ny beställning för den öppna kunden</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klara att hämta</translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation>Lappar som är klara och väntar på att hämtas</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation>Hämta vyn igen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation>Lås registret; ditt lösenord eller din PIN-kod öppnar det igen</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Byt användare …</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Logga ut och låt någon annan logga in</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Skapa &amp;demodata …</translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation>Fyll ett testregister med påhittade kunder och köp</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Granskningslogg …</translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation>Vem som såg och ändrade vad, och om loggen är intakt</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal …</translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation>Personalkonton, roller, lösenord och PIN-koder</translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation>&amp;Begäranden …</translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation>Begäranden från registrerade och deras tidsfrister</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Säkerhets&amp;kopiera nu …</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the register</source>
        <translation>Skriv en krypterad, verifierad säkerhetskopia av registret</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia …</translation>
    </message>
    <message>
        <source>Replace the register with a backup; people erased since are erased again</source>
        <translation>Ersätt registret med en säkerhetskopia; personer som har raderats sedan dess raderas igen</translation>
    </message>
    <message>
        <source>Shop &amp;profile and settings…</source>
        <translation>Butiksprofil och &amp;inställningar …</translation>
    </message>
    <message>
        <source>What the shop keeps and why, retention, and the privacy notice</source>
        <translation>Vad butiken sparar och varför, lagringstid och integritetspolicyn</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importera kunder …</translation>
    </message>
    <message>
        <source>Bring in a customer list exported from another system or a spreadsheet</source>
        <translation>Hämta in en kundlista exporterad från ett annat system eller ett kalkylblad</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Hitta d&amp;ubbletter …</translation>
    </message>
    <message>
        <source>Customers registered twice, to merge into one</source>
        <translation>Kunder som registrerats två gånger, att slå ihop till en</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About kundereg</source>
        <translation>&amp;Om kundereg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>kundereg använder {language} från nästa start.</translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation>Om kundereg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kontrollera kolumnerna</translation>
    </message>
    <message>
        <source>Each column of the file and what it holds; change what was guessed wrong, or choose “Not imported”.</source>
        <translation>Varje kolumn i filen och vad den innehåller; ändra det som gissades fel, eller välj ”Importeras inte”.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Välj minst en kolumn att importera.</translation>
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
        <translation>Hämtningsmeddelande</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Förseningsmeddelande</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmeddelande</translation>
    </message>
</context>
<context>
    <name>NoticeReason</name>
    <message>
        <source>The customer does not want notices.</source>
        <translation>Kunden vill inte ha meddelanden.</translation>
    </message>
    <message>
        <source>The customer has neither a mobile number nor an email address.</source>
        <translation>Kunden har varken mobilnummer eller e-postadress.</translation>
    </message>
    <message>
        <source>The shop has no SMS provider and the customer has no email address.</source>
        <translation>Butiken har ingen SMS-leverantör och kunden har ingen e-postadress.</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Kunden har inget mobilnummer.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Kunden har ingen e-postadress.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail server is not set up.</source>
        <translation>Butikens e-postserver är inte inställd.</translation>
    </message>
    <message>
        <source>The SMS provider is not set up.</source>
        <translation>SMS-leverantören är inte inställd.</translation>
    </message>
    <message>
        <source>The customer was erased or the ticket removed.</source>
        <translation>Kunden har raderats eller ordern tagits bort.</translation>
    </message>
    <message>
        <source>The provider refused the message.</source>
        <translation>Leverantören avvisade meddelandet.</translation>
    </message>
    <message>
        <source>The provider refused the credentials.</source>
        <translation>Leverantören avvisade inloggningsuppgifterna.</translation>
    </message>
    <message>
        <source>The provider refused the number.</source>
        <translation>Leverantören avvisade numret.</translation>
    </message>
    <message>
        <source>The provider asked to slow down.</source>
        <translation>Leverantören bad om att skicka långsammare.</translation>
    </message>
    <message>
        <source>The provider had an error.</source>
        <translation>Leverantören hade ett fel.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Leverantören svarade inte i tid.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Leverantören gick inte att nå.</translation>
    </message>
    <message>
        <source>The ticket was collected before the notice went out.</source>
        <translation>Ordern hämtades innan meddelandet gick ut.</translation>
    </message>
</context>
<context>
    <name>NoticeSettings</name>
    <message>
        <source>Ready for collection</source>
        <translation>Klar att hämta</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Försening</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testmeddelande</translation>
    </message>
    <message>
        <source>No SMS (email only)</source>
        <translation>Inget SMS (bara e-post)</translation>
    </message>
    <message>
        <source>Infobip SMS API</source>
        <translation>Infobip SMS API</translation>
    </message>
    <message>
        <source>Email-to-SMS gateway</source>
        <translation>E-post-till-SMS-tjänst</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>Pickup notices</source>
        <translation>Hämtningsmeddelanden</translation>
    </message>
    <message>
        <source>Send notices when a ticket is ready</source>
        <translation>Skicka meddelande när en order är klar</translation>
    </message>
    <message>
        <source>saved, leave empty to keep</source>
        <translation>sparat, lämna tomt för att behålla</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>inga påminnelser</translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation>SMS-leverantör</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adress</translation>
    </message>
    <message>
        <source>Infobip API key</source>
        <translation>Infobip API-nyckel</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-avsändarnamn</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-post-till-SMS-domän</translation>
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
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>E-postanvändare</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-postlösenord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Påminn efter (dagar)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påminnelser högst</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Meddelandetext</translation>
    </message>
    <message>
        <source>Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. No offers, links or names.</source>
        <translation>Bara servicemeddelanden: {shop}, {ticket}, {hours} och, vid försening, {days}. Inga erbjudanden, länkar eller namn.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Testmeddelande till</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Skicka ett testmeddelande</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the notice settings</source>
        <translation>Spara meddelandeinställningarna</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar …</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Testmeddelandet skickades.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}</source>
        <translation>Testmeddelandet skickades inte: {reason}</translation>
    </message>
    <message>
        <source>The test message is waiting to be retried.</source>
        <translation>Testmeddelandet väntar på ett nytt försök.</translation>
    </message>
</context>
<context>
    <name>NoticeState</name>
    <message>
        <source>queued</source>
        <translation>i kö</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>skickas</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levererat</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte skickat</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Ny beställning</translation>
    </message>
    <message>
        <source>What the order is about (optional with item lines)</source>
        <translation>Vad beställningen gäller (valfritt med artikelrader)</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Beställningens beskrivning</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fel i beskrivningen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>A&amp;ntal</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Styckpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Item line error</source>
        <translation>Fel i artikelrad</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Lägg till &amp;rad</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Add an item line (Alt+L)</source>
        <translation>Lägg till en artikelrad (Alt+L)</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Beställningens summa</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>radernas summa</translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation>Fast summa</translation>
    </message>
    <message>
        <source>Leave empty to charge the sum of the lines.</source>
        <translation>Lämna tomt för att ta betalt radernas summa.</translation>
    </message>
    <message>
        <source>Fixed &amp;total:</source>
        <translation>Fast s&amp;umma:</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Fel i summan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodatum</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>&amp;Inget förfallodatum</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Inget förfallodatum</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Förfallodatum:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Record order</source>
        <translation>Re&amp;gistrera beställningen</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Registrera beställningen</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Summa: {amount}</translation>
    </message>
    <message>
        <source>Line {n}: </source>
        <translation>Rad {n}: </translation>
    </message>
    <message>
        <source>Enter a description or at least one item line.</source>
        <translation>Skriv en beskrivning eller minst en artikelrad.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Lösenfras för säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups are encrypted with this passphrase. Without it no backup can be restored: keep it somewhere safe, away from this PC.</source>
        <translation>Säkerhetskopiorna krypteras med den här lösenfrasen. Utan den kan ingen säkerhetskopia återställas: förvara den på ett säkert ställe, inte på den här datorn.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>Ange lösenfrasen som säkerhetskopian krypterades med.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this PC, for the daily backup when closing</source>
        <translation>&amp;Kom ihåg på den här datorn, för den dagliga säkerhetskopian vid stängning</translation>
    </message>
    <message>
        <source>Anyone who can log in to this user account on this PC can then read the passphrase.</source>
        <translation>Då kan alla som kan logga in på det här användarkontot på den här datorn läsa lösenfrasen.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem med lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>U&amp;pprepa:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Använd den här lösenfrasen</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Lösenfrasen måste vara minst {n} tecken lång.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Återställ lösenord</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. A reset also ends a wait after too many wrong attempts.</source>
        <translation>Ge {name} det nya lösenordet personligen. En återställning avslutar också väntetiden efter för många felaktiga försök.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tecken</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>U&amp;pprepa lösenord:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
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
        <translation>Skickar {title} till skrivaren …</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Förhandsgranskning av {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Förbereder sidorna …</translation>
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
        <translation>Nationellt id-kort</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Körkort</translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation>Bankkort med foto</translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation>Annan fotolegitimation</translation>
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
        <translation>Kund</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Klar sedan</translation>
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
        <translation>Klar sedan {when}</translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>Ready for pickup</source>
        <translation>Klara att hämta</translation>
    </message>
    <message>
        <source>Tickets ready for pickup</source>
        <translation>Lappar klara att hämta</translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation>Lappnummer, namn eller mobil</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Hitta lapp</translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation>Nedåtpil går till listan; Enter öppnar kunden.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Hi&amp;tta:</translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation>Antal klara lappar</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klara att hämta</translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation>Hämtlistans status</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Hämtad</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Markera som hämtad</translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation>&amp;Kopiera mobilnummer</translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation>Kopiera mobilnummer</translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation>Kopiera mobilnumren för de valda lapparna, eller för alla lappar i listan, för att klistra in dem i din sms-tjänst</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Öppna kunden</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Öppna kunden</translation>
    </message>
    <message>
        <source>Hand the selected tickets over to the customer (Enter)</source>
        <translation>Lämna ut de valda lapparna till kunden (Enter)</translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket</source>
        <translation>Visa kunden för den valda lappen</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Hämta listan igen (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar …</translation>
    </message>
    <message>
        <source>Could not load the list: {reason}</source>
        <translation>Kunde inte hämta listan: {reason}</translation>
    </message>
    <message>
        <source>No tickets are waiting for pickup.</source>
        <translation>Inga lappar väntar på att hämtas.</translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation>1 lapp klar att hämta</translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation>{n} lappar klara att hämta</translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation>({n} visas)</translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation>1 mobilnummer kopierat.</translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation>{n} mobilnummer kopierade.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Utlämning</translation>
    </message>
    <message>
        <source>Hand over ticket {numbers} to the customer now?</source>
        <translation>Lämna ut lapp {numbers} till kunden nu?</translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation>1 lapp markerad som hämtad.</translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation>{n} lappar markerade som hämtade.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrad på annat håll</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listan har hämtats igen.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>Ange PIN-kod</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Ange PIN-kod</translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation>{name} kan då logga in med den här PIN-koden i stället för lösenordet.</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 siffror</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>U&amp;pprepa PIN-kod:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Upprepa PIN-kod</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De två PIN-koderna är inte lika.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Dry cleaner</source>
        <translation>Kemtvätt</translation>
    </message>
    <message>
        <source>Building supplier</source>
        <translation>Byggvaruleverantör</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>Prislista</translation>
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
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Förfaller efter (dagar)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Spara artikel</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny artikel</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Ta bort artikel</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV …</translation>
    </message>
    <message>
        <source>Add preset items</source>
        <translation>Lägg till förvalda artiklar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Importera prislista</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be imported; the first: line {line}: {problem}</source>
        <translation>
            <numerusform>%n rad kunde inte importeras; den första: rad {line}: {problem}</numerusform>
            <numerusform>%n rader kunde inte importeras; den första: rad {line}: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export price list</source>
        <translation>Exportera prislista</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>ticket {number}</source>
        <translation>inlämningskvitto {number}</translation>
    </message>
    <message>
        <source>tags of ticket {number}</source>
        <translation>etiketter till inlämningskvitto {number}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shop profile and settings</source>
        <translation>Butiksprofil och inställningar</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Butik</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>&amp;Kundfält</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Ändamål</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <source>Re&amp;tention and backups</source>
        <translation>Lagring och &amp;säkerhetskopior</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice…</source>
        <translation>Spara &amp;integritetspolicy …</translation>
    </message>
    <message>
        <source>Save record of processing…</source>
        <translation>Spara register över behandlingar …</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokument på</translation>
    </message>
    <message>
        <source>No profile saved yet: the documents use the built-in defaults until you save.</source>
        <translation>Ingen profil har sparats ännu: dokumenten använder de inbyggda standardvärdena tills du sparar.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webbsida (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;Kalkylblad (*.csv)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver …</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Sparad: {path}</translation>
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
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Managing the customer relationship</source>
        <translation>Administration av kundrelationen</translation>
    </message>
    <message>
        <source>Orders and delivery</source>
        <translation>Beställning och leverans</translation>
    </message>
    <message>
        <source>Service orders and collection</source>
        <translation>Uppdrag och upphämtning</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Customer service, complaints and returns</source>
        <translation>Kundservice, reklamationer och returer</translation>
    </message>
    <message>
        <source>Bookkeeping and other legal obligations</source>
        <translation>Bokföring och andra rättsliga förpliktelser</translation>
    </message>
    <message>
        <source>Newsletters and marketing with consent</source>
        <translation>Nyhetsbrev och marknadsföring med samtycke</translation>
    </message>
    <message>
        <source>Marketing to existing customers</source>
        <translation>Marknadsföring till befintliga kunder</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims</source>
        <translation>Fastställa, göra gällande eller försvara rättsliga anspråk</translation>
    </message>
    <message>
        <source>Handling privacy requests</source>
        <translation>Hantering av begäranden om personuppgifter</translation>
    </message>
    <message>
        <source>Other (own title)</source>
        <translation>Övrigt (egen rubrik)</translation>
    </message>
    <message>
        <source>(a) consent</source>
        <translation>(a) samtycke</translation>
    </message>
    <message>
        <source>(b) contract with the customer</source>
        <translation>(b) avtal med kunden</translation>
    </message>
    <message>
        <source>(c) legal obligation</source>
        <translation>(c) rättslig förpliktelse</translation>
    </message>
    <message>
        <source>(d) vital interests</source>
        <translation>(d) grundläggande intressen</translation>
    </message>
    <message>
        <source>(e) public interest</source>
        <translation>(e) allmänt intresse</translation>
    </message>
    <message>
        <source>(f) legitimate interests</source>
        <translation>(f) berättigat intresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Mobile and email</source>
        <translation>Mobil och e-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Företagsuppgifter</translation>
    </message>
    <message>
        <source>Purchases and orders</source>
        <translation>Köp och beställningar</translation>
    </message>
    <message>
        <source>Complaints, returns and repairs</source>
        <translation>Reklamationer, returer och reparationer</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondens</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Privacy requests</source>
        <translation>Begäranden om personuppgifter</translation>
    </message>
    <message>
        <source>While the customer relationship lasts</source>
        <translation>Så länge kundrelationen varar</translation>
    </message>
    <message>
        <source>As long as bookkeeping law requires</source>
        <translation>Så länge bokföringslagen kräver</translation>
    </message>
    <message>
        <source>Until consent is withdrawn</source>
        <translation>Tills samtycket återkallas</translation>
    </message>
    <message>
        <source>Until claims are time-barred</source>
        <translation>Tills anspråk har preskriberats</translation>
    </message>
    <message>
        <source>As long as needed to document the handling</source>
        <translation>Så länge det behövs för att dokumentera hanteringen</translation>
    </message>
    <message>
        <source>A fixed number of years</source>
        <translation>Ett fast antal år</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Redovisning</translation>
    </message>
    <message>
        <source>CRM system</source>
        <translation>Kundsystem (CRM)</translation>
    </message>
    <message>
        <source>ERP system</source>
        <translation>Affärssystem (ERP)</translation>
    </message>
    <message>
        <source>Delivery / carrier</source>
        <translation>Leverans / transportföretag</translation>
    </message>
    <message>
        <source>Website hosting</source>
        <translation>Webbhotell</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betaltjänst</translation>
    </message>
    <message>
        <source>Email and newsletter service</source>
        <translation>E-post- och nyhetsbrevstjänst</translation>
    </message>
    <message>
        <source>Text message (SMS) service</source>
        <translation>Sms-tjänst</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-support</translation>
    </message>
    <message>
        <source>Manufacturer or supplier</source>
        <translation>Tillverkare eller leverantör</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <translation>Myndigheter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The company the customer buys for</source>
        <translation>Företaget som kunden handlar för</translation>
    </message>
    <message>
        <source>Our website (contact form, customer account)</source>
        <translation>Vår webbplats (kontaktformulär, kundkonto)</translation>
    </message>
    <message>
        <source>Public business registers</source>
        <translation>Offentliga företagsregister</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ingen marknadsföring</translation>
    </message>
    <message>
        <source>Only with the customer&apos;s consent (a)</source>
        <translation>Bara med kundens samtycke (a)</translation>
    </message>
    <message>
        <source>To existing customers with a purchase under the marketing act, to others with consent (f)</source>
        <translation>Till befintliga kunder med ett köp enligt marknadsföringslagen, till andra med samtycke (f)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>As on receipts, e.g. Gjøvik Rens AS</source>
        <translation>Som på kvitton, t.ex. Gjøvik Rens AS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where customers write about their data</source>
        <translation>Dit kunderna skriver om sina uppgifter</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Dokumentens språk</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Butiks&amp;namn</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisationsnummer</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <source>Postal code and &amp;town</source>
        <translation>Postnummer och o&amp;rt</translation>
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
        <translation>A&amp;ppens språk</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>Dok&amp;umentens språk</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Customer fields besides name, mobile, email and notes</source>
        <translation>Kundfält utöver namn, mobil, e-post och anteckningar</translation>
    </message>
    <message>
        <source>Treat a sole trader&apos;s organisation number as personal data</source>
        <translation>Behandla en enskild näringsidkares organisationsnummer som personuppgift</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Var uppgifterna kommer ifrån</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation>Marknads&amp;föring</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>&amp;Add purpose</source>
        <translation>&amp;Lägg till ändamål</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Own title</source>
        <translation>Egen rubrik</translation>
    </message>
    <message>
        <source>Only for &apos;Other&apos;: the purpose in your words</source>
        <translation>Bara för ”Övrigt”: ändamålet med dina egna ord</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
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
        <translation>Än&amp;damål</translation>
    </message>
    <message>
        <source>Own &amp;title</source>
        <translation>&amp;Egen rubrik</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Art. 6(1))</source>
        <translation>&amp;Rättslig grund (art. 6.1)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>La&amp;gringstid</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Uppgifter som används</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nytt ändamål</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Personuppgiftsbiträde</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Personuppgiftsbiträden och mottagare</translation>
    </message>
    <message>
        <source>Name the systems and companies that get customer data, e.g. your accounting system or carrier. Leave the name empty to describe only the kind of recipient. Tick &apos;Processor&apos; for those working on your behalf under a data processing agreement.</source>
        <translation>Ange de system och företag som får kunduppgifter, t.ex. ditt ekonomisystem eller transportföretag. Lämna namnet tomt för att bara beskriva typen av mottagare. Kryssa i ”Personuppgiftsbiträde” för dem som arbetar för din räkning enligt ett personuppgiftsbiträdesavtal.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
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
        <translation> veckor</translation>
    </message>
    <message>
        <source>Delete customers &amp;inactive for</source>
        <translation>&amp;Radera kunder som varit inaktiva i</translation>
    </message>
    <message>
        <source>&amp;Consents last at most</source>
        <translation>Samtycken &amp;gäller högst</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Behåll &amp;dagliga säkerhetskopior i</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>Behåll &amp;veckovisa säkerhetskopior i</translation>
    </message>
    <message>
        <source>Purchases the bookkeeping law requires are kept as long as it requires, whatever is set here. The privacy notice states these periods.</source>
        <translation>Köp som bokföringslagen kräver sparas så länge lagen kräver, oavsett vad som anges här. Integritetspolicyn anger dessa perioder.</translation>
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
        <translation>Avbryter …</translation>
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
        <translation>Beställningar och lappar</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Ny beställning …</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Ny beställning</translation>
    </message>
    <message>
        <source>Record a new order or ticket for this customer</source>
        <translation>Registrera en ny beställning eller lapp för kunden</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>The order is ready for pickup</source>
        <translation>Beställningen är klar att hämta</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Hämtad</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Markera som hämtad</translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation>Kunden har hämtat beställningen</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Levererad</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Markera som levererad</translation>
    </message>
    <message>
        <source>The order has been delivered to the customer</source>
        <translation>Beställningen har levererats till kunden</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>&amp;Returnerad</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Markera som returnerad</translation>
    </message>
    <message>
        <source>The goods came back; the order no longer counts in the total</source>
        <translation>Varorna kom tillbaka; beställningen räknas inte längre med i summan</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Avb&amp;oka beställningen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Avboka beställningen</translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation>Avboka beställningen; den räknas inte längre med i summan</translation>
    </message>
    <message>
        <source>Return/complaint/repa&amp;ir…</source>
        <translation>Retur/reklamation/re&amp;paration …</translation>
    </message>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Retur, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Register a return, complaint or repair for this customer</source>
        <translation>Registrera en retur, reklamation eller reparation för kunden</translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation>Summa för alla beställningar</translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation>Avbokade och returnerade beställningar räknas inte.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Historikens status</translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation>Returer, reklamationer och reparationer</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>&amp;Löst</translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation>Stäng som löst</translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation>Stäng det valda ärendet: det åtgärdades</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>&amp;Avvisat</translation>
    </message>
    <message>
        <source>Close as rejected</source>
        <translation>Stäng som avvisat</translation>
    </message>
    <message>
        <source>Close the selected case: the claim was not accepted</source>
        <translation>Stäng det valda ärendet: kravet godtogs inte</translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation>&amp;Beställningar och lappar</translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation>Vald lapp:</translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation>Returer, re&amp;klamationer och reparationer</translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation>Stäng det valda ärendet:</translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation>Inte möjligt medan behandlingen av kundens personuppgifter är begränsad (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar …</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Inga beställningar ännu.</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} beställningar</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 beställning</translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation>Kunde inte hämta historiken: {reason}</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>Summa: {amounts}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrad på annat håll</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listan har hämtats igen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation>Sätta lapp {number} till ”{status}”? Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Beställningen är registrerad</translation>
    </message>
    <message>
        <source>Ticket number {number}

Write it on the tag, or give the customer the printed ticket.</source>
        <translation>Lappnummer {number}

Skriv det på etiketten, eller ge kunden den utskrivna lappen.</translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation>Tillbaka till mottagen (inte klar ändå)</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>Sätt till ”{status}”</translation>
    </message>
    <message>
        <source>Return/complaint/repair…</source>
        <translation>Retur/reklamation/reparation …</translation>
    </message>
</context>
<context>
    <name>PurchaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Hämtad</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation>Sedan {when}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectify customer data</source>
        <translation>Rätta kunduppgifter</translation>
    </message>
    <message>
        <source>Write the corrected values for request {reference}; leave the other fields empty. They are saved when the request is completed.</source>
        <translation>Skriv de rättade värdena för begäran {reference}; lämna de andra fälten tomma. De sparas när begäran slutförs.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Registrera begäran</translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation>En begäran från &lt;b&gt;{name}&lt;/b&gt; (kund {id}). Den måste besvaras inom en månad från den dag den togs emot.</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Typ av begäran</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Hur begäran kom in</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Kom in:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Mottagningsdatum</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problem med begäran</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Access report</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The access report (GDPR Art. 15) for &lt;b&gt;{name}&lt;/b&gt; (customer {id}): everything the register holds about them, why, and their rights.</source>
        <translation>Registerutdraget (GDPR art. 15) för &lt;b&gt;{name}&lt;/b&gt; (kund {id}): allt registret innehåller om personen, varför, och personens rättigheter.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Begäran om registerutdrag som besvaras</translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation>Ingen (besvarar inte en registrerad begäran)</translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation>Besvarar &amp;begäran:</translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation>&amp;Lösenordsskydda (AES-256)</translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation>Lösenordsskydda rapporten</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation>Kryptera PDF:en med ett nytt lösenord; ge lösenordet till personen separat från filen</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Var rapporten sparas</translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation>En privat tillfällig mapp</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Välj var rapporten ska sparas</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Spara i:</translation>
    </message>
    <message>
        <source>Problem creating the report</source>
        <translation>Problem när rapporten skapades</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Rapportfil</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>Rapportens lösenord</translation>
    </message>
    <message>
        <source>Give this password to the person separately – in person, by SMS or by phone – never in the same email or envelope as the file. It is not stored anywhere.</source>
        <translation>Ge lösenordet till personen separat – personligen, via sms eller per telefon – aldrig i samma e-post eller kuvert som filen. Det sparas ingenstans.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Öppna rapporten</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation>Öppna PDF:en i systemets visningsprogram för att läsa eller skriva ut den</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>&amp;Skapa rapport</translation>
    </message>
    <message>
        <source>Create the access report</source>
        <translation>Skapa registerutdraget</translation>
    </message>
    <message>
        <source>{reference} – received {date}</source>
        <translation>{reference} – mottagen {date}</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Spara registerutdrag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Skapar …</translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation>&amp;Skapa igen</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Sparad som &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Lösenord: {password}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check the result</source>
        <translation>Kontrollera resultatet</translation>
    </message>
    <message>
        <source>What the import would do. Refused rows are left out; export them to fix them and import them again.</source>
        <translation>Vad importen skulle göra. Avvisade rader utelämnas; exportera dem för att rätta dem och importera dem igen.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>Exportera avvisade rader…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerar filen…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n kund läggs till.</numerusform>
            <numerusform>%n kunder läggs till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n rad slås ihop med en kund som redan finns i registret.</numerusform>
            <numerusform>%n rader slås ihop med kunder som redan finns i registret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n rad avvisad.</numerusform>
            <numerusform>%n rader avvisade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n samtycke angivet i filen.</numerusform>
            <numerusform>%n samtycken angivna i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n köp från köphistoriken.</numerusform>
            <numerusform>%n köp från köphistoriken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n summarad hoppades över.</numerusform>
            <numerusform>%n summarader hoppades över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase history: {problem}</source>
        <translation>Köphistorik: {problem}</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>Exportera avvisade rader</translation>
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
        <translation>I kassan</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Via e-post</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Per brev</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet kontrollerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 dag försenad</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} dagar försenad</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>förfaller i dag</translation>
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
        <translation>Referens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation>Förlängd med {n} månad(er): {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation>Svaret är försenat: tidsfristen var {date}.</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access to data</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Återkallat samtycke</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Refuse request</source>
        <translation>Avslå begäran</translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation>Varför avslås begäran {reference}? Personen får veta detta skäl.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Begäranden från registrerade</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>&amp;Begäranden från registrerade</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Bara ö&amp;ppna</translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation>Visa bara öppna begäranden</translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation>Dölj begäranden som slutförts eller avslagits</translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation>Varje begäran måste besvaras inom en månad efter mottagandet; försenade visas först.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation>Bekräfta &amp;identitet</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Bekräfta identitet</translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation>Anteckna på begäran hur personen kontrollerades under den här sessionen (fotolegitimation, kunskapskontroll eller kod); öppna kunden och kontrollera personen först</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Påbörja</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Påbörja handläggningen</translation>
    </message>
    <message>
        <source>Mark the request as being worked on</source>
        <translation>Markera att begäran handläggs</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation>Slutför begäran</translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation>Begäran har besvarats</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Av&amp;slå …</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation>Avslå begäran, med skälet som personen får veta</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Förläng …</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Förläng tidsfristen</translation>
    </message>
    <message>
        <source>Extend the deadline by one or two months, with a reason</source>
        <translation>Förläng tidsfristen med en eller två månader, med ett skäl</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>&amp;Radera …</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Radera kunden</translation>
    </message>
    <message>
        <source>Carry out an erasure request whose requester&apos;s identity is confirmed, and file the receipt</source>
        <translation>Verkställ en begäran om radering där identiteten för den som gjorde begäran är bekräftad, och arkivera kvittot</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Öppna k&amp;unden</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Öppna kunden</translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation>Visa personen som gjorde begäran i registret (efter identitetskontrollen); dubbelklick på en rad gör samma sak</translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation>Antal visade begäranden</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Hämta begärandena igen (F5)</translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation>Logga in som ägare för att se begärandena.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar …</translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation>Kunde inte hämta begärandena: {reason}</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Inga öppna begäranden.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Inga begäranden ännu.</translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation>{n} öppna, {late} försenade</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} öppna</translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation>{n} totalt</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Raderar</translation>
    </message>
    <message>
        <source>Erasing customer {id}…</source>
        <translation>Raderar kund {id} …</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Kunden har raderats</translation>
    </message>
    <message>
        <source>Customer {id} was erased. {kept} accounting record(s) are kept without their contact details.

The receipt for the person is saved as:
{path}</source>
        <translation>Kund {id} har raderats. {kept} poster med räkenskapsinformation sparas utan kontaktuppgifter.

Kvittot till personen har sparats som:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Öppna kvittot</translation>
    </message>
    <message>
        <source>Customer {id} was erased, but the receipt could not be filed in the data folder. Save it somewhere else now to hand it to the person.</source>
        <translation>Kund {id} har raderats, men kvittot kunde inte arkiveras i datamappen. Spara det någon annanstans nu så att du kan lämna det till personen.</translation>
    </message>
    <message>
        <source>&amp;Save receipt as…</source>
        <translation>&amp;Spara kvittot som …</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Spara kvittot på radering</translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation>Begäran ändrades inte</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation>Sök namn, telefon, e-post, företag …</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Sök kunder</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation>Skriv någon del av ett namn, telefonnummer, e-postadress, företag eller ort. Upp/Ned väljer, Enter öppnar. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal träffar</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Öppnar registret …</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Sökningen misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker …</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Inga kunder hittades</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Inga kunder ännu</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation>Ingen kund matchar ”{text}”.
Tryck Ctrl+N för att lägga till en ny kund med det du skrev.</translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>Registret har inga kunder ännu.
Tryck Ctrl+N för att lägga till den första.</translation>
    </message>
    <message>
        <source>{count}+ customers</source>
        <translation>{count}+ kunder</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kund</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEventDialog</name>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Retur, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>No particular ticket</source>
        <translation>Ingen särskild lapp</translation>
    </message>
    <message>
        <source>No. {number} · {date} · {what} ({status})</source>
        <translation>Nr {number} · {date} · {what} ({status})</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Lapp:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation>Vad som är fel och vad som avtalades med kunden</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fel i beskrivningen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrera</translation>
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
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparation</translation>
    </message>
</context>
<context>
    <name>ServiceEventStatus</name>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
</context>
<context>
    <name>ServiceEventTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Unsaved changes were discarded when the register locked.</source>
        <translation>Osparade ändringar förkastades när registret låstes.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Dry cleaner or repair shop</source>
        <translation>Kemtvätt eller reparationsverkstad</translation>
    </message>
    <message>
        <source>Name and mobile to hand items to the right person and say when they are ready; email only when needed. No marketing.</source>
        <translation>Namn och mobil för att lämna ut saker till rätt person och meddela när de är klara; e-post bara vid behov. Ingen marknadsföring.</translation>
    </message>
    <message>
        <source>Supplier to businesses (building materials, parts)</source>
        <translation>Leverantör till företag (byggmaterial, reservdelar)</translation>
    </message>
    <message>
        <source>Company, organisation number, address and invoice email; CRM and accounting system; marketing to existing customers, who may object.</source>
        <translation>Företag, organisationsnummer, adress och e-post för faktura; CRM- och ekonomisystem; marknadsföring till befintliga kunder, som kan invända.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webbutik</translation>
    </message>
    <message>
        <source>Delivery address, orders, returns; newsletter only with consent; carriers, payment and hosting as recipients.</source>
        <translation>Leveransadress, beställningar, returer; nyhetsbrev bara med samtycke; transportföretag, betalning och webbhotell som mottagare.</translation>
    </message>
    <message>
        <source>Something else (start blank)</source>
        <translation>Något annat (börja tomt)</translation>
    </message>
    <message>
        <source>Only the customer relationship and bookkeeping; add the rest yourself.</source>
        <translation>Bara kundrelationen och bokföring; lägg till resten själv.</translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation>Konfigurera kundregistret</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Skapa registret</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Din butik</translation>
    </message>
    <message>
        <source>Printed on the privacy notice and every letter to a customer. The country chooses the supervisory authority and the bookkeeping rules.</source>
        <translation>Skrivs ut på integritetspolicyn och varje brev till en kund. Landet avgör tillsynsmyndigheten och bokföringsreglerna.</translation>
    </message>
    <message>
        <source>What you keep about customers</source>
        <translation>Vad du sparar om kunderna</translation>
    </message>
    <message>
        <source>The customer form shows only the fields you keep. Name, mobile, email and notes are always there; any may be left empty.</source>
        <translation>Kundformuläret visar bara de fält du sparar. Namn, mobil, e-post och anteckningar finns alltid med; alla får lämnas tomma.</translation>
    </message>
    <message>
        <source>Why you keep it</source>
        <translation>Varför du sparar det</translation>
    </message>
    <message>
        <source>Each purpose with its legal basis, the data it uses, how long it is kept and who receives it. The preset follows what similar shops publish; change what is different for you.</source>
        <translation>Varje ändamål med sin rättsliga grund, de uppgifter det använder, hur länge de sparas och vem som får dem. Förinställningen följer vad liknande butiker publicerar; ändra det som skiljer sig för dig.</translation>
    </message>
    <message>
        <source>Who else gets customer data</source>
        <translation>Vilka andra som får kunduppgifter</translation>
    </message>
    <message>
        <source>Processors work on your behalf (accounting, CRM, hosting); other recipients, such as carriers, use the data for their own task.</source>
        <translation>Personuppgiftsbiträden arbetar för din räkning (redovisning, CRM, webbhotell); andra mottagare, till exempel transportföretag, använder uppgifterna för sina egna uppgifter.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Before the first customer, tell the register which shop it belongs to, what it keeps about customers and why, and create the owner&apos;s account. Start from the kind of shop closest to yours; everything can be changed later in the settings.</source>
        <translation>Innan den första kunden: ange vilken butik registret tillhör, vad det sparar om kunderna och varför, och skapa ägarens konto. Utgå från den typ av butik som liknar din mest; allt kan ändras senare i inställningarna.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Ägarens konto</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Ägarens fullständiga namn</translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation>Ägarens användarnamn</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>gemener, t.ex. kari</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Minst {n} tecken</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;full name</source>
        <translation>Ägarens &amp;fullständiga namn</translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation>Ägarens &amp;användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <source>The owner may do everything, including reports, settings and staff accounts. Add counter staff later under Administration.</source>
        <translation>Ägaren får göra allt, även rapporter, inställningar och personalkonton. Lägg till kassapersonal senare under Administration.</translation>
    </message>
    <message>
        <source>Create registers the shop {shop} ({country}) with {fields} customer fields, {purposes} purposes and {recipients} processors and recipients. The privacy notice can then be saved under Administration → Shop profile and settings.</source>
        <translation>”Skapa registret” registrerar butiken {shop} ({country}) med {fields} kundfält, {purposes} ändamål och {recipients} personuppgiftsbiträden och mottagare. Integritetspolicyn kan sedan sparas under Administration → Butiksprofil och inställningar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Personalkonton</translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation>Ägare kan göra allt. Kassapersonal betjänar kunder och kan logga in med PIN-kod. Ett inaktiverat konto kan inte logga in; dess poster finns kvar i granskningsloggen.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Anställd:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till …</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Lägg till anställd</translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation>Skapa ett nytt personalkonto</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Ange &amp;PIN-kod …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Ange PIN-kod</translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation>Låt kassapersonal logga in med en kort PIN-kod</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>Ta bort P&amp;IN-kod</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Ta bort PIN-kod</translation>
    </message>
    <message>
        <source>Only the password works after this</source>
        <translation>Efter detta fungerar bara lösenordet</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Återställ lösen&amp;ord …</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>Set a new password, for example when it is forgotten</source>
        <translation>Ange ett nytt lösenord, till exempel när det har glömts</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Stop or allow logging in with this account</source>
        <translation>Stoppa eller tillåt inloggning med det här kontot</translation>
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
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Ändra &amp;PIN-kod …</translation>
    </message>
    <message>
        <source>The owner always logs in with the password</source>
        <translation>Ägaren loggar alltid in med lösenordet</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Akti&amp;vera igen</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktivera igen</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name} har lagts till som {role}.</translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation>{name} kan nu logga in med den nya PIN-koden.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Lösenordet för {name} har återställts.</translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation>{name} måste nu logga in med lösenordet.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kan logga in igen.</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} kan inte längre logga in.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Kassapersonal</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst till</translation>
    </message>
    <message>
        <source>Too many wrong attempts; a password reset unlocks the account at once.</source>
        <translation>För många felaktiga försök; en återställning av lösenordet låser upp kontot direkt.</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation>Inaktiverat: kan inte logga in</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>TicketNotices</name>
    <message>
        <source>{kind} by {channel}: {state}</source>
        <translation>{kind} via {channel}: {state}</translation>
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
        <translation>Meddelanden om den här ordern</translation>
    </message>
    <message>
        <source>No notices sent.</source>
        <translation>Inga meddelanden skickade.</translation>
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
        <translation>Kontrollera identitet</translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation>Kontrollera identitet: {name}</translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation>Hela posten, kontaktuppgifter och historik visas först när du har kontrollerat vem personen är, eller angett varför du behöver posten utan att personen är närvarande. Kontrollen registreras och gäller tills du stänger posten.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Kontrollmetod</translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation>Upp och Ned väljer metod; Tab eller Enter går till dess fält.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without showing the record (Esc)</source>
        <translation>Stäng utan att visa posten (Esc)</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>För många felaktiga svar för kunden. Kontrollera fotolegitimation eller skicka en kod i stället.</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Fotolegitimation</translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation>Du har sett en fotolegitimation och personen stämmer med fotot och namnet.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Typ av legitimation</translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation>Skriv inte ned id-numret: bara typen av legitimation registreras.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>&amp;Typ av legitimation:</translation>
    </message>
    <message>
        <source>Photo ID &amp;checked</source>
        <translation>Legitimation &amp;kontrollerad</translation>
    </message>
    <message>
        <source>Photo ID checked</source>
        <translation>Legitimation kontrollerad</translation>
    </message>
    <message>
        <source>Record that you checked this type of photo ID</source>
        <translation>Registrera att du har kontrollerat den här typen av fotolegitimation</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Kunskapskontroll</translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation>Be personen om mobilnummer, e-postadress eller ett lappnummer och skriv det personen säger. Registret svarar bara om det stämmer.</translation>
    </message>
    <message>
        <source>What the person states</source>
        <translation>Det personen uppger</translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation>&amp;Fråga efter:</translation>
    </message>
    <message>
        <source>The person says</source>
        <translation>Personen säger</translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation>Exakt som personen säger det</translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation>Personen &amp;säger:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>K&amp;ontrollera</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>Compare with the register without showing what is stored</source>
        <translation>Jämför med registret utan att visa det som är sparat</translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation>mobilnumret</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>e-postadressen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation>Skicka en kod till {where} i registret; personen läser upp den från sin telefon. Den gäller i 10 minuter.</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>Skicka koden via</translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation>Skicka &amp;via:</translation>
    </message>
    <message>
        <source>Send c&amp;ode</source>
        <translation>Skicka k&amp;od</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Skicka kod</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Kodens status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 siffror</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Ko&amp;d:</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bekräfta</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Bekräfta koden</translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation>Kontrollera koden som personen läser upp</translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation>Koder via e-post är inte konfigurerade. Be ägaren konfigurera e-postservern, eller kontrollera identiteten på annat sätt.</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Tjänsteskäl</translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation>För arbete på kontoret när personen inte är närvarande, som fakturering eller svar på en reklamation. Skälet registreras med ditt namn.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation>Ö&amp;ppna med detta skäl</translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation>Öppna med detta skäl</translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation>Registrera skälet och visa posten</translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation>Skriv det personen säger.</translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation>Stämmer inte.</translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation>Det var sista försöket: kontrollera fotolegitimation eller skicka en kod i stället.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar …</translation>
    </message>
    <message>
        <source>Code sent to {address}</source>
        <translation>Kod skickad till {address}</translation>
    </message>
    <message>
        <source>Send a new c&amp;ode</source>
        <translation>Skicka en ny k&amp;od</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Skicka en ny kod</translation>
    </message>
    <message>
        <source>No code was sent.</source>
        <translation>Ingen kod skickades.</translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation>Skriv koden som personen läser upp.</translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation>Fel kod.</translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Photo ID</source>
        <translation>Fotolegitimation</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Kunskapskontroll</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Kod via e-post</translation>
    </message>
    <message>
        <source>Code by SMS</source>
        <translation>Kod via sms</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Tjänsteskäl</translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation>Nyss registrerad</translation>
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
        <translation>Rad {n} artikel</translation>
    </message>
    <message>
        <source>Ctrl+Delete removes this line.</source>
        <translation>Ctrl+Delete tar bort raden.</translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation>Rad {n} antal</translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation>Rad {n} styckpris</translation>
    </message>
    <message>
        <source>Line {n} amount</source>
        <translation>Rad {n} belopp</translation>
    </message>
    <message>
        <source>Remove line {n}</source>
        <translation>Ta bort rad {n}</translation>
    </message>
    <message>
        <source>Remove line {n} (Ctrl+Delete)</source>
        <translation>Ta bort rad {n} (Ctrl+Delete)</translation>
    </message>
</context>
</TS>
