<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Report</name>
    <message>
        <source>no agent with code &quot;%1&quot;</source>
        <translation>tidak ada agen dengan kode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Kode agen</translation>
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
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Pembekalan</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>BPU participant</source>
        <translation>Peserta BPU</translation>
    </message>
    <message>
        <source>Yes, KPJ %1</source>
        <translation>Ya, KPJ %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retention of recruits</source>
        <translation>Retensi peserta rekrutan</translation>
    </message>
    <message>
        <source>All recruits of the period</source>
        <translation>Semua rekrutan periode ini</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Recruits</source>
        <translation>Rekrutan</translation>
    </message>
    <message>
        <source>Paid month 1</source>
        <translation>Bayar bulan ke-1</translation>
    </message>
    <message>
        <source>Month 3</source>
        <translation>Bulan ke-3</translation>
    </message>
    <message>
        <source>Month 6</source>
        <translation>Bulan ke-6</translation>
    </message>
    <message>
        <source>Month 12</source>
        <translation>Bulan ke-12</translation>
    </message>
    <message>
        <source>Share of the recruits registered in a month whose contribution is paid 1, 3, 6 and 12 months later; &quot;–&quot;: not yet observable.</source>
        <translation>Persentase rekrutan yang terdaftar pada suatu bulan dan iurannya terbayar 1, 3, 6 dan 12 bulan kemudian; &quot;–&quot;: belum dapat diamati.</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Capaian target</translation>
    </message>
    <message>
        <source>No target is set for this agent in the period.</source>
        <translation>Belum ada target untuk agen ini pada periode tersebut.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
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
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Present at %1 of %2 sessions (%3).</source>
        <translation>Hadir pada %1 dari %2 sesi (%3).</translation>
    </message>
    <message>
        <source>Agent scorecard</source>
        <translation>Rapor Agen</translation>
    </message>
    <message>
        <source>Results in the period</source>
        <translation>Hasil periode ini</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Periode sama tahun lalu</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>perubahan %1</translation>
    </message>
    <message>
        <source>Recruits still paying</source>
        <translation>Rekrutan aktif</translation>
    </message>
    <message>
        <source>paid up for %1</source>
        <translation>iuran %1 lunas</translation>
    </message>
    <message>
        <source>Contributions collected</source>
        <translation>Iuran terkumpul</translation>
    </message>
    <message>
        <source>by the agent in the period</source>
        <translation>oleh agen pada periode ini</translation>
    </message>
    <message>
        <source>Acquisitions by month</source>
        <translation>Akuisisi per bulan</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>automatic (no activity)</source>
        <translation>otomatis (tidak ada aktivitas)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Diubah oleh</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>add agent %1</source>
        <translation>tambah agen %1</translation>
    </message>
    <message>
        <source>Cannot undo adding agent %1:</source>
        <translation>Penambahan agen %1 tidak dapat dibatalkan:</translation>
    </message>
    <message>
        <source>Cannot redo adding agent %1:</source>
        <translation>Penambahan agen %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>edit agent %1</source>
        <translation>ubah agen %1</translation>
    </message>
    <message>
        <source>Cannot undo the edit of agent %1:</source>
        <translation>Perubahan agen %1 tidak dapat dibatalkan:</translation>
    </message>
    <message>
        <source>Cannot redo the edit of agent %1:</source>
        <translation>Perubahan agen %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>set %1 %2</source>
        <translation>jadikan %1 %2</translation>
    </message>
    <message>
        <source>Cannot undo the status change of %1:</source>
        <translation>Perubahan status %1 tidak dapat dibatalkan:</translation>
    </message>
    <message>
        <source>Cannot redo the status change of %1:</source>
        <translation>Perubahan status %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>add wadah %1</source>
        <translation>tambah wadah %1</translation>
    </message>
    <message>
        <source>Cannot undo adding wadah %1:</source>
        <translation>Penambahan wadah %1 tidak dapat dibatalkan:</translation>
    </message>
    <message>
        <source>Cannot redo adding wadah %1:</source>
        <translation>Penambahan wadah %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>edit wadah %1</source>
        <translation>ubah wadah %1</translation>
    </message>
    <message>
        <source>Cannot change wadah %1 back:</source>
        <translation>Wadah %1 tidak dapat dikembalikan:</translation>
    </message>
    <message>
        <source>add a note to %1</source>
        <translation>tambah catatan untuk %1</translation>
    </message>
    <message>
        <source>Cannot undo the note:</source>
        <translation>Catatan tidak dapat dibatalkan:</translation>
    </message>
    <message>
        <source>Cannot redo the note:</source>
        <translation>Catatan tidak dapat diulang:</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentDetailView</name>
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
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Monev session</source>
        <translation>Sesi Monev</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>A note about this agent (a visit, a complaint, a follow-up)…</source>
        <translation>Catatan tentang agen ini (kunjungan, keluhan, tindak lanjut)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Choose an agent to see the details.</source>
        <translation>Pilih agen untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Personal data: show the full NIK of this agent only</source>
        <translation>Data pribadi: tampilkan NIK lengkap agen ini saja</translation>
    </message>
    <message>
        <source>no wadah</source>
        <translation>tanpa wadah</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>target belum ditetapkan</translation>
    </message>
    <message>
        <source>no recruits old enough</source>
        <translation>belum ada rekrutan yang cukup lama</translation>
    </message>
    <message>
        <source> (automatic)</source>
        <translation> (otomatis)</translation>
    </message>
    <message>
        <source>Not invited to a Monev session yet</source>
        <translation>Belum pernah diundang ke sesi Monev</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Paying recruits</source>
        <translation>Rekrutan aktif</translation>
    </message>
    <message>
        <source>Retention 3 mo</source>
        <translation>Retensi 3 bln</translation>
    </message>
    <message>
        <source>Edit the agent</source>
        <translation>Ubah data agen</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;%3</source>
        <translation>%1 · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>of %1 ›</source>
        <translation>dari %1 ›</translation>
    </message>
    <message>
        <source>Retention %1 mo: %2%</source>
        <translation>Retensi %1 bln: %2%</translation>
    </message>
    <message>
        <source>show this agent&apos;s recruits in the participants browser</source>
        <translation>tampilkan rekrutan agen ini di daftar peserta</translation>
    </message>
    <message>
        <source>Recruits registered in %1.</source>
        <translation>Rekrutan yang terdaftar pada %1.</translation>
    </message>
    <message>
        <source>No open review cases</source>
        <translation>Tidak ada kasus tinjauan terbuka</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Tinjauan (%1)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the figures show</source>
        <translation>Yang ditunjukkan angka</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentForm</name>
    <message>
        <source>New agent</source>
        <translation>Agen baru</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Muat versi terbaru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>e.g. AG-0123</source>
        <translation>mis. AG-0123</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Kode agen</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digit sesuai KTP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <source>Phone (WhatsApp)</source>
        <translation>Telepon (WhatsApp)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Wadah, KCP and account</source>
        <translation>Wadah, KCP dan rekening</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Registered as a BPU participant</source>
        <translation>Terdaftar sebagai peserta BPU</translation>
    </message>
    <message>
        <source>the agent&apos;s own KPJ</source>
        <translation>KPJ milik agen</translation>
    </message>
    <message>
        <source>Has an account at the wadah&apos;s partner bank</source>
        <translation>Memiliki rekening di bank mitra wadah</translation>
    </message>
    <message>
        <source>Has a phone with internet for the agent app</source>
        <translation>Memiliki ponsel dengan internet untuk aplikasi agen</translation>
    </message>
    <message>
        <source>Is a BPJS Ketenagakerjaan employee</source>
        <translation>Pegawai BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Briefed on</source>
        <translation>Pembekalan pada</translation>
    </message>
    <message>
        <source>Activate at once (the checklist is complete)</source>
        <translation>Langsung aktifkan (semua syarat terpenuhi)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agen %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Has an account at %1, the wadah&apos;s partner bank</source>
        <translation>Memiliki rekening di %1, bank mitra wadah</translation>
    </message>
    <message>
        <source>✗ BPJS Ketenagakerjaan employees may not be agents.</source>
        <translation>✗ Pegawai BPJS Ketenagakerjaan tidak boleh menjadi agen.</translation>
    </message>
    <message>
        <source>✓ Meets every requirement to be active.</source>
        <translation>✓ Memenuhi semua syarat untuk aktif.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Masih kurang: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; %1 Your changes are still in the form; load their version to see what changed, then edit again.</source>
        <translation>&lt;b&gt;Tidak tersimpan.&lt;/b&gt; %1 Perubahan Anda masih ada di formulir; muat versi terbaru untuk melihat apa yang berubah, lalu ubah kembali.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>no. HP</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>rekening bank</translation>
    </message>
    <message>
        <source>Not shown: the audit log could not be written (%1).</source>
        <translation>Tidak ditampilkan: catatan audit tidak dapat ditulis (%1).</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentListModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>The last month with an acquisition or a contribution collected</source>
        <translation>Bulan terakhir dengan akuisisi atau iuran yang dihimpun</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
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
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Last
transaction</source>
        <translation>Transaksi
