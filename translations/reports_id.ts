<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Report</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Capaian target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Monev attendance</source>
        <translation>Kehadiran Monev</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Periode sama tahun lalu</translation>
    </message>
    <message>
        <source>Acquisitions by month</source>
        <translation>Akuisisi per bulan</translation>
    </message>
    <message>
        <source>unknown report type &quot;%1&quot; (one of: %2)</source>
        <translation>jenis laporan &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>the %1 report needs a period</source>
        <translation>laporan %1 memerlukan periode</translation>
    </message>
    <message>
        <source>the %1 report needs an agent code</source>
        <translation>laporan %1 memerlukan kode agen</translation>
    </message>
    <message>
        <source>the %1 report needs a wadah code</source>
        <translation>laporan %1 memerlukan kode wadah</translation>
    </message>
    <message>
        <source>the %1 report needs a Monev session</source>
        <translation>laporan %1 memerlukan sesi Monev</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Data pribadi disamarkan</translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA (UU 27/2022)</source>
        <translation>MEMUAT DATA PRIBADI (UU 27/2022)</translation>
    </message>
    <message>
        <source>Generated %1 %2 · %3</source>
        <translation>Dibuat %1 %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Calon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Diberhentikan</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Diakhiri</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Komunitas</translation>
    </message>
    <message>
        <source>Village enterprise (BUMDes)</source>
        <translation>Badan usaha milik desa (BUMDes)</translation>
    </message>
    <message>
        <source>Perisai office</source>
        <translation>Kantor Perisai</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Serikat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Aktif membayar</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Agen produktif</translation>
    </message>
    <message>
        <source>Coverage of informal workers</source>
        <translation>Cakupan pekerja informal</translation>
    </message>
    <message>
        <source>Achievement is above the target cap. </source>
        <translation>Capaian melewati batas atas target. </translation>
    </message>
    <message>
        <source>Coverage: %1 protected of %2 informal workers (%3).</source>
        <translation>Cakupan: %1 terlindungi dari %2 pekerja informal (%3).</translation>
    </message>
    <message>
        <source>Coverage: no informal workforce figure is recorded for the office&apos;s region.</source>
        <translation>Cakupan: belum ada angka pekerja informal untuk wilayah kantor ini.</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Tahun ke tahun</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The whole of %1</source>
        <translation>Sepanjang %1</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Proyeksi %1</translation>
    </message>
    <message>
        <source>Acquisitions so far in the year, and where the year lands</source>
        <translation>Akuisisi kumulatif tahun berjalan dan proyeksi akhir tahun</translation>
    </message>
    <message>
        <source>at the current pace</source>
        <translation>laju saat ini</translation>
    </message>
    <message>
        <source>with last year&apos;s shape</source>
        <translation>pola tahun lalu</translation>
    </message>
    <message>
        <source>At the current pace %1 ends with %2 acquisitions</source>
        <translation>Dengan laju saat ini, %1 ditutup dengan %2 akuisisi</translation>
    </message>
    <message>
        <source>; following last year&apos;s monthly shape, with %1</source>
        <translation>; mengikuti pola bulanan tahun lalu, dengan %1</translation>
    </message>
    <message>
        <source>, against %1 in %2. </source>
        <translation>, dibanding %1 pada %2. </translation>
    </message>
    <message>
        <source>Last year&apos;s result is within reach.</source>
        <translation>Hasil tahun lalu dapat terlampaui.</translation>
    </message>
    <message>
        <source>Last year&apos;s result is not yet within reach.</source>
        <translation>Hasil tahun lalu belum terlampaui.</translation>
    </message>
    <message>
        <source>Top %1 agents</source>
        <translation>%1 agen teratas</translation>
    </message>
    <message>
        <source>Top %1 wadah</source>
        <translation>%1 wadah teratas</translation>
    </message>
    <message>
        <source>Bottom %1 agents</source>
        <translation>%1 agen terbawah</translation>
    </message>
    <message>
        <source>Bottom %1 wadah</source>
        <translation>%1 wadah terbawah</translation>
    </message>
    <message>
        <source>Claims of Perisai recruits</source>
        <translation>Klaim peserta rekrutan Perisai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Benefit paid</source>
        <translation>Manfaat dibayar</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>perubahan %1</translation>
    </message>
    <message>
        <source>of a target of %1</source>
        <translation>dari target %1</translation>
    </message>
    <message>
        <source>no target recorded</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <source>paid up for the last month</source>
        <translation>iuran bulan terakhir lunas</translation>
    </message>
    <message>
        <source>Retention at 3 months</source>
        <translation>Retensi 3 bulan</translation>
    </message>
    <message>
        <source>6 months %1 · 12 months %2</source>
        <translation>6 bulan %1 · 12 bulan %2</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>dari %1 terdaftar</translation>
    </message>
    <message>
        <source>Perisai share %1</source>
        <translation>porsi Perisai %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <source>PKS in force</source>
        <translation>PKS berlaku</translation>
    </message>
    <message>
        <source>%1 ending within 90 days · %2 expired</source>
        <translation>%1 berakhir ≤ 90 hari · %2 kedaluwarsa</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <source>Acquisitions through the year</source>
        <translation>Akuisisi kumulatif sepanjang tahun</translation>
    </message>
    <message>
        <source>%1 closed with %2 acquisitions, against %3 in %4: %5.</source>
        <translation>%1 ditutup dengan %2 akuisisi, dibanding %3 pada %4: %5.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 dibanding %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Against the same months</source>
        <translation>Dibanding bulan yang sama</translation>
    </message>
    <message>
        <source>Against the whole year</source>
        <translation>Dibanding setahun penuh</translation>
    </message>
    <message>
        <source>Branch performance summary</source>
        <translation>Ringkasan Kinerja Cabang</translation>
    </message>
    <message>
        <source>Regional performance summary</source>
        <translation>Ringkasan Kinerja Wilayah</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Kantor cabang</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes a report as an A4 PDF.</source>
        <translation>Menulis laporan sebagai PDF A4.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Laporan: %1.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Bulan DARI..SAMPAI (YYYY-MM..YYYY-MM), satu bulan YYYY-MM atau satu tahun YYYY.</translation>
    </message>
    <message>
        <source>Office code (default: the branch).</source>
        <translation>Kode kantor (bawaan: kantor cabang).</translation>
    </message>
    <message>
        <source>Agent code (--type agent).</source>
        <translation>Kode agen (--type agent).</translation>
    </message>
    <message>
        <source>Wadah code (--type wadah).</source>
        <translation>Kode wadah (--type wadah).</translation>
    </message>
    <message>
        <source>Show personal data (NIK, phone, bank account) in full.</source>
        <translation>Tampilkan data pribadi (NIK, no. HP, rekening bank) secara lengkap.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang ditulis.</translation>
    </message>
    <message>
        <source>report: --type is required (one of: %1)</source>
        <translation>report: --type wajib diisi (salah satu dari: %1)</translation>
    </message>
    <message>
        <source>report: unknown type &quot;%1&quot; (one of: %2)</source>
        <translation>report: jenis &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: --out BERKAS.pdf wajib diisi</translation>
    </message>
    <message>
        <source>report: --period: %1</source>
        <translation>report: --period: %1</translation>
    </message>
    <message>
        <source>report: --period FROM..TO is required for --type %1</source>
        <translation>report: --period DARI..SAMPAI wajib untuk --type %1</translation>
    </message>
    <message>
        <source>report: --agent CODE is required for --type %1</source>
        <translation>report: --agent KODE wajib untuk --type %1</translation>
    </message>
    <message>
        <source>report: --wadah CODE is required for --type %1</source>
        <translation>report: --wadah KODE wajib untuk --type %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev session (--type monev): its number as the Monev page shows it, or the day it was held (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Sesi Monev (--type monev): nomornya seperti tertera di halaman Monev, atau tanggal pelaksanaannya (YYYY-MM-DD atau DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>report: --session takes a session number or the day it was held (YYYY-MM-DD or DD/MM/YYYY), not &quot;%1&quot;</source>
        <translation>report: --session memerlukan nomor sesi atau tanggal pelaksanaannya (YYYY-MM-DD atau DD/MM/YYYY), bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --session NUMBER or --session DATE is required for --type %1</source>
        <translation>report: --session NOMOR atau --session TANGGAL wajib untuk --type %1</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists already.</source>
        <translation>Timpa berkas --out bila sudah ada.</translation>
    </message>
    <message>
        <source>export a PDF report</source>
        <translation>ekspor laporan PDF</translation>
    </message>
</context>
<context>
    <name>perisai::reports::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>A4 summaries to print or send on: branch performance, scorecards, Monev minutes, PKS status</source>
        <translation>Ringkasan A4 untuk dicetak atau diteruskan: kinerja cabang, rapor, notulen Monev, status PKS</translation>
    </message>
    <message>
        <source>Show personal data (NIK, phone, account)</source>
        <translation>Tampilkan data pribadi (NIK, no. HP, rekening)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
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
        <source>Monev session</source>
        <translation>Sesi Monev</translation>
    </message>
    <message>
        <source>Build report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>Choose a report on the left and press &quot;Build report&quot;: it is shown here as it will print.</source>
        <translation>Pilih laporan di sebelah kiri lalu tekan &quot;Buat laporan&quot;: laporan ditampilkan di sini seperti hasil cetaknya.</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>The choice has changed: build the report again.</source>
        <translation>Pilihan berubah: buat laporan lagi.</translation>
    </message>
    <message>
        <source>Reading the report choices</source>
        <translation>Membaca pilihan laporan</translation>
    </message>
    <message>
        <source>Show personal data?</source>
        <translation>Tampilkan data pribadi?</translation>
    </message>
    <message>
        <source>The report will show NIK, phone numbers and bank accounts in full. These are personal data protected by UU 27/2022: print or send such a report only where the task needs it.

Show personal data?</source>
        <translation>Laporan akan menampilkan NIK, nomor HP dan rekening bank secara lengkap. Data ini adalah data pribadi yang dilindungi UU 27/2022: cetak atau kirim laporan seperti ini hanya bila tugas memerlukannya.

Tampilkan data pribadi?</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Awal periode jatuh setelah akhirnya.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <source>Building a report</source>
        <translation>Menyusun laporan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n halaman.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains personal data in full.</source>
        <translation>Memuat data pribadi secara lengkap.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Laporan disimpan ke %1</translation>
    </message>
    <message>
        <source>The branch (default)</source>
        <translation>Kantor cabang (bawaan)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
</context>
</TS>
