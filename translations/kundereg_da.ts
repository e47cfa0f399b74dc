<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;This version works with register schema {head}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Denne version bruger registerskema {head}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister til små nordiske butikker.&lt;/p&gt;&lt;p&gt;Registret åbnes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Kunderegister til små nordiske butikker.&lt;/p&gt;&lt;p&gt;Butik: {shop} ({country})&lt;br&gt;Registerskema: {schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Op / Ned</translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation>Vælg en kunde i resultaterne</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation>Åbn den valgte kunde (eller den første)</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Tilføj medarbejder</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bogstaver, f.eks. kari</translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation>Som det vises i revisionsloggen</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Mindst {n} tegn</translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation>4–8 cifre, valgfrit</translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation>Ekspedienter kan logge ind med en kort pinkode i stedet for adgangskoden</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
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
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Gentag adgangskode:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;inkode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>The owner always uses the password</source>
        <translation>Ejeren bruger altid adgangskoden</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Anmodninger fra registrerede</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Opret demodata</translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation>Hvor mange opdigtede kunder (med køb) skal tilføjes?
Brug kun dette i et prøveregister: kunderne kan ikke skelnes fra rigtige.</translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation>Tilføjede {customers} kunder og {purchases} køb.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Demodata afbrudt; intet blev tilføjet.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Opretter demodata</translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation>Tilføjer kunder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Retention rules applied: {customers} inactive customer(s) erased, {records} accounting record(s) past their date deleted, {consents} consent(s) expired.</source>
        <translation>Opbevaringsreglerne er anvendt: {customers} inaktive kunde(r) slettet, {records} regnskabsbilag med udløbet opbevaringsperiode slettet, {consents} samtykke(r) udløbet.</translation>
    </message>
    <message>
        <source>Customer register</source>
        <translation>Kunderegister</translation>
    </message>
    <message>
        <source>The register file is damaged: SQLite&apos;s check found {count} problem(s). Restore the newest backup (File &gt; Restore from backup…) before you go on, and keep the damaged file for whoever looks after this PC.</source>
        <translation>Registerfilen er beskadiget: SQLites kontrol fandt {count} fejl. Gendan den nyeste sikkerhedskopi (Filer &gt; Gendan fra sikkerhedskopi …) før du fortsætter, og gem den beskadigede fil til den, der passer denne pc.</translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation>Kunderegistret kunne ikke åbnes.

{reason}

Detaljer står i logfilen:
{log}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation>Loggede ind</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login mislykkedes</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Loggede ud</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Skærmen låst</translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation>Så kunde</translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation>Registrerede kunde</translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation>Ændrede kunde</translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation>Så historik</translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation>Så afhentningslisten</translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation>Registrerede ordre</translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation>Ændrede ordrestatus</translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation>Registrerede returnering, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation>Lukkede returnering, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke givet</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbage</translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation>Så samtykker</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Bekræftede identitet</translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation>Identitetskontrol mislykkedes</translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation>Sendte bekræftelseskode</translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation>Angav arbejdsmæssig grund</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Adgang nægtet</translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation>Tilføjede medarbejder</translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation>Ændrede medarbejder</translation>
    </message>
    <message>
        <source>Recorded the staff accounts</source>
        <translation>Registrerede de ansattes konti</translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation>Ændrede indstilling</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Oprettede demodata</translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation>Så revisionsloggen</translation>
    </message>
    <message>
        <source>Verified audit trail</source>
        <translation>Kontrollerede revisionsloggen</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Eksporterede data</translation>
    </message>
    <message>
        <source>Produced report</source>
        <translation>Lavede rapport</translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation>Slettede data</translation>
    </message>
    <message>
        <source>Erased again after a restore</source>
        <translation>Slettede igen efter gendannelse</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Anvendte opbevaringsreglerne</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Sikkerhedskopi taget</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation>Registrerede anmodning fra den registrerede</translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation>Trin i anmodning fra den registrerede</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Satte registret op</translation>
    </message>
    <message>
        <source>Changed shop profile</source>
        <translation>Ændrede butiksprofilen</translation>
    </message>
    <message>
        <source>Recorded the staff accounts as the baseline</source>
        <translation>Registrerede medarbejdernes konti som udgangspunkt</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Importerede kunder</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Lagde kunder sammen</translation>
    </message>
    <message>
        <source>Notice to a customer</source>
        <translation>Besked til en kunde</translation>
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
        <translation>ukendt bruger</translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation>forkert adgangskode eller pinkode</translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation>kontoen venter efter mislykkede forsøg</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>af brugeren</translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation>efter inaktivitet</translation>
    </message>
    <message>
        <source>switching user</source>
        <translation>skift af bruger</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ordrer</translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation>returneringer, reklamationer og reparationer</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>ved disken</translation>
    </message>
    <message>
        <source>on the web</source>
        <translation>på nettet</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>pr. telefon</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>pr. brev</translation>
    </message>
    <message>
        <source>access to data</source>
        <translation>indsigt</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>berigtigelse</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>sletning</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>begrænsning af behandling</translation>
    </message>
    <message>
        <source>data portability</source>
        <translation>dataportabilitet</translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation>indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation>tilbagetrækning af samtykke</translation>
    </message>
    <message>
        <source>received</source>
        <translation>modtaget</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identitet bekræftet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>under behandling</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>Request {reference}</source>
        <translation>Anmodning {reference}</translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation>identitet kontrolleret med: {method}</translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation>fristen forlænget med {n} måneder i alt</translation>
    </message>
    <message>
        <source>shown after: {method}</source>
        <translation>vist efter: {method}</translation>
    </message>
    <message>
        <source>Fields: {names}</source>
        <translation>Felter: {names}</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Medarbejder: {name}</translation>
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
        <translation>Seddel {number}</translation>
    </message>
    <message>
        <source>Case no. {id}</source>
        <translation>Sag nr. {id}</translation>
    </message>
    <message>
        <source>Consent no. {id}</source>
        <translation>Samtykke nr. {id}</translation>
    </message>
    <message>
        <source>failed attempts in a row: {n}</source>
        <translation>mislykkede forsøg i træk: {n}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>forsøg {n}</translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation>låste skærmen op</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 seddel</translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation>{n} sedler</translation>
    </message>
    <message>
        <source>{customers} customers, {purchases} orders</source>
        <translation>{customers} kunder, {purchases} ordrer</translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation>intakt, {n} poster</translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation>BRUDT, {n} poster kontrolleret</translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation>kunde {id}</translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation>medarbejder nr. {id}</translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation>filter: {what}</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>intet filter</translation>
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
        <translation>Medarbejder</translation>
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
        <translation>Medarbejder nr. {id}</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(ukendt bruger)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>Revisions&amp;log</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>&amp;Kontrollér kæden</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kontrollér kæden</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation>Genberegn hver posts kontrolsum for at vise, at intet er ændret, fjernet eller flyttet</translation>
    </message>
    <message>
        <source>Audit trail check result</source>
        <translation>Resultat af logkontrollen</translation>
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
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Medarbejder:</translation>
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
        <translation>Vilkårlig startdato</translation>
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
        <translation>Vilkårlig slutdato</translation>
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
        <translation>Vis poster</translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation>Hent de poster, der passer til filtrene (Enter, F5)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Nulstil filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nulstil filtre</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Vis alle poster igen</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Antal viste poster</translation>
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
        <translation>Hent de næste {n} ældre poster</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Hent de nyeste poster igen (F5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation>Markeret: poster fra alle datoer; vælg en dato for at begrænse listen</translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation>Fra-datoen ligger efter til-datoen.</translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation>Log ind som ejer for at se revisionsloggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation>Kunne ikke hente revisionsloggen: {reason}</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (deaktiveret)</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Ingen poster passer til filtrene.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Revisionsloggen er tom.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>{n} entries, newest first</source>
        <translation>{n} poster, nyeste først</translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation>(ældre poster: Hent flere)</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Kontrollerer hver post …</translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation>Revisionsloggen er intakt: {n} poster</translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation>Brudt ved post {id}: {problem}</translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation>Kunne ikke kontrollere revisionsloggen: {reason}</translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation>post {n} mangler eller står i forkert rækkefølge</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>den følger ikke posten før</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>indholdet er ændret</translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation>nyere poster er fjernet</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup written and verified: {name} ({size:.1f} MB)</source>
        <translation>Sikkerhedskopien er skrevet og kontrolleret: {name} ({size:.1f} MB)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sikkerhedskopierer</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Skriver en krypteret sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daglig sikkerhedskopi</translation>
    </message>
    <message>
        <source>No backup of the register has been taken today. Take one now, before closing?</source>
        <translation>Der er ikke taget nogen sikkerhedskopi af registret i dag. Vil du tage en nu, før du lukker?</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>kundereg backups (*.kbak)</source>
        <translation>Sikkerhedskopier fra kundereg (*.kbak)</translation>
    </message>
    <message>
        <source>The register is replaced by the backup: everything recorded since the backup was taken is lost. People erased since then are erased again before anyone can see them. Everyone is logged out. Close kundereg on the other PCs first.

Restore?</source>
        <translation>Registret erstattes af sikkerhedskopien: alt, hvad der er registreret, siden sikkerhedskopien blev taget, går tabt. Personer, der er slettet siden da, slettes igen, før nogen kan se dem. Alle logges ud. Luk kundereg på de andre pc&apos;er først.

Vil du gendanne?</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registret er gendannet</translation>
    </message>
    <message>
        <source>The register was restored from the backup taken {when}. {count} person(s) erased since then were erased again. Log in again.</source>
        <translation>Registret er gendannet fra sikkerhedskopien, der blev taget den {when}. {count} person(er), der var slettet siden da, blev slettet igen. Log ind igen.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gendannelsen mislykkedes</translation>
    </message>
    <message>
        <source>The register was not changed.

{reason}</source>
        <translation>Registret blev ikke ændret.

{reason}</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gendanner</translation>
    </message>
    <message>
        <source>Decrypting and checking the backup…</source>
        <translation>Dekrypterer og kontrollerer sikkerhedskopien …</translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation>En retlig forpligtelse (bogføring, myndigheder)</translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation>Svar på personens egen anmodning</translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation>Rettelse eller vedligeholdelse af registret</translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation>Opfølgning på en ordre eller seddel</translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation>Behandling af en reklamation, returnering eller reparation</translation>
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
        <translation>Der opstod en uventet fejl ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation>Du kan arbejde videre, men kontrollér, at din seneste ændring blev gemt.
Detaljerne er skrevet i logfilen (uden kundedata):</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åbn logmappen</translation>
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
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation>Kunden, du redigerer, har ikke-gemte ændringer. Vil du kassere dem?</translation>
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
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobil</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gadeadresse</translation>
    </message>
    <message>
        <source>Postal code, cit&amp;y</source>
        <translation>Postnummer, &amp;by</translation>
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
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>&amp;Invoice email</source>
        <translation>E-mail til fakt&amp;ura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
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
        <translation>E-mail til faktura</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Gem kunden</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Gem kunden (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation>Kassér ændringerne og hent kunden igen</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tilbage til søgningen</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Tilbage til søgningen</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Tilbage til søgeresultaterne (Esc)</translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation>Registrér &amp;anmodning …</translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation>Registrér en anmodning fra den registrerede</translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation>Registrér en anmodning fra kunden om indsigt, berigtigelse, sletning eller flytning af personoplysningerne, eller om at stoppe markedsføring</translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation>&amp;Indsigtsrapport …</translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation>Lav en indsigtsrapport</translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation>En PDF med alt, hvad registret har om kunden (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Begræns behandlingen …</translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation>Begræns behandlingen af kundens personoplysninger</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Ophæv begrænsningen</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Ophæv begrænsningen af behandlingen</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation>Registrér indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen er begrænset</translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation>Åbne sedler kan stadig markeres som klar, afhentet eller annulleret, og åbne sager kan lukkes.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation>Kunden har gjort indsigelse mod direkte markedsføring (GDPR art. 21): samtykkerne til markedsføring er trukket tilbage, og nye kan ikke gives.</translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation>Ordrer, sedler og returneringer vises her, når kunden er gemt.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation>Begrænset (GDPR art. 18) siden {date}: posten er skrivebeskyttet, indtil begrænsningen ophæves.</translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation>Gjorde indsigelse mod markedsføring {date}</translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation>Gem eller kassér dine ændringer først.</translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation>Behold posten, men stop ændring og brug (GDPR art. 18), f.eks. mens kunden bestrider, at oplysningerne er rigtige</translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation>Gør posten redigerbar og brugbar igen</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation>Kunden gør indsigelse mod direkte markedsføring (GDPR art. 21): samtykkerne til markedsføring trækkes tilbage</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Kunde {id}</translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation>Anmodning {reference} er registreret; frist {date}.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify their identity first.</source>
        <translation>En indsigtsrapport gives kun til den person, den handler om: bekræft identiteten først.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Begræns behandlingen</translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation>Begrænse behandlingen af personoplysningerne om {name} (GDPR art. 18)?

Posten bevares, men bliver skrivebeskyttet: ingen ændringer, nye ordrer, returneringer eller samtykker, før begrænsningen ophæves. Åbne sedler kan stadig afsluttes. Brug dette, mens kunden bestrider oplysningerne eller gør indsigelse, eller når kunden beder dig beholde dem i stedet for at slette dem.</translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation>Behandlingen af personoplysningerne om {name} er begrænset.</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Ikke begrænset</translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation>Ophæve begrænsningen af personoplysningerne om {name}? Posten kan ændres og bruges igen.</translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation>Begrænsningen af personoplysningerne om {name} er ophævet.</translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation>Begrænsningen blev ikke ophævet</translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation>Registrere, at {name} gør indsigelse mod markedsføring (GDPR art. 21)?

Samtykkerne til markedsføring og nyhedsbreve trækkes tilbage, og nye kan ikke gives. Det kan ikke fortrydes her.</translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation>Indsigelse mod markedsføring registreret for {name}.</translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation>Indsigelsen blev ikke registreret</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation>Kunde {id} · oprettet {created} · ændret {updated}</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(ikke-gemte ændringer)</translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation>Kunden er ikke tilgængelig</translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation>Ikke gemt: posten er begrænset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Intet at gemme.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} er gemt.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Kunden blev ikke gemt</translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation>Kunden findes ikke længere i registret, så intet blev gemt.</translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation>Ikke gemt: 1 felt skal rettes.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Ikke gemt: %n felt skal rettes.</numerusform>
            <numerusform>Ikke gemt: %n felter skal rettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation>Kunden er ændret af en anden</translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation>En anden har ændret kunden, efter du åbnede den. Dine ændringer er ikke gemt.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation>Hent igen for at se deres version (dine ændringer her kasseres), eller fortsæt med at redigere og notér det, du skal bruge, før du henter igen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent igen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt med at redigere</translation>
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
        <translation>E-mail</translation>
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
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same organisation number</source>
        <translation>samme CVR-nummer</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>samme mobilnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>samme e-mail</translation>
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
        <translation> (begrænset)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Find dubletter</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Leder efter dubletter…</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Sandsynlige dubletter</translation>
    </message>
    <message>
        <source>Merge into the left record</source>
        <translation>Læg sammen i posten til venstre</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n sandsynlig dublet. Vælg den for at sammenligne de to poster.</numerusform>
            <numerusform>%n sandsynlige dubletter. Vælg en for at sammenligne de to poster.</numerusform>
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
        <translation>En af de to er begrænset (GDPR art. 18): ophæv begrænsningen, før I lægger sammen.</translation>
    </message>
    <message>
        <source>Purchases, service events, consents and requests of customer {other} move to customer {keep}; number {other} is not used again.</source>
        <translation>Køb, servicesager, samtykker og anmodninger for kunde {other} flyttes til kunde {keep}; nummer {other} bruges ikke igen.</translation>
    </message>
    <message>
        <source>Merge customer {other} into customer {keep}? This cannot be undone.</source>
        <translation>Læg kunde {other} sammen med kunde {keep}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Customer {other} was merged into customer {keep}.</source>
        <translation>Kunde {other} blev lagt sammen med kunde {keep}.</translation>
    </message>
    <message>
        <source>Merging customers</source>
        <translation>Lægger kunder sammen</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase customer {id}</source>
        <translation>Slet kunde {id}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;b&gt;{reference}&lt;/b&gt;: erase customer {id} (GDPR Art. 17).&lt;/p&gt;&lt;p&gt;Name, contact details, address, notes, consents, returns and complaints and the search entries are deleted for good. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anmodning &lt;b&gt;{reference}&lt;/b&gt;: slet kunde {id} (GDPR art. 17).&lt;/p&gt;&lt;p&gt;Navn, kontaktoplysninger, adresse, noter, samtykker, returneringer og reklamationer samt søgeposterne slettes permanent. Det kan ikke fortrydes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, until {until} at the latest.</source>
        <translation>{kept} køb bevares som anonymt regnskabsmateriale, som bogføringsloven kræver, senest indtil {until}.</translation>
    </message>
    <message>
        <source>No purchase has to be kept for the accounts.</source>
        <translation>Der er ingen køb, der skal opbevares til regnskabet.</translation>
    </message>
    <message>
        <source>{deleted} purchase(s) are deleted. {kept}</source>
        <translation>{deleted} køb slettes. {kept}</translation>
    </message>
    <message>
        <source>Why the customer cannot be erased yet</source>
        <translation>Hvorfor kunden ikke kan slettes endnu</translation>
    </message>
    <message>
        <source>Open orders {numbers} must be handed over or cancelled first.</source>
        <translation>De åbne ordrer {numbers} skal udleveres eller annulleres først.</translation>
    </message>
    <message>
        <source>The customer is restricted (Art. 18). Lift the restriction first if its reason no longer stands.</source>
        <translation>Kunden er begrænset (art. 18). Ophæv begrænsningen først, hvis grunden til den ikke længere gælder.</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Kvitteringens sprog</translation>
    </message>
    <message>
        <source>Receipt &amp;language:</source>
        <translation>Kvitteringens &amp;sprog:</translation>
    </message>
    <message>
        <source>I have checked that this is the person who asked, and that the erasure cannot be undone</source>
        <translation>Jeg har kontrolleret, at det er personen, der bad om det, og at sletningen ikke kan fortrydes</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Slet kunden</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Forlæng fristen</translation>
    </message>
    <message>
        <source>Art. 12(3) allows up to two further months in all when a request is complex or there are many. Tell the person within the first month, with the reason.</source>
        <translation>Art. 12, stk. 3, tillader op til to måneder mere i alt, når en anmodning er kompliceret, eller der er mange. Giv personen besked inden for den første måned med begrundelsen.</translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation>Antal måneder, fristen forlænges med</translation>
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
        <translation>&amp;Forlæng med:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Begrundelse for forlængelsen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>App language</source>
        <translation>Appens sprog</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Adgangsfrase til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
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
        <translation>Samtykker gælder (år)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Loginoplysninger</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>Kundefelter</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daglige sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Modtagelsesdato</translation>
    </message>
    <message>
        <source>Delete inactive customers after (years)</source>
        <translation>Slet inaktive kunder efter (år)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumenternes sprog</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfald efter (dage)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-mail-til-SMS-domæne</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlængelse</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>Ekstra dage</translation>
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
        <translation>Legitimationstype</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adresse</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>E-mail til faktura</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Mailserverens port</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Mailserverens sikkerhed</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Mailserverens bruger</translation>
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
        <translation>Noter</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Beskedtekst</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Ordrelinje</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
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
        <translation>Databehandlere og modtagere</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Købsdato</translation>
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
        <translation>Antal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Reminders after (days)</source>
        <translation>Påmindelser efter (dage)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påmindelser højst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-afsendernavn</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afsenderadresse</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butiksnavn</translation>
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
        <translation>Oplyst værdi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gadeadresse</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Seddelnummer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Ugentlige sikkerhedskopier, der gemmes</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, Tripletex, Fiken or PowerOffice. Nothing is changed until the last step.</source>
        <translation>En CSV- eller Excel-eksport af kundelisten, for eksempel fra Visma, SuperOffice, Tripletex, Fiken eller PowerOffice. Intet ændres før sidste trin.</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Kundefil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
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
        <translation>Fil med købshistorik (valgfri)</translation>
    </message>
    <message>
        <source>Purchase history (optional):</source>
        <translation>Købshistorik (valgfri):</translation>
    </message>
    <message>
        <source>The purchase history names each customer by the customer number of the old system, with a date and an amount per row.</source>
        <translation>Købshistorikken angiver kunden med kundenummeret fra det gamle system, med dato og beløb på hver række.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importér kunder</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer number in the old system</source>
        <translation>Kundenummer i det gamle system</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Fulde navn (deles i fornavn og efternavn)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Faktura-e-mail</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
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
        <translation>By</translation>
    </message>
    <message>
        <source>Postal code and city together</source>
        <translation>Postnummer og by sammen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Date consents were given</source>
        <translation>Dato samtykket blev givet</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundelister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importér kunder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerer filen</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n afvist række gemt. Ret den i filen, og importér den igen.</numerusform>
            <numerusform>%n afviste rækker gemt. Ret dem i filen, og importér den igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Importeret: %n ny kunde; de andre blev lagt sammen med kunder, der allerede var i registret.</numerusform>
            <numerusform>Importeret: %n nye kunder; de andre blev lagt sammen med kunder, der allerede var i registret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen blev afbrudt; intet blev ændret.</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Seddelnummer</translation>
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
        <translation>Der opstod en uventet fejl ({kind}).</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed receipt is handed over in person.</source>
        <translation>--password-protect gælder en fil; en udskrevet kvittering overrækkes personligt.</translation>
    </message>
    <message>
        <source>--password-protect is for a file; a printed report is handed over in person.</source>
        <translation>--password-protect gælder en fil; en udskrevet rapport overrækkes personligt.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>--to skal være en PostgreSQL-URL (postgresql://bruger@vært/database).</translation>
    </message>
    <message>
        <source>A backup from this very second exists already; try again in a moment.</source>
        <translation>Der findes allerede en sikkerhedskopi fra netop dette sekund; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation>Der blev sendt en kode til {where}; den skal indtastes i en terminal.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>En kunde kan ikke lægges sammen med sig selv.</translation>
    </message>
    <message>
        <source>A knowledge check compares what the person states as their {field}: put it in {env} or run in a terminal.</source>
        <translation>En videnskontrol sammenligner det, personen oplyser som sin {field}: læg det i {env} eller kør i en terminal.</translation>
    </message>
    <message>
        <source>A printer takes PDF: leave out --format, or write the file with --out.</source>
        <translation>En printer tager PDF: udelad --format, eller skriv filen med --out.</translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation>En anmodning kan højst forlænges med to måneder i alt.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to {where} failed: check sslmode and the CA file (sslrootcert) against the server&apos;s certificate.</source>
        <translation>En sikker (TLS) forbindelse til {where} mislykkedes: tjek sslmode og CA-filen (sslrootcert) mod serverens certifikat.</translation>
    </message>
    <message>
        <source>An access report goes only to the person it is about: verify the requester&apos;s identity (photo ID, knowledge check or code) first; a business reason or registering the customer does not.</source>
        <translation>En indsigtsrapport gives kun til den person, den handler om: bekræft identiteten på den, der beder om indsigt (legitimation, vidensspørgsmål eller kode), først; en forretningsmæssig grund eller at kunden lige er oprettet, er ikke nok.</translation>
    </message>
    <message>
        <source>Cannot read {file} ({kind}).</source>
        <translation>Kan ikke læse {file} ({kind}).</translation>
    </message>
    <message>
        <source>Connecting to {where} failed ({kind}).</source>
        <translation>Forbindelsen til {where} mislykkedes ({kind}).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Copies must be from 1 to 99.</source>
        <translation>Antal kopier skal være fra 1 til 99.</translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation>Oprettelse eller opdatering af registret mislykkedes ({kind}).</translation>
    </message>
    <message>
        <source>Credentials can only be saved in a register opened from its data folder.</source>
        <translation>Loginoplysninger kan kun gemmes i et register, der er åbnet fra sin datamappe.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer {id} has no active consent for that purpose.</source>
        <translation>Kunde {id} har intet gyldigt samtykke til det formål.</translation>
    </message>
    <message>
        <source>Customer {id} has open orders ({numbers}). Hand them over or cancel them before erasing.</source>
        <translation>Kunde {id} har åbne ordrer ({numbers}). Udlever eller annullér dem før sletning.</translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation>Kunde {id} er allerede {state}.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (Art. 18). Lift the restriction first if the reason for it no longer stands.</source>
        <translation>Kunde {id} er begrænset (art. 18). Ophæv begrænsningen først, hvis grunden til den ikke længere gælder.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the restriction is lifted.</source>
        <translation>Kunde {id} er begrænset (GDPR art. 18): kunden kan ikke lægges sammen, før begrænsningen er ophævet.</translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation>Kunde {id} er begrænset (GDPR art. 18): posten er skrivebeskyttet, indtil begrænsningen ophæves.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation>Oprettelsen af demodata blev afbrudt.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation>KUNDEREG_SMTP_PORT skal være et tal.</translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation>KUNDEREG_SMTP_SECURITY skal være starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>Moving the register failed: {table} has {there} rows on the server, {here} in the file. Nothing was kept on the server.</source>
        <translation>Flytningen af registret mislykkedes: {table} har {there} rækker på serveren, {here} i filen. Intet blev beholdt på serveren.</translation>
    </message>
    <message>
        <source>No PIN: set {env} or run in a terminal.</source>
        <translation>Ingen pinkode: sæt {env} eller kør i en terminal.</translation>
    </message>
    <message>
        <source>No backup passphrase: set {env} or run in a terminal.</source>
        <translation>Ingen adgangsfrase til sikkerhedskopier: sæt {env} eller kør i en terminal.</translation>
    </message>
    <message>
        <source>No column of {name} is mapped to a customer field.</source>
        <translation>Ingen kolonne i {name} er knyttet til et kundefelt.</translation>
    </message>
    <message>
        <source>No erasure ledger newer than this backup was found (looked beside the register and the backup file). People erased since {taken_at} would come back. Put the backup folder&apos;s {ledger} beside the backup, or restore anyway with --without-ledger.</source>
        <translation>Der blev ikke fundet nogen sletteliste nyere end denne sikkerhedskopi (der blev set efter ved registret og ved sikkerhedskopifilen). Personer, der er slettet siden {taken_at}, ville komme tilbage. Læg {ledger} fra sikkerhedskopimappen ved siden af sikkerhedskopien, eller gendan alligevel med --without-ledger.</translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation>Ingen adgangskode: sæt {env} eller kør i en terminal.</translation>
    </message>
    <message>
        <source>No print spooler: install CUPS (the lp and lpstat commands).</source>
        <translation>Ingen udskriftskø: installer CUPS (kommandoerne lp og lpstat).</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Ingen medarbejder hedder {name}.</translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation>Der venter ingen gyldig kode til kunden. Send en ny.</translation>
    </message>
    <message>
        <source>Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.</source>
        <translation>Kun PostgreSQL-servere kan deles: brug postgresql://bruger@vært:5432/database.</translation>
    </message>
    <message>
        <source>Only a register in a SQLite file can be moved; this one is already on a server.</source>
        <translation>Kun et register i en SQLite-fil kan flyttes; dette ligger allerede på en server.</translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation>Kun ekspedienter må logge ind med pinkode; ejeren bruger adgangskode.</translation>
    </message>
    <message>
        <source>Only the owner may add demo data.</source>
        <translation>Kun ejeren må indsætte demodata.</translation>
    </message>
    <message>
        <source>Only the owner may change the shop&apos;s settings.</source>
        <translation>Kun ejeren må ændre butikkens indstillinger.</translation>
    </message>
    <message>
        <source>Only the owner may erase customers.</source>
        <translation>Kun ejeren må slette kunder.</translation>
    </message>
    <message>
        <source>Only the owner may export customer data.</source>
        <translation>Kun ejeren må eksportere kundedata.</translation>
    </message>
    <message>
        <source>Only the owner may handle data-subject requests.</source>
        <translation>Kun ejeren må behandle anmodninger fra de registrerede.</translation>
    </message>
    <message>
        <source>Only the owner may import customers.</source>
        <translation>Kun ejeren må importere kunder.</translation>
    </message>
    <message>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Kun ejeren må administrere medarbejderkonti.</translation>
    </message>
    <message>
        <source>Only the owner may merge customers.</source>
        <translation>Kun ejeren må lægge kunder sammen.</translation>
    </message>
    <message>
        <source>Only the owner may produce documents about a person.</source>
        <translation>Kun ejeren må lave dokumenter om en person.</translation>
    </message>
    <message>
        <source>Only the owner may read the audit trail.</source>
        <translation>Kun ejeren må læse revisionssporet.</translation>
    </message>
    <message>
        <source>Only the owner may take or restore backups.</source>
        <translation>Kun ejeren må tage eller gendanne sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Open the register once with this version of kundereg before moving it.</source>
        <translation>Åbn registret én gang med denne version af kundereg, før du flytter det.</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>Prislistevare</translation>
    </message>
    <message>
        <source>Printing from the command line needs CUPS; on Windows print from the app.</source>
        <translation>Udskrivning fra kommandolinjen kræver CUPS; på Windows udskriver du fra appen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anmodning</translation>
    </message>
    <message>
        <source>Request {reference} asks for a rectification: say what is to be corrected (kundereg request complete {reference} --set FIELD=VALUE).</source>
        <translation>Anmodning {reference} gælder berigtigelse: angiv, hvad der skal rettes (kundereg request complete {reference} --set FELT=VÆRDI).</translation>
    </message>
    <message>
        <source>Request {reference} asks for erasure: carry it out with Erase (&apos;kundereg erase&apos;), which completes it, or refuse it.</source>
        <translation>Anmodning {reference} gælder sletning: udfør den med Slet (&apos;kundereg erase&apos;), som afslutter den, eller afvis den.</translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation>Anmodning {reference} kan ikke gå fra {old} til {new}.</translation>
    </message>
    <message>
        <source>Request {reference} has no customer any more: it was erased already.</source>
        <translation>Anmodning {reference} har ikke længere nogen kunde: kunden er allerede slettet.</translation>
    </message>
    <message>
        <source>Request {reference} has no identity check on it.</source>
        <translation>Anmodning {reference} har ingen registreret identitetskontrol.</translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation>Fristen for anmodning {reference} er allerede overskredet; en forlængelse skal besluttes inden for den første måned.</translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation>Anmodning {reference} er afsluttet.</translation>
    </message>
    <message>
        <source>Request {reference} is not a rectification: it takes no values to set.</source>
        <translation>Anmodning {reference} er ikke en berigtigelse: den tager ingen værdier.</translation>
    </message>
    <message>
        <source>Request {reference} is not an erasure request.</source>
        <translation>Anmodning {reference} er ikke en anmodning om sletning.</translation>
    </message>
    <message>
        <source>Request {reference} is {status}; confirm the requester&apos;s identity on it first.</source>
        <translation>Anmodning {reference} har status {status}; bekræft først identiteten på personen, der sendte den.</translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation>Anmodning {ref} har ikke længere nogen kunde.</translation>
    </message>
    <message>
        <source>Request {ref} is not about customer {id}.</source>
        <translation>Anmodning {ref} vedrører ikke kunde {id}.</translation>
    </message>
    <message>
        <source>Restoring needs the owner&apos;s login.</source>
        <translation>Gendannelse kræver, at ejeren logger ind.</translation>
    </message>
    <message>
        <source>Restoring needs the owner: --user NAME (or {env}).</source>
        <translation>Gendannelse kræver ejeren: --user NAVN (eller {env}).</translation>
    </message>
    <message>
        <source>Restoring replaces the SQLite register; this register is not one.</source>
        <translation>Gendannelse erstatter SQLite-registret; dette register er ikke et SQLite-register.</translation>
    </message>
    <message>
        <source>Restoring replaces the register: confirm with --yes.</source>
        <translation>Gendannelse erstatter registret: bekræft med --yes.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as CSV (a quote that is never closed?).</source>
        <translation>Række {row} kan ikke læses som CSV (et anførselstegn, der aldrig lukkes?).</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters.</source>
        <translation>Række {row} har en celle, der er længere end {limit} tegn.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Række {row}, kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Række {row}: {reason}</translation>
    </message>
    <message>
        <source>Say what to change, e.g. --mobile or --email (see kundereg customer edit --help).</source>
        <translation>Angiv, hvad der skal ændres, for eksempel --mobile eller --email (se kundereg customer edit --help).</translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation>Angiv, hvem der handler: --user NAVN (eller {env}).</translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation>Afsendelse af koder via {channel} er ikke sat op.</translation>
    </message>
    <message>
        <source>Service event</source>
        <translation>Servicesag</translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation>Servicesag {id} er allerede lukket.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>The CSV file needs a header line with at least the columns name and price (name;price;vat;unit;kind;due_days).</source>
        <translation>CSV-filen skal have en overskriftslinje med mindst kolonnerne name og price (name;price;vat;unit;kind;due_days).</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>URL&apos;en nævner ingen database: postgresql://bruger@vært:5432/DATABASE.</translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation>Appen blev låst under identitetskontrollen; kontrollér igen efter oplåsning.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server (entry {entry}: {reason}). Nothing was kept on the server.</source>
        <translation>Revisionssporet stemmer ikke på serveren (post {entry}: {reason}). Intet blev beholdt på serveren.</translation>
    </message>
    <message>
        <source>The backup file names a key derivation this version does not accept.</source>
        <translation>Sikkerhedskopifilen angiver en nøgleafledning, som denne version ikke accepterer.</translation>
    </message>
    <message>
        <source>The backup file {name} does not exist.</source>
        <translation>Sikkerhedskopifilen {name} findes ikke.</translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation>Koden kunne ikke sendes via e-mail ({kind}). Kontrollér mailindstillingerne, eller bekræft identiteten på en anden måde.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation>Koden er forkert.</translation>
    </message>
    <message>
        <source>The connection is not a valid URL. Use postgresql://user@host:5432/database.</source>
        <translation>Forbindelsen er ikke en gyldig URL. Brug postgresql://bruger@vært:5432/database.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation>Kunden har allerede givet samtykke til dette formål.</translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation>Kunden har ikke registreret noget {what}, som en kode kan sendes til.</translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation>Kunden har gjort indsigelse mod markedsføring; samtykke til markedsføring kan ikke registreres.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation>Databasens URL er ugyldig. Brug en SQLAlchemy-URL som sqlite:///sti/til/kundereg.sqlite3 eller postgresql+psycopg://vært/db.</translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation>Databasedriveren til {backend} er ikke installeret ({kind}).</translation>
    </message>
    <message>
        <source>The database {db} on {where} belongs to another program (it has tables, but no kundereg register). Use an empty database.</source>
        <translation>Databasen {db} på {where} tilhører et andet program (den har tabeller, men intet kundereg-register). Brug en tom database.</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened.</source>
        <translation>Filen {name} kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The file {name} changed since it was checked; check it again before importing.</source>
        <translation>Filen {name} er ændret, siden den blev kontrolleret; kontrollér den igen før import.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported; start again.</source>
        <translation>Filen {name} blev ændret under importen; start forfra.</translation>
    </message>
    <message>
        <source>The file {name} has no header row.</source>
        <translation>Filen {name} har ingen overskriftsrække.</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen {name} er ikke en Excel-projektmappe (.xlsx), der kan læses.</translation>
    </message>
    <message>
        <source>The file {name} is not text in {encoding}.</source>
        <translation>Filen {name} er ikke tekst i {encoding}.</translation>
    </message>
    <message>
        <source>The file {name} is too large to import (at most 512 MB).</source>
        <translation>Filen {name} er for stor til at blive importeret (højst 512 MB).</translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation>Mappen til --out findes ikke: {folder}</translation>
    </message>
    <message>
        <source>The folder for --receipt does not exist: {folder}</source>
        <translation>Mappen til --receipt findes ikke: {folder}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen blev afbrudt; intet blev ændret.</translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation>Den sidste ejerkonto kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>The mapping file {name} cannot be read.</source>
        <translation>Tilknytningsfilen {name} kan ikke læses.</translation>
    </message>
    <message>
        <source>The mapping file {name} is not valid TOML.</source>
        <translation>Tilknytningsfilen {name} er ikke gyldig TOML.</translation>
    </message>
    <message>
        <source>The mapping has an unknown setting: {key}.</source>
        <translation>Tilknytningen har en ukendt indstilling: {key}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s [columns] must be a table of header = target.</source>
        <translation>Tilknytningens [columns] skal være en tabel med overskrift = mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s column {header} has an unknown target.</source>
        <translation>Kolonnen {header} i tilknytningen har et ukendt mål.</translation>
    </message>
    <message>
        <source>The mapping&apos;s consent_source must be counter, web, email, phone or letter.</source>
        <translation>Tilknytningens consent_source skal være counter, web, email, phone eller letter.</translation>
    </message>
    <message>
        <source>The mapping&apos;s delimiter must be ; , | or a tab.</source>
        <translation>Tilknytningens skilletegn skal være ; , | eller tabulator.</translation>
    </message>
    <message>
        <source>The mapping&apos;s source must be a short name such as superoffice or visma.</source>
        <translation>Tilknytningens source skal være et kort navn som superoffice eller visma.</translation>
    </message>
    <message>
        <source>The mapping&apos;s {key} must be text.</source>
        <translation>Tilknytningens {key} skal være tekst.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name} (or the file is damaged).</source>
        <translation>Adgangsfrasen åbner ikke {name} (eller filen er beskadiget).</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Adgangsfraserne passer ikke sammen.</translation>
    </message>
    <message>
        <source>The print spooler did not answer.</source>
        <translation>Udskriftskøen svarede ikke.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the job: {reason}</source>
        <translation>Printeren {printer} modtog ikke jobbet: {reason}</translation>
    </message>
    <message>
        <source>The purchase file {name} has no column for {what}.</source>
        <translation>Købsfilen {name} har ingen kolonne til {what}.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; no backup was written.</source>
        <translation>Registret bestod ikke integritetskontrollen; der blev ikke skrevet nogen sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The register file cannot be read ({kind}).</source>
        <translation>Registerfilen kan ikke læses ({kind}).</translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation>Registret har ingen butik endnu. Kør »kundereg init«, eller start appen for at sætte det op.</translation>
    </message>
    <message>
        <source>The register has no shop yet; set it up first.</source>
        <translation>Registret har endnu ingen butik; opret den først.</translation>
    </message>
    <message>
        <source>The register is busy: another kundereg is writing. Try again in a moment.</source>
        <translation>Registret er optaget: et andet kundereg skriver til det. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret er beskadiget: SQLite kan ikke læse filen. Gendan det fra en sikkerhedskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: SQLite cannot read the file. Restore it from a backup.</source>
        <translation>Registret er beskadiget: SQLite kan ikke læse filen. Gendan det fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret er beskadiget: en mappe har taget filens plads. Gendan det fra en sikkerhedskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: a folder has taken its place. Restore it from a backup.</source>
        <translation>Registret er beskadiget: en mappe har taget filens plads. Gendan det fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret er beskadiget: filen er tom. Gendan det fra en sikkerhedskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is empty. Restore it from a backup.</source>
        <translation>Registret er beskadiget: filen er tom. Gendan det fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup (the newest is {backup}).</source>
        <translation>Registret er beskadiget: filen er ikke en SQLite-database. Gendan det fra en sikkerhedskopi (den nyeste er {backup}).</translation>
    </message>
    <message>
        <source>The register is damaged: the file is not a SQLite database. Restore it from a backup.</source>
        <translation>Registret er beskadiget: filen er ikke en SQLite-database. Gendan det fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The register is in use. Close kundereg on this PC and try again.</source>
        <translation>Registret er i brug. Luk kundereg på denne pc, og prøv igen.</translation>
    </message>
    <message>
        <source>The register on {where} has schema {revision}, newer than this kundereg understands. Update kundereg on this PC first.</source>
        <translation>Registret på {where} har skema {revision}, nyere end denne kundereg forstår. Opdater kundereg på denne pc først.</translation>
    </message>
    <message>
        <source>The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or different). Enter them again in the notice settings.</source>
        <translation>De gemte loginoplysninger til SMS og mail kan ikke dekrypteres (nøglefilen {file} mangler eller er en anden). Indtast dem igen i beskedindstillingerne.</translation>
    </message>
    <message>
        <source>The server on {where} refused user {user}: wrong password, or no such user.</source>
        <translation>Serveren på {where} afviste brugeren {user}: forkert adgangskode, eller brugeren findes ikke.</translation>
    </message>
    <message>
        <source>The server {where} does not answer. Is PostgreSQL running there, and is the port open to this PC?</source>
        <translation>Serveren {where} svarer ikke. Kører PostgreSQL der, og er porten åben for denne pc?</translation>
    </message>
    <message>
        <source>The shop profile does not market to existing customers (marketing basis f): the privacy notice would not tell them, so there is no such list.</source>
        <translation>Butiksprofilen markedsfører ikke over for eksisterende kunder (markedsføringsgrundlag f): privatlivspolitikken ville ikke fortælle dem det, så der findes ingen sådan liste.</translation>
    </message>
    <message>
        <source>The target database is not empty (it has the tables {tables}). Move the register into a new, empty database.</source>
        <translation>Måldatabasen er ikke tom (den har tabellerne {tables}). Flyt registret til en ny, tom database.</translation>
    </message>
    <message>
        <source>The ticket names its customer: say how their identity was checked (--verified-by or --reason).</source>
        <translation>Bonen viser kundens navn: angiv, hvordan identiteten blev kontrolleret (--verified-by eller --reason).</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>Projektmappen har intet ark ved navn {sheet}.</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>Projektmappen {name} har ingen ark.</translation>
    </message>
    <message>
        <source>There is no database {db} on {where}. Ask whoever runs the server to create it.</source>
        <translation>Der findes ingen database {db} på {where}. Bed den, der driver serveren, om at oprette den.</translation>
    </message>
    <message>
        <source>There is no printer by that name.</source>
        <translation>Der findes ingen printer med det navn.</translation>
    </message>
    <message>
        <source>There is no printer called {printer} (lpstat -e lists them).</source>
        <translation>Der findes ingen printer ved navn {printer} (lpstat -e viser dem).</translation>
    </message>
    <message>
        <source>This backup comes from a newer version of kundereg (schema {revision}); update kundereg first.</source>
        <translation>Denne sikkerhedskopi stammer fra en nyere version af kundereg (skema {revision}); opdater kundereg først.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Samtykket er allerede trukket tilbage.</translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation>Registret er allerede sat op; »init« gør intet anden gang.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Seddel</translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation>Seddel {number} kan ikke gå fra {old} til {new}.</translation>
    </message>
    <message>
        <source>Ticket {number} is not in progress; a delay notice is for work not yet ready.</source>
        <translation>Ordre {number} er ikke under arbejde; en forsinkelsesbesked gælder arbejde, der ikke er færdigt.</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange forkerte svar for kunden. Kontrollér billed-id, eller send en kode i stedet.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>For mange forkerte forsøg. Prøv igen om {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Ukendt bruger eller forkert adgangskode.</translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation>Opdateringen af registret fra skema {current} til {head} mislykkedes ({kind}). Registret er gendannet fra kopien taget før opdateringen: {copy}.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation>Bekræft først personens identitet (billed-id, videnskontrol eller kode); en arbejdsmæssig grund bekræfter ikke, hvem der har sendt anmodningen.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation>Bekræft personens identitet, eller angiv en arbejdsmæssig grund, før kunde {id} vises.</translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation>Det, personen oplyste, passer ikke med registret.</translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation>Du skal logge ind først.</translation>
    </message>
    <message>
        <source>at most {n} entries.</source>
        <translation>højst {n} poster.</translation>
    </message>
    <message>
        <source>at most {n} purposes.</source>
        <translation>højst {n} formål.</translation>
    </message>
    <message>
        <source>belongs to customer {id}, who is restricted (GDPR Art. 18).</source>
        <translation>tilhører kunde {id}, som er begrænset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>cannot be added: the price list is full ({n} items).</source>
        <translation>kan ikke tilføjes: prislisten er fuld ({n} varer).</translation>
    </message>
    <message>
        <source>cannot be before the register was set up ({day}).</source>
        <translation>kan ikke være før registret blev oprettet ({day}).</translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation>kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation>indeholder kontroltegn eller linjeskift, som ikke er tilladt.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>indeholder kontroltegn.</translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation>tilhører ikke denne kunde.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <source>entry {n}: the country must be a two-letter code such as NO.</source>
        <translation>post {n}: landet skal være en kode på to bogstaver, f.eks. NO.</translation>
    </message>
    <message>
        <source>entry {n}: the name is too long or has line breaks.</source>
        <translation>post {n}: navnet er for langt eller indeholder linjeskift.</translation>
    </message>
    <message>
        <source>entry {n}: the name of the organisation is needed (a kind of recipient without a name belongs in a purpose&apos;s recipients).</source>
        <translation>post {n}: organisationens navn er nødvendigt (en type modtager uden navn hører til blandt et formåls modtagere).</translation>
    </message>
    <message>
        <source>entry {n}: the role must be one of {codes}.</source>
        <translation>post {n}: rollen skal være en af {codes}.</translation>
    </message>
    <message>
        <source>gives a consent date in the future.</source>
        <translation>angiver en samtykkedato i fremtiden.</translation>
    </message>
    <message>
        <source>has an unmatched brace; write {{ and }} for a brace.</source>
        <translation>har en tuborgparentes uden modstykke; skriv {{ og }} for en tuborgparentes.</translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation>har for mange linjer (højst {n}).</translation>
    </message>
    <message>
        <source>is a date in the future.</source>
        <translation>er en dato i fremtiden.</translation>
    </message>
    <message>
        <source>is already on the price list.</source>
        <translation>står allerede på prislisten.</translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation>er allerede i brug.</translation>
    </message>
    <message>
        <source>is needed: letters and receipts are signed with the full name.</source>
        <translation>skal udfyldes: breve og kvitteringer underskrives med fulde navn.</translation>
    </message>
    <message>
        <source>is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>skal udfyldes: privatlivspolitikken og fortegnelsen over behandlingsaktiviteter skal oplyse, hvordan butikken kan kontaktes.</translation>
    </message>
    <message>
        <source>is not a customer field.</source>
        <translation>er ikke et kundefelt.</translation>
    </message>
    <message>
        <source>is not a date (use 2024-05-31 or 31.05.2024).</source>
        <translation>er ikke en dato (brug 2024-05-31 eller 31.05.2024).</translation>
    </message>
    <message>
        <source>is not a known purpose. Known purposes: {keys}.</source>
        <translation>er ikke et kendt formål. Kendte formål: {keys}.</translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation>er ikke en kendt status.</translation>
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
        <translation>er ikke en anmodningstype.</translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation>er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation>er ikke et gyldigt virksomhedsnummer for {country}.</translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation>er ikke et gyldigt telefonnummer for sit land.</translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation>er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation>er ikke et virksomhedsnummer.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>ligger uden for det tilladte område.</translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation>skal udfyldes (eller et fornavn eller et firmanavn).</translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation>skal udfyldes, når ordren ikke har linjer.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>skal udfyldes.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>er for lang (højst {limit} tegn).</translation>
    </message>
    <message>
        <source>is too long for a customer number.</source>
        <translation>er for langt til et kundenummer.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>er for lang.</translation>
    </message>
    <message>
        <source>kundereg backs up its own SQLite register. Back up a PostgreSQL register on the server (pg_dump).</source>
        <translation>kundereg sikkerhedskopierer sit eget SQLite-register. Sikkerhedskopiér et PostgreSQL-register på serveren (pg_dump).</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula; it was not run. Type the value itself.</source>
        <translation>ligner en regnearksformel; den blev ikke kørt. Skriv selve værdien.</translation>
    </message>
    <message>
        <source>marketing is switched on: add the marketing purpose it is for.</source>
        <translation>markedsføring er slået til: tilføj det markedsføringsformål, den gælder.</translation>
    </message>
    <message>
        <source>marketing to existing customers is switched on: add its purpose.</source>
        <translation>markedsføring over for eksisterende kunder er slået til: tilføj formålet for den.</translation>
    </message>
    <message>
        <source>matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.</source>
        <translation>matcher kunde {id}, som er begrænset (GDPR art. 18); posten kan ikke ændres.</translation>
    </message>
    <message>
        <source>matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.</source>
        <translation>matcher to kunder ({a} og {b}); læg dem sammen først (Find dubletter), og importér så igen.</translation>
    </message>
    <message>
        <source>may not be negative.</source>
        <translation>må ikke være negativ.</translation>
    </message>
    <message>
        <source>may not contain links: notices are service messages, not marketing.</source>
        <translation>må ikke indeholde links: beskeder er servicebeskeder, ikke markedsføring.</translation>
    </message>
    <message>
        <source>may not use {{{name}}}: notices are service messages, not marketing.</source>
        <translation>må ikke bruge {{{name}}}: beskeder er servicebeskeder, ikke markedsføring.</translation>
    </message>
    <message>
        <source>may only use {allowed}.</source>
        <translation>må kun bruge {allowed}.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilnummer</translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>skal være 1 til 64 små bogstaver, cifre, ».«, »_« eller »-«.</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation>skal være 4 til 8 cifre.</translation>
    </message>
    <message>
        <source>must be a date like 2026-01-31.</source>
        <translation>skal være en dato som 2026-01-31.</translation>
    </message>
    <message>
        <source>must be a percentage such as 25.</source>
        <translation>skal være en procentsats, for eksempel 25.</translation>
    </message>
    <message>
        <source>must be a port number.</source>
        <translation>skal være et portnummer.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation>skal være en ISO-valutakode på tre bogstaver, f.eks. NOK eller SEK.</translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation>skal være en landekode på to bogstaver, f.eks. NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 365.</source>
        <translation>skal være et heltal fra 0 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {n}.</source>
        <translation>skal være et heltal fra 0 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation>skal være et heltal fra 1 til 10000.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 365.</source>
        <translation>skal være et heltal fra 1 til 365.</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {n}.</source>
        <translation>skal være et heltal fra 1 til {n}.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>skal være et heltal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation>skal være et helt antal øre/cent.</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation>skal være et heltal, 0 eller derover.</translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation>skal handle om mobil, e-mail eller seddel.</translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation>skal være et beløb som 249,50.</translation>
    </message>
    <message>
        <source>must be at least {n} characters long.</source>
        <translation>skal være mindst {n} tegn lang.</translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation>skal være mindst {n} tegn.</translation>
    </message>
    <message>
        <source>must be auto, sms, email or none.</source>
        <translation>skal være auto, sms, email eller none.</translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation>skal være disk, e-mail, brev eller telefon.</translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation>skal være disk, net, e-mail, telefon eller brev.</translation>
    </message>
    <message>
        <source>must be none, consent (a) or legitimate interests (f).</source>
        <translation>skal være ingen, samtykke (a) eller legitim interesse (f).</translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation>skal være en af NO, SE, FI eller DK.</translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation>skal være en af {codes}.</translation>
    </message>
    <message>
        <source>must be one of {rates} %.</source>
        <translation>skal være en af {rates} %.</translation>
    </message>
    <message>
        <source>must be one of {units}.</source>
        <translation>skal være en af {units}.</translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation>skal være en af: {codes}.</translation>
    </message>
    <message>
        <source>must be one of: {fields}.</source>
        <translation>skal være et af: {fields}.</translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation>skal være en af: {types}.</translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation>skal være ejer eller disk.</translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation>skal være løst eller afvist.</translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation>skal være returnering, reklamation eller reparation.</translation>
    </message>
    <message>
        <source>must be service or goods.</source>
        <translation>skal være ydelse eller vare.</translation>
    </message>
    <message>
        <source>must be starttls, ssl or none.</source>
        <translation>skal være starttls, ssl eller none.</translation>
    </message>
    <message>
        <source>must be up to 11 letters and digits, or a phone number.</source>
        <translation>skal være højst 11 bogstaver og cifre eller et telefonnummer.</translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation>skal være {shape} i {country}.</translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation>skal have en tidszone.</translation>
    </message>
    <message>
        <source>must contain {{ticket}}.</source>
        <translation>skal indeholde {{ticket}}.</translation>
    </message>
    <message>
        <source>must name at least one source (usually the customer).</source>
        <translation>skal angive mindst én kilde (normalt kunden).</translation>
    </message>
    <message>
        <source>must say yes or no, or give the date the consent was given.</source>
        <translation>skal sige ja eller nej eller angive datoen, samtykket blev givet.</translation>
    </message>
    <message>
        <source>must start with https://.</source>
        <translation>skal begynde med https://.</translation>
    </message>
    <message>
        <source>name at least one purpose.</source>
        <translation>angiv mindst ét formål.</translation>
    </message>
    <message>
        <source>names a consent purpose that is too long.</source>
        <translation>angiver et samtykkeformål, der er for langt.</translation>
    </message>
    <message>
        <source>names a customer number that is not in the customer file.</source>
        <translation>angiver et kundenummer, der ikke findes i kundefilen.</translation>
    </message>
    <message>
        <source>names an unknown credential.</source>
        <translation>nævner ukendte loginoplysninger.</translation>
    </message>
    <message>
        <source>names an unknown kind of notice.</source>
        <translation>nævner en ukendt type besked.</translation>
    </message>
    <message>
        <source>names no customer number.</source>
        <translation>angiver intet kundenummer.</translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation>nævner ukendte felter: {names}.</translation>
    </message>
    <message>
        <source>names unknown sources: {names}.</source>
        <translation>angiver ukendte kilder: {names}.</translation>
    </message>
    <message>
        <source>number {n} has no price such as 79,00 after its last colon.</source>
        <translation>nummer {n} har ingen pris som 79,00 efter det sidste kolon.</translation>
    </message>
    <message>
        <source>number {n} is not written as TEXT:QUANTITY:PRICE (for example &quot;Shirt:2:79,00&quot;).</source>
        <translation>nummer {n} er ikke skrevet som TEKST:ANTAL:PRIS (for eksempel &quot;Skjorte:2:79,00&quot;).</translation>
    </message>
    <message>
        <source>or a phone number is needed: the privacy notice and the record of processing must say how to reach the shop.</source>
        <translation>eller et telefonnummer skal udfyldes: privatlivspolitikken og fortegnelsen over behandlingsaktiviteter skal oplyse, hvordan butikken kan kontaktes.</translation>
    </message>
    <message>
        <source>purpose {n} is listed twice.</source>
        <translation>formål {n} er anført to gange.</translation>
    </message>
    <message>
        <source>purpose {n} is marketing, but the profile says the shop does no marketing.</source>
        <translation>formål {n} er markedsføring, men ifølge profilen driver butikken ikke markedsføring.</translation>
    </message>
    <message>
        <source>purpose {n} is not a known kind of purpose.</source>
        <translation>formål {n} er ikke en kendt type formål.</translation>
    </message>
    <message>
        <source>purpose {n} must name the data it uses.</source>
        <translation>formål {n} skal angive, hvilke oplysninger det bruger.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown kind of data.</source>
        <translation>formål {n} angiver en ukendt type oplysninger.</translation>
    </message>
    <message>
        <source>purpose {n} names an unknown recipient role.</source>
        <translation>formål {n} angiver en ukendt modtagerrolle.</translation>
    </message>
    <message>
        <source>purpose {n} needs a title.</source>
        <translation>formål {n} skal have en titel.</translation>
    </message>
    <message>
        <source>purpose {n} uses {category} data, but those customer fields are switched off.</source>
        <translation>formål {n} bruger oplysninger af typen {category}, men de kundefelter er slået fra.</translation>
    </message>
    <message>
        <source>purpose {n}: marketing must rest on the basis chosen for marketing ({basis}).</source>
        <translation>formål {n}: markedsføring skal bygge på det grundlag, der er valgt for markedsføring ({basis}).</translation>
    </message>
    <message>
        <source>purpose {n}: the legal basis must be a letter from a to f (GDPR Art. 6(1)).</source>
        <translation>formål {n}: retsgrundlaget skal være et bogstav fra a til f (GDPR art. 6, stk. 1).</translation>
    </message>
    <message>
        <source>purpose {n}: the retention must be 1 to 50 years.</source>
        <translation>formål {n}: opbevaringsperioden skal være 1 til 50 år.</translation>
    </message>
    <message>
        <source>purpose {n}: unknown retention rule.</source>
        <translation>formål {n}: ukendt regel for opbevaringsperiode.</translation>
    </message>
    <message>
        <source>states a consent without the date it was given; add a consent date column.</source>
        <translation>angiver et samtykke uden datoen, det blev givet; tilføj en kolonne med samtykkedato.</translation>
    </message>
    <message>
        <source>write --set as FIELD=VALUE, for example --set email=kari@example.no.</source>
        <translation>skriv --set som FELT=VÆRDI, for eksempel --set email=kari@example.no.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>{name} does not decrypt to the register it was taken from.</source>
        <translation>{name} dekrypteres ikke til det register, kopien blev taget af.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} er en mappe, ikke en sikkerhedskopifil.</translation>
    </message>
    <message>
        <source>{name} is cut short: the last part is missing.</source>
        <translation>{name} er afkortet: den sidste del mangler.</translation>
    </message>
    <message>
        <source>{name} is damaged at part {index}.</source>
        <translation>{name} er beskadiget i del {index}.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read.</source>
        <translation>{name} er beskadiget: filhovedet kan ikke læses.</translation>
    </message>
    <message>
        <source>{name} is not a kundereg backup.</source>
        <translation>{name} er ikke en sikkerhedskopi fra kundereg.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of kundereg.</source>
        <translation>{name} er skrevet af en nyere version af kundereg.</translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation>{what} {ident} findes ikke.</translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation>{what} {ident} er ændret af en anden, siden du åbnede den. Hent igen for at se ændringerne; dine blev ikke gemt.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password or PIN</source>
        <translation>Adgangskode eller pinkode</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problem med login</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation>Vælg dit navn, og skriv din adgangskode eller pinkode.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruger</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Adgangskode eller pinkode</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Log in to {shop}</source>
        <translation>Log ind hos {shop}</translation>
    </message>
    <message>
        <source>There is no active staff account.</source>
        <translation>Der er ingen aktiv medarbejderkonto.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Skriv din adgangskode eller pinkode.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Skift bruger …</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Skift bruger</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Log ud, og lad en anden logge ind</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;op</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>The register is locked. {name} ({user}) can unlock it with their password or PIN; anyone else logs in with “Switch user”.</source>
        <translation>Registret er låst. {name} ({user}) kan låse det op med sin adgangskode eller pinkode; alle andre logger ind med »Skift bruger«.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find kunde</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Gå til søgefeltet</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation>Tilføj en kunde ud fra det, der står i søgefeltet</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>&amp;Gem kunden</translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation>Gem den åbne kunde</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Tilbage til søgningen</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Tilbage til søgeresultaterne</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Ny or&amp;dre…</translation>
    </message>
    <message>
        <source>Record a new order for the open customer</source>
        <translation>Registrér en ny ordre for den åbne kunde</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til afhentning</translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation>Sedler, der er klar og venter på at blive hentet</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation>Hent visningen igen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation>Lås registret; din adgangskode eller pinkode åbner det igen</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Skift bruger …</translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation>Log ud, og lad en anden logge ind</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Opret &amp;demodata …</translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation>Fyld et prøveregister med opdigtede kunder og køb</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisionslog …</translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation>Hvem der så og ændrede hvad, og om loggen er intakt</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Medarbejdere …</translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation>Medarbejderkonti, roller, adgangskoder og pinkoder</translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation>&amp;Anmodninger …</translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation>Anmodninger fra registrerede og deres frister</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Tag sikkerhedskopi nu …</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the register</source>
        <translation>Skriv en krypteret, kontrolleret sikkerhedskopi af registret</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Gen&amp;dan fra sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Replace the register with a backup; people erased since are erased again</source>
        <translation>Erstat registret med en sikkerhedskopi; personer, der er slettet siden, slettes igen</translation>
    </message>
    <message>
        <source>Shop &amp;profile and settings…</source>
        <translation>Butiks&amp;profil og indstillinger …</translation>
    </message>
    <message>
        <source>What the shop keeps and why, retention, and the privacy notice</source>
        <translation>Hvad butikken gemmer og hvorfor, opbevaringsperioder og privatlivspolitikken</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importér kunder …</translation>
    </message>
    <message>
        <source>Bring in a customer list exported from another system or a spreadsheet</source>
        <translation>Hent en kundeliste ind, eksporteret fra et andet system eller et regneark</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Find d&amp;ubletter …</translation>
    </message>
    <message>
        <source>Customers registered twice, to merge into one</source>
        <translation>Kunder, der er registreret to gange, så de kan lægges sammen til én</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About kundereg</source>
        <translation>&amp;Om kundereg</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>kundereg will use {language} from the next start.</source>
        <translation>kundereg bruger {language} fra næste start.</translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation>Om kundereg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kontrollér kolonnerne</translation>
    </message>
    <message>
        <source>Each column of the file and what it holds; change what was guessed wrong, or choose “Not imported”.</source>
        <translation>Hver kolonne i filen og hvad den indeholder; ret det, der blev gættet forkert, eller vælg »Importeres ikke«.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens første rækker</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Vælg mindst én kolonne, der skal importeres.</translation>
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
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>Pickup notice</source>
        <translation>Afhentningsbesked</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Forsinkelsesbesked</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testbesked</translation>
    </message>
</context>
<context>
    <name>NoticeReason</name>
    <message>
        <source>The customer does not want notices.</source>
        <translation>Kunden ønsker ikke beskeder.</translation>
    </message>
    <message>
        <source>The customer has neither a mobile number nor an email address.</source>
        <translation>Kunden har hverken mobilnummer eller e-mailadresse.</translation>
    </message>
    <message>
        <source>The shop has no SMS provider and the customer has no email address.</source>
        <translation>Butikken har ingen SMS-udbyder, og kunden har ingen e-mailadresse.</translation>
    </message>
    <message>
        <source>The customer has no mobile number.</source>
        <translation>Kunden har intet mobilnummer.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Kunden har ingen e-mailadresse.</translation>
    </message>
    <message>
        <source>The shop&apos;s mail server is not set up.</source>
        <translation>Butikkens mailserver er ikke sat op.</translation>
    </message>
    <message>
        <source>The SMS provider is not set up.</source>
        <translation>SMS-udbyderen er ikke sat op.</translation>
    </message>
    <message>
        <source>The customer was erased or the ticket removed.</source>
        <translation>Kunden er slettet, eller ordren er fjernet.</translation>
    </message>
    <message>
        <source>The provider refused the message.</source>
        <translation>Udbyderen afviste beskeden.</translation>
    </message>
    <message>
        <source>The provider refused the credentials.</source>
        <translation>Udbyderen afviste loginoplysningerne.</translation>
    </message>
    <message>
        <source>The provider refused the number.</source>
        <translation>Udbyderen afviste nummeret.</translation>
    </message>
    <message>
        <source>The provider asked to slow down.</source>
        <translation>Udbyderen bad om at sende langsommere.</translation>
    </message>
    <message>
        <source>The provider had an error.</source>
        <translation>Udbyderen havde en fejl.</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Udbyderen svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>Udbyderen kunne ikke nås.</translation>
    </message>
    <message>
        <source>The ticket was collected before the notice went out.</source>
        <translation>Ordren blev afhentet, før beskeden gik ud.</translation>
    </message>
</context>
<context>
    <name>NoticeSettings</name>
    <message>
        <source>Ready for collection</source>
        <translation>Klar til afhentning</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Forsinkelse</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testbesked</translation>
    </message>
    <message>
        <source>No SMS (email only)</source>
        <translation>Ingen SMS (kun e-mail)</translation>
    </message>
    <message>
        <source>Infobip SMS API</source>
        <translation>Infobip SMS API</translation>
    </message>
    <message>
        <source>Email-to-SMS gateway</source>
        <translation>E-mail-til-SMS-tjeneste</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>Pickup notices</source>
        <translation>Afhentningsbeskeder</translation>
    </message>
    <message>
        <source>Send notices when a ticket is ready</source>
        <translation>Send besked, når en ordre er klar</translation>
    </message>
    <message>
        <source>saved, leave empty to keep</source>
        <translation>gemt, lad stå tomt for at beholde</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>ingen påmindelser</translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation>SMS-udbyder</translation>
    </message>
    <message>
        <source>Infobip API address</source>
        <translation>Infobip API-adresse</translation>
    </message>
    <message>
        <source>Infobip API key</source>
        <translation>Infobip API-nøgle</translation>
    </message>
    <message>
        <source>SMS sender name</source>
        <translation>SMS-afsendernavn</translation>
    </message>
    <message>
        <source>Email-to-SMS domain</source>
        <translation>E-mail-til-SMS-domæne</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>Mailbruger</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mailadgangskode</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afsenderadresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Påmind efter (dage)</translation>
    </message>
    <message>
        <source>Reminders at most</source>
        <translation>Påmindelser højst</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Beskedtekst</translation>
    </message>
    <message>
        <source>Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. No offers, links or names.</source>
        <translation>Kun servicebeskeder: {shop}, {ticket}, {hours} og, ved forsinkelse, {days}. Ingen tilbud, links eller navne.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Test message to</source>
        <translation>Testbesked til</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Send en testbesked</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the notice settings</source>
        <translation>Gem beskedindstillingerne</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>The test message was sent.</source>
        <translation>Testbeskeden blev sendt.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}</source>
        <translation>Testbeskeden blev ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>The test message is waiting to be retried.</source>
        <translation>Testbeskeden venter på et nyt forsøg.</translation>
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
        <translation>leveret</translation>
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
        <translation>Ny ordre</translation>
    </message>
    <message>
        <source>What the order is about (optional with item lines)</source>
        <translation>Hvad ordren drejer sig om (valgfrit med varelinjer)</translation>
    </message>
    <message>
        <source>Order description</source>
        <translation>Beskrivelse af ordren</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fejl i beskrivelsen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Vare</translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation>&amp;Antal</translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation>&amp;Stykpris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Item line error</source>
        <translation>Fejl i varelinje</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Tilføj &amp;linje</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
    <message>
        <source>Add an item line (Alt+L)</source>
        <translation>Tilføj en varelinje (Alt+L)</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Ordrens total</translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation>summen af linjerne</translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation>Fast total</translation>
    </message>
    <message>
        <source>Leave empty to charge the sum of the lines.</source>
        <translation>Lad feltet stå tomt for at opkræve summen af linjerne.</translation>
    </message>
    <message>
        <source>Fixed &amp;total:</source>
        <translation>Fast &amp;total:</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Fejl i totalen</translation>
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
        <translation>Fejl</translation>
    </message>
    <message>
        <source>&amp;Record order</source>
        <translation>&amp;Registrér ordren</translation>
    </message>
    <message>
        <source>Record order</source>
        <translation>Registrér ordren</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>I alt: {amount}</translation>
    </message>
    <message>
        <source>Line {n}: </source>
        <translation>Linje {n}: </translation>
    </message>
    <message>
        <source>Enter a description or at least one item line.</source>
        <translation>Skriv en beskrivelse eller mindst én varelinje.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Adgangsfrase til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups are encrypted with this passphrase. Without it no backup can be restored: keep it somewhere safe, away from this PC.</source>
        <translation>Sikkerhedskopierne krypteres med denne adgangsfrase. Uden den kan ingen sikkerhedskopi gendannes: opbevar den et sikkert sted, ikke på denne pc.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was encrypted with.</source>
        <translation>Indtast den adgangsfrase, sikkerhedskopien blev krypteret med.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gentag adgangsfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this PC, for the daily backup when closing</source>
        <translation>&amp;Husk på denne pc til den daglige sikkerhedskopi ved lukning</translation>
    </message>
    <message>
        <source>Anyone who can log in to this user account on this PC can then read the passphrase.</source>
        <translation>Så kan alle, der kan logge ind på denne brugerkonto på denne pc, læse adgangsfrasen.</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem med adgangsfrasen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Brug denne adgangsfrase</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Adgangsfrasen skal være mindst {n} tegn lang.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangsfraser er forskellige.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Nulstil adgangskode</translation>
    </message>
    <message>
        <source>Give {name} the new password in person. A reset also ends a wait after too many wrong attempts.</source>
        <translation>Giv {name} den nye adgangskode personligt. En nulstilling afslutter også ventetiden efter for mange forkerte forsøg.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Mindst {n} tegn</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Ny &amp;adgangskode:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Gentag adgangskode:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>Print {title}</source>
        <translation>Udskriv {title}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>Sending {title} to the printer…</source>
        <translation>Sender {title} til printeren …</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Eksempel på {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Forbereder siderne …</translation>
    </message>
</context>
<context>
    <name>PhotoIdType</name>
    <message>
        <source>Passport</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Nationalt id-kort</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Kørekort</translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation>Betalingskort med billede</translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation>Andet billed-id</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Seddel</translation>
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
        <translation>I alt</translation>
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
        <translation>{n} dage</translation>
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
        <translation>Klar til afhentning</translation>
    </message>
    <message>
        <source>Tickets ready for pickup</source>
        <translation>Sedler klar til afhentning</translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation>Seddelnummer, navn eller mobil</translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation>Find seddel</translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation>Pil ned går til listen; Enter åbner kunden.</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation>Antal klare sedler</translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation>&amp;Klar til afhentning</translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation>Status for afhentningslisten</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Afhentet</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Markér som afhentet</translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation>&amp;Kopiér mobilnumre</translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation>Kopiér mobilnumre</translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation>Kopiér mobilnumrene for de valgte sedler, eller for alle sedler i listen, så de kan indsættes i din sms-tjeneste</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Åbn kunden</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Åbn kunden</translation>
    </message>
    <message>
        <source>Hand the selected tickets over to the customer (Enter)</source>
        <translation>Udlevér de valgte sedler til kunden (Enter)</translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket</source>
        <translation>Vis kunden for den valgte seddel</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Hent listen igen (F5)</translation>
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
        <translation>Ingen sedler venter på afhentning.</translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation>1 seddel klar til afhentning</translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation>{n} sedler klar til afhentning</translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation>({n} vist)</translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation>1 mobilnummer kopieret.</translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation>{n} mobilnumre kopieret.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Udlevering</translation>
    </message>
    <message>
        <source>Hand over ticket {numbers} to the customer now?</source>
        <translation>Udlevér seddel {numbers} til kunden nu?</translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation>1 seddel markeret som afhentet.</translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation>{n} sedler markeret som afhentet.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ændret et andet sted</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listen er hentet igen.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>Angiv pinkode</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Angiv pinkode</translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation>{name} kan så logge ind med denne pinkode i stedet for adgangskoden.</translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation>4–8 cifre</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pinkode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>&amp;Gentag pinkode:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Gentag pinkode</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De to pinkoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
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
        <translation>Byggemarked</translation>
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
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Forfald efter (dage)</translation>
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
        <translation>Gem vare</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny vare</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Slet vare</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importér CSV …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Add preset items</source>
        <translation>Tilføj forudvalgte varer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Importér prisliste</translation>
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
        <translation>Eksportér prisliste</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>ticket {number}</source>
        <translation>afhentningsbon {number}</translation>
    </message>
    <message>
        <source>tags of ticket {number}</source>
        <translation>mærkesedler til afhentningsbon {number}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Shop profile and settings</source>
        <translation>Butiksprofil og indstillinger</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Butik</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>&amp;Kundefelter</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>&amp;Modtagere</translation>
    </message>
    <message>
        <source>Re&amp;tention and backups</source>
        <translation>&amp;Opbevaring og sikkerhedskopier</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Dokumenternes sprog</translation>
    </message>
    <message>
        <source>Save privacy &amp;notice…</source>
        <translation>Gem &amp;privatlivspolitik …</translation>
    </message>
    <message>
        <source>Save record of processing…</source>
        <translation>Gem fortegnelse over behandlingsaktiviteter …</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokumenter på</translation>
    </message>
    <message>
        <source>No profile saved yet: the documents use the built-in defaults until you save.</source>
        <translation>Der er endnu ikke gemt nogen profil: dokumenterne bruger de indbyggede standardværdier, indtil du gemmer.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webside (*.html)</translation>
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
        <translation>Gemt: {path}</translation>
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
        <translation>Administration af kundeforholdet</translation>
    </message>
    <message>
        <source>Orders and delivery</source>
        <translation>Bestilling og levering</translation>
    </message>
    <message>
        <source>Service orders and collection</source>
        <translation>Opgaver og afhentning</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Customer service, complaints and returns</source>
        <translation>Kundeservice, reklamationer og returneringer</translation>
    </message>
    <message>
        <source>Bookkeeping and other legal obligations</source>
        <translation>Bogføring og andre retlige forpligtelser</translation>
    </message>
    <message>
        <source>Newsletters and marketing with consent</source>
        <translation>Nyhedsbreve og markedsføring med samtykke</translation>
    </message>
    <message>
        <source>Marketing to existing customers</source>
        <translation>Markedsføring til eksisterende kunder</translation>
    </message>
    <message>
        <source>Establishing or defending legal claims</source>
        <translation>Fastlægge, gøre gældende eller forsvare retskrav</translation>
    </message>
    <message>
        <source>Handling privacy requests</source>
        <translation>Behandling af anmodninger om persondata</translation>
    </message>
    <message>
        <source>Other (own title)</source>
        <translation>Andet (egen titel)</translation>
    </message>
    <message>
        <source>(a) consent</source>
        <translation>(a) samtykke</translation>
    </message>
    <message>
        <source>(b) contract with the customer</source>
        <translation>(b) aftale med kunden</translation>
    </message>
    <message>
        <source>(c) legal obligation</source>
        <translation>(c) retlig forpligtelse</translation>
    </message>
    <message>
        <source>(d) vital interests</source>
        <translation>(d) vitale interesser</translation>
    </message>
    <message>
        <source>(e) public interest</source>
        <translation>(e) samfundets interesse</translation>
    </message>
    <message>
        <source>(f) legitimate interests</source>
        <translation>(f) legitim interesse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Mobile and email</source>
        <translation>Mobil og e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company details</source>
        <translation>Firmaoplysninger</translation>
    </message>
    <message>
        <source>Purchases and orders</source>
        <translation>Køb og ordrer</translation>
    </message>
    <message>
        <source>Complaints, returns and repairs</source>
        <translation>Reklamationer, returneringer og reparationer</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondance</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Privacy requests</source>
        <translation>Anmodninger om persondata</translation>
    </message>
    <message>
        <source>While the customer relationship lasts</source>
        <translation>Så længe kundeforholdet varer</translation>
    </message>
    <message>
        <source>As long as bookkeeping law requires</source>
        <translation>Så længe bogføringsloven kræver</translation>
    </message>
    <message>
        <source>Until consent is withdrawn</source>
        <translation>Indtil samtykket tilbagekaldes</translation>
    </message>
    <message>
        <source>Until claims are time-barred</source>
        <translation>Indtil krav er forældede</translation>
    </message>
    <message>
        <source>As long as needed to document the handling</source>
        <translation>Så længe det er nødvendigt for at dokumentere behandlingen</translation>
    </message>
    <message>
        <source>A fixed number of years</source>
        <translation>Et fast antal år</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Regnskab</translation>
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
        <translation>Levering / transportfirma</translation>
    </message>
    <message>
        <source>Website hosting</source>
        <translation>Hosting af hjemmeside</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Betalingstjeneste</translation>
    </message>
    <message>
        <source>Email and newsletter service</source>
        <translation>E-mail- og nyhedsbrevstjeneste</translation>
    </message>
    <message>
        <source>Text message (SMS) service</source>
        <translation>Sms-tjeneste</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-support</translation>
    </message>
    <message>
        <source>Manufacturer or supplier</source>
        <translation>Producent eller leverandør</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <translation>Offentlige myndigheder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The company the customer buys for</source>
        <translation>Virksomheden, kunden handler for</translation>
    </message>
    <message>
        <source>Our website (contact form, customer account)</source>
        <translation>Vores hjemmeside (kontaktformular, kundekonto)</translation>
    </message>
    <message>
        <source>Public business registers</source>
        <translation>Offentlige virksomhedsregistre</translation>
    </message>
    <message>
        <source>No marketing</source>
        <translation>Ingen markedsføring</translation>
    </message>
    <message>
        <source>Only with the customer&apos;s consent (a)</source>
        <translation>Kun med kundens samtykke (a)</translation>
    </message>
    <message>
        <source>To existing customers with a purchase under the marketing act, to others with consent (f)</source>
        <translation>Til eksisterende kunder med et køb efter markedsføringsloven, til andre med samtykke (f)</translation>
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
        <translation>Hvor kunderne skriver til om deres oplysninger</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Appens sprog</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Dokumenternes sprog</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Butiks&amp;navn</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;CVR-nummer</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Street &amp;address</source>
        <translation>&amp;Gadeadresse</translation>
    </message>
    <message>
        <source>Postal code and &amp;town</source>
        <translation>Postnummer og b&amp;y</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>App &amp;language</source>
        <translation>&amp;Appens sprog</translation>
    </message>
    <message>
        <source>&amp;Document language</source>
        <translation>&amp;Dokumenternes sprog</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Customer fields besides name, mobile, email and notes</source>
        <translation>Kundefelter ud over navn, mobil, e-mail og noter</translation>
    </message>
    <message>
        <source>Treat a sole trader&apos;s organisation number as personal data</source>
        <translation>Behandl en enkeltmandsvirksomheds CVR-nummer som personoplysning</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Hvor oplysningerne kommer fra</translation>
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
        <translation>&amp;Tilføj formål</translation>
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
        <translation>Egen titel</translation>
    </message>
    <message>
        <source>Only for &apos;Other&apos;: the purpose in your words</source>
        <translation>Kun for »Andet«: formålet med dine egne ord</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Retsgrundlag</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaringsperiode</translation>
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
        <translation>Egen t&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Legal basis (Art. 6(1))</source>
        <translation>Rets&amp;grundlag (art. 6, stk. 1)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Opbe&amp;varingsperiode</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Oplysninger, der bruges</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nyt formål</translation>
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
        <translation>Databehandlere og modtagere</translation>
    </message>
    <message>
        <source>Name the systems and companies that get customer data, e.g. your accounting system or carrier. Leave the name empty to describe only the kind of recipient. Tick &apos;Processor&apos; for those working on your behalf under a data processing agreement.</source>
        <translation>Angiv de systemer og virksomheder, der får kundeoplysninger, f.eks. dit regnskabssystem eller dit transportfirma. Lad navnet stå tomt for kun at beskrive typen af modtager. Sæt kryds ved »Databehandler« for dem, der arbejder på dine vegne efter en databehandleraftale.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Delete customers &amp;inactive for</source>
        <translation>Slet kunder, der har været &amp;inaktive i</translation>
    </message>
    <message>
        <source>&amp;Consents last at most</source>
        <translation>&amp;Samtykker gælder højst</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for</source>
        <translation>Behold &amp;daglige sikkerhedskopier i</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for</source>
        <translation>Behold &amp;ugentlige sikkerhedskopier i</translation>
    </message>
    <message>
        <source>Purchases the bookkeeping law requires are kept as long as it requires, whatever is set here. The privacy notice states these periods.</source>
        <translation>Køb, som bogføringsloven kræver, opbevares, så længe loven kræver det, uanset hvad der er valgt her. Privatlivspolitikken oplyser disse perioder.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>{label} ({done} of {total})</source>
        <translation>{label} ({done} af {total})</translation>
    </message>
</context>
<context>
    <name>PurchaseHistoryWidget</name>
    <message>
        <source>Orders and tickets</source>
        <translation>Ordrer og sedler</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Ny ordre …</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Ny ordre</translation>
    </message>
    <message>
        <source>Record a new order or ticket for this customer</source>
        <translation>Registrér en ny ordre eller seddel for kunden</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Markér som klar</translation>
    </message>
    <message>
        <source>The order is ready for pickup</source>
        <translation>Ordren er klar til afhentning</translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation>&amp;Afhentet</translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation>Markér som afhentet</translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation>Kunden har hentet ordren</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Leveret</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Markér som leveret</translation>
    </message>
    <message>
        <source>The order has been delivered to the customer</source>
        <translation>Ordren er leveret til kunden</translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation>&amp;Returneret</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Markér som returneret</translation>
    </message>
    <message>
        <source>The goods came back; the order no longer counts in the total</source>
        <translation>Varerne kom retur; ordren tæller ikke længere med i totalen</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>&amp;Annullér ordren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annullér ordren</translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation>Annullér ordren; den tæller ikke længere med i totalen</translation>
    </message>
    <message>
        <source>Return/complaint/repa&amp;ir…</source>
        <translation>Returnering/reklamation/re&amp;paration …</translation>
    </message>
    <message>
        <source>Return, complaint or repair</source>
        <translation>Returnering, reklamation eller reparation</translation>
    </message>
    <message>
        <source>Register a return, complaint or repair for this customer</source>
        <translation>Registrér en returnering, reklamation eller reparation for kunden</translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation>Total for alle ordrer</translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation>Annullerede og returnerede ordrer tælles ikke med.</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status for historikken</translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation>Returneringer, reklamationer og reparationer</translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation>&amp;Løst</translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation>Luk som løst</translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation>Luk den valgte sag: den blev ordnet</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Af&amp;vist</translation>
    </message>
    <message>
        <source>Close as rejected</source>
        <translation>Luk som afvist</translation>
    </message>
    <message>
        <source>Close the selected case: the claim was not accepted</source>
        <translation>Luk den valgte sag: kravet blev ikke godkendt</translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation>&amp;Ordrer og sedler</translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation>Valgt seddel:</translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation>Returneringer, re&amp;klamationer og reparationer</translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation>Luk den valgte sag:</translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation>Ikke muligt, mens behandlingen af kundens personoplysninger er begrænset (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen ordrer endnu.</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>{n} ordrer</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 ordre</translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation>Kunne ikke hente historikken: {reason}</translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation>I alt: {amounts}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ændret et andet sted</translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation>Listen er hentet igen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation>Sætte seddel {number} til »{status}«? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Order recorded</source>
        <translation>Ordren er registreret</translation>
    </message>
    <message>
        <source>Ticket number {number}

Write it on the tag, or give the customer the printed ticket.</source>
        <translation>Seddelnummer {number}

Skriv det på mærket, eller giv kunden den udskrevne seddel.</translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation>Tilbage til modtaget (alligevel ikke klar)</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>Sæt til »{status}«</translation>
    </message>
    <message>
        <source>Return/complaint/repair…</source>
        <translation>Returnering/reklamation/reparation …</translation>
    </message>
</context>
<context>
    <name>PurchaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Afhentet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Leveret</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <source>Ticket</source>
        <translation>Seddel</translation>
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
        <translation>I alt</translation>
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
        <translation>Overskredet</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>Rectify customer data</source>
        <translation>Berigtig kundeoplysninger</translation>
    </message>
    <message>
        <source>Write the corrected values for request {reference}; leave the other fields empty. They are saved when the request is completed.</source>
        <translation>Skriv de rettede værdier for anmodning {reference}; lad de andre felter stå tomme. De gemmes, når anmodningen afsluttes.</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation>Registrér anmodning</translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation>En anmodning fra &lt;b&gt;{name}&lt;/b&gt; (kunde {id}). Den skal besvares inden for en måned fra den dag, den blev modtaget.</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type anmodning</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Hvordan anmodningen kom ind</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Kom ind:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Modtagelsesdato</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Modtaget:</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problem med anmodningen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Access report</source>
        <translation>Indsigtsrapport</translation>
    </message>
    <message>
        <source>The access report (GDPR Art. 15) for &lt;b&gt;{name}&lt;/b&gt; (customer {id}): everything the register holds about them, why, and their rights.</source>
        <translation>Indsigtsrapporten (GDPR art. 15) for &lt;b&gt;{name}&lt;/b&gt; (kunde {id}): alt, hvad registret har om personen, hvorfor, og personens rettigheder.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation>Indsigtsanmodning, der besvares</translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation>Ingen (besvarer ikke en registreret anmodning)</translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation>Besvarer &amp;anmodning:</translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation>&amp;Beskyt med adgangskode (AES-256)</translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation>Beskyt rapporten med adgangskode</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation>Kryptér PDF&apos;en med en ny adgangskode; giv personen adgangskoden adskilt fra filen</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Hvor rapporten gemmes</translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation>En privat midlertidig mappe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation>Vælg, hvor rapporten skal gemmes</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Gem i:</translation>
    </message>
    <message>
        <source>Problem creating the report</source>
        <translation>Problem med at lave rapporten</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Rapportfil</translation>
    </message>
    <message>
        <source>Report password</source>
        <translation>Rapportens adgangskode</translation>
    </message>
    <message>
        <source>Give this password to the person separately – in person, by SMS or by phone – never in the same email or envelope as the file. It is not stored anywhere.</source>
        <translation>Giv personen adgangskoden separat – personligt, via sms eller pr. telefon – aldrig i samme e-mail eller kuvert som filen. Den gemmes ikke nogen steder.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Åbn rapporten</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation>Åbn PDF&apos;en i systemets fremviser for at læse eller udskrive den</translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation>&amp;Lav rapport</translation>
    </message>
    <message>
        <source>Create the access report</source>
        <translation>Lav indsigtsrapporten</translation>
    </message>
    <message>
        <source>{reference} – received {date}</source>
        <translation>{reference} – modtaget {date}</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Gem indsigtsrapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Laver …</translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation>&amp;Lav igen</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Gemt som &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Adgangskode: {password}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Check the result</source>
        <translation>Kontrollér resultatet</translation>
    </message>
    <message>
        <source>What the import would do. Refused rows are left out; export them to fix them and import them again.</source>
        <translation>Hvad importen vil gøre. Afviste rækker udelades; eksportér dem for at rette dem og importere dem igen.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Afviste rækker</translation>
    </message>
    <message>
        <source>Export refused rows…</source>
        <translation>Eksportér afviste rækker…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n kunde tilføjes.</numerusform>
            <numerusform>%n kunder tilføjes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n række lægges sammen med en kunde, der allerede er i registret.</numerusform>
            <numerusform>%n rækker lægges sammen med kunder, der allerede er i registret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n række afvist.</numerusform>
            <numerusform>%n rækker afvist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n samtykke angivet i filen.</numerusform>
            <numerusform>%n samtykker angivet i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n køb fra købshistorikken.</numerusform>
            <numerusform>%n køb fra købshistorikken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n sumrække sprunget over.</numerusform>
            <numerusform>%n sumrækker sprunget over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase history: {problem}</source>
        <translation>Købshistorik: {problem}</translation>
    </message>
    <message>
        <source>Export refused rows</source>
        <translation>Eksportér afviste rækker</translation>
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
        <translation>Ved disken</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Via e-mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Pr. brev</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Pr. telefon</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet bekræftet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afvist</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 dag over fristen</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} dage over fristen</translation>
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
        <translation>{n} dage</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
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
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation>Forlænget med {n} måned(er): {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation>Svaret er forsinket: fristen var {date}.</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access to data</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berigtigelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Begrænsning af behandling</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Tilbagetrækning af samtykke</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Refuse request</source>
        <translation>Afvis anmodningen</translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation>Hvorfor afvises anmodning {reference}? Personen får denne begrundelse.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Anmodninger fra registrerede</translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation>&amp;Anmodninger fra registrerede</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Kun å&amp;bne</translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation>Vis kun åbne anmodninger</translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation>Skjul anmodninger, der er afsluttet eller afvist</translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation>Hver anmodning skal besvares inden for en måned efter modtagelsen; dem over fristen vises først.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anmodninger</translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation>Bekræft &amp;identitet</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Bekræft identitet</translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation>Notér på anmodningen, hvordan personen blev bekræftet i denne session (billed-id, videnskontrol eller kode); åbn kunden, og bekræft personen først</translation>
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
        <translation>Markér anmodningen som under behandling</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation>Afslut anmodningen</translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation>Anmodningen er besvaret</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Af&amp;vis …</translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation>Afvis anmodningen med den begrundelse, personen får</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Forlæng …</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Forlæng fristen</translation>
    </message>
    <message>
        <source>Extend the deadline by one or two months, with a reason</source>
        <translation>Forlæng fristen med en eller to måneder med en begrundelse</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>S&amp;let …</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Slet kunden</translation>
    </message>
    <message>
        <source>Carry out an erasure request whose requester&apos;s identity is confirmed, and file the receipt</source>
        <translation>Gennemfør en anmodning om sletning, hvor identiteten på personen, der sendte den, er bekræftet, og arkivér kvitteringen</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Åbn k&amp;unden</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Åbn kunden</translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation>Vis personen, der sendte anmodningen, i registret (efter identitetskontrollen); dobbeltklik på en række gør det samme</translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation>Antal viste anmodninger</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Hent anmodningerne igen (F5)</translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation>Log ind som ejer for at se anmodningerne.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation>Kunne ikke hente anmodningerne: {reason}</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Ingen åbne anmodninger.</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ingen anmodninger endnu.</translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation>{n} åbne, {late} over fristen</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} åbne</translation>
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
        <translation>Kunde {id} er slettet. {kept} regnskabsbilag opbevares uden kontaktoplysninger.

Kvitteringen til personen er gemt som:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Åbn kvitteringen</translation>
    </message>
    <message>
        <source>Customer {id} was erased, but the receipt could not be filed in the data folder. Save it somewhere else now to hand it to the person.</source>
        <translation>Kunde {id} er slettet, men kvitteringen kunne ikke arkiveres i datamappen. Gem den et andet sted nu, så du kan give den til personen.</translation>
    </message>
    <message>
        <source>&amp;Save receipt as…</source>
        <translation>&amp;Gem kvitteringen som …</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Gem kvitteringen for sletning</translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation>Anmodningen blev ikke ændret</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation>Søg navn, telefon, e-mail, firma …</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søg efter kunder</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation>Skriv en del af et navn, telefonnummer, en e-mailadresse, et firma eller en by. Op/Ned vælger, Enter åbner. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal resultater</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Åbner registret …</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Søgningen mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Ingen kunder fundet</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Ingen kunder endnu</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation>Ingen kunde passer til »{text}«.
Tryk Ctrl+N for at tilføje en ny kunde med det, du skrev.</translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>Registret har ingen kunder endnu.
Tryk Ctrl+N for at tilføje den første.</translation>
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
        <translation>Returnering, reklamation eller reparation</translation>
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
        <translation>Seddel</translation>
    </message>
    <message>
        <source>No particular ticket</source>
        <translation>Ingen bestemt seddel</translation>
    </message>
    <message>
        <source>No. {number} · {date} · {what} ({status})</source>
        <translation>Nr. {number} · {date} · {what} ({status})</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Seddel:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation>Hvad der er galt, og hvad der blev aftalt med kunden</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fejl i beskrivelsen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
</context>
<context>
    <name>ServiceEventKind</name>
    <message>
        <source>Return</source>
        <translation>Returnering</translation>
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
        <translation>Åben</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
</context>
<context>
    <name>ServiceEventTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Seddel</translation>
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
        <translation>Ikke-gemte ændringer blev kasseret, da registret blev låst.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Dry cleaner or repair shop</source>
        <translation>Renseri eller reparationsværksted</translation>
    </message>
    <message>
        <source>Name and mobile to hand items to the right person and say when they are ready; email only when needed. No marketing.</source>
        <translation>Navn og mobil for at udlevere ting til den rigtige person og give besked, når de er klar; e-mail kun ved behov. Ingen markedsføring.</translation>
    </message>
    <message>
        <source>Supplier to businesses (building materials, parts)</source>
        <translation>Leverandør til virksomheder (byggematerialer, reservedele)</translation>
    </message>
    <message>
        <source>Company, organisation number, address and invoice email; CRM and accounting system; marketing to existing customers, who may object.</source>
        <translation>Virksomhed, CVR-nummer, adresse og e-mail til faktura; CRM- og regnskabssystem; markedsføring til eksisterende kunder, som kan gøre indsigelse.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Delivery address, orders, returns; newsletter only with consent; carriers, payment and hosting as recipients.</source>
        <translation>Leveringsadresse, ordrer, returneringer; nyhedsbrev kun med samtykke; transportfirmaer, betaling og hosting som modtagere.</translation>
    </message>
    <message>
        <source>Something else (start blank)</source>
        <translation>Noget andet (start fra bunden)</translation>
    </message>
    <message>
        <source>Only the customer relationship and bookkeeping; add the rest yourself.</source>
        <translation>Kun kundeforholdet og bogføring; tilføj resten selv.</translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation>Sæt kunderegistret op</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Opret registret</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Din butik</translation>
    </message>
    <message>
        <source>Printed on the privacy notice and every letter to a customer. The country chooses the supervisory authority and the bookkeeping rules.</source>
        <translation>Trykkes på privatlivspolitikken og hvert brev til en kunde. Landet afgør tilsynsmyndigheden og bogføringsreglerne.</translation>
    </message>
    <message>
        <source>What you keep about customers</source>
        <translation>Hvad du gemmer om kunderne</translation>
    </message>
    <message>
        <source>The customer form shows only the fields you keep. Name, mobile, email and notes are always there; any may be left empty.</source>
        <translation>Kundeformularen viser kun de felter, du gemmer. Navn, mobil, e-mail og noter er der altid; alle kan stå tomme.</translation>
    </message>
    <message>
        <source>Why you keep it</source>
        <translation>Hvorfor du gemmer det</translation>
    </message>
    <message>
        <source>Each purpose with its legal basis, the data it uses, how long it is kept and who receives it. The preset follows what similar shops publish; change what is different for you.</source>
        <translation>Hvert formål med sit retsgrundlag, de oplysninger, det bruger, hvor længe de opbevares, og hvem der modtager dem. Forvalget følger det, lignende butikker offentliggør; ret det, der er anderledes hos dig.</translation>
    </message>
    <message>
        <source>Who else gets customer data</source>
        <translation>Hvem der ellers får kundeoplysninger</translation>
    </message>
    <message>
        <source>Processors work on your behalf (accounting, CRM, hosting); other recipients, such as carriers, use the data for their own task.</source>
        <translation>Databehandlere arbejder på dine vegne (regnskab, CRM, hosting); andre modtagere, f.eks. transportfirmaer, bruger oplysningerne til deres egen opgave.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Before the first customer, tell the register which shop it belongs to, what it keeps about customers and why, and create the owner&apos;s account. Start from the kind of shop closest to yours; everything can be changed later in the settings.</source>
        <translation>Før den første kunde: fortæl registret, hvilken butik det hører til, hvad det gemmer om kunderne og hvorfor, og opret ejerens konto. Start med den butikstype, der ligner din mest; alt kan ændres senere i indstillingerne.</translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation>Ejerens konto</translation>
    </message>
    <message>
        <source>Owner&apos;s full name</source>
        <translation>Ejerens fulde navn</translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation>Ejerens brugernavn</translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation>små bogstaver, f.eks. kari</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Mindst {n} tegn</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;full name</source>
        <translation>Ejerens &amp;fulde navn</translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation>Ejerens &amp;brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <source>The owner may do everything, including reports, settings and staff accounts. Add counter staff later under Administration.</source>
        <translation>Ejeren må gøre alt, også rapporter, indstillinger og medarbejderkonti. Tilføj ekspedienter senere under Administration.</translation>
    </message>
    <message>
        <source>Create registers the shop {shop} ({country}) with {fields} customer fields, {purposes} purposes and {recipients} processors and recipients. The privacy notice can then be saved under Administration → Shop profile and settings.</source>
        <translation>»Opret registret« registrerer butikken {shop} ({country}) med {fields} kundefelter, {purposes} formål og {recipients} databehandlere og modtagere. Privatlivspolitikken kan derefter gemmes under Administration → Butiksprofil og indstillinger.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Medarbejderkonti</translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation>Ejere kan alt. Ekspedienter betjener kunder og kan logge ind med pinkode. En deaktiveret konto kan ikke logge ind; dens poster bliver i revisionsloggen.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj …</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Tilføj medarbejder</translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation>Opret en ny medarbejderkonto</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Angiv &amp;pinkode …</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Angiv pinkode</translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation>Lad ekspedienter logge ind med en kort pinkode</translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation>Fjern p&amp;inkode</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Fjern pinkode</translation>
    </message>
    <message>
        <source>Only the password works after this</source>
        <translation>Herefter virker kun adgangskoden</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Nulstil adgangs&amp;kode …</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <source>Set a new password, for example when it is forgotten</source>
        <translation>Angiv en ny adgangskode, f.eks. når den er glemt</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <source>Stop or allow logging in with this account</source>
        <translation>Stop eller tillad login med denne konto</translation>
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
        <translation>Luk</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Skift &amp;pinkode …</translation>
    </message>
    <message>
        <source>The owner always logs in with the password</source>
        <translation>Ejeren logger altid ind med adgangskoden</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Gen&amp;aktivér</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name} er tilføjet som {role}.</translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation>{name} kan nu logge ind med den nye pinkode.</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Adgangskoden for {name} er nulstillet.</translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation>{name} skal nu logge ind med adgangskoden.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kan logge ind igen.</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} kan ikke længere logge ind.</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Ekspedient</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
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
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst indtil</translation>
    </message>
    <message>
        <source>Too many wrong attempts; a password reset unlocks the account at once.</source>
        <translation>For mange forkerte forsøg; en nulstilling af adgangskoden låser kontoen op med det samme.</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation>Deaktiveret: kan ikke logge ind</translation>
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
        <translation>Beskeder om denne ordre</translation>
    </message>
    <message>
        <source>No notices sent.</source>
        <translation>Ingen beskeder sendt.</translation>
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
        <translation>Bekræft identitet</translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation>Bekræft identitet: {name}</translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation>Hele posten, kontaktoplysninger og historik vises først, når du har kontrolleret, hvem personen er, eller angivet, hvorfor du skal bruge posten, uden at personen er til stede. Kontrollen registreres og gælder, indtil du lukker posten.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Bekræftelsesmetode</translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation>Op og Ned vælger metode; Tab eller Enter går til dens felter.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close without showing the record (Esc)</source>
        <translation>Luk uden at vise posten (Esc)</translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation>For mange forkerte svar for kunden. Kontrollér billed-id, eller send en kode i stedet.</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Billed-id</translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation>Du har set billed-id, og personen passer med billedet og navnet.</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Legitimationstype</translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation>Skriv ikke id-nummeret ned: kun typen af legitimation registreres.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>&amp;Legitimationstype:</translation>
    </message>
    <message>
        <source>Photo ID &amp;checked</source>
        <translation>Billed-id &amp;kontrolleret</translation>
    </message>
    <message>
        <source>Photo ID checked</source>
        <translation>Billed-id kontrolleret</translation>
    </message>
    <message>
        <source>Record that you checked this type of photo ID</source>
        <translation>Registrér, at du har kontrolleret denne type billed-id</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Videnskontrol</translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation>Spørg personen om mobilnummer, e-mailadresse eller et seddelnummer, og skriv, hvad personen siger. Registret svarer kun, om det passer.</translation>
    </message>
    <message>
        <source>What the person states</source>
        <translation>Det, personen oplyser</translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation>&amp;Spørg om:</translation>
    </message>
    <message>
        <source>The person says</source>
        <translation>Personen siger</translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation>Præcis som personen siger det</translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation>Personen &amp;siger:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>K&amp;ontrollér</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollér</translation>
    </message>
    <message>
        <source>Compare with the register without showing what is stored</source>
        <translation>Sammenlign med registret uden at vise det gemte</translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation>mobilnummeret</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>e-mailadressen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation>Send en kode til {where} i registret; personen læser den op fra sin telefon. Den gælder i 10 minutter.</translation>
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
        <translation>6 cifre</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Ko&amp;de:</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bekræft</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Bekræft koden</translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation>Kontrollér den kode, personen læser op</translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation>Koder via e-mail er ikke sat op. Bed ejeren om at sætte mailserveren op, eller bekræft identiteten på en anden måde.</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Arbejdsmæssig grund</translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation>Til arbejde i baglokalet, når personen ikke er til stede, f.eks. fakturering eller svar på en reklamation. Grunden registreres med dit navn.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation>Å&amp;bn med denne grund</translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation>Åbn med denne grund</translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation>Registrér grunden, og vis posten</translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation>Skriv, hvad personen siger.</translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation>Passer ikke.</translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation>Det var sidste forsøg: kontrollér billed-id, eller send en kode i stedet.</translation>
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
        <translation>Der blev ikke sendt nogen kode.</translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation>Skriv den kode, personen læser op.</translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation>Forkert kode.</translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Photo ID</source>
        <translation>Billed-id</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Videnskontrol</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>Kode via e-mail</translation>
    </message>
    <message>
        <source>Code by SMS</source>
        <translation>Kode via sms</translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation>Arbejdsmæssig grund</translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation>Netop registreret</translation>
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
        <translation>Ctrl+Delete fjerner denne linje.</translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation>Linje {n} antal</translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation>Linje {n} stykpris</translation>
    </message>
    <message>
        <source>Line {n} amount</source>
        <translation>Linje {n} beløb</translation>
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
