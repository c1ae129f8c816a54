<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Incentives</name>
    <message>
        <source>NIK registered before (not new)</source>
        <translation>NIK sudah terdaftar sebelumnya (bukan baru)</translation>
    </message>
    <message>
        <source>agent dismissed</source>
        <translation>agen diberhentikan</translation>
    </message>
    <message>
        <source>confirmed fraud case</source>
        <translation>kasus kecurangan terkonfirmasi</translation>
    </message>
    <message>
        <source>contribution month not paid by the rule</source>
        <translation>bulan iuran tidak dibayar menurut aturan</translation>
    </message>
    <message>
        <source>new participants %1 → %2</source>
        <translation>peserta baru %1 → %2</translation>
    </message>
    <message>
        <source>contributions counted %1 → %2</source>
        <translation>iuran dihitung %1 → %2</translation>
    </message>
    <message>
        <source>recalculated with later data</source>
        <translation>dihitung ulang dengan data yang datang kemudian</translation>
    </message>
    <message>
        <source>correction of %1 (approved): %2</source>
        <translation>koreksi %1 (sudah disetujui): %2</translation>
    </message>
    <message>
        <source>%1 of every contribution</source>
        <translation>%1 dari setiap iuran</translation>
    </message>
    <message>
        <source>%1 from month %2</source>
        <translation>%1 mulai bulan ke-%2</translation>
    </message>
    <message>
        <source>%1 for months %2–%3</source>
        <translation>%1 untuk bulan ke-%2–%3</translation>
    </message>
    <message>
        <source>%1 · rule %2 · %3</source>
        <translation>%1 · aturan %2 · %3</translation>
    </message>
    <message>
        <source>Draft: the figures may still change until the month is approved.</source>
        <translation>Draf: angka masih dapat berubah sampai bulan ini disetujui.</translation>
    </message>
    <message>
        <source>Approved by %1: these figures are frozen; later corrections are paid in a later month.</source>
        <translation>Disetujui oleh %1: angka ini dibekukan; koreksi kemudian dibayar pada bulan berikutnya.</translation>
    </message>
    <message>
        <source>Paid on %1, bank reference %2.</source>
        <translation>Dibayar %1, referensi bank %2.</translation>
    </message>
    <message>
        <source>%1 in a month with at least %2 new participants</source>
        <translation>%1 pada bulan dengan sedikitnya %2 peserta baru</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 untuk %2</translation>
    </message>
    <message>
        <source>%1 per new participant, in a month with at least %2</source>
        <translation>%1 per peserta baru, pada bulan dengan sedikitnya %2</translation>
    </message>
    <message>
        <source>contributions: %1</source>
        <translation>iuran: %1</translation>
    </message>
    <message>
        <source>wadah: %1 of its agents' total</source>
        <translation>wadah: %1 dari total agennya</translation>
    </message>
    <message>
        <source>tax withheld: %1</source>
        <translation>pajak dipotong: %1</translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>Rincian Insentif</translation>
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
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>tidak dihitung: %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Per peserta</translation>
    </message>
    <message>
        <source>The month reached the threshold of %1 new participants.</source>
        <translation>Bulan ini mencapai ambang %1 peserta baru.</translation>
    </message>
    <message>
        <source>Below the threshold of %1 new participants: no acquisition incentive this month.</source>
        <translation>Di bawah ambang %1 peserta baru: tidak ada insentif akuisisi bulan ini.</translation>
    </message>
    <message>
        <source>Contributions paid in the month</source>
        <translation>Iuran yang dibayar pada bulan ini</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Insentif</translation>
    </message>
    <message>
        <source>Total (gross)</source>
        <translation>Total (bruto)</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Pajak dipotong</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Amounts are rounded down to the rupiah.</source>
        <translation>Jumlah dibulatkan ke bawah ke rupiah.</translation>
    </message>
    <message>
        <source>Incentive payout sheet</source>
        <translation>Lembar Pembayaran Insentif</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Bank mitra</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Agents' total</source>
        <translation>Total agen</translation>
    </message>
    <message>
        <source>Wadah share</source>
        <translation>Bagian wadah</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Ditransfer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Wadah share (%1)</source>
        <translation>Bagian wadah (%1)</translation>
    </message>
    <message>
        <source>Transferred to the wadah</source>
        <translation>Ditransfer ke wadah</translation>
    </message>
    <message>
        <source>Paid through the wadah's partner bank by day %1 of the next month; the wadah pays each agent's line.</source>
        <translation>Dibayar melalui bank mitra wadah paling lambat tanggal %1 bulan berikutnya; wadah membayar baris setiap agen.</translation>
    </message>
    <message>
        <source>Prints one month's incentives per agent and wadah; --approve approves it.</source>
        <translation>Mencetak insentif satu bulan per agen dan wadah; --approve menyetujuinya.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>Bulan, YYYY-MM.</translation>
    </message>
    <message>
        <source>The office code (default: the database's branch).</source>
        <translation>Kode kantor (bawaan: cabang basis data ini).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (bawaan) atau csv.</translation>
    </message>
    <message>
        <source>Approve the month: its figures are frozen.</source>
        <translation>Setujui bulan: angkanya dibekukan.</translation>
    </message>
    <message>
        <source>incentives: --period YYYY-MM is required</source>
        <translation>incentives: --period YYYY-MM wajib diisi</translation>
    </message>
    <message>
        <source>incentives: --format must be json or csv, not %1</source>
        <translation>incentives: --format harus json atau csv, bukan %1</translation>
    </message>
    <message>
        <source>incentives: %1 is in the future</source>
        <translation>incentives: %1 ada di masa depan</translation>
    </message>
    <message>
        <source>incentives: %1 does not exist</source>
        <translation>incentives: %1 tidak ada</translation>
    </message>
    <message>
        <source>one month's incentives per agent and wadah; approve it</source>
        <translation>insentif satu bulan per agen dan wadah; menyetujuinya</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Insentif</translation>
    </message>
    <message>
        <source>only a branch head or an admin may approve incentives (%1 is %2)</source>
        <translation>hanya kepala cabang atau admin yang boleh menyetujui insentif (%1 adalah %2)</translation>
    </message>
    <message>
        <source>the incentive rule is not a JSON object: %1</source>
        <translation>aturan insentif bukan objek JSON: %1</translation>
    </message>
    <message>
        <source>unknown key "%1" in the incentive rule</source>
        <translation>kunci "%1" tidak dikenal dalam aturan insentif</translation>
    </message>
    <message>
        <source>contribution bands of the incentive rule overlap</source>
        <translation>rentang iuran dalam aturan insentif saling tumpang tindih</translation>
    </message>
    <message>
        <source>the incentive rule holds an amount or rate out of range</source>
        <translation>aturan insentif memuat jumlah atau tarif di luar batas</translation>
    </message>
    <message>
        <source>no incentive rule is in force on %1</source>
        <translation>tidak ada aturan insentif yang berlaku pada %1</translation>
    </message>
    <message>
        <source>incentive rule %1 not found</source>
        <translation>aturan insentif %1 tidak ditemukan</translation>
    </message>
    <message>
        <source>a rule version starts on the first day of a month</source>
        <translation>versi aturan dimulai pada tanggal satu suatu bulan</translation>
    </message>
    <message>
        <source>%1 is already approved: a new rule version starts after it</source>
        <translation>%1 sudah disetujui: versi aturan baru dimulai setelahnya</translation>
    </message>
    <message>
        <source>a new rule version starts after %1, the start of the latest one</source>
        <translation>versi aturan baru dimulai setelah %1, awal versi terakhir</translation>
    </message>
    <message>
        <source>incentive rule %1 from %2</source>
        <translation>aturan insentif %1 mulai %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation>%1 sudah %2</translation>
    </message>
    <message>
        <source>%1 prepared %2: another head or admin approves it</source>
        <translation>%1 menyiapkan %2: kepala atau admin lain yang menyetujuinya</translation>
    </message>
    <message>
        <source>incentives %1 approved</source>
        <translation>insentif %1 disetujui</translation>
    </message>
    <message>
        <source>the bank's payment reference is required</source>
        <translation>referensi pembayaran bank wajib diisi</translation>
    </message>
    <message>
        <source>%1 is not approved: only an approved month is paid</source>
        <translation>%1 belum disetujui: hanya bulan yang disetujui yang dibayar</translation>
    </message>
    <message>
        <source>incentives %1 paid, reference %2</source>
        <translation>insentif %1 dibayar, referensi %2</translation>
    </message>
    <message>
        <source>the month is written YYYY-MM</source>
        <translation>bulan ditulis YYYY-MM</translation>
    </message>
    <message>
        <source>months are approved in order: %1 is not the next month to approve</source>
        <translation>bulan disetujui berurutan: %1 bukan bulan berikutnya untuk disetujui</translation>
    </message>
    <message>
        <source>%1 has not begun: it cannot be approved</source>
        <translation>%1 belum dimulai: belum dapat disetujui</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Incentive transfers %1, %2</source>
        <translation>Transfer insentif %1, %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pembayaran</translation>
    </message>
</context>
<context>
    <name>perisai::incentives::BasisDialog</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Registrations (%1 counted, %2 not)</source>
        <translation>Pendaftaran (%1 dihitung, %2 tidak)</translation>
    </message>
    <message>
        <source>Payments (%1 counted)</source>
        <translation>Pembayaran (%1 dihitung)</translation>
    </message>
    <message>
        <source>Reading the participants behind the line</source>
        <translation>Membaca peserta di balik baris</translation>
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
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>For month</source>
        <translation>Untuk bulan</translation>
    </message>
    <message>
        <source>Contribution month</source>
        <translation>Bulan iuran ke-</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar tanggal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
</context>
<context>
    <name>perisai::incentives::IncentivesPage</name>
    <message>
        <source>Approve month</source>
        <translation>Setujui bulan</translation>
    </message>
    <message>
        <source>Freeze the month's figures; later data is paid as adjustments in the next month</source>
        <translation>Bekukan angka bulan ini; data yang datang kemudian dibayar sebagai penyesuaian pada bulan berikutnya</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>Tandai dibayar…</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>Ekspor bulan…</translation>
    </message>
    <message>
        <source>Statements per agent, payout sheets per wadah and the bank transfer file</source>
        <translation>Rincian per agen, lembar pembayaran per wadah dan berkas transfer bank</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Approve the incentives of %1 (%2)? The figures are frozen; later changes are paid as adjustments.</source>
        <translation>Setujui insentif %1 (%2)? Angkanya dibekukan; perubahan kemudian dibayar sebagai penyesuaian.</translation>
    </message>
    <message>
        <source>Approving incentives</source>
        <translation>Menyetujui insentif</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 disetujui</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Mencatat pembayaran</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Tandai dibayar</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Referensi bank</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar tanggal</translation>
    </message>
    <message>
        <source>no month is shown</source>
        <translation>tidak ada bulan yang ditampilkan</translation>
    </message>
    <message>
        <source>Folder for the month's files</source>
        <translation>Folder untuk berkas bulan ini</translation>
    </message>
    <message>
        <source>Writing the month's files</source>
        <translation>Menulis berkas bulan ini</translation>
    </message>
    <message>
        <source>Export month</source>
        <translation>Ekspor bulan</translation>
    </message>
    <message>
        <source>The month's files are in %1</source>
        <translation>Berkas bulan ini ada di %1</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Insentif</translation>
    </message>
    <message>
        <source>What the branch owes each agent and wadah, month by month</source>
        <translation>Yang menjadi kewajiban cabang kepada setiap agen dan wadah, bulan demi bulan</translation>
    </message>
    <message>
        <source>Month total</source>
        <translation>Total bulan</translation>
    </message>
    <message>
        <source>Agents paid</source>
        <translation>Agen dibayar</translation>
    </message>
    <message>
        <source>Wadah shares</source>
        <translation>Bagian wadah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading incentive months</source>
        <translation>Membaca bulan insentif</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Computing incentives</source>
        <translation>Menghitung insentif</translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3</source>
        <translation>%1 · %2 · aturan %3</translation>
    </message>
    <message>
        <source>net %1 after tax</source>
        <translation>bersih %1 setelah pajak</translation>
    </message>
    <message>
        <source>agents and wadah shares</source>
        <translation>agen dan bagian wadah</translation>
    </message>
    <message>
        <source>%1 to agents</source>
        <translation>%1 untuk agen</translation>
    </message>
    <message>
        <source>%1 wadah</source>
        <translation>%1 wadah</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>disetujui oleh %1</translation>
    </message>
    <message>
        <source>the next month to approve</source>
        <translation>bulan berikutnya untuk disetujui</translation>
    </message>
    <message>
        <source>approve the months before it first</source>
        <translation>setujui dulu bulan-bulan sebelumnya</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
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
        <source>New participants</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Tidak dihitung</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Contributions counted</source>
        <translation>Iuran dihitung</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Agents' total</source>
        <translation>Total agen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>(no wadah)</source>
        <translation>(tanpa wadah)</translation>
    </message>
    <message>
        <source>Double-click an agent to see the participants and payments behind the line.</source>
        <translation>Klik dua kali seorang agen untuk melihat peserta dan pembayaran di balik barisnya.</translation>
    </message>
    <message>
        <source>Adjustments: %1</source>
        <translation>Penyesuaian: %1</translation>
    </message>
</context>
</TS>