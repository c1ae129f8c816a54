<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Format</name>
    <message>
        <source>trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> M</source>
        <comment>count in millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> k</source>
        <comment>count in thousands</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>NIK is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK is in scientific notation (a spreadsheet turned it into a number); format the column as text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK may contain digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has 15 digits instead of 16 (a leading digit was lost?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has %1 digits instead of 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK starts with %1, which is not a province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has regency code 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has district code 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK holds an impossible birth date (%1-%2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has serial number 0000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>period &quot;%1&quot; is not YYYY-MM..YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period &quot;%1&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not an Indonesian (+62) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; has the wrong number of digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
