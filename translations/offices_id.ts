<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>offices</name>
    <message>
        <source>Regional office (Kanwil)</source>
        <translation>Kantor Wilayah (Kanwil)</translation>
    </message>
    <message>
        <source>Branch office (KC)</source>
        <translation>Kantor Cabang (KC)</translation>
    </message>
    <message>
        <source>Sub-branch (KCP)</source>
        <translation>Kantor Cabang Perintis (KCP)</translation>
    </message>
    <message>
        <source>add office %1</source>
        <translation>tambah kantor %1</translation>
    </message>
    <message>
        <source>Cannot undo adding office %1:</source>
        <translation>Penambahan kantor %1 tidak dapat diurungkan:</translation>
    </message>
    <message>
        <source>Cannot redo adding office %1:</source>
        <translation>Penambahan kantor %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>reopen office %1</source>
        <translation>buka kembali kantor %1</translation>
    </message>
    <message>
        <source>close office %1</source>
        <translation>tutup kantor %1</translation>
    </message>
    <message>
        <source>edit office %1</source>
        <translation>ubah kantor %1</translation>
    </message>
    <message>
        <source>Cannot undo the change of office %1:</source>
        <translation>Perubahan kantor %1 tidak dapat diurungkan:</translation>
    </message>
    <message>
        <source>Cannot redo the change of office %1:</source>
        <translation>Perubahan kantor %1 tidak dapat diulang:</translation>
    </message>
    <message>
        <source>The office no longer exists (it was removed on another desk).</source>
        <translation>Kantor ini sudah tidak ada (dihapus di meja lain).</translation>
    </message>
    <message>
        <source>Office %1 %2 added</source>
        <translation>Kantor %1 %2 ditambahkan</translation>
    </message>
    <message>
        <source>Office %1 closed</source>
        <translation>Kantor %1 ditutup</translation>
    </message>
    <message>
        <source>Office %1 reopened</source>
        <translation>Kantor %1 dibuka kembali</translation>
    </message>
    <message>
        <source>Office %1 changed: %2</source>
        <translation>Kantor %1 diubah: %2</translation>
    </message>
    <message>
        <source>Office %1 already has wadah, agents, participants or offices below it; the addition can no longer be undone. Close the office instead.</source>
        <translation>Kantor %1 sudah memiliki wadah, agen, peserta atau kantor di bawahnya; penambahannya tidak dapat diurungkan lagi. Tutup kantor itu sebagai gantinya.</translation>
    </message>
    <message>
        <source>Addition of office %1 undone</source>
        <translation>Penambahan kantor %1 diurungkan</translation>
    </message>
    <message numerus="yes">
        <source>%n active wadah</source>
        <translation>
            <numerusform>%n wadah aktif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) not dismissed</source>
        <translation>
            <numerusform>%n agen yang belum diberhentikan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open office(s) below it</source>
        <translation>
            <numerusform>%n kantor terbuka di bawahnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the office code, e.g. KCP-MAJENANG.</source>
        <translation>Isi kode kantor, mis. KCP-MAJENANG.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>Kode %1 sudah dipakai oleh %2.</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Isi nama kantor.</translation>
    </message>
    <message>
        <source>Choose the kind of office: Kanwil, KC or KCP.</source>
        <translation>Pilih jenis kantor: Kanwil, KC atau KCP.</translation>
    </message>
    <message>
        <source>A KCP belongs under its branch office (KC): choose the KC.</source>
        <translation>KCP berada di bawah kantor cabangnya (KC): pilih KC-nya.</translation>
    </message>
    <message>
        <source>An office cannot stand under itself.</source>
        <translation>Kantor tidak dapat berada di bawah dirinya sendiri.</translation>
    </message>
    <message>
        <source>A %1 belongs under a %2, and %3 is a %4.</source>
        <translation>%1 berada di bawah %2, sedangkan %3 adalah %4.</translation>
    </message>
    <message>
        <source>%1 is closed: choose an open office above this one.</source>
        <translation>%1 sudah ditutup: pilih kantor induk yang masih buka.</translation>
    </message>
    <message>
        <source>Offices stand under %1: its kind cannot change.</source>
        <translation>Ada kantor di bawah %1: jenisnya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Targets are recorded under the code %1: its code cannot change.</source>
        <translation>Ada target yang tercatat dengan kode %1: kodenya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>%1 still supervises %2. Move them to another office (or close those offices) first.</source>
        <translation>%1 masih membina %2. Pindahkan dulu ke kantor lain (atau tutup kantor-kantor itu).</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before the offices below it.</source>
        <translation>%1 sudah ditutup: buka kembali kantor itu sebelum kantor di bawahnya.</translation>
    </message>
    <message>
        <source>Enter the branch&apos;s office code, e.g. KC-CILACAP.</source>
        <translation>Isi kode kantor cabang, mis. KC-CILACAP.</translation>
    </message>
    <message>
        <source>Enter the branch&apos;s name, e.g. Kantor Cabang Cilacap.</source>
        <translation>Isi nama kantor cabang, mis. Kantor Cabang Cilacap.</translation>
    </message>
    <message>
        <source>Enter the branch&apos;s region (regency or city) as the workforce figures name it, e.g. Kabupaten Cilacap.</source>
        <translation>Isi wilayah kantor cabang (kabupaten atau kota) seperti tertulis di data angkatan kerja, mis. Kabupaten Cilacap.</translation>
    </message>
    <message>
        <source>Give every KCP a code and a name (or remove the empty line).</source>
        <translation>Beri setiap KCP kode dan nama (atau hapus baris yang kosong).</translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation>Kode %1 tertulis dua kali.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
