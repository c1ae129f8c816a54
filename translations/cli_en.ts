<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname URL.</source>
        <translation>SQLite file or postgresql://user@host:port/dbname URL.</translation>
    </message>
    <message>
        <source>%1: --database is required</source>
        <translation>%1: --database is required</translation>
    </message>
    <message>
        <source>check a database's integrity</source>
        <translation>check a database's integrity</translation>
    </message>
    <message>
        <source>Checks the integrity of a database.</source>
        <translation>Checks the integrity of a database.</translation>
    </message>
    <message>
        <source>check: %1 does not exist</source>
        <translation>check: %1 does not exist</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found</source>
        <translation>
            <numerusform>check: %n problem found</numerusform>
            <numerusform>check: %n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>write a consistent copy of a database</source>
        <translation>write a consistent copy of a database</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a database.</source>
        <translation>Writes a consistent copy of a database.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>backup: --out is required</source>
        <translation>backup: --out is required</translation>
    </message>
    <message>
        <source>backup: %1 does not exist</source>
        <translation>backup: %1 does not exist</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>backup written to %1</translation>
    </message>
    <message>
        <source>Language of messages: id or en.</source>
        <translation>Language of messages: id or en.</translation>
    </message>
</context>
</TS>