terakhir</translation>
    </message>
    <message>
        <source>Acquisitions
this month</source>
        <translation>Akuisisi
bulan ini</translation>
    </message>
    <message>
        <source>Acquisitions
this year</source>
        <translation>Akuisisi
tahun ini</translation>
    </message>
    <message>
        <source>%1 of a target of %2 from January to the reference month</source>
        <translation>%1 dari target %2 sejak Januari sampai bulan acuan</translation>
    </message>
    <message>
        <source>In the reference month.</source>
        <translation>Pada bulan acuan.</translation>
    </message>
    <message>
        <source>From January to the reference month.</source>
        <translation>Sejak Januari sampai bulan acuan.</translation>
    </message>
    <message>
        <source>Recruits
paying</source>
        <translation>Rekrutan
membayar</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentsTab</name>
    <message>
        <source>Search code, name, wadah or NIK…</source>
        <translation>Cari kode, nama, wadah atau NIK…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Productive or not</source>
        <translation>Produktif atau tidak</translation>
    </message>
    <message>
        <source>Productive this month</source>
        <translation>Produktif bulan ini</translation>
    </message>
    <message>
        <source>Not productive this month</source>
        <translation>Tidak produktif bulan ini</translation>
    </message>
    <message>
        <source>All KCP</source>
        <translation>Semua KCP</translation>
    </message>
    <message>
        <source>All wadah</source>
        <translation>Semua wadah</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 agents</source>
        <translation>%1 dari %2 agen</translation>
    </message>
