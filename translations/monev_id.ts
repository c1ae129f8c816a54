<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Report</name>
    <message>
        <source>no Monev session with number %1</source>
        <translation>tidak ada sesi Monev dengan nomor %1</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Notulen Monev</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no Monev session was held on %1</source>
        <translation>tidak ada sesi Monev pada %1</translation>
    </message>
    <message>
        <source>%1 Monev sessions on %2: give one of the numbers %3</source>
        <translation>%1 sesi Monev pada %2: sebutkan salah satu nomornya, %3</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>No. %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>monev</name>
    <message>
        <source>Top acquisition</source>
        <translation>Akuisisi terbanyak</translation>
    </message>
    <message>
        <source>Best retention</source>
        <translation>Retensi terbaik</translation>
    </message>
    <message>
        <source>Best newcomer</source>
        <translation>Agen baru terbaik</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>Peningkatan terbesar</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>mark attendance: %1</source>
        <translation>tandai kehadiran: %1</translation>
    </message>
    <message>
        <source>action &quot;%1&quot;: %2</source>
        <translation>tindak lanjut &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Describe the obstacle</source>
        <translation>Uraikan kendalanya</translation>
    </message>
    <message>
        <source>Describe the action item</source>
        <translation>Uraikan tindak lanjutnya</translation>
    </message>
    <message>
        <source>Unknown action status: %1</source>
        <translation>Status tindak lanjut tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Unknown award category: %1</source>
        <translation>Kategori apresiasi tidak dikenal: %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>held</source>
        <translation>terlaksana</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
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
        <source>Not marked</source>
        <translation>Belum ditandai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Wadah %1</source>
        <translation>Wadah %1</translation>
    </message>
    <message>
        <source>KCP: %1</source>
        <translation>KCP: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Cabang: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere in the meantime; reload and try again</source>
        <translation>%1 sudah diubah di tempat lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <source>The obstacle</source>
        <translation>Kendala ini</translation>
    </message>
    <message>
        <source>This obstacle&apos;s actions were already reviewed at a later session; it cannot be deleted</source>
        <translation>Tindak lanjut kendala ini sudah ditinjau di sesi berikutnya; kendala tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Action item %1 does not exist</source>
        <translation>Tindak lanjut %1 tidak ada</translation>
    </message>
    <message>
        <source>The action item &quot;%1&quot;</source>
        <translation>Tindak lanjut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This action item is not on the session&apos;s follow-up list</source>
        <translation>Tindak lanjut ini tidak ada dalam daftar tinjauan sesi</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Tidak ada catatan.</translation>
    </message>
    <message>
        <source>Monev Minutes</source>
        <translation>Notulen Monev</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <source>Day and date</source>
        <translation>Hari dan tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Periode ditinjau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tingkat kehadiran</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Ringkasan pembahasan</translation>
    </message>
    <message>
        <source>Obstacles raised and solutions</source>
        <translation>Kendala yang disampaikan dan solusi</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(umum)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Disampaikan oleh</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Solution discussed</source>
        <translation>Solusi yang dibahas</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Follow-up of earlier action items</source>
        <translation>Tinjauan tindak lanjut sesi sebelumnya</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>akan ditinjau</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Apresiasi</translation>
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
        <source>Figure</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Agents&apos; figures for %1</source>
        <translation>Capaian agen %1</translation>
    </message>
    <message>
        <source>As recorded when the session was held (%1); later imports do not change these figures.</source>
        <translation>Sesuai data saat Monev dilaksanakan (%1); impor data sesudahnya tidak mengubah angka ini.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periode lalu</translation>
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
        <source>Collected</source>
        <translation>Iuran terkumpul</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
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
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Head of Office</source>
        <translation>Kepala Kantor</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Monev session %1 does not exist</source>
        <translation>Sesi Monev %1 tidak ada</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot;</source>
        <translation>Sesi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The agent is not on this session&apos;s invitation list</source>
        <translation>Agen ini tidak ada dalam daftar undangan sesi</translation>
    </message>
    <message>
        <source>A session needs a title</source>
        <translation>Sesi memerlukan judul</translation>
    </message>
    <message>
        <source>A session needs a date</source>
        <translation>Sesi memerlukan tanggal</translation>
    </message>
    <message>
        <source>Choose the office or wadah the session is for</source>
        <translation>Pilih kantor atau wadah untuk sesi ini</translation>
    </message>
    <message>
        <source>The review period must run from an earlier month to a later one</source>
        <translation>Periode yang ditinjau harus dari bulan awal ke bulan akhir</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; is %2; this cannot be changed now</source>
        <translation>Sesi &quot;%1&quot; berstatus %2; tidak dapat diubah sekarang</translation>
    </message>
    <message>
        <source>The scope and review period are fixed once the session was held</source>
        <translation>Cakupan dan periode ditinjau tidak dapat diubah setelah sesi terlaksana</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <translation>Kategori memerlukan nama</translation>
    </message>
    <message>
        <source>The session has no valid review period</source>
        <translation>Periode yang ditinjau pada sesi ini tidak valid</translation>
    </message>
    <message numerus="yes">
        <source>mark attendance of %n agents</source>
        <translation>
            <numerusform>tandai kehadiran %n agen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Monev action item(s) are past their due date: see Monev &gt; Follow-up.</source>
        <translation>
            <numerusform>%n tindak lanjut Monev melewati batas waktu: lihat Monev &gt; Tindak lanjut.</numerusform>
        </translation>
    </message>
    <message>
        <source>add obstacle &quot;%1&quot;</source>
        <translation>tambah kendala &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edit obstacle &quot;%1&quot;</source>
        <translation>ubah kendala &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete obstacle &quot;%1&quot;</source>
        <translation>hapus kendala &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add action item &quot;%1&quot;</source>
        <translation>tambah tindak lanjut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edit action item &quot;%1&quot;</source>
        <translation>ubah tindak lanjut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>delete action item &quot;%1&quot;</source>
        <translation>hapus tindak lanjut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>award &quot;%1&quot;: %2</source>
        <translation>apresiasi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>remove award &quot;%1&quot;</source>
        <translation>hapus apresiasi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add category &quot;%1&quot;</source>
        <translation>tambah kategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edit category &quot;%1&quot;</source>
        <translation>ubah kategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be put back: another desk has stored a row under its number; reload and enter it again</source>
        <translation>%1 tidak dapat dikembalikan: meja lain sudah menyimpan data dengan nomor yang sama; muat ulang lalu isi kembali</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot;</source>
        <translation>Kategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; has been given to an obstacle in the meantime; switch it off instead</source>
        <translation>Kategori &quot;%1&quot; sementara itu sudah dipakai oleh suatu kendala; nonaktifkan saja</translation>
    </message>
    <message>
        <source>The award</source>
        <translation>Apresiasi ini</translation>
    </message>
    <message>
        <source>The award &quot;%1&quot;</source>
        <translation>Apresiasi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The follow-up of &quot;%1&quot;</source>
        <translation>Tindak lanjut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The attendance of %1</source>
        <translation>Kehadiran %1</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Ubah tindak lanjut</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>(not tied to one obstacle)</source>
        <translation>(tidak terkait satu kendala)</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Apa yang akan dilakukan</translation>
    </message>
    <message>
        <source>Who does it: a name, the wadah, the branch</source>
        <translation>Siapa yang mengerjakan: nama, wadah, atau cabang</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ActionModel</name>
    <message numerus="yes">
        <source>%1 (%n days late)</source>
        <translation>
            <numerusform>%1 (terlambat %n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>to review</source>
        <translation>akan ditinjau</translation>
    </message>
    <message>
        <source>Obstacle: %1</source>
        <translation>Kendala: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Disepakati di</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision here</source>
        <translation>Keputusan di sesi ini</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Catatan tinjauan</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AttendanceModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AttendanceTab</name>
    <message>
        <source>Mark the rest present</source>
        <translation>Tandai sisanya hadir</translation>
    </message>
    <message>
        <source>Find an agent by name or code, Enter to jump</source>
        <translation>Cari agen menurut nama atau kode, Enter untuk melompat</translation>
    </message>
    <message>
        <source>Keys: H or 1 present · I or 2 excused · T or 3 absent · Backspace clears. The cursor moves on to the next agent.</source>
        <translation>Tombol: H atau 1 hadir · I atau 2 izin · T atau 3 tidak hadir · Backspace menghapus tanda. Kursor pindah ke agen berikutnya.</translation>
    </message>
    <message>
        <source>No invited agent matches &quot;%1&quot;</source>
        <translation>Tidak ada agen undangan yang cocok dengan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Invited %1 · present %2 · excused %3 · absent %4 · not marked %5 — attendance rate %6</source>
        <translation>Diundang %1 · hadir %2 · izin %3 · tidak hadir %4 · belum ditandai %5 — tingkat kehadiran %6</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AwardsTab</name>
    <message>
        <source>Confirm the suggestion</source>
        <translation>Tetapkan usulan</translation>
    </message>
    <message>
        <source>Choose another agent…</source>
        <translation>Pilih agen lain…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Suggested from the rankings</source>
        <translation>Usulan dari peringkat</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>nobody qualifies</source>
        <translation>tidak ada yang memenuhi syarat</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>Suggestions come from the figures frozen when the session is held.</source>
        <translation>Usulan diambil dari capaian yang dibekukan saat sesi terlaksana.</translation>
    </message>
    <message>
        <source>Suggested from the figures for %1. Confirm one per category, or choose another agent.</source>
        <translation>Usulan dari capaian %1. Tetapkan satu agen per kategori, atau pilih agen lain.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Nobody qualifies for %1; choose an agent yourself.</source>
        <translation>Tidak ada yang memenuhi syarat untuk %1; pilih agen sendiri.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Alasan (opsional)</translation>
    </message>
</context>
<context>
    <name>perisai::monev::CategoryEditor</name>
    <message>
        <source>Categories of the obstacles agents raise. Edit a name in place; untick Active to stop offering one.</source>
        <translation>Kategori kendala yang disampaikan agen. Ubah nama langsung di tabel; hapus centang Aktif agar kategori tidak ditawarkan lagi.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Obstacle categories</source>
        <translation>Kategori kendala</translation>
    </message>
    <message>
        <source>Reading obstacle categories</source>
        <translation>Membaca kategori kendala</translation>
    </message>
</context>
<context>
    <name>perisai::monev::DetailsTab</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Invite the scope&apos;s active agents</source>
        <translation>Undang agen aktif dalam cakupan</translation>
    </message>
    <message>
        <source>Branch (with its KCP)</source>
        <translation>Cabang (beserta KCP)</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>Satu butir agenda per baris</translation>
    </message>
    <message>
        <source>Summary of the discussion, for the minutes</source>
        <translation>Ringkasan pembahasan, untuk notulen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Periode ditinjau</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>The scope&apos;s active agents are invited when the session is saved.</source>
        <translation>Agen aktif dalam cakupan diundang saat sesi disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) invited</source>
        <translation>
            <numerusform>%n agen diundang</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev of Perisai agent productivity</source>
        <translation>Monev Produktivitas Keagenan Perisai</translation>
    </message>
    <message>
        <source>Review of achievements
