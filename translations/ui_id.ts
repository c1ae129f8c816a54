<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>XlsxExport</name>
    <message>
        <source>cannot create %1</source>
        <translation>tidak dapat membuat %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>tidak dapat membuat %1: %2</translation>
    </message>
</context>
</TS>