</context>
<context>
    <name>perisai::roster::MonthChart</name>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Recruits paid up</source>
        <translation>Rekrutan membayar</translation>
    </message>
</context>
<context>
    <name>perisai::roster::ParticipantModel</name>
    <message>
        <source>Other channel</source>
        <translation>Kanal lain</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <translation>Bayar untuk %1</translation>
    </message>
    <message>
        <source>No contribution for %1</source>
        <translation>Tidak ada iuran untuk %1</translation>
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
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>perisai::roster::ParticipantsTab</name>
    <message>
        <source>Search a name, or the start of a KPJ or NIK…</source>
        <translation>Cari nama, atau awal KPJ atau NIK…</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>Semua pekerjaan</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>Active or lapsed</source>
        <translation>Aktif atau tidak aktif</translation>
    </message>
    <message>
        <source>Active (paid)</source>
        <translation>Aktif (membayar)</translation>
    </message>
    <message>
        <source>Lapsed (not paid)</source>
        <translation>Tidak aktif (belum bayar)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Recruited by an agent</source>
        <translation>Direkrut agen</translation>
    </message>
    <message>
        <source>Other channels (no agent)</source>
        <translation>Kanal lain (tanpa agen)</translation>
    </message>
    <message>
        <source>Preparing the participants search</source>
        <translation>Menyiapkan pencarian peserta</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>menghitung…</translation>
    </message>
    <message>
        <source>page read in %1 ms</source>
        <translation>halaman dibaca dalam %1 md</translation>
    </message>
    <message>
        <source>active = paid for %1</source>
        <translation>aktif = membayar iuran %1</translation>
    </message>
    <message>
        <source>search index being prepared</source>
        <translation>indeks pencarian sedang disiapkan</translation>
    </message>
</context>
<context>
    <name>perisai::roster::PersonalDataEdit</name>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show this value to edit it; the audit log records that you looked at it</source>
        <translation>Tampilkan nilai ini untuk mengubahnya; catatan audit merekam bahwa Anda melihatnya</translation>
    </message>