Obstacles in the field and solutions
Sharing best practice
Program updates
Awards for top agents
Follow-up steps</source>
        <translation>Tinjauan capaian
Kendala lapangan dan solusi
Berbagi praktik baik
Informasi program terbaru
Apresiasi agen berprestasi
Langkah tindak lanjut</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Sesi disimpan</translation>
    </message>
</context>
<context>
    <name>perisai::monev::FollowUpPage</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Done or dropped</source>
        <translation>Selesai atau dibatalkan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Search action, owner or session</source>
        <translation>Cari tindak lanjut, penanggung jawab, atau sesi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tindak lanjut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Monev action items</source>
        <translation>Membaca tindak lanjut Monev</translation>
    </message>
</context>
<context>
    <name>perisai::monev::MonevPage</name>
    <message>
        <source>Sessions this year</source>
        <translation>Sesi tahun ini</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Evaluation meetings with agents: invitations, attendance, obstacles, follow-up and awards</source>
        <translation>Pertemuan evaluasi bersama agen: undangan, kehadiran, kendala, tindak lanjut, dan apresiasi</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Semua sesi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Sudah berlalu</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Obstacle categories</source>
        <translation>Kategori kendala</translation>
    </message>
    <message>
        <source>Minutes preview</source>
        <translation>Pratinjau notulen</translation>
    </message>
    <message>
        <source>Save minutes PDF</source>
        <translation>Simpan notulen PDF</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <source>held in %1</source>
        <translation>terlaksana pada %1</translation>
    </message>
    <message>
        <source>of invited agents present</source>
        <translation>agen undangan yang hadir</translation>
    </message>
    <message>
        <source>action items still open</source>
        <translation>tindak lanjut masih terbuka</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>melewati batas waktu</translation>
    </message>
    <message>
        <source>nothing late</source>
        <translation>tidak ada yang terlambat</translation>
    </message>
    <message>
        <source>Reading Monev sessions</source>
        <translation>Membaca sesi Monev</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ObstacleDialog</name>
    <message>
        <source>Edit obstacle</source>
        <translation>Ubah kendala</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>Kendala baru</translation>
    </message>
    <message>
        <source>(general, not one agent)</source>
        <translation>(umum, bukan satu agen)</translation>
    </message>
    <message>
        <source>What the agent meets in the field</source>
        <translation>Apa yang dihadapi agen di lapangan</translation>
    </message>
    <message>
        <source>The solution discussed at the session</source>
        <translation>Solusi yang dibahas dalam sesi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Disampaikan oleh</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solusi</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ObstaclesTab</name>
    <message>
        <source>Obstacles raised and solutions discussed</source>
        <translation>Kendala yang disampaikan dan solusi yang dibahas</translation>
    </message>
    <message>
        <source>Add obstacle</source>
        <translation>Tambah kendala</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Disampaikan oleh</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solusi</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(umum)</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Delete obstacle</source>
        <translation>Hapus kendala</translation>
    </message>
    <message>
        <source>Delete this obstacle and the action items agreed on it?</source>
        <translation>Hapus kendala ini beserta tindak lanjut yang disepakati untuknya?</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Hapus &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Reading obstacle categories</source>
        <translation>Membaca kategori kendala</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ReviewTab</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No open action items from earlier sessions.</source>
        <translation>Tidak ada tindak lanjut terbuka dari sesi sebelumnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s) from earlier sessions will be carried into this session when it is held.</source>
        <translation>
            <numerusform>%n tindak lanjut terbuka dari sesi sebelumnya akan dibawa ke sesi ini saat terlaksana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open action items carried over from earlier sessions: record what was decided for each.</source>
        <translation>Tindak lanjut terbuka dari sesi sebelumnya: catat keputusan untuk masing-masing.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Note on &quot;%1&quot;:</source>
        <translation>Catatan untuk &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SessionEditor</name>
    <message>
        <source>Mark held</source>
        <translation>Tandai terlaksana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup sesi</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Batalkan sesi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Notulen…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Records the agents&apos; figures for the review period and carries open action items over</source>
        <translation>Mencatat capaian agen untuk periode ditinjau dan membawa tindak lanjut yang masih terbuka</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Obstacles and actions</source>
        <translation>Kendala dan tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Tinjauan tindak lanjut</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>New Monev session</source>
        <translation>Sesi Monev baru</translation>
    </message>
    <message>
        <source>Follow-up review (%1)</source>
        <translation>Tinjauan tindak lanjut (%1)</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as held? The agents&apos; figures for %2 are recorded now and stay as they are, and open action items of earlier sessions are carried over for review.</source>
        <translation>Tandai &quot;%1&quot; sebagai terlaksana? Capaian agen %2 dicatat sekarang dan tidak berubah lagi, dan tindak lanjut terbuka dari sesi sebelumnya dibawa untuk ditinjau.</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;?</source>
        <translation>Batalkan &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Notulen Monev</translation>
    </message>
    <message>
        <source>Save minutes as PDF</source>
        <translation>Simpan notulen sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the minutes</source>
        <translation>Menulis notulen</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Notulen disimpan di %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>No. %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reading the Monev session</source>
        <translation>Membaca sesi Monev</translation>
    </message>
    <message>
        <source>Reading offices and wadah</source>
        <translation>Membaca kantor dan wadah</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SessionListModel</name>
    <message>
        <source>%1 present, %2 excused, %3 absent of %4 invited</source>
        <translation>%1 hadir, %2 izin, %3 tidak hadir dari %4 undangan</translation>
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
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>The session&apos;s number, for the command line: report --type monev --session NUMBER</source>
        <translation>Nomor sesi, untuk baris perintah: report --type monev --session NOMOR</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SnapshotTab</name>
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
        <source>Previous period</source>
        <translation>Periode lalu</translation>
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
        <source>Retention 3 mo.</source>
        <translation>Retensi 3 bln</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Iuran terkumpul</translation>
    </message>
    <message>
        <source>The agents&apos; figures for %1 are recorded when the session is marked held, and stay as they were then.</source>
        <translation>Capaian agen %1 dicatat saat sesi ditandai terlaksana, dan tetap seperti saat itu.</translation>
    </message>
    <message>
        <source>Figures for %1 as recorded on %2. Later imports do not change them.</source>
        <translation>Capaian %1 sesuai catatan %2. Impor data sesudahnya tidak mengubahnya.</translation>
    </message>
</context>
</TS>
