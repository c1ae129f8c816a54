<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Format</name>
    <message>
        <source>trillion</source>
        <translation>triliun</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>miliar</translation>
    </message>
    <message>
        <source>million</source>
        <translation>juta</translation>
    </message>
    <message>
        <source> M</source>
        <comment>count in millions</comment>
        <translation> jt</translation>
    </message>
    <message>
        <source> k</source>
        <comment>count in thousands</comment>
        <translation> rb</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <source>NIK is in scientific notation (a spreadsheet turned it into a number); format the column as text and export again</source>
        <translation>NIK tertulis dalam notasi ilmiah (spreadsheet mengubahnya menjadi angka); format kolom sebagai teks lalu ekspor ulang</translation>
    </message>
    <message>
        <source>NIK contains spaces</source>
        <translation>NIK mengandung spasi</translation>
    </message>
    <message>
        <source>NIK may contain digits only</source>
        <translation>NIK hanya boleh berisi angka</translation>
    </message>
    <message>
        <source>NIK has 15 digits instead of 16 (a leading digit was lost?)</source>
        <translation>NIK berisi 15 digit, bukan 16 (angka depan hilang?)</translation>
    </message>
    <message>
        <source>NIK has %1 digits instead of 16</source>
        <translation>NIK berisi %1 digit, bukan 16</translation>
    </message>
    <message>
        <source>NIK starts with %1, which is not a province code</source>
        <translation>NIK diawali %1, yang bukan kode provinsi</translation>
    </message>
    <message>
        <source>NIK has regency code 00</source>
        <translation>NIK memiliki kode kabupaten/kota 00</translation>
    </message>
    <message>
        <source>NIK has district code 00</source>
        <translation>NIK memiliki kode kecamatan 00</translation>
    </message>
    <message>
        <source>NIK holds an impossible birth date (%1-%2-%3)</source>
        <translation>NIK memuat tanggal lahir yang mustahil (%1-%2-%3)</translation>
    </message>
    <message>
        <source>NIK has serial number 0000</source>
        <translation>NIK memiliki nomor urut 0000</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>no file name given</source>
        <translation>nama berkas tidak diberikan</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 adalah folder; berikan nama berkas</translation>
    </message>
    <message>
        <source>%1 is a file the program has open (the database or a file being read); it is never overwritten: choose another name</source>
        <translation>%1 adalah berkas yang sedang dibuka program (basis data atau berkas yang sedang dibaca); berkas itu tidak pernah ditimpa: pilih nama lain</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name, or add --force to replace it</source>
        <translation>%1 sudah ada; pilih nama lain, atau tambahkan --force untuk menimpanya</translation>
    </message>
    <message>
        <source>%1 cannot be written (no permission)</source>
        <translation>%1 tidak dapat ditulis (tidak ada izin)</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>tidak dapat menulis %1: folder %2 tidak ada</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>period &quot;%1&quot; is not YYYY-MM..YYYY-MM, YYYY-MM or YYYY</source>
        <translation>periode &quot;%1&quot; bukan YYYY-MM..YYYY-MM, YYYY-MM atau YYYY</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; ends before it starts</source>
        <translation>periode &quot;%1&quot; berakhir sebelum dimulai</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone number &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation>nomor telepon &quot;%1&quot; mengandung &quot;%2&quot;</translation>
    </message>
    <message>
        <source>phone number is empty</source>
        <translation>nomor telepon kosong</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not an Indonesian (+62) number</source>
        <translation>nomor telepon &quot;%1&quot; bukan nomor Indonesia (+62)</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; has the wrong number of digits</source>
        <translation>jumlah digit nomor telepon &quot;%1&quot; tidak sesuai</translation>
    </message>
</context>
</TS>
