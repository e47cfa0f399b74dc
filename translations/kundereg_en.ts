<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>Not saved: %n fields need attention.</source>
        <translation>
            <numerusform>Not saved: %n field needs attention.</numerusform>
            <numerusform>Not saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n likely duplicate(s). Choose one to compare the two records.</source>
        <translation>
            <numerusform>%n likely duplicate. Choose it to compare the two records.</numerusform>
            <numerusform>%n likely duplicates. Choose one to compare the two records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n refused row(s) saved. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n refused row saved. Fix it in the file and import it again.</numerusform>
            <numerusform>%n refused rows saved. Fix them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new customer(s); the others were merged with customers already in the register.</source>
        <translation>
            <numerusform>Imported: %n new customer; the others were merged with customers already in the register.</numerusform>
            <numerusform>Imported: %n new customers; the others were merged with customers already in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message numerus="yes">
        <source>%n line(s) could not be imported; the first: line {line}: {problem}</source>
        <translation>
            <numerusform>%n line could not be imported; the first: line {line}: {problem}</numerusform>
            <numerusform>%n lines could not be imported; the first: line {line}: {problem}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n customer(s) to add.</source>
        <translation>
            <numerusform>%n customer to add.</numerusform>
            <numerusform>%n customers to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to merge with a customer already in the register.</source>
        <translation>
            <numerusform>%n row to merge with a customer already in the register.</numerusform>
            <numerusform>%n rows to merge with customers already in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n row refused.</numerusform>
            <numerusform>%n rows refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) stated in the file.</source>
        <translation>
            <numerusform>%n consent stated in the file.</numerusform>
            <numerusform>%n consents stated in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) of the purchase history.</source>
        <translation>
            <numerusform>%n purchase of the purchase history.</numerusform>
            <numerusform>%n purchases of the purchase history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary row(s) skipped.</source>
        <translation>
            <numerusform>%n summary row skipped.</numerusform>
            <numerusform>%n summary rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
</TS>
