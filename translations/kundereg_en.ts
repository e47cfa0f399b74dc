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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
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
</TS>
