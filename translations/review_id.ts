<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>OpenCasesReport</name>
    <message>
        <source>Open review cases</source>
        <translation>Kasus tinjauan yang terbuka</translation>
    </message>
    <message>
        <source>Internal: for the branch head · as of %1</source>
        <translation>Internal: untuk kepala cabang · per %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Each case is an indicator for a person to review, not a finding. Clear a case with the reason, or confirm it: the participants of a confirmed case count for nothing in incentives, and the roster&apos;s rules then dismiss the agent.</source>
        <translation>Setiap kasus adalah indikator untuk ditinjau seseorang, bukan temuan. Nyatakan kasus bersih beserta alasannya, atau konfirmasikan: peserta dalam kasus yang dikonfirmasi tidak dihitung dalam insentif, lalu aturan daftar agen memberhentikan agennya.</translation>
    </message>
    <message>
        <source>No case waits for a decision.</source>
        <translation>Tidak ada kasus yang menunggu keputusan.</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>tanpa agen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan dibayar</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Terakhir dibayar</translation>
    </message>
    <message>
        <source>and %1 more participants; the Review page lists them all</source>
        <translation>dan %1 peserta lagi; halaman Tinjauan memuat semuanya</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Open review cases</source>
        <translation>Kasus tinjauan yang terbuka</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review case %1 no longer exists</source>
        <translation>Kasus tinjauan %1 sudah tidak ada</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; it was read again</source>
        <translation>Kasus ini baru saja diubah orang lain; data dibaca ulang</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message numerus="yes">
        <source>%n review case(s) wait for a decision: see Review.</source>
        <translation>
            <numerusform>%n kasus tinjauan menunggu keputusan: lihat Tinjauan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened again: the signal names %n participant(s) the cleared case did not</source>
        <translation>
            <numerusform>Dibuka kembali: sinyal menyebut %n peserta yang belum ada saat kasus dinyatakan bersih</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked the wadah head to visit the participants with the agent</source>
        <translation>Ketua wadah diminta mengunjungi para peserta bersama agen</translation>
    </message>
    <message>
        <source>Visited: the participants exist and chose to stop paying; no sign of fraud</source>
        <translation>Sudah dikunjungi: peserta memang ada dan memilih berhenti membayar; tidak ada tanda kecurangan</translation>
    </message>
    <message>
        <source>Participants say they never met the agent; contributions collected were not paid in</source>
        <translation>Peserta mengaku tidak pernah bertemu agen; iuran yang dipungut tidak disetorkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>NIK that does not fit the row</source>
        <translation>NIK tidak sesuai data baris</translation>
    </message>
    <message>
        <source>NIK registered twice</source>
        <translation>NIK terdaftar dua kali</translation>
    </message>
    <message>
        <source>Registered again after lapsing</source>
        <translation>Didaftarkan lagi setelah berhenti</translation>
    </message>
    <message>
        <source>Review case opened: %1</source>
        <translation>Kasus tinjauan dibuka: %1</translation>
    </message>
    <message>
        <source>Dismissed before review cases existed</source>
        <translation>Ditolak sebelum ada kasus tinjauan</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2</source>
        <translation>Kasus berstatus %1 tidak dapat menjadi %2</translation>
    </message>
    <message>
        <source>Say why the case is cleared</source>
        <translation>Tuliskan alasan kasus dinyatakan bersih</translation>
    </message>
    <message>
        <source>Review case %1: %2</source>
        <translation>Kasus tinjauan %1: %2</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>Catatan tidak boleh kosong</translation>
    </message>
    <message>
        <source>Note on review case %1: %2</source>
        <translation>Catatan kasus tinjauan %1: %2</translation>
    </message>
    <message>
        <source>NIK and phone numbers of the evidence shown in full</source>
        <translation>NIK dan nomor HP bukti ditampilkan lengkap</translation>
    </message>
    <message>
        <source>Only a confirmed case with an agent suggests a dismissal</source>
        <translation>Hanya kasus terkonfirmasi yang memiliki agen yang menyarankan pemberhentian</translation>
    </message>
    <message>
        <source>Review case %1 confirmed: %2</source>
        <translation>Kasus tinjauan %1 dikonfirmasi: %2</translation>
    </message>
</context>
<context>
    <name>SignalsCommand</name>
    <message>
        <source>Prints the fraud signals of a period: indicators for a person to review, never verdicts.</source>
        <translation>Mencetak sinyal kecurangan suatu periode: indikator untuk ditinjau seseorang, bukan vonis.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Bulan DARI..SAMPAI (YYYY-MM..YYYY-MM), satu bulan YYYY-MM atau satu tahun YYYY.</translation>
    </message>
    <message>
        <source>The office code (default: the branch of the database).</source>
        <translation>Kode kantor (bawaan: cabang basis data).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (bawaan) atau csv.</translation>
    </message>
    <message>
        <source>signals: --period is required</source>
        <translation>signals: --period wajib diisi</translation>
    </message>
    <message>
        <source>signals: --format must be json or csv, not %1</source>
        <translation>signals: --format harus json atau csv, bukan %1</translation>
    </message>
    <message>
        <source>signals: %1 does not exist</source>
        <translation>signals: %1 tidak ada</translation>
    </message>
    <message>
        <source>signals: figures for %1</source>
        <translation>signals: angka untuk %1</translation>
    </message>
    <message>
        <source>print the fraud signals of a period as JSON or CSV</source>
        <translation>cetak sinyal kecurangan suatu periode sebagai JSON atau CSV</translation>
    </message>
