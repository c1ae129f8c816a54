<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 sudah ada; pilih nama berkas baru</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>pencadangan ke %1 gagal: %2</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump gagal: %1</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2 could not be renamed</source>
        <translation>pencadangan ke %1 gagal: %2 tidak dapat diganti namanya</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>row %1 could not be written: %2</source>
        <translation>baris %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>COPY could not be ended: %1</source>
        <translation>COPY tidak dapat diakhiri: %1</translation>
    </message>
    <message>
        <source>COPY failed: %1</source>
        <translation>COPY gagal: %1</translation>
    </message>
    <message>
        <source>COPY was refused: %1</source>
        <translation>COPY ditolak: %1</translation>
    </message>
    <message>
        <source>no native SQLite handle</source>
        <translation>tidak ada handle SQLite asli</translation>
    </message>
    <message>
        <source>cannot prepare the insert into %1: %2</source>
        <translation>tidak dapat menyiapkan penyisipan ke %1: %2</translation>
    </message>
    <message>
        <source>no native PostgreSQL handle (%1)</source>
        <translation>tidak ada handle PostgreSQL asli (%1)</translation>
    </message>
    <message>
        <source>cannot start COPY into %1: %2</source>
        <translation>tidak dapat memulai COPY ke %1: %2</translation>
    </message>
    <message>
        <source>row %1 has %2 values, %3 expected</source>
        <translation>baris %1 berisi %2 nilai, seharusnya %3</translation>
    </message>
    <message>
        <source>rows %1 to %2 could not be written: %3</source>
        <translation>baris %1 sampai %2 tidak dapat ditulis: %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 adalah folder, bukan berkas basis data</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>cannot open the database file %1: %2</source>
        <translation>tidak dapat membuka berkas basis data %1: %2</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server %1: %2</source>
        <translation>server PostgreSQL %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 bukan basis data SQLite yang dapat dipakai: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation>%1 bukan basis data SQLite: %2</translation>
    </message>
    <message>
        <source>cannot create the database file %1: %2</source>
        <translation>tidak dapat membuat berkas basis data %1: %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>%1 participants point to an agent that does not exist</source>
        <translation>%1 peserta merujuk ke agen yang tidak ada</translation>
    </message>
    <message>
        <source>%1 contributions belong to no participant</source>
        <translation>%1 iuran tidak memiliki peserta</translation>
    </message>
    <message>
        <source>%1 contributions have an impossible month</source>
        <translation>%1 iuran memiliki bulan yang mustahil</translation>
    </message>
    <message>
        <source>%1 contributions have no positive amount</source>
        <translation>%1 iuran tidak memiliki jumlah positif</translation>
    </message>
    <message>
        <source>%1 agreements end before they start</source>
        <translation>%1 PKS berakhir sebelum dimulai</translation>
    </message>
    <message>
        <source>%1 agents belong to no office</source>
        <translation>%1 agen tidak terdaftar di kantor mana pun</translation>
    </message>
    <message>
        <source>%1 office-months have summaries that disagree with the registrations (run the summary refresh)</source>
        <translation>%1 kantor-bulan memiliki ringkasan yang tidak sesuai dengan pendaftaran (jalankan penyegaran ringkasan)</translation>
    </message>
    <message>
        <source>schema version %1 is older than %2</source>
        <translation>versi skema %1 lebih lama dari %2</translation>
    </message>
    <message>
        <source>file damage: %1</source>
        <translation>kerusakan berkas: %1</translation>
    </message>
    <message>
        <source>%1 rows refer to rows that do not exist</source>
        <translation>%1 baris merujuk ke baris yang tidak ada</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>agen %1: %2</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>no database given</source>
        <translation>basis data tidak disebutkan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql://user@host:port/dbname URL</source>
        <translation>&quot;%1&quot; bukan URL postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>a password in the database URL is not accepted; use PGPASSWORD or a .pgpass file</source>
        <translation>kata sandi di URL basis data tidak diterima; gunakan PGPASSWORD atau berkas .pgpass</translation>
    </message>
    <message>
        <source>the database URL &quot;%1&quot; names no database</source>
        <translation>URL basis data &quot;%1&quot; tidak menyebut nama basis data</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only SQLite files and postgresql:// URLs are supported</source>
        <translation>&quot;%1&quot;: hanya berkas SQLite dan URL postgresql:// yang didukung</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot prepare the database for its schema: %1</source>
        <translation>basis data tidak dapat disiapkan untuk skemanya: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); install a newer Perisai Desk</source>
        <translation>basis data memiliki skema versi %1, lebih baru dari yang dikenal program ini (%2); pasang Perisai Desk yang lebih baru</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>migrasi %1 tidak ditemukan</translation>
    </message>
    <message>
        <source>schema upgrade %1 (%2) failed: %3</source>
        <translation>pembaruan skema %1 (%2) gagal: %3</translation>
    </message>
    <message>
        <source>the database needs schema upgrade %1 -&gt; %2, which only its owner role (perisai_owner) or a superuser may run; ask the server&apos;s administrator to start Perisai Desk once with that login</source>
        <translation>basis data perlu peningkatan skema %1 -&gt; %2, yang hanya boleh dijalankan oleh role pemiliknya (perisai_owner) atau superuser; mintalah administrator server membuka Perisai Desk sekali dengan login tersebut</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>database error: %1</source>
        <translation>kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>tidak ada transaksi untuk disimpan</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>perubahan tidak dapat disimpan: %1</translation>
    </message>
</context>
</TS>
