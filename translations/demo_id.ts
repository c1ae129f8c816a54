<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Demo</name>
    <message>
        <source>Fills a new database with demo data: a branch (or a province) with its agents, wadah, participants, contributions, claims, targets, agreements and Monev meetings.</source>
        <translation>Mengisi basis data baru dengan data demo: satu kantor cabang (atau satu provinsi) beserta agen, wadah, peserta, iuran, klaim, target, PKS, dan rapat Monev.</translation>
    </message>
    <message>
        <source>s (one branch, ~10 thousand participants), m (~300 thousand) or l (a province, ~3 million).</source>
        <translation>s (satu cabang, ~10 ribu peserta), m (~300 ribu) atau l (satu provinsi, ~3 juta).</translation>
    </message>
    <message>
        <source>Reproduce the figures of a news article: cilacap or ntb.</source>
        <translation>Menyusun ulang angka dari artikel berita: cilacap atau ntb.</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>Benih acak: benih yang sama menghasilkan data yang sama (bawaan 1).</translation>
    </message>
    <message>
        <source>Last month of the data (default: the last complete month).</source>
        <translation>Bulan terakhir data (bawaan: bulan penuh terakhir).</translation>
    </message>
    <message>
        <source>demo: unknown size &quot;%1&quot; (use s, m or l)</source>
        <translation>demo: ukuran &quot;%1&quot; tidak dikenal (gunakan s, m, atau l)</translation>
    </message>
    <message>
        <source>demo: unknown preset &quot;%1&quot; (use cilacap or ntb)</source>
        <translation>demo: preset &quot;%1&quot; tidak dikenal (gunakan cilacap atau ntb)</translation>
    </message>
    <message>
        <source>demo: a preset fixes its own size and months; leave out --size and --until</source>
        <translation>demo: preset sudah menentukan ukuran dan bulannya sendiri; jangan pakai --size dan --until</translation>
    </message>
    <message>
        <source>demo: --seed takes a whole number, not &quot;%1&quot;</source>
        <translation>demo: --seed harus bilangan bulat, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>demo: --until takes a month as YYYY-MM, not &quot;%1&quot;</source>
        <translation>demo: --until harus berupa bulan YYYY-MM, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>demo: %1 already holds data; use a new file</source>
        <translation>demo: %1 sudah berisi data; gunakan berkas baru</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>data demo</translation>
    </message>
    <message>
        <source>demo data %1..%2: %3 offices, %4 wadah, %5 agents, %6 participants, %7 contributions, %8 claims, %9 agreements, %10 Monev sessions (%11 s)</source>
        <translation>data demo %1..%2: %3 kantor, %4 wadah, %5 agen, %6 peserta, %7 iuran, %8 klaim, %9 PKS, %10 sesi Monev (%11 dtk)</translation>
    </message>
    <message>
        <source>create demo data (sizes s, m, l; presets cilacap, ntb)</source>
        <translation>buat data demo (ukuran s, m, l; preset cilacap, ntb)</translation>
    </message>
    <message>
        <source>the database already holds data; demo data goes only into an empty database</source>
        <translation>basis data sudah berisi data; data demo hanya diisikan ke basis data kosong</translation>
    </message>
    <message>
        <source>demo data cancelled; nothing was written</source>
        <translation>pembuatan data demo dibatalkan; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>demo data created: %1, %2 participants (seed %3)</source>
        <translation>data demo dibuat: %1, %2 peserta (benih %3)</translation>
    </message>
    <message>
        <source>cannot rebuild indexes: %1</source>
        <translation>indeks tidak dapat dibangun ulang: %1</translation>
    </message>
</context>
</TS>
