<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: perisai-desk [--database DB] [--lang id|en]     start the window
       perisai-desk COMMAND --database DB [options]   run without a window

DB is a SQLite file or a postgresql://user@host:port/dbname URL (password from PGPASSWORD or .pgpass).

Commands:
</source>
        <translation>Penggunaan: perisai-desk [--database DB] [--lang id|en]     membuka jendela aplikasi
            perisai-desk PERINTAH --database DB [opsi]    berjalan tanpa jendela

DB adalah berkas SQLite atau URL postgresql://user@host:port/dbname (kata sandi dari PGPASSWORD atau .pgpass).

Perintah:
</translation>
    </message>
    <message>
        <source>
"perisai-desk COMMAND --help" describes a command's options.
</source>
        <translation>
"perisai-desk PERINTAH --help" menjelaskan opsi suatu perintah.
</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>perintah "%1" tidak dikenal</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>keychain sistem tidak menjawab</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>versi ini tidak mendukung keychain sistem</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Preparing demo data for a first look…</source>
        <translation>Menyiapkan data contoh untuk perkenalan pertama…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Perisai Desk</source>
        <translation>Perisai Desk</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1
The database stays empty.</source>
        <translation>Data contoh tidak dapat dibuat: %1
Basis data tetap kosong.</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Basis data tidak dapat dibuka:
%1</translation>
    </message>