</context>
<context>
    <name>perisai::offices::BranchSetupForm</name>
    <message>
        <source>e.g. Kantor Cabang Cilacap</source>
        <translation>mis. Kantor Cabang Cilacap</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Nama kantor cabang</translation>
    </message>
    <message>
        <source>e.g. KC-CILACAP</source>
        <translation>mis. KC-CILACAP</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Cilacap</source>
        <translation>mis. Kabupaten Cilacap</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>The regency or city as the workforce figures (BPS) name it: coverage is counted against them.</source>
        <translation>Kabupaten atau kota seperti tertulis di data angkatan kerja (BPS): cakupan dihitung terhadap data itu.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Kepala kantor cabang</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its KCP&lt;/b&gt; (sub-branches; more can be added later on the Offices page)</source>
        <translation>&lt;b&gt;KCP-nya&lt;/b&gt; (kantor cabang perintis; yang lain dapat ditambahkan nanti di halaman Kantor)</translation>
    </message>
    <message>
        <source>KCP name</source>
        <translation>Nama KCP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Region (if its own)</source>
        <translation>Wilayah (bila berbeda)</translation>
    </message>
    <message>
        <source>Add a KCP</source>
        <translation>Tambah KCP</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Hapus baris</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficeForm</name>
    <message>
        <source>New office</source>
        <translation>Kantor baru</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Muat versi mereka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>e.g. KCP-MAJENANG</source>
        <translation>mis. KCP-MAJENANG</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>e.g. KCP Majenang</source>
        <translation>mis. KCP Majenang</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
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
        <source>– none: the top of the tree –</source>
        <translation>– tidak ada: puncak pohon kantor –</translation>
    </message>
    <message>
        <source>– add its %1 first –</source>
        <translation>– tambahkan dulu %1-nya –</translation>
    </message>
    <message>
        <source>The region names the workforce figures that coverage is counted against. Leave it empty for an office whose coverage comes from the offices below it.</source>
        <translation>Wilayah menunjuk data angkatan kerja yang menjadi pembagi cakupan. Kosongkan untuk kantor yang cakupannya dihitung dari kantor-kantor di bawahnya.</translation>
    </message>
    <message>
        <source>Workforce figures are recorded for %1.</source>
        <translation>Data angkatan kerja untuk %1 sudah tercatat.</translation>
    </message>
    <message>
        <source>No workforce figures yet. Import them (Import → workforce) with the region written exactly as here: %1.</source>
        <translation>Belum ada data angkatan kerja. Impor datanya (Impor → angkatan kerja) dengan nama wilayah persis seperti di sini: %1.</translation>
    </message>
    <message>
        <source>No workforce figures for %1. Choose one of the regions in the list, or import figures for this name (Import → workforce).</source>
        <translation>Belum ada data angkatan kerja untuk %1. Pilih salah satu wilayah di daftar, atau impor data untuk nama ini (Impor → angkatan kerja).</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Kantor %1</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficeTreeModel</name>
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
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kepala</translation>
    </message>
    <message>
        <source>Active wadah</source>
        <translation>Wadah aktif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No workforce figures for %1 yet: coverage needs them. Import the workforce kind with this same region name, or change the region to one that has figures.</source>
        <translation>Belum ada data angkatan kerja untuk %1, padahal cakupan membutuhkannya. Impor data angkatan kerja dengan nama wilayah yang sama, atau ganti wilayahnya dengan yang sudah punya data.</translation>
    </message>
    <message>
        <source>No region: coverage is counted from the offices below it, if they have one.</source>
        <translation>Tanpa wilayah: cakupan dihitung dari kantor di bawahnya, bila mereka punya wilayah.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Closed since %1</source>
        <translation>Tutup sejak %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>With the offices below it, on %1.</source>
        <translation>Termasuk kantor di bawahnya, pada %1.</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Agen aktif</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficesPage</name>
    <message>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Kanwil → KC → KCP: the offices that wadah, agents, participants and Monev sessions belong to</source>
        <translation>Kanwil → KC → KCP: kantor tempat wadah, agen, peserta dan sesi Monev bernaung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;No offices yet.&lt;/b&gt; Add your branch office (KC) and then its KCP, or import a list of offices (kode_kantor, nama, jenis, induk, wilayah). Wadah, agents and Monev sessions need an office to belong to.</source>
        <translation>&lt;b&gt;Belum ada kantor.&lt;/b&gt; Tambahkan kantor cabang (KC) lalu KCP-nya, atau impor daftar kantor (kode_kantor, nama, jenis, induk, wilayah). Wadah, agen dan sesi Monev membutuhkan kantor tempat bernaung.</translation>
    </message>
    <message>
        <source>Add the branch office</source>
        <translation>Tambah kantor cabang</translation>
    </message>
    <message>
        <source>Import offices…</source>
        <translation>Impor kantor…</translation>
    </message>
    <message>
        <source>A closed office keeps its history (wadah, agents, participants, Monev sessions); forms no longer offer it. Close an office once its wadah and agents have moved elsewhere.</source>
        <translation>Kantor yang ditutup tetap menyimpan riwayatnya (wadah, agen, peserta, sesi Monev); formulir tidak lagi menawarkannya. Tutup kantor setelah wadah dan agennya pindah ke kantor lain.</translation>
    </message>
    <message>
        <source>Add office</source>
        <translation>Tambah kantor</translation>
    </message>
    <message>
        <source>Add KCP below</source>
        <translation>Tambah KCP di bawahnya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Close office</source>
        <translation>Tutup kantor</translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation>Impor kantor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Reopen office</source>
        <translation>Buka kembali kantor</translation>
    </message>
    <message>
        <source>Add KC below</source>
        <translation>Tambah KC di bawahnya</translation>
    </message>
    <message>
        <source>The offices could not be read: %1</source>
        <translation>Daftar kantor tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n branch office(s) (KC), %1 KCP, %2 closed</source>
        <translation>
            <numerusform>%n kantor cabang (KC), %1 KCP, %2 ditutup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch office(s) (KC), %1 KCP</source>
        <translation>
            <numerusform>%n kantor cabang (KC), %1 KCP</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no office %1.</source>
        <translation>Tidak ada kantor %1.</translation>
    </message>
    <message>
        <source>Office %1 reopened.</source>
        <translation>Kantor %1 dibuka kembali.</translation>
    </message>
    <message>
        <source>Office %1 closed; Edit → Undo opens it again.</source>
        <translation>Kantor %1 ditutup; Sunting → Urungkan membukanya kembali.</translation>
    </message>
</context>
</TS>
