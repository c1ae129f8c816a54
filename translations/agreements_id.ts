<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Agreements</name>
    <message>
        <source>New PKS %1</source>
        <translation>PKS baru %1</translation>
    </message>
    <message>
        <source>Renew PKS %1</source>
        <translation>Perpanjang PKS %1</translation>
    </message>
    <message>
        <source>Renew %1 PKS</source>
        <translation>Perpanjang %1 PKS</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Lampirkan %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>No wadah %1.</source>
        <translation>Tidak ada wadah %1.</translation>
    </message>
    <message>
        <source>The agreement no longer exists (it may have been removed on another desk).</source>
        <translation>PKS ini sudah tidak ada (mungkin dihapus dari komputer lain).</translation>
    </message>
    <message>
        <source>No agreement numbered %1.</source>
        <translation>Tidak ada PKS bernomor %1.</translation>
    </message>
    <message>
        <source>PKS %1 was changed on another desk since it was opened here. Reload the list and try again.</source>
        <translation>PKS %1 telah diubah dari komputer lain sejak dibuka di sini. Muat ulang daftar lalu coba lagi.</translation>
    </message>
    <message>
        <source>PKS %1 was changed since; it is kept as it is.</source>
        <translation>PKS %1 telah diubah sejak itu; PKS dibiarkan seperti sekarang.</translation>
    </message>
    <message>
        <source>PKS %1 has been renewed since; remove its renewal first.</source>
        <translation>PKS %1 sudah diperpanjang sejak itu; hapus dulu perpanjangannya.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Akan berakhir</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Diputus</translation>
    </message>
    <message>
        <source>Choose the wadah the agreement is with.</source>
        <translation>Pilih wadah pihak PKS ini.</translation>
    </message>
    <message>
        <source>The agreement needs its number (as written on the signed PKS).</source>
        <translation>Isi nomor PKS (sesuai yang tertulis pada PKS yang ditandatangani).</translation>
    </message>
    <message>
        <source>The agreement needs a start and an end date.</source>
        <translation>Isi tanggal mulai dan tanggal berakhir PKS.</translation>
    </message>
    <message>
        <source>The agreement ends (%1) before it starts (%2). Correct the end date.</source>
        <translation>PKS berakhir (%1) sebelum mulai berlaku (%2). Perbaiki tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>The dates overlap PKS %1 of the same wadah (%2 – %3). A wadah has one agreement at a time: start after %3, or terminate PKS %1 first.</source>
        <translation>Tanggalnya tumpang tindih dengan PKS %1 milik wadah yang sama (%2 – %3). Satu wadah hanya punya satu PKS dalam satu waktu: mulailah setelah %3, atau putus dulu PKS %1.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another PKS. Each PKS has its own number.</source>
        <translation>Nomor %1 sudah dipakai PKS lain. Setiap PKS punya nomor sendiri.</translation>
    </message>
    <message>
        <source>A new agreement is a draft or active; renewals and terminations have their own actions.</source>
        <translation>PKS baru berstatus draf atau aktif; perpanjangan dan pemutusan punya tindakan sendiri.</translation>
    </message>
    <message>
        <source>Only a draft can be made active here; renew or terminate with their own actions.</source>
        <translation>Di sini hanya draf yang dapat diaktifkan; gunakan tindakan Perpanjang atau Putus untuk yang lain.</translation>
    </message>
    <message>
        <source>Edited PKS %1</source>
        <translation>PKS %1 diubah</translation>
    </message>
    <message>
        <source>PKS %1 has already been renewed; renew the latest PKS of the chain.</source>
        <translation>PKS %1 sudah diperpanjang; perpanjang PKS terakhir dalam rangkaiannya.</translation>
    </message>
    <message>
        <source>PKS %1 is not active; only an active agreement can be renewed.</source>
        <translation>PKS %1 tidak aktif; hanya PKS aktif yang dapat diperpanjang.</translation>
    </message>
    <message>
        <source>Renewed PKS %1 as %2</source>
        <translation>PKS %1 diperpanjang menjadi %2</translation>
    </message>
    <message>
        <source>PKS %1 renewed by %2</source>
        <translation>PKS %1 diperpanjang dengan %2</translation>
    </message>
    <message>
        <source>Choose at least one wadah to renew.</source>
        <translation>Pilih sedikitnya satu wadah untuk diperpanjang.</translation>
    </message>
    <message>
        <source>Nothing was renewed. %1: %2</source>
        <translation>Tidak ada yang diperpanjang. %1: %2</translation>
    </message>
    <message>
        <source>Give the reason for terminating the PKS (e.g. below the minimum target for 3 months).</source>
        <translation>Isi alasan pemutusan PKS (misalnya di bawah target minimum selama 3 bulan).</translation>
    </message>
    <message>
        <source>PKS %1 is not active; only an active agreement can be terminated.</source>
        <translation>PKS %1 tidak aktif; hanya PKS aktif yang dapat diputus.</translation>
    </message>
    <message>
        <source>The termination date must fall within the term of PKS %1 (%2 – %3).</source>
        <translation>Tanggal pemutusan harus berada dalam masa berlaku PKS %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>Terminated PKS %1: %2</source>
        <translation>PKS %1 diputus: %2</translation>
    </message>
    <message>
        <source>PKS %1 was changed since (perhaps on another desk); it is kept as it is now.</source>
        <translation>PKS %1 telah diubah sejak itu (mungkin dari komputer lain); PKS dibiarkan seperti sekarang.</translation>
    </message>
    <message>
        <source>Undo/redo on PKS %1</source>
        <translation>Urungkan/ulangi pada PKS %1</translation>
    </message>
    <message>
        <source>Undid the creation of PKS %1</source>
        <translation>Pembuatan PKS %1 diurungkan</translation>
    </message>
    <message>
        <source>Undid the renewal %1</source>
        <translation>Perpanjangan %1 diurungkan</translation>
    </message>
    <message>
        <source>PKS %1 active again (renewal undone)</source>
        <translation>PKS %1 aktif kembali (perpanjangan diurungkan)</translation>
    </message>
    <message>
        <source>Agreements (PKS)</source>
        <translation>Perjanjian (PKS)</translation>
    </message>
    <message>
        <source>PKS reminders could not be read: %1</source>
        <translation>Pengingat PKS tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 is empty; choose the scanned, signed PKS.</source>
        <translation>%1 kosong; pilih hasil pindaian PKS yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a PKS document may be at most %3 MB. Scan it at a lower resolution or save it as a smaller PDF.</source>
        <translation>%1 berukuran %2 MB; dokumen PKS paling besar %3 MB. Pindai dengan resolusi lebih rendah atau simpan sebagai PDF yang lebih kecil.</translation>
    </message>
    <message>
        <source>The agreement no longer exists; the document was not stored.</source>
        <translation>PKS ini sudah tidak ada; dokumen tidak disimpan.</translation>
    </message>
    <message>
        <source>Attached %1 to PKS %2</source>
        <translation>%1 dilampirkan ke PKS %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Dokumen ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The stored copy of %1 is damaged (its checksum does not match). Attach the signed PKS again.</source>
        <translation>Salinan %1 yang tersimpan rusak (checksum tidak cocok). Lampirkan lagi PKS yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>Removed document %1</source>
        <translation>Dokumen %1 dihapus</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>%1 wadah below their minimum target for %2 months in a row (%3): review their PKS</source>
        <translation>%1 wadah di bawah target minimum %2 bulan berturut-turut (%3): tinjau PKS-nya</translation>
    </message>
    <message>
        <source>The term %1 – %2 is longer than %3 months, the longest a PKS may run since 2022 (at the latest until %4). Shorten it, or override with a reason.</source>
        <translation>Masa berlaku %1 – %2 lebih dari %3 bulan, batas terlama PKS sejak 2022 (paling lambat sampai %4). Perpendek, atau tetap simpan dengan alasan.</translation>
    </message>
    <message>
        <source>%1 PKS ended without renewal</source>
        <translation>%1 PKS sudah berakhir tanpa perpanjangan</translation>
    </message>
    <message>
        <source>%1 PKS ending within %2 days</source>
        <translation>%1 PKS berakhir dalam %2 hari</translation>
    </message>