</context>
<context>
    <name>perisai::roster::RosterPage</name>
    <message>
        <source>Agents and wadah</source>
        <translation>Agen dan wadah</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>Tambah agen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Ubah status…</translation>
    </message>
    <message>
        <source>Add wadah</source>
        <translation>Tambah wadah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import agents…</source>
        <translation>Impor agen…</translation>
    </message>
    <message>
        <source>Import wadah…</source>
        <translation>Impor wadah…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>This view as XLSX…</source>
        <translation>Tampilan ini sebagai XLSX…</translation>
    </message>
    <message>
        <source>This view as CSV…</source>
        <translation>Tampilan ini sebagai CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>Daftar agen tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>Data %1</translation>
    </message>
    <message>
        <source>%1 · figures for %2</source>
        <translation>%1 · data %2</translation>
    </message>
    <message>
        <source>Click to list the active agents without a transaction this month</source>
        <translation>Klik untuk menampilkan agen aktif yang belum bertransaksi bulan ini</translation>
    </message>
    <message>
        <source>Acquisitions %1</source>
        <translation>Akuisisi %1</translation>
    </message>
    <message>
        <source>paid for %1</source>
        <translation>membayar iuran %1</translation>
    </message>
    <message>
        <source>Agents (%1)</source>
        <translation>Agen (%1)</translation>
    </message>
    <message>
        <source>Wadah (%1)</source>
        <translation>Wadah (%1)</translation>
    </message>
    <message>
        <source>Choose an agent to see the details.</source>
        <translation>Pilih agen untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Tidak ada agen %1.</translation>
    </message>
    <message>
        <source>There is no wadah %1.</source>
        <translation>Tidak ada wadah %1.</translation>
    </message>
    <message>
        <source>wadah</source>
        <translation>wadah</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <source>Exporting participants</source>
        <translation>Mengekspor peserta</translation>
    </message>
    <message>
        <source>The automatic deactivation rule could not be applied: %1</source>
        <translation>Aturan penonaktifan otomatis tidak dapat diterapkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 dan %n lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) set inactive automatically after %1 months without acquisition or collected contribution: %2.</source>
        <translation>
            <numerusform>%n agen dinonaktifkan otomatis setelah %1 bulan tanpa akuisisi dan tanpa iuran yang dihimpun: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of each deactivation is in the agent&apos;s status history:
%1</source>
        <translation>Tanggal penonaktifan tercatat di riwayat status masing-masing agen:
%1</translation>
    </message>
    <message>
        <source>%1 on the list: %2 active · %3 candidates · %4 inactive · %5 dismissed</source>
        <translation>%1 dalam daftar: %2 aktif · %3 calon · %4 nonaktif · %5 diberhentikan</translation>
    </message>
    <message>
        <source>On the last day of %1.</source>
        <translation>Pada hari terakhir %1.</translation>
    </message>
    <message>
        <source>%1 of the agents registered</source>
        <translation>%1 dari agen terdaftar</translation>
    </message>
    <message>
        <source>%1 in the same month last year</source>
        <translation>%1 pada bulan yang sama tahun lalu</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>Pada %1.</translation>
    </message>
    <message>
        <source>%1 of the target %2</source>
        <translation>%1 dari target %2</translation>
    </message>
    <message>
        <source>no target recorded</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <source>From January to %1.</source>
        <translation>Sejak Januari sampai %1.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>The NIK is not shown: the audit log could not be written (%1).</source>
        <translation>NIK tidak ditampilkan: catatan audit tidak dapat ditulis (%1).</translation>
    </message>
