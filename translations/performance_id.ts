<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CapNote</name>
    <message>
        <source>Above the cap of %1 of the target: what passes the cap does not count toward the branch's achievement. Worth a look (a target set too low, or registrations to check), not a failure.</source>
        <translation>Melebihi batas %1 dari target: kelebihannya tidak dihitung dalam capaian cabang. Layak ditinjau (target yang terlalu rendah, atau pendaftaran yang perlu diperiksa), bukan kegagalan.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Bulan yang sama tahun lalu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1 (last year)</source>
        <translation>%1 (tahun lalu)</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>Realisasi %1</translation>
    </message>
    <message>
        <source>Outlook at the run-rate</source>
        <translation>Proyeksi laju rata-rata</translation>
    </message>
    <message>
        <source>Outlook with last year's shape</source>
        <translation>Proyeksi pola tahun lalu</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>TW%1 %2</translation>
    </message>
    <message>
        <source>Through Perisai</source>
        <translation>Melalui Perisai</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Kanal lain</translation>
    </message>
    <message>
        <source>Benefit paid</source>
        <translation>Manfaat dibayar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Productive</source>
        <translation>Produktif</translation>
    </message>
    <message>
        <source>Perisai %1</source>
        <translation>Perisai %1</translation>
    </message>
    <message>
        <source>Other channels %1</source>
        <translation>Kanal lain %1</translation>
    </message>
    <message>
        <source>Not covered %1</source>
        <translation>Belum terlindungi %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>program and its number of claims</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>This selection %1</source>
        <translation>Pilihan ini %1</translation>
    </message>
    <message>
        <source>Rest of the office %1</source>
        <translation>Lainnya di kantor %1</translation>
    </message>
    <message>
        <source>Above the cap (%1): to review</source>
        <translation>Di atas batas (%1): untuk ditinjau</translation>
    </message>
</context>
<context>
    <name>Format</name>
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
    <name>Kpi</name>
    <message>
        <source>Prints the indicators of a period.</source>
        <translation>Mencetak indikator suatu periode.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Bulan DARI..SAMPAI (YYYY-MM..YYYY-MM), satu bulan YYYY-MM atau satu tahun YYYY.</translation>
    </message>
    <message>
        <source>The office code (default: the top office).</source>
        <translation>Kode kantor (bawaan: kantor teratas).</translation>
    </message>
    <message>
        <source>Only this wadah's agents.</source>
        <translation>Hanya agen wadah ini.</translation>
    </message>
    <message>
        <source>Only this agent.</source>
        <translation>Hanya agen ini.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (bawaan) atau csv.</translation>
    </message>
    <message>
        <source>kpi: --period is required</source>
        <translation>kpi: --period wajib diisi</translation>
    </message>
    <message>
        <source>kpi: --format must be json or csv, not %1</source>
        <translation>kpi: --format harus json atau csv, bukan %1</translation>
    </message>
    <message>
        <source>kpi: %1 does not exist</source>
        <translation>kpi: %1 tidak ada</translation>
    </message>
    <message>
        <source>print the indicators of a period as JSON or CSV</source>
        <translation>cetak indikator suatu periode sebagai JSON atau CSV</translation>
    </message>
    <message>
        <source>kpi: figures for %1</source>
        <translation>kpi: angka untuk %1</translation>
    </message>
    <message>
        <source>One row per kc (the branches of a kanwil), kcp, wadah or agent of the office.</source>
        <translation>Satu baris per kc (kantor cabang di bawah kanwil), kcp, wadah, atau agen dari kantor tersebut.</translation>
    </message>
    <message>
        <source>kpi: --by must be kc, kcp, wadah or agent, not %1</source>
        <translation>kpi: --by harus kc, kcp, wadah, atau agent, bukan %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>above cap</source>
        <translation>di atas batas</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Recruits</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>B+%1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Active recruits</source>
        <translation>Peserta aktif binaan</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Iuran terkumpul</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Bulan sama tahun lalu</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Active through Perisai</source>
        <translation>Aktif melalui Perisai</translation>
    </message>
    <message>
        <source>Agents registered</source>
        <translation>Agen terdaftar</translation>
    </message>
    <message>
        <source>Agents productive</source>
        <translation>Agen produktif</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Kantor cabang</translation>
    </message>