</context>
<context>
    <name>perisai::review::CaseDetailView</name>
    <message>
        <source>An indicator for a person to review, not a finding: talk to the agent and the wadah before deciding.</source>
        <translation>Indikator untuk ditinjau, bukan temuan: bicarakan dengan agen dan wadah sebelum memutuskan.</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Mulai tinjau</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Nyatakan bersih…</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Konfirmasi…</translation>
    </message>
    <message>
        <source>Dismiss the agent…</source>
        <translation>Berhentikan agen…</translation>
    </message>
    <message>
        <source>Evidence: the participants and the months they paid for</source>
        <translation>Bukti: peserta dan bulan yang mereka bayar</translation>
    </message>
    <message>
        <source>Show NIK and phone</source>
        <translation>Tampilkan NIK dan HP</translation>
    </message>
    <message>
        <source>Personal data: shows this case&apos;s NIK and phone numbers in full; the showing is recorded</source>
        <translation>Data pribadi: menampilkan NIK dan nomor HP kasus ini secara lengkap; penampilan ini dicatat</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan dibayar</translation>
    </message>
    <message>
        <source>Last month paid</source>
        <translation>Bulan terakhir dibayar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>A note on this case (a call, a visit, what the wadah said)…</source>
        <translation>Catatan kasus ini (telepon, kunjungan, keterangan wadah)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Choose a case to see what the figures show and the participants behind them.</source>
        <translation>Pilih kasus untuk melihat apa yang ditunjukkan angka dan peserta di baliknya.</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>tanpa agen</translation>
    </message>
    <message>
        <source>%1: this agent %2, the office %3 · %4</source>
        <translation>%1: agen ini %2, kantor %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) named</source>
        <translation>
            <numerusform>%n peserta disebut</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised by the import · registered %1</source>
        <translation>Ditandai saat impor · terdaftar %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 oleh %2 pada %3: %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Belum ada catatan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
</context>
<context>
    <name>perisai::review::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Look for signals</source>
        <translation>Cari sinyal</translation>
    </message>
    <message>
        <source>Indicators for a person to review, never verdicts</source>
        <translation>Indikator untuk ditinjau, bukan vonis</translation>
    </message>
    <message>
        <source>The months the signals are looked for in</source>
        <translation>Bulan-bulan tempat sinyal dicari</translation>
    </message>
    <message>
        <source>Looks for the five signals in the period and opens a case for each; cleared cases stay cleared unless someone new is named</source>
        <translation>Mencari kelima sinyal dalam periode dan membuka kasus untuk masing-masing; kasus yang bersih tetap bersih kecuali ada peserta baru yang disebut</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Semua agen</translation>
    </message>
    <message>
        <source>Every wadah</source>
        <translation>Semua wadah</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
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
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Agent / office</source>
        <translation>Agen / kantor</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Looking for signals</source>
        <translation>Mencari sinyal</translation>
    </message>
    <message numerus="yes">
        <source>%n new or reopened review case(s)</source>
        <translation>
            <numerusform>%n kasus tinjauan baru atau dibuka kembali</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading review cases</source>
        <translation>Membaca kasus tinjauan</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n kasus ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filters. Cases are opened when signals are found or the import flags a participant.</source>
        <translation>Tidak ada kasus yang cocok dengan filter. Kasus dibuka saat sinyal ditemukan atau impor menandai peserta.</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Membaca kasus</translation>
    </message>
    <message>
        <source>Clear the case</source>
        <translation>Nyatakan kasus bersih</translation>
    </message>
    <message>
        <source>Why do the figures not point to fraud? (required; kept in the audit log)</source>
        <translation>Mengapa angka ini bukan tanda kecurangan? (wajib; disimpan di log audit)</translation>
    </message>
    <message>
        <source>Confirm the case</source>
        <translation>Konfirmasi kasus</translation>
    </message>
    <message>
        <source>What was found? The participants named count for nothing in incentives from now on.</source>
        <translation>Apa yang ditemukan? Peserta yang disebut tidak lagi dihitung dalam insentif.</translation>
    </message>
    <message>
        <source>The roster does not allow dismissing %1: %2</source>
        <translation>Daftar agen tidak mengizinkan pemberhentian %1: %2</translation>
    </message>
    <message>
        <source>Dismiss the agent?</source>
        <translation>Berhentikan agen?</translation>
    </message>
    <message>
        <source>The case is confirmed. The program&apos;s rules dismiss an agent at once for fraud.

Dismiss %1 today with the reason &quot;%2&quot;?</source>
        <translation>Kasus dikonfirmasi. Aturan program memberhentikan agen seketika karena kecurangan.

Berhentikan %1 hari ini dengan alasan &quot;%2&quot;?</translation>
    </message>
</context>
</TS>