</context>
<context>
    <name>perisai::roster::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt; since %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; berstatus &lt;b&gt;%2&lt;/b&gt; sejak %3.</translation>
    </message>
    <message>
        <source>Active again (rejoin)</source>
        <translation>Aktif kembali (bergabung lagi)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>e.g. moved away, contributions not passed on, request of the wadah</source>
        <translation>mis. pindah domisili, iuran tidak disetorkan, permintaan wadah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A dismissed agent does not return.</source>
        <translation>Agen yang diberhentikan tidak dapat kembali.</translation>
    </message>
    <message numerus="yes">
        <source>An inactive agent may rejoin at the wadah&apos;s request from %1 (%n month(s) after the deactivation).</source>
        <translation>
            <numerusform>Agen nonaktif boleh bergabung kembali atas permintaan wadah mulai %1 (%n bulan setelah dinonaktifkan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismissal is final: for fraud, a crime or gratification. The reason is kept in the history.</source>
        <translation>Pemberhentian bersifat final: karena kecurangan, tindak pidana atau gratifikasi. Alasannya dicatat di riwayat.</translation>
    </message>
    <message numerus="yes">
        <source>Agents also become inactive automatically after %n month(s) without an acquisition or a contribution collected.</source>
        <translation>
            <numerusform>Agen juga menjadi nonaktif otomatis setelah %n bulan tanpa akuisisi dan tanpa iuran yang dihimpun.</numerusform>
        </translation>
    </message>
    <message>
        <source>To be active the eligibility checklist must be complete.</source>
        <translation>Agar aktif, semua persyaratan harus terpenuhi.</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahForm</name>
    <message>
        <source>New wadah</source>
        <translation>Wadah baru</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Muat versi terbaru</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– pilih –</translation>
    </message>
    <message>
        <source>Supervising KCP</source>
        <translation>KCP pembina</translation>
    </message>
    <message>
        <source>Pembina Perisai</source>
        <translation>Pembina Perisai</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Status badan hukum</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Wadah %1</source>
        <translation>Wadah %1</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Fewer active agents than the %1 a wadah needs</source>
        <translation>Agen aktif kurang dari %1 yang dipersyaratkan untuk wadah</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Pembina</source>
        <translation>Pembina</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active
agents</source>
        <translation>Agen
aktif</translation>
    </message>
    <message>
        <source>Acquisitions
this year</source>
        <translation>Akuisisi
tahun ini</translation>
    </message>
    <message>
        <source>On the last day of the reference month, of the agents registered then.</source>
        <translation>Pada hari terakhir bulan acuan, dari agen yang terdaftar saat itu.</translation>
    </message>
    <message>
        <source>From January to the reference month.</source>
        <translation>Sejak Januari sampai bulan acuan.</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahTab</name>
    <message>
        <source>Search code, name or Pembina…</source>
        <translation>Cari kode, nama atau Pembina…</translation>
    </message>
    <message>
        <source>All KCP</source>
        <translation>Semua KCP</translation>
    </message>
    <message>
        <source>Any PKS state</source>
        <translation>Semua status PKS</translation>
    </message>
    <message>
        <source>PKS active</source>
        <translation>PKS berlaku</translation>
    </message>
    <message>
        <source>PKS expiring within 90 days</source>
        <translation>PKS berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>PKS expired</source>
        <translation>PKS berakhir</translation>
    </message>
    <message>
        <source>PKS terminated</source>
        <translation>PKS diputus</translation>
    </message>
    <message>
        <source>No PKS</source>
        <translation>Belum ada PKS</translation>
    </message>
    <message>
        <source>Too few active agents</source>
        <translation>Agen aktif terlalu sedikit</translation>
    </message>
    <message>
        <source>Show its agents</source>
        <translation>Lihat agennya</translation>
    </message>
    <message>
        <source>Fewer than %1 active agents</source>
        <translation>Agen aktif kurang dari %1</translation>
    </message>
    <message>
        <source>%1 of %2 wadah</source>
        <translation>%1 dari %2 wadah</translation>
    </message>
</context>
<context>
    <name>roster</name>
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
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Diberhentikan</translation>
    </message>
    <message>
        <source>The agent no longer exists (it was removed on another desk).</source>
        <translation>Agen ini sudah tidak ada (dihapus di meja lain).</translation>
    </message>
    <message>
        <source>Agent %1 added</source>
        <translation>Agen %1 ditambahkan</translation>
    </message>
    <message>
        <source>Agent %1 changed: %2</source>
        <translation>Agen %1 diubah: %2</translation>
    </message>
    <message>
        <source>Agent %1 already has participants or Monev records; the addition can no longer be undone.</source>
        <translation>Agen %1 sudah memiliki peserta atau catatan Monev; penambahannya tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>Addition of agent %1 undone</source>
        <translation>Penambahan agen %1 dibatalkan</translation>
    </message>
    <message>
        <source>Note on agent %1</source>
        <translation>Catatan untuk agen %1</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Catatan dihapus</translation>
    </message>
    <message>
        <source>. The first two digits are the province code (e.g. 33 Jawa Tengah).</source>
        <translation>. Dua digit pertama adalah kode provinsi (mis. 33 Jawa Tengah).</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth day is %1: digits 7–8 are the day of birth, for women the day + 40 (41–71).</source>
        <translation>Tanggal lahir pada NIK adalah %1: digit ke-7 dan 8 adalah tanggal lahir, untuk perempuan tanggal + 40 (41–71).</translation>
    </message>
    <message>
        <source>. Digits 7–12 are the birth date DDMMYY; for women the day + 40.</source>
        <translation>. Digit ke-7 s.d. 12 adalah tanggal lahir DDMMYY; untuk perempuan tanggal + 40.</translation>
    </message>
    <message>
        <source>Enter the agent code.</source>
        <translation>Isi kode agen.</translation>
    </message>
    <message>
        <source>The agent code may hold letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;/&apos; and &apos;_&apos; (2–30 characters).</source>
        <translation>Kode agen hanya boleh berisi huruf, angka, &apos;.&apos;, &apos;-&apos;, &apos;/&apos; dan &apos;_&apos; (2–30 karakter).</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>Kode %1 sudah dipakai oleh %2.</translation>
    </message>
    <message>
        <source>This NIK is already registered to agent %1. An agent is registered once.</source>
        <translation>NIK ini sudah terdaftar atas nama agen %1. Seorang agen hanya didaftarkan sekali.</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s full name as on the KTP.</source>
        <translation>Isi nama lengkap agen sesuai KTP.</translation>
    </message>
    <message>
        <source>Choose the KCP that supervises the agent.</source>
        <translation>Pilih KCP yang membina agen.</translation>
    </message>
    <message>
        <source>Choose the agent&apos;s wadah.</source>
        <translation>Pilih wadah agen.</translation>
    </message>
    <message>
        <source>Enter the account number.</source>
        <translation>Isi nomor rekening.</translation>
    </message>
    <message>
        <source>An account number has 6 to 20 digits.</source>
        <translation>Nomor rekening terdiri atas 6 sampai 20 digit.</translation>
    </message>
    <message>
        <source>Choose the bank of the account.</source>
        <translation>Pilih bank rekening.</translation>
    </message>
    <message>
        <source>The account must be at the wadah&apos;s partner bank (%1): incentives are paid through it.</source>
        <translation>Rekening harus di bank mitra wadah (%1): insentif dibayarkan melalui bank tersebut.</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s own participant number (KPJ).</source>
        <translation>Isi nomor kepesertaan (KPJ) agen sendiri.</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan employees may not be Perisai agents.</source>
        <translation>Pegawai BPJS Ketenagakerjaan tidak boleh menjadi agen Perisai.</translation>
    </message>
    <message>
        <source>The briefing date cannot be in the future.</source>
        <translation>Tanggal pembekalan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Enter the date the agent joined.</source>
        <translation>Isi tanggal agen bergabung.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <translation>Tanggal bergabung tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>To be active the agent still needs: %1.</source>
        <translation>Agar dapat aktif, agen masih memerlukan: %1.</translation>
    </message>
    <message>
        <source>16 digits: province, regency, district, birth date DDMMYY (women: day + 40), serial.</source>
        <translation>16 digit: provinsi, kabupaten/kota, kecamatan, tanggal lahir DDMMYY (perempuan: tanggal + 40), nomor urut.</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · lahir %2 · %3</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>Someone else changed or removed this record since you opened it.</source>
        <translation>Data ini telah diubah atau dihapus orang lain sejak Anda membukanya.</translation>
    </message>
    <message>
        <source>Changed on another desk by %1 at %2.</source>
        <translation>Diubah di meja lain oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>Changed on another desk by %1 at %2 (%3).</source>
        <translation>Diubah di meja lain oleh %1 pada %2 (%3).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>wadah</source>
        <translation>wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>join date</source>
        <translation>tanggal bergabung</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>nomor rekening</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>BPU participant</source>
        <translation>peserta BPU</translation>
    </message>
    <message>
        <source>has an account</source>
        <translation>memiliki rekening</translation>
    </message>
    <message>
        <source>has a device</source>
        <translation>memiliki ponsel</translation>
    </message>
    <message>
        <source>agency employee</source>
        <translation>pegawai BPJS</translation>
    </message>
    <message>
        <source>briefing date</source>
        <translation>tanggal pembekalan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>tanggal status</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>village</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>pembina</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>ketua</translation>
    </message>
    <message>
        <source>partner bank</source>
        <translation>bank mitra</translation>
    </message>
    <message>
        <source>legal status</source>
        <translation>status badan hukum</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <translation>Bayar untuk %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Agent %1: %2 → %3 from %4</source>
        <translation>Agen %1: %2 → %3 mulai %4</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>No acquisition and no contribution collected for %n month(s) (%1 – %2)</source>
        <translation>
            <numerusform>Tidak ada akuisisi dan tidak ada iuran yang dihimpun selama %n bulan (%1 – %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the wadah code.</source>
        <translation>Isi kode wadah.</translation>
    </message>
    <message>
        <source>The code %1 is already used by wadah %2.</source>
        <translation>Kode %1 sudah dipakai oleh wadah %2.</translation>
    </message>
    <message>
        <source>Enter the wadah&apos;s name.</source>
        <translation>Isi nama wadah.</translation>
    </message>
    <message>
        <source>Choose the KCP that supervises the wadah.</source>
        <translation>Pilih KCP yang membina wadah.</translation>
    </message>
    <message>
        <source>Choose the kind of wadah.</source>
        <translation>Pilih jenis wadah.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Catatan masih kosong.</translation>
    </message>
    <message>
        <source>registered as a BPU participant</source>
        <translation>terdaftar sebagai peserta BPU</translation>
    </message>
    <message>
        <source>an account at the partner bank</source>
        <translation>rekening di bank mitra</translation>
    </message>
    <message>
        <source>a phone with internet</source>
        <translation>ponsel dengan internet</translation>
    </message>
    <message>
        <source>not an agency employee</source>
        <translation>bukan pegawai BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>Agen sudah berstatus %1.</translation>
    </message>
    <message>
        <source>A dismissed agent cannot return (dismissed on %1).</source>
        <translation>Agen yang diberhentikan tidak dapat kembali (diberhentikan pada %1).</translation>
    </message>
    <message>
        <source>An agent cannot go back to candidate.</source>
        <translation>Agen tidak dapat kembali menjadi calon.</translation>
    </message>
    <message>
        <source>Choose the date of the change.</source>
        <translation>Pilih tanggal perubahan.</translation>
    </message>
    <message>
        <source>The date of the change cannot be in the future.</source>
        <translation>Tanggal perubahan tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The date cannot be before %1, when the agent became %2.</source>
        <translation>Tanggal tidak boleh sebelum %1, saat agen menjadi %2.</translation>
    </message>
    <message>
        <source>Give the reason for the dismissal.</source>
        <translation>Isi alasan pemberhentian.</translation>
    </message>
    <message>
        <source>Only an active agent can be set inactive.</source>
        <translation>Hanya agen aktif yang dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>Give the reason for setting the agent inactive.</source>
        <translation>Isi alasan agen dinonaktifkan.</translation>
    </message>
    <message numerus="yes">
        <source>Rejoining is allowed from %1: %n month(s) after the deactivation on %2.</source>
        <translation>
            <numerusform>Bergabung kembali baru boleh mulai %1: %n bulan setelah dinonaktifkan pada %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible to be active yet; missing: %1.</source>
        <translation>Belum memenuhi syarat untuk aktif; kurang: %1.</translation>
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
        <source>Village enterprise</source>
        <translation>BUMDes</translation>
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
        <source>No PKS</source>
        <translation>Belum ada PKS</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Berlaku s.d. %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Berakhir dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Berakhir %1</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Diputus</translation>
    </message>
    <message>
        <source>The wadah no longer exists (it was removed on another desk).</source>
        <translation>Wadah ini sudah tidak ada (dihapus di meja lain).</translation>
    </message>
    <message>
        <source>Wadah %1 %2 added</source>
        <translation>Wadah %1 %2 ditambahkan</translation>
    </message>
    <message>
        <source>Wadah %1 changed: %2</source>
        <translation>Wadah %1 diubah: %2</translation>
    </message>
    <message>
        <source>Wadah %1 already has agents or agreements; the addition can no longer be undone.</source>
        <translation>Wadah %1 sudah memiliki agen atau PKS; penambahannya tidak dapat dibatalkan lagi.</translation>
    </message>
    <message>
        <source>Addition of wadah %1 undone</source>
        <translation>Penambahan wadah %1 dibatalkan</translation>
    </message>
    <message>
        <source>office above</source>
        <translation>kantor induk</translation>
    </message>
    <message>
        <source>region</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>head</source>
        <translation>kepala</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>tanggal tutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tidak tersimpan.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3 shown in the agent form</source>
        <translation>%1 milik %2 %3 ditampilkan di formulir agen</translation>
    </message>
</context>
</TS>
