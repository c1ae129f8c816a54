<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message>
        <source>trillion</source>
        <translation>trillion</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>billion</translation>
    </message>
    <message>
        <source>million</source>
        <translation>million</translation>
    </message>
    <message>
        <source> M</source>
        <comment>count in millions</comment>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <comment>count in thousands</comment>
        <translation> k</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>NIK is empty</source>
        <translation>NIK is empty</translation>
    </message>
    <message>
        <source>NIK is in scientific notation (a spreadsheet turned it into a number); format the column as text and export again</source>
        <translation>NIK is in scientific notation (a spreadsheet turned it into a number); format the column as text and export again</translation>
    </message>
    <message>
        <source>NIK contains spaces</source>
        <translation>NIK contains spaces</translation>
    </message>
    <message>
        <source>NIK may contain digits only</source>
        <translation>NIK may contain digits only</translation>
    </message>
    <message>
        <source>NIK has 15 digits instead of 16 (a leading digit was lost?)</source>
        <translation>NIK has 15 digits instead of 16 (a leading digit was lost?)</translation>
    </message>
    <message>
        <source>NIK has %1 digits instead of 16</source>
        <translation>NIK has %1 digits instead of 16</translation>
    </message>
    <message>
        <source>NIK starts with %1, which is not a province code</source>
        <translation>NIK starts with %1, which is not a province code</translation>
    </message>
    <message>
        <source>NIK has regency code 00</source>
        <translation>NIK has regency code 00</translation>
    </message>
    <message>
        <source>NIK has district code 00</source>
        <translation>NIK has district code 00</translation>
    </message>
    <message>
        <source>NIK holds an impossible birth date (%1-%2-%3)</source>
        <translation>NIK holds an impossible birth date (%1-%2-%3)</translation>
    </message>
    <message>
        <source>NIK has serial number 0000</source>
        <translation>NIK has serial number 0000</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 is a folder; give a file name</translation>
    </message>
    <message>
        <source>%1 is a file the program has open (the database or a file being read); it is never overwritten: choose another name</source>
        <translation>%1 is a file the program has open (the database or a file being read); it is never overwritten: choose another name</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name, or add --force to replace it</source>
        <translation>%1 exists already; choose another name, or add --force to replace it</translation>
    </message>
    <message>
        <source>%1 cannot be written (no permission)</source>
        <translation>%1 cannot be written (no permission)</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>period "%1" is not YYYY-MM..YYYY-MM, YYYY-MM or YYYY</source>
        <translation>period "%1" is not YYYY-MM..YYYY-MM, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <source>period "%1" ends before it starts</source>
        <translation>period "%1" ends before it starts</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number "%1" contains "%2"</source>
        <translation>phone number "%1" contains "%2"</translation>
    </message>
    <message>
        <source>phone number is empty</source>
        <translation>phone number is empty</translation>
    </message>
    <message>
        <source>phone number "%1" is not an Indonesian (+62) number</source>
        <translation>phone number "%1" is not an Indonesian (+62) number</translation>
    </message>
    <message>
        <source>phone number "%1" has the wrong number of digits</source>
        <translation>phone number "%1" has the wrong number of digits</translation>
    </message>
</context>
</TS>