</context>
<context>
    <name>PksStatusReport</name>
    <message>
        <source>ended %1 days ago</source>
        <translation>berakhir %1 hari lalu</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>sisa %1 hari</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>dalam %1 hari</translation>
    </message>
    <message>
        <source>PKS status with wadah</source>
        <translation>Status PKS dengan Wadah</translation>
    </message>
    <message>
        <source>%1 · position on %2</source>
        <translation>%1 · posisi per %2</translation>
    </message>
    <message>
        <source>Renewed in the period</source>
        <translation>Diperpanjang dalam periode</translation>
    </message>
    <message>
        <source>Ending within 90 days</source>
        <translation>Berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>Terminated in the period</source>
        <translation>Diputus dalam periode</translation>
    </message>
    <message>
        <source>Since 2022 a PKS runs for at most one year, so every wadah renews yearly. A wadah below the minimum monthly target of its PKS for %1 months in a row may have its PKS terminated; the list at the end is for review, not a decision.</source>
        <translation>Sejak 2022 PKS berlaku paling lama satu tahun, sehingga setiap wadah memperpanjang PKS setiap tahun. Wadah yang berada di bawah target minimum bulanan PKS-nya selama %1 bulan berturut-turut dapat diputus PKS-nya; daftar di bagian akhir adalah bahan peninjauan, bukan keputusan.</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>Nomor PKS</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>Berlaku per %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Masa berlaku</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Min./month</source>
        <translation>Min./bulan</translation>
    </message>
    <message>
        <source>Previous PKS</source>
        <translation>PKS sebelumnya</translation>
    </message>
    <message>
        <source>New PKS</source>
        <translation>PKS baru</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Masa berlaku baru</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Ending within 90 days or expired</source>
        <translation>Berakhir dalam 90 hari atau sudah berakhir</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Diputus per</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Wadah for review: below the minimum target %1 months in a row</source>
        <translation>Wadah untuk ditinjau: di bawah target minimum %1 bulan berturut-turut</translation>
    </message>
    <message>
        <source>Minimum a month</source>
        <translation>Minimum per bulan</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>the PKS status report could not be built</source>
        <translation>laporan status PKS tidak dapat disusun</translation>
    </message>
    <message>
        <source>PKS status</source>
        <translation>Status PKS</translation>
    </message>
    <message>
        <source>Wadah scorecard</source>
        <translation>Rapor Wadah</translation>
    </message>
    <message>
        <source>no wadah with code &quot;%1&quot;</source>
        <translation>tidak ada wadah dengan kode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Wadah code</source>
        <translation>Kode wadah</translation>
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
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Supervisor (Pembina)</source>
        <translation>Pembina Perisai</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Status hukum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Partnership agreements (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>Terminated %1</source>
        <translation>Diakhiri %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %2 is in force until %3 (%n day(s) left).</source>
        <translation>
            <numerusform>Per %1, %2 berlaku sampai %3 (sisa %n hari).</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 no PKS is in force.</source>
        <translation>Per %1 tidak ada PKS yang berlaku.</translation>
    </message>
    <message>
        <source>Results in the period</source>
        <translation>Hasil periode ini</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>dari %1 terdaftar</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
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
        <source>by its agents in the period</source>
        <translation>oleh agennya pada periode ini</translation>
    </message>
    <message>
        <source>Target achievement is measured against the target of the targets table for %1 (%2). The PKS target below is what the PKS agrees for its whole term, and its monthly minimum is the figure below which the wadah is reviewed.</source>
        <translation>Capaian target diukur terhadap target dari tabel target untuk %1 (%2). Target PKS di bawah adalah yang disepakati PKS untuk seluruh masa berlakunya, dan minimum bulanannya adalah angka yang bila tidak tercapai wadah ditinjau.</translation>
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
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Aktif membayar</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementForm</name>
    <message>
        <source>New PKS</source>
        <translation>PKS baru</translation>
    </message>
    <message>
        <source>Edit PKS %1</source>
        <translation>Ubah PKS %1</translation>
    </message>
    <message>
        <source>Renew PKS %1</source>
        <translation>Perpanjang PKS %1</translation>
    </message>
    <message>
        <source>Renews &lt;b&gt;%1&lt;/b&gt; (%2 – %3). The terms below are carried over; change what was agreed anew.</source>
        <translation>Memperpanjang &lt;b&gt;%1&lt;/b&gt; (%2 – %3). Ketentuan di bawah disalin dari PKS sebelumnya; ubah yang disepakati baru.</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>as written on the signed PKS</source>
        <translation>sesuai PKS yang ditandatangani</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>Nomor PKS</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal tanda tangan</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Satu tahun</translation>
    </message>
    <message>
        <source>End the term one year after the start, the longest a PKS may run since 2022</source>
        <translation>Akhiri masa berlaku satu tahun setelah mulai, batas terlama PKS sejak 2022</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Masa berlaku</translation>
    </message>
    <message>
        <source>Signed for the branch by</source>
        <translation>Penanda tangan pihak cabang</translation>
    </message>
    <message>
        <source>Signed for the wadah by</source>
        <translation>Penanda tangan pihak wadah</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> peserta</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> per bulan</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>Draft (not signed yet)</source>
        <translation>Draf (belum ditandatangani)</translation>
    </message>
    <message>
        <source>Active (signed)</source>
        <translation>Aktif (sudah ditandatangani)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Accept the longer term anyway</source>
        <translation>Tetap terima masa berlaku yang lebih panjang</translation>
    </message>
    <message>
        <source>Reason (kept with the PKS), e.g. addendum approved by the regional office</source>
        <translation>Alasan (disimpan bersama PKS), misalnya adendum disetujui Kanwil</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Write the reason for accepting the longer term.</source>
        <translation>Tulis alasan menerima masa berlaku yang lebih panjang.</translation>
    </message>
    <message>
        <source>PKS target for the term</source>
        <translation>Target PKS untuk masa berlaku</translation>
    </message>
    <message>
        <source>PKS monthly minimum</source>
        <translation>Minimum bulanan PKS</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementListModel</name>
    <message>
        <source>%1 days ago</source>
        <translation>%1 hari lalu</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Terminated on %1: %2</source>
        <translation>Diputus per %1: %2</translation>
    </message>
    <message>
        <source>Renewed by %1</source>
        <translation>Diperpanjang dengan %1</translation>
    </message>
    <message>
        <source>Longer than the rule allows: %1</source>
        <translation>Lebih lama dari aturan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>Nomor PKS</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Masa berlaku</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>Berakhir dalam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>Min./month</source>
        <translation>Min./bulan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>PKS target</source>
        <translation>Target PKS</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementsPage</name>
    <message>
        <source>PKS status report</source>
        <translation>Laporan status PKS</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Dari bulan</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Sampai bulan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Edit PKS %1</source>
        <translation>Ubah PKS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PKS renewed</source>
        <translation>
            <numerusform>%n PKS diperpanjang</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate PKS %1</source>
        <translation>Putus PKS %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>New PKS</source>
        <translation>PKS baru</translation>
    </message>
    <message>
        <source>There is no wadah yet. Add or import the wadah first.</source>
        <translation>Belum ada wadah. Tambahkan atau impor data wadah terlebih dahulu.</translation>
    </message>
    <message>
        <source>Edit PKS</source>
        <translation>Ubah PKS</translation>
    </message>
    <message>
        <source>Renew PKS</source>
        <translation>Perpanjang PKS</translation>
    </message>
    <message>
        <source>Renew several PKS</source>
        <translation>Perpanjang beberapa PKS</translation>
    </message>
    <message>
        <source>No active PKS is waiting for renewal.</source>
        <translation>Tidak ada PKS aktif yang menunggu perpanjangan.</translation>
    </message>
    <message>
        <source>Terminate PKS</source>
        <translation>Putus PKS</translation>
    </message>
    <message>
        <source>Attach the signed PKS</source>
        <translation>Lampirkan PKS yang ditandatangani</translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumen bertanda tangan (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Attach signed PKS</source>
        <translation>Lampirkan PKS bertanda tangan</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Buka dokumen</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Tidak ada program yang diatur untuk membuka %1.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Hapus dokumen</translation>
    </message>
    <message>
        <source>Remove %1 from the PKS? (Edit &gt; Undo brings it back.)</source>
        <translation>Hapus %1 dari PKS? (Sunting &gt; Urungkan dapat mengembalikannya.)</translation>
    </message>
    <message>
        <source>Save PKS status report</source>
        <translation>Simpan laporan status PKS</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PKS status report</source>
        <translation>Menulis laporan status PKS</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Laporan disimpan di %1</translation>
    </message>
    <message>
        <source>Export the PKS list</source>
        <translation>Ekspor daftar PKS</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Partnership agreements (PKS) on %1</source>
        <translation>Perjanjian Kerja Sama (PKS) per %1</translation>
    </message>
    <message>
        <source>List written to %1</source>
        <translation>Daftar disimpan di %1</translation>
    </message>
    <message>
        <source>Partnership agreements (PKS)</source>
        <translation>Perjanjian Kerja Sama (PKS)</translation>
    </message>
    <message>
        <source>Agreements with each wadah: terms, yearly renewals and reminders</source>
        <translation>PKS dengan setiap wadah: ketentuan, perpanjangan tahunan, dan pengingat</translation>
    </message>
    <message>
        <source>Ending ≤ 30 days</source>
        <translation>Berakhir ≤ 30 hari</translation>
    </message>
    <message>
        <source>Ending ≤ 60 days</source>
        <translation>Berakhir ≤ 60 hari</translation>
    </message>
    <message>
        <source>Ending ≤ 90 days</source>
        <translation>Berakhir ≤ 90 hari</translation>
    </message>
    <message>
        <source>Search wadah, PKS number, bank…</source>
        <translation>Cari wadah, nomor PKS, bank…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Renew several…</source>
        <translation>Perpanjang bersama…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Putus…</translation>
    </message>
    <message>
        <source>Attach signed PKS…</source>
        <translation>Lampirkan PKS…</translation>
    </message>
    <message>
        <source>Status report…</source>
        <translation>Laporan status…</translation>
    </message>
    <message>
        <source>Save status PDF…</source>
        <translation>Simpan PDF status…</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Create the next PKS of the chain: terms carried over, new dates</source>
        <translation>Buat PKS berikutnya dalam rangkaian: ketentuan disalin, tanggal baru</translation>
    </message>
    <message>
        <source>Renew the PKS of several wadah signed at one ceremony, all at once</source>
        <translation>Perpanjang PKS beberapa wadah yang ditandatangani dalam satu acara sekaligus</translation>
    </message>
    <message>
        <source>Loading agreements</source>
        <translation>Memuat PKS</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>The agreements could not be read: %1</source>
        <translation>Data PKS tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1 of them renewals</source>
        <translation>%1 di antaranya perpanjangan</translation>
    </message>
    <message>
        <source>renew now</source>
        <translation>segera perpanjang</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>prepare the renewal</source>
        <translation>siapkan perpanjangan</translation>
    </message>
    <message>
        <source>plan the signing</source>
        <translation>rencanakan penandatanganan</translation>
    </message>
    <message>
        <source>no PKS in force</source>
        <translation>tanpa PKS yang berlaku</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>seluruh waktu</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Pengingat (%1)</translation>
    </message>
    <message>
        <source>No agreement found for %1</source>
        <translation>Tidak ditemukan PKS untuk %1</translation>
    </message>
    <message>
        <source>Include renewed</source>
        <translation>Termasuk yang diperpanjang</translation>
    </message>
    <message>
        <source>Also list the earlier agreements of each chain (they stay in the history on the right)</source>
        <translation>Tampilkan juga PKS terdahulu dari setiap rangkaian (tetap ada di riwayat sebelah kanan)</translation>
    </message>
    <message>
        <source>History &amp;&amp; documents</source>
        <translation>Riwayat &amp;&amp; dokumen</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::BatchRenewDialog</name>
    <message>
        <source>Renew several PKS at once</source>
        <translation>Perpanjang beberapa PKS sekaligus</translation>
    </message>
    <message>
        <source>Tick the wadah whose PKS are renewed at the same signing. Each new PKS starts the day after the current one ends; all are saved together, or none if one cannot be.</source>
        <translation>Centang wadah yang PKS-nya diperpanjang dalam penandatanganan yang sama. Setiap PKS baru mulai sehari setelah PKS yang berjalan berakhir; semuanya disimpan bersama, atau tidak satu pun jika ada yang tidak bisa.</translation>
    </message>
    <message>
        <source>Signed on (ceremony)</source>
        <translation>Tanggal tanda tangan (acara)</translation>
    </message>
    <message>
        <source>leave empty to keep each PKS&apos;s signatory</source>
        <translation>kosongkan untuk memakai penanda tangan masing-masing PKS</translation>
    </message>
    <message>
        <source>Signed for the branch by</source>
        <translation>Penanda tangan pihak cabang</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Masa berlaku baru</translation>
    </message>
    <message>
        <source>Tick those ending within 90 days or expired</source>
        <translation>Centang yang berakhir dalam 90 hari atau sudah berakhir</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Current PKS</source>
        <translation>PKS berjalan</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New PKS number</source>
        <translation>Nomor PKS baru</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Double-click to change the number</source>
        <translation>Klik dua kali untuk mengubah nomor</translation>
    </message>
    <message>
        <source>The number %1 is used twice in this renewal.</source>
        <translation>Nomor %1 dipakai dua kali dalam perpanjangan ini.</translation>
    </message>
    <message>
        <source>✔ ready</source>
        <translation>✔ siap</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n PKS</source>
        <translation>
            <numerusform>Perpanjang %n PKS</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one wadah.</source>
        <translation>Centang sedikitnya satu wadah.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked PKS cannot be renewed as shown; correct or untick them.</source>
        <translation>
            <numerusform>%n PKS yang dicentang tidak dapat diperpanjang seperti ini; perbaiki atau hapus centangnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PKS will be renewed, signed on %1.</source>
        <translation>
            <numerusform>%n PKS akan diperpanjang, ditandatangani %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perisai::agreements::HistoryPanel</name>
    <message>
        <source>Attach signed PKS…</source>
        <translation>Lampirkan PKS…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Choose an agreement to see its wadah&apos;s history.</source>
        <translation>Pilih PKS untuk melihat riwayat wadahnya.</translation>
    </message>
    <message>
        <source>Term %1 – %2</source>
        <translation>Berlaku %1 – %2</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, ditandatangani %1</translation>
    </message>
    <message>
        <source>Signatories: %1 (branch), %2 (wadah)</source>
        <translation>Penanda tangan: %1 (cabang), %2 (wadah)</translation>
    </message>
    <message>
        <source>no partner bank</source>
        <translation>tanpa bank mitra</translation>
    </message>
    <message>
        <source>Terminated from %1: %2</source>
        <translation>Diputus mulai %1: %2</translation>
    </message>
    <message>
        <source>Longer term accepted: %1</source>
        <translation>Masa berlaku lebih panjang diterima: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n dokumen bertanda tangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PKS history · %1 %2 (%n agreement(s))</source>
        <translation>
            <numerusform>Riwayat PKS · %1 %2 (%n PKS)</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ renewed by the agreement above</source>
        <translation>↑ diperpanjang dengan PKS di atas</translation>
    </message>
    <message>
        <source>↑ followed by the agreement above</source>
        <translation>↑ dilanjutkan dengan PKS di atas</translation>
    </message>
    <message>
        <source>Signed documents</source>
        <translation>Dokumen bertanda tangan</translation>
    </message>
    <message>
        <source>Signed documents · %1</source>
        <translation>Dokumen bertanda tangan · %1</translation>
    </message>
    <message>
        <source>%1 · %2 KB · %3 by %4</source>
        <translation>%1 · %2 KB · %3 oleh %4</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No signed copy yet: attach the scanned PKS.</source>
        <translation>Belum ada salinan bertanda tangan: lampirkan hasil pindaian PKS.</translation>
    </message>
    <message>
        <source>PKS target %1 participants over the term · PKS monthly minimum %2 · %3</source>
        <translation>Target PKS %1 peserta selama masa berlaku · minimum bulanan PKS %2 · %3</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::RemindersPanel</name>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Perpanjang…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Putus…</translation>
    </message>
    <message>
        <source>Already ended, not renewed</source>
        <translation>Sudah berakhir, belum diperpanjang</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Berakhir dalam 30 hari</translation>
    </message>
    <message>
        <source>Ending in 31–60 days</source>
        <translation>Berakhir dalam 31–60 hari</translation>
    </message>
    <message>
        <source>Ending in 61–90 days</source>
        <translation>Berakhir dalam 61–90 hari</translation>
    </message>
    <message>
        <source>Below the minimum target %1 months in a row</source>
        <translation>Di bawah target minimum %1 bulan berturut-turut</translation>
    </message>
    <message>
        <source>min. %1: %2</source>
        <translation>min. %1: %2</translation>
    </message>
    <message>
        <source>Below the minimum target of %1 acquisitions a month for %2 months in a row (%3)</source>
        <translation>Di bawah target minimum %1 akuisisi per bulan selama %2 bulan berturut-turut (%3)</translation>
    </message>
    <message>
        <source>Nothing to follow up: no PKS ends within 90 days, none has lapsed, and every wadah reaches its minimum target.</source>
        <translation>Tidak ada yang perlu ditindaklanjuti: tidak ada PKS yang berakhir dalam 90 hari, tidak ada yang lewat masa berlaku, dan setiap wadah mencapai target minimumnya.</translation>
    </message>
    <message>
        <source>%1 PKS ending within 90 days, %2 ended without renewal, %3 wadah below their minimum target. Renew or review them here.</source>
        <translation>%1 PKS berakhir dalam 90 hari, %2 sudah berakhir tanpa perpanjangan, %3 wadah di bawah target minimum. Perpanjang atau tinjau di sini.</translation>
    </message>
    <message>
        <source>%1 · %2 days ago</source>
        <translation>%1 · %2 hari lalu</translation>
    </message>
    <message>
        <source>%1 · in %2 days</source>
        <translation>%1 · %2 hari lagi</translation>
    </message>
    <message>
        <source>%1 · %2
PKS %3</source>
        <translation>%1 · %2
PKS %3</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::TerminateDialog</name>
    <message>
        <source>Terminate PKS %1</source>
        <translation>Putus PKS %1</translation>
    </message>
    <message>
        <source>Terminated from</source>
        <translation>Diputus mulai</translation>
    </message>
    <message>
        <source>Why the PKS ends early (required), e.g. below the minimum target for 3 months in a row</source>
        <translation>Alasan PKS berakhir lebih awal (wajib), misalnya di bawah target minimum 3 bulan berturut-turut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Putus</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the PKS and shown in the status report.</source>
        <translation>Isi alasannya: disimpan bersama PKS dan tampil di laporan status.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;PKS %3, %4 – %5. From the termination date the wadah no longer works under this PKS.</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;PKS %3, %4 – %5. Sejak tanggal pemutusan, wadah tidak lagi bekerja berdasarkan PKS ini.</translation>
    </message>
</context>
</TS>