</context>
<context>
    <name>WorkforceDialog</name>
    <message>
        <source>edit reference figures</source>
        <translation>ubah data referensi</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" bukan bilangan bulat</translation>
    </message>
</context>
<context>
    <name>performance</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>perisai::performance::ChartCard</name>
    <message>
        <source>Export this chart</source>
        <translation>Ekspor grafik ini</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Simpan sebagai gambar PNG…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Simpan sebagai gambar SVG…</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DashboardPage</name>
    <message>
        <source>Acquisitions %1</source>
        <translation>Akuisisi %1</translation>
    </message>
    <message>
        <source>Acquisitions in %1 so far</source>
        <translation>Akuisisi %1 sejauh ini</translation>
    </message>
    <message>
        <source>Agents' achievement %1</source>
        <translation>Capaian agen %1</translation>
    </message>
    <message>
        <source>Active participants %1</source>
        <translation>Peserta aktif %1</translation>
    </message>
    <message>
        <source>Active Perisai participants %1</source>
        <translation>Peserta aktif Perisai %1</translation>
    </message>
    <message>
        <source>Claims %1</source>
        <translation>Klaim %1</translation>
    </message>
    <message>
        <source>Productive agents %1</source>
        <translation>Agen produktif %1</translation>
    </message>
    <message>
        <source>Against the same months of %1 and the target</source>
        <translation>Dibandingkan bulan yang sama tahun %1 dan target</translation>
    </message>
    <message>
        <source>On course to beat %1 (%2)</source>
        <translation>Berpeluang melampaui %1 (%2)</translation>
    </message>
    <message>
        <source>Not yet on course to beat %1 (%2)</source>
        <translation>Belum berpeluang melampaui %1 (%2)</translation>
    </message>
    <message>
        <source>Agents of %1</source>
        <translation>Agen %1</translation>
    </message>
    <message>
        <source>The best 12 of %1 wadah; all are in the table below</source>
        <translation>12 terbaik dari %1 wadah; selengkapnya di tabel bawah</translation>
    </message>
    <message>
        <source>Paid up for the month, whenever they paid</source>
        <translation>Iuran bulan itu sudah dibayar, kapan pun dibayarnya</translation>
    </message>
    <message>
        <source>%1 of %2 informal workers in %3 (%4)</source>
        <translation>%1 dari %2 pekerja informal di %3 (%4)</translation>
    </message>
    <message>
        <source>No informal workforce recorded for this office's region</source>
        <translation>Belum ada data pekerja informal untuk wilayah kantor ini</translation>
    </message>
    <message>
        <source>%1 claims %2</source>
        <translation>Klaim %1 %2</translation>
    </message>
    <message>
        <source>Agents %1</source>
        <translation>Agen %1</translation>
    </message>
    <message>
        <source>Productive: an acquisition or a collection in the month</source>
        <translation>Produktif: ada akuisisi atau iuran terkumpul pada bulan itu</translation>
    </message>
    <message>
        <source>Share of each month's recruits paid up k months later. Retention at 3 months %1, 6 months %2, 12 months %3. Double-click a cohort for its recruits.</source>
        <translation>Bagian peserta baru tiap bulan yang iurannya lunas k bulan kemudian. Retensi 3 bulan %1, 6 bulan %2, 12 bulan %3. Klik dua kali kohort untuk melihat pesertanya.</translation>
    </message>
    <message>
        <source>Performance dashboard</source>
        <translation>Dasbor kinerja</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export tables (XLSX)…</source>
        <translation>Ekspor tabel (XLSX)…</translation>
    </message>
    <message>
        <source>Reference figures…</source>
        <translation>Data referensi…</translation>
    </message>
    <message>
        <source>Informal workers and working population per region and year</source>
        <translation>Pekerja informal dan penduduk bekerja per wilayah dan tahun</translation>
    </message>
    <message>
        <source>Acquisitions per month</source>
        <translation>Akuisisi per bulan</translation>
    </message>
    <message>
        <source>Cumulative year and outlook</source>
        <translation>Akumulasi tahun berjalan dan proyeksi</translation>
    </message>
    <message>
        <source>Target achievement by wadah</source>
        <translation>Capaian target per wadah</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Coverage of informal workers</source>
        <translation>Cakupan pekerja informal</translation>
    </message>
    <message>
        <source>Claims by program</source>
        <translation>Klaim per program</translation>
    </message>
    <message>
        <source>Registered and productive agents</source>
        <translation>Agen terdaftar dan produktif</translation>
    </message>
    <message>
        <source>Recruits of %1</source>
        <translation>Peserta baru %1</translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation>Retensi per kohort</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Agent leaderboard</source>
        <translation>Peringkat agen</translation>
    </message>
    <message>
        <source>Achievement by wadah</source>
        <translation>Capaian per wadah</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Export this table (XLSX)</source>
        <translation>Ekspor tabel ini (XLSX)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Loading offices and agents</source>
        <translation>Memuat kantor dan agen</translation>
    </message>
    <message>
        <source>No data yet: import participants and contributions, or create demo data.</source>
        <translation>Belum ada data: impor peserta dan iuran, atau buat data demo.</translation>
    </message>
    <message>
        <source>Computing %1 · %2…</source>
        <translation>Menghitung %1 · %2…</translation>
    </message>
    <message>
        <source>Computing the indicators</source>
        <translation>Menghitung indikator</translation>
    </message>
    <message>
        <source>contributions recorded up to %1</source>
        <translation>iuran tercatat s.d. %1</translation>
    </message>
    <message>
        <source>Dashboard %1 %2</source>
        <translation>Dasbor %1 %2</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <source>Tables saved to %1</source>
        <translation>Tabel disimpan ke %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1 to Perisai participants</source>
        <translation>
            <numerusform>%Ln klaim, %1 untuk peserta Perisai</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an agent or wadah to open it. Achievement above the cap is shown in amber: worth a look, not a failure (the tooltip says why).</source>
        <translation>Klik dua kali agen atau wadah untuk membukanya. Capaian di atas batas ditampilkan kuning jingga: layak ditinjau, bukan kegagalan (keterangan alat menjelaskan alasannya).</translation>
    </message>
    <message>
        <source>Achievement by branch</source>
        <translation>Capaian per cabang</translation>
    </message>
    <message>
        <source>Achievement by KCP</source>
        <translation>Capaian per KCP</translation>
    </message>
    <message>
        <source>Achievement by office</source>
        <translation>Capaian per kantor</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DashboardTiles</name>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Year-end outlook</source>
        <translation>Proyeksi akhir tahun</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Capaian target</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Informal workers covered</source>
        <translation>Cakupan pekerja informal</translation>
    </message>
    <message>
        <source>UCJ contribution</source>
        <translation>Kontribusi UCJ</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Agen produktif</translation>
    </message>
    <message>
        <source>Monev follow-up</source>
        <translation>Tindak lanjut Monev</translation>
    </message>
    <message>
        <source>Agreements (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>Whole of %1: %2</source>
        <translation>Setahun %1: %2</translation>
    </message>
    <message>
        <source>%1 against the same months of %2</source>
        <translation>%1 dibanding bulan yang sama %2</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Proyeksi %1</translation>
    </message>
    <message>
        <source>Last year's shape; run-rate %1</source>
        <translation>Pola tahun lalu; laju rata-rata %1</translation>
    </message>
    <message>
        <source>At the run-rate</source>
        <translation>Dengan laju rata-rata</translation>
    </message>
    <message>
        <source>Beats %1 (%2)</source>
        <translation>Melampaui %1 (%2)</translation>
    </message>
    <message>
        <source>Short of %1 (%2)</source>
        <translation>Belum melampaui %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of a target of %2</source>
        <translation>%1 dari target %2</translation>
    </message>
    <message>
        <source>Above the cap of %1</source>
        <translation>Di atas batas %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)
