<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–8 digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter staff may log in with a short PIN instead of the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner always uses the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Customer register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer register could not be opened.

{reason}

Details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed pickup list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered return, complaint or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed return, complaint or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated business reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account waiting after failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns, complaints and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity checked by: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline extended by {n} months in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown after: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed attempts in a row: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customers} customers, {purchases} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact, {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN, {n} entries checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s checksum to prove that nothing was changed, removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until date, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the entries that match the filters (Enter, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next {n} older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: entries of any date; choose a date to limit the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The from date is after the until date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as the owner to see the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(older entries: Load more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken at entry {id}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the audit trail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {n} is missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessReason</name>
    <message>
        <source>A legal obligation (bookkeeping, authorities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the person&apos;s own request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting or maintaining the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up an order or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling a complaint, return or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing and payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep working, but check that your last change was saved.
The details were written to the log file (no customer data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code, cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;any name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes and reload the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a request from this customer to see, correct, erase or move their data, or to stop marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of everything the register holds about this customer (GDPR Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing of this customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an objection to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets can still be marked ready, picked up or cancelled, and open cases closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer objected to direct marketing (GDPR Art. 21): their marketing consents were withdrawn and no new ones can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, tickets and returns are shown here once the customer has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objected to marketing on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer contests its accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record editable and usable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference} registered; due {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing of {name}&apos;s data (GDPR Art. 18)?

The record is kept but becomes read-only: no changes, new orders, returns or consents until the restriction is lifted. Open tickets can still be completed. Use this while the customer contests the data or objects, or when they ask you to keep it instead of erasing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of {name}&apos;s data is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of {name}&apos;s data? The record can be changed and used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction of {name}&apos;s data is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction not lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that {name} objects to marketing (GDPR Art. 21)?

Their consents to marketing and newsletters are withdrawn, and no new ones can be given. This cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to marketing recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} · created {created} · changed {updated}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the record is restricted (GDPR Art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists in the register, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: 1 field needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %n fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer after you opened it. Your changes have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are discarded), or keep editing and note what you need before reloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 12(3) allows up to two further months in all when a request is complex or there are many. Tell the person within the first month, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months to extend by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeField</name>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KunderegError</name>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent to {where}; entering it needs a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request can be extended by at most two months in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating or updating the register failed ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} is restricted (GDPR Art. 18): the record is read-only until the restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_PORT must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set {env} or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid code is waiting for this customer. Send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counter staff may log in with a PIN; the owner uses a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference} cannot go from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference} is already overdue; an extension must be decided within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {reference} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {ref} has no customer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is acting: --user NAME (or {env}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending codes by {channel} is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service event {id} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was locked while the identity check ran; check again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be sent by email ({kind}). Check the mail settings or verify another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has already consented to this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no registered {what} to send a code to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has objected to marketing; a marketing consent cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not valid. Use a SQLAlchemy URL such as sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver for {backend} is not installed ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for --out does not exist: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner account cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no shop yet. Run &apos;kundereg init&apos; or start the app to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is already set up; &apos;init&apos; does nothing the second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {number} cannot go from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the register from schema {current} to {head} failed ({kind}). The register was restored from the copy taken before the update: {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity (photo ID, knowledge check or code) first; a business reason does not verify who made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity or state a business reason before showing customer {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person stated does not match the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters or line breaks that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not belong to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many lines (at most {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid organisation number for {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid phone number for its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (or a first name or a company name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when the order has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a three-letter ISO currency code such as NOK or SEK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a two-letter country code such as NO, SE, FI or DK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minor units (øre/cent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be about mobile, email or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount such as 249,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be counter, email, letter or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be counter, web, email, phone or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of NO, SE, FI or DK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be owner or counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be resolved or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be return, complaint or repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {shape} in {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must carry a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names unknown fields: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {ident} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {ident} was changed by someone else since you opened it. Reload it to see their changes; yours were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name and type your password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is locked. {name} ({user}) can unlock it with their password or PIN; anyone else logs in with “Switch user”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, email, company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, email address, company or city. Up/Down choose, Enter opens. (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer, starting from what is typed in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets that are ready and waiting to be collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the register; your password or PIN opens it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and let someone else log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a trial register with made-up customers and purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who saw and changed what, and whether the trail is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts, roles, passwords and PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests and their deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About kundereg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kundereg will use {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes were discarded when the register locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”.
Press Ctrl+N to add a new customer with what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no customers yet.
Press Ctrl+N to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}+ customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many made-up customers (with purchases) to add?
Use this only on a trial register: the customers cannot be told apart from real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {customers} customers and {purchases} purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;The register is being opened.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;kundereg {version}&lt;/h3&gt;&lt;p&gt;Customer register for small Nordic shops.&lt;/p&gt;&lt;p&gt;Shop: {shop} ({country})&lt;br&gt;Register schema: {schema}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About kundereg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen customer (or the first one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the order is about (optional with item lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item line error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item line (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to charge the sum of the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description or at least one item line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} the new password in person. A reset also ends a wait after too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoIdType</name>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card with photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other photo ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number, name or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down arrow moves to the list; Enter opens the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tickets ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected tickets as collected (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy mobile numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy mobile numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the mobile numbers of the selected tickets, or of all tickets in the list, to paste into your text message service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer of the selected ticket (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the list: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets are waiting for pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tickets ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mobile number copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mobile numbers copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket marked picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tickets marked picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can then log in with this PIN instead of the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseHistoryWidget</name>
    <message>
        <source>Orders and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new order or ticket for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has collected the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has been delivered to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods came back; the order no longer counts in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order; it no longer counts in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return/complaint/repa&amp;ir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return, complaint or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return, complaint or repair for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled and returned orders are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns, complaints and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected case: it was put right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected case: the claim was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns, &amp;complaints and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while processing of this customer&apos;s data is restricted (GDPR Art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the history: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ticket {number} to “{status}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to received (not ready after all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return/complaint/repair…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseTableModel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Register request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from &lt;b&gt;{name}&lt;/b&gt; (customer {id}). It must be answered within a month of the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access report (GDPR Art. 15) for &lt;b&gt;{name}&lt;/b&gt; (customer {id}): everything the register holds about them, why, and their rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not answering a registered request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password-protect (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password-protect the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the PDF with a new password; give the password to the person separately from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem creating the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this password to the person separately – in person, by SMS or by phone – never in the same email or envelope as the file. It is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer, to read or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} – received {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestChannel</name>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by {n} month(s): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is late: the deadline was {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access to data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Refuse request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is request {reference} refused? The person is told this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open requests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide requests that were completed or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request must be answered within a month of receipt; overdue ones come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the request how the person was verified in this session (photo ID, knowledge check or code); open the customer and verify them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the request as being worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has been answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the request, with the reason the person is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the deadline by one or two months, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person who made the request in the register (after the identity check); double-click a row does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as the owner to see the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the requests: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open, {late} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEventDialog</name>
    <message>
        <source>Return, complaint or repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number} · {date} · {what} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, and what was agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEventKind</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEventStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEventTableModel</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the customer register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Before the first customer, tell the register which shop it belongs to and create the owner&apos;s account. The owner can add staff accounts later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on receipts, e.g. Gjøvik Rens AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case, e.g. kari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners can do everything. Counter staff serve customers and may log in with a PIN. A deactivated account cannot log in; its entries stay in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let counter staff log in with a short PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove P&amp;IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the password works after this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password, for example when it is forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or allow logging in with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner always logs in with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now log in with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must now log in with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts; a password reset unlocks the account at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full record, contact details and history are shown only after you have checked who the person is, or stated why you need the record without them present. The check is recorded and holds until you close the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose the method; Tab or Enter moves to its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without showing the record (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong answers for this customer. Check photo ID or send a code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have seen a photo ID and the person matches the photo and the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write down the ID number: only the type of ID is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID &amp;checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you checked this type of photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person for their mobile number, email or a ticket number and type what they say. The register only answers whether it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as the person says it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the register without showing what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a code to {where} in the register; the person reads it out from their phone. It is valid for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code the person reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email codes are not set up. Ask the owner to set up the mail server, or verify another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For back-office work when the person is not present, such as invoicing or answering a complaint. The reason is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reason and show the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the person says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last try: check photo ID or send a code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code the person reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Photo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LineRow</name>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Delete removes this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n} amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line {n} (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
