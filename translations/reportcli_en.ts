<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Report</name>
    <message>
        <source>the PKS status report could not be built</source>
        <translation>the PKS status report could not be built</translation>
    </message>
    <message>
        <source>Branch performance summary</source>
        <translation>Branch performance summary</translation>
    </message>
    <message>
        <source>PKS status</source>
        <translation>PKS status</translation>
    </message>
    <message>
        <source>Regional performance summary</source>
        <translation>Regional performance summary</translation>
    </message>
    <message>
        <source>no Monev session with number %1</source>
        <translation>no Monev session with number %1</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Monev minutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no Monev session was held on %1</source>
        <translation>no Monev session was held on %1</translation>
    </message>
    <message>
        <source>%1 Monev sessions on %2: give one of the numbers %3</source>
        <translation>%1 Monev sessions on %2: give one of the numbers %3</translation>
    </message>
</context>
</TS>