Perisai share %4</source>
        <translation>%1 dari %2 (%3)
Porsi Perisai %4</translation>
    </message>
    <message>
        <source>Enter the informal workforce under Reference figures</source>
        <translation>Isi jumlah pekerja informal di Data referensi</translation>
    </message>
    <message>
        <source>Perisai participants of a working population of %1</source>
        <translation>Peserta Perisai dari %1 penduduk bekerja</translation>
    </message>
    <message>
        <source>No working population recorded</source>
        <translation>Belum ada data penduduk bekerja</translation>
    </message>
    <message>
        <source>%1 paid to Perisai participants</source>
        <translation>%1 dibayarkan ke peserta Perisai</translation>
    </message>
    <message>
        <source>of %1 registered (%2)</source>
        <translation>dari %1 terdaftar (%2)</translation>
    </message>
    <message>
        <source>open actions, %1 overdue
%2 sessions, %3 attended</source>
        <translation>tindak lanjut terbuka, %1 terlambat
%2 sesi, kehadiran %3</translation>
    </message>
    <message>
        <source>in force; %1 ending within 90 days, %2 expired</source>
        <translation>berlaku; %1 berakhir ≤ 90 hari, %2 kedaluwarsa</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)
Share of this selection %4</source>
        <translation>%1 dari %2 (%3)