</context>
<context>
    <name>perisai::shell::ConnectionDialog</name>
    <message>
        <source>A database file on this computer (SQLite)</source>
        <translation>Berkas basis data di komputer ini (SQLite)</translation>
    </message>
    <message>
        <source>A database server shared by several desks (PostgreSQL)</source>
        <translation>Server basis data bersama untuk beberapa meja kerja (PostgreSQL)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or .pgpass</source>
        <translation>kosong: dari PGPASSWORD atau .pgpass</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <source>Perisai database (*.db);;All files (*)</source>
        <translation>Basis data Perisai (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Pilih berkas basis data.</translation>
    </message>
    <message>
        <source>Enter the server and the database name.</source>
        <translation>Isi server dan nama basis data.</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Ingat kata sandi di keychain sistem</translation>
    </message>
    <message>
        <source>Tick it with an empty password to remove the stored one.</source>
        <translation>Centang dengan kata sandi kosong untuk menghapus kata sandi yang tersimpan.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Kata sandi tidak dapat disimpan di keychain sistem: %1</translation>
    </message>
</context>
<context>
    <name>perisai::shell::FirstStartDialog</name>
    <message>
        <source>Perisai Desk: first start</source>
        <translation>Perisai Desk: mulai pertama kali</translation>
    </message>
    <message>
        <source>Welcome to Perisai Desk</source>
        <translation>Selamat datang di Perisai Desk</translation>
    </message>
    <message>
        <source>This database is still empty. How would you like to begin?</source>
        <translation>Basis data ini masih kosong. Mau mulai dengan cara apa?</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message>
        <source>A made-up branch with 2 KCP, 10 wadah, 50 agents and three years of figures, to look around. It is marked as demo data in the title bar; start your own database later from the File menu.</source>
        <translation>Kantor cabang rekaan dengan 2 KCP, 10 wadah, 50 agen dan data tiga tahun, untuk melihat-lihat. Basis data ini ditandai sebagai data contoh di bilah judul; mulai basis data kantor Anda sendiri kapan saja dari menu Berkas.</translation>
    </message>
    <message>
        <source>Set up my branch office</source>
        <translation>Siapkan kantor cabang saya</translation>
    </message>
    <message>
        <source>Enter your branch and its KCP (a minute), then import your own wadah, agents, participants and contributions.</source>
        <translation>Isi kantor cabang dan KCP-nya (sekitar semenit), lalu impor wadah, agen, peserta dan iuran Anda sendiri.</translation>
    </message>
    <message>
        <source>Later: open the empty database</source>
        <translation>Nanti saja: buka basis data yang kosong</translation>
    </message>
    <message>
        <source>Until offices are set up, this choice is offered at every start.</source>
        <translation>Selama belum ada kantor, pilihan ini muncul setiap kali program dibuka.</translation>
    </message>
    <message>
        <source>Set up your branch office</source>
        <translation>Siapkan kantor cabang Anda</translation>
    </message>
    <message>
        <source>Wadah, agents, participants and Monev sessions belong to an office: enter your branch (KC) and its KCP. Offices can be changed later on the Offices page, or imported as a file (import kind: offices).</source>
        <translation>Wadah, agen, peserta dan sesi Monev bernaung di sebuah kantor: isi kantor cabang (KC) dan KCP-nya. Kantor dapat diubah nanti di halaman Kantor, atau diimpor dari berkas (jenis impor: kantor).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Simpan dan mulai</translation>
    </message>
</context>
<context>
    <name>perisai::shell::MainWindow</name>
    <message>
        <source>Perisai Desk</source>
        <translation>Perisai Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Cadangkan basis data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Show &amp;personal data (NIK, phone, account)</source>
        <translation>Tampilkan &amp;data pribadi (NIK, telepon, rekening)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Perisai Desk</source>
        <translation>&amp;Tentang Perisai Desk</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Perisai agent channel</source>
        <translation>Kanal agen Perisai</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Basis data yang sedang dibuka</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Data pribadi disamarkan</translation>
    </message>
    <message>
        <source>Personal data SHOWN</source>
        <translation>Data pribadi DITAMPILKAN</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Mencadangkan basis data</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Cadangan ditulis ke %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>About Perisai Desk</source>
        <translation>Tentang Perisai Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perisai Desk %1&lt;/h3&gt;&lt;p&gt;The desk of a BPJS Ketenagakerjaan branch office for its Perisai agent channel: agents and wadah, Monev sessions, partnership agreements (PKS), charted performance, imports, reports and projector mode.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Personal data (NIK, phone, bank account) is protected under UU 27/2022 and is masked unless you choose to show it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Perisai Desk %1&lt;/h3&gt;&lt;p&gt;Meja kerja kantor cabang BPJS Ketenagakerjaan untuk kanal agen Perisai: agen dan wadah, Monev, perjanjian kerja sama (PKS), grafik kinerja, impor data, laporan, dan mode proyektor.&lt;/p&gt;&lt;p&gt;Basis data: %2&lt;br&gt;Versi skema: %3&lt;/p&gt;&lt;p&gt;Data pribadi (NIK, telepon, rekening bank) dilindungi UU 27/2022 dan disamarkan kecuali Anda memilih untuk menampilkannya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Perisai Desk – DEMO DATA</source>
        <translation>Perisai Desk – DATA CONTOH</translation>
    </message>
    <message>
        <source>&amp;New branch database…</source>
        <translation>Basis data kantor cabang &amp;baru…</translation>
    </message>
    <message>
        <source>An empty database for your branch's own data: set up the branch and its KCP, then import</source>
        <translation>Basis data kosong untuk data kantor cabang Anda sendiri: siapkan kantor cabang dan KCP-nya, lalu impor</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data</source>
        <translation>Isi dengan data &amp;contoh</translation>
    </message>
    <message>
        <source>Only an empty database takes demo data</source>
        <translation>Hanya basis data kosong yang dapat diisi data contoh</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DATA CONTOH</translation>
    </message>
    <message>
        <source>This database holds made-up demo data. For your branch's own data use File → New branch database.</source>
        <translation>Basis data ini berisi data contoh rekaan. Untuk data kantor cabang Anda sendiri pakai Berkas → Basis data kantor cabang baru.</translation>
    </message>
    <message>
        <source>New branch database</source>
        <translation>Basis data kantor cabang baru</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>This database already holds data; demo data goes only into an empty one. Use File → New branch database… for an empty one.</source>
        <translation>Basis data ini sudah berisi data; data contoh hanya masuk ke basis data kosong. Pakai Berkas → Basis data kantor cabang baru… untuk yang kosong.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language changes once this is finished (or cancelled):
%1</source>
        <translation>Bahasa berganti setelah pekerjaan ini selesai (atau dibatalkan):
%1</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>The logins of the offices you see: add one, disable one</source>
        <translation>Login kantor-kantor yang Anda lihat: tambah atau nonaktifkan</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>Who changed or looked at what, and when</source>
        <translation>Siapa mengubah atau melihat apa, dan kapan</translation>
    </message>
    <message>
        <source>Logged in to the server as %1, working for %2</source>
        <translation>Masuk ke server sebagai %1, bekerja untuk %2</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>tanpa kantor</translation>
    </message>
    <message>
        <source>The computer's user, named in the audit log</source>
        <translation>Pengguna komputer, yang tercatat di log audit</translation>
    </message>
    <message>
        <source>This login works for no office, so it sees no rows. Ask an admin to give it an office.</source>
        <translation>Login ini tidak terhubung ke kantor mana pun sehingga tidak melihat data apa pun. Mintalah admin menetapkan kantornya.</translation>
    </message>
</context>
<context>
    <name>perisai::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hide these reminders until something in them changes</source>
        <translation>Sembunyikan pengingat ini sampai ada yang berubah</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Ringkas</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the first reminder</source>
        <translation>Tampilkan pengingat pertama saja</translation>
    </message>
    <message>
        <source>Show every reminder</source>
        <translation>Tampilkan semua pengingat</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Selengkapnya</translation>
    </message>
</context>
<context>
    <name>perisai::shell::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>perisai::shell::WindowController</name>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Basis data tidak dapat dibuka:
%1</translation>
    </message>
    <message>
        <source>New branch database</source>
        <translation>Basis data kantor cabang baru</translation>
    </message>
    <message>
        <source>The database could not be created:
%1</source>
        <translation>Basis data tidak dapat dibuat:
%1</translation>
    </message>
    <message>
        <source>%1 already holds offices. Choose a new file name, or an empty database on the server.</source>
        <translation>%1 sudah berisi kantor. Pilih nama berkas baru, atau basis data kosong di server.</translation>
    </message>
</context>
</TS>