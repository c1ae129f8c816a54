<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Cli</name>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname URL.</source>
        <translation>Berkas SQLite atau URL postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>%1: --database is required</source>
        <translation>%1: --database wajib diisi</translation>
    </message>
    <message>
        <source>check a database&apos;s integrity</source>
        <translation>periksa keutuhan basis data</translation>
    </message>
    <message>
        <source>Checks the integrity of a database.</source>
        <translation>Memeriksa keutuhan basis data.</translation>
    </message>
    <message>
        <source>check: %1 does not exist</source>
        <translation>check: %1 tidak ada</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>masalah: %1</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found</source>
        <translation>
            <numerusform>check: ditemukan %n masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>write a consistent copy of a database</source>
        <translation>tulis salinan basis data yang konsisten</translation>
    </message>
    <message>
        <source>Writes a consistent copy of a database.</source>
        <translation>Menulis salinan basis data yang konsisten.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Berkas cadangan yang akan ditulis.</translation>
    </message>
    <message>
        <source>backup: --out is required</source>
        <translation>backup: --out wajib diisi</translation>
    </message>
    <message>
        <source>backup: %1 does not exist</source>
        <translation>backup: %1 tidak ada</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>cadangan ditulis ke %1</translation>
    </message>
    <message>
        <source>Language of messages: id or en.</source>
        <translation>Bahasa pesan: id atau en.</translation>
    </message>
</context>
</TS>