Porsi pilihan ini %4</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>No target recorded for this period, nor below it</source>
        <translation>Belum ada target untuk periode ini, juga di bawahnya</translation>
    </message>
    <message>
        <source>Paid up for %1
%2 recruits paying</source>
        <translation>Lunas untuk %1
%2 rekrutan membayar</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DrillDownDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>Loading the list</source>
        <translation>Memuat daftar</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows.</source>
        <translation>Menampilkan %1 baris pertama dari %2.</translation>
    </message>
    <message>
        <source>%1 rows.</source>
        <translation>%1 baris.</translation>
    </message>
    <message>
        <source>Double-click an agent to open it.</source>
        <translation>Klik dua kali agen untuk membukanya.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>List saved to %1</source>
        <translation>Daftar disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>perisai::performance::PeriodPicker</name>
    <message>
        <source>This year so far</source>
        <translation>Tahun berjalan</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Seluruh data</translation>
    </message>
    <message>
        <source>Chosen months</source>
        <translation>Pilih bulan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan awal</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan akhir</translation>
    </message>
</context>
<context>
    <name>perisai::performance::ScopePicker</name>
    <message>
        <source>Office (with the offices below it)</source>
        <translation>Kantor (beserta kantor di bawahnya)</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>All wadah</source>
        <translation>Semua wadah</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Semua agen</translation>
    </message>
</context>
<context>
    <name>perisai::performance::WorkforceDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Reference figures: workforce per region</source>
        <translation>Data referensi: tenaga kerja per wilayah</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Angkatan kerja</translation>
    </message>
    <message>
        <source>Informal workers</source>
        <translation>Pekerja informal</translation>
    </message>
    <message>
        <source>Working population</source>
        <translation>Penduduk bekerja</translation>
    </message>
    <message>
        <source>Coverage divides protected workers by the informal workers of the office's region; the UCJ contribution divides Perisai participants by the working population. The region must be written as in the office's details.</source>
        <translation>Cakupan = pekerja terlindungi ÷ pekerja informal di wilayah kantor; kontribusi UCJ = peserta Perisai ÷ penduduk bekerja. Tulis nama wilayah persis seperti pada data kantor.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Loading reference figures</source>
        <translation>Memuat data referensi</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>"%1" is not a year</source>
        <translation>"%1" bukan tahun</translation>
    </message>
</context>
</TS>