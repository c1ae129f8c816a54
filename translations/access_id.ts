<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Access</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>logins belong to a PostgreSQL server; a SQLite file has one user, the computer's</source>
        <translation>login hanya ada di server PostgreSQL; berkas SQLite hanya punya satu pengguna, yaitu pengguna komputer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kepala</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <source>superuser</source>
        <translation>superuser</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>tanpa kantor</translation>
    </message>
    <message>
        <source>You are logged in as %1, a superuser of the server: every office's rows are open to you and nothing you do is checked. Use your own login for daily work.</source>
        <translation>Anda masuk sebagai %1, superuser server: data semua kantor terbuka bagi Anda dan tidak ada tindakan Anda yang diperiksa. Gunakan login Anda sendiri untuk pekerjaan sehari-hari.</translation>
    </message>
    <message>
        <source>You are logged in as %1, which may act as the database's owner (perisai_owner): it may rewrite the audit log. Use your own login for daily work.</source>
        <translation>Anda masuk sebagai %1, yang dapat bertindak sebagai pemilik basis data (perisai_owner) dan dapat mengubah log audit. Gunakan login Anda sendiri untuk pekerjaan sehari-hari.</translation>
    </message>
    <message>
        <source>the role must be admin, head, staff or viewer, not "%1"</source>
        <translation>peran harus admin, head, staff, atau viewer, bukan "%1"</translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>kata sandi minimal 8 karakter</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
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
        <source>users add: --name, --role and --office are required</source>
        <translation>users add: --name, --role, dan --office wajib diisi</translation>
    </message>
    <message>
        <source>users add: --role must be admin, head, staff or viewer, not %1</source>
        <translation>users add: --role harus admin, head, staff, atau viewer, bukan %1</translation>
    </message>
    <message>
        <source>users add: the password read from standard input needs at least 8 characters</source>
        <translation>users add: kata sandi dari masukan standar minimal 8 karakter</translation>
    </message>
    <message>
        <source>login %1 added: %2 of %3</source>
        <translation>login %1 ditambahkan: %2 di %3</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>kata sandi: %1</translation>
    </message>
    <message>
        <source>users disable: --name is required</source>
        <translation>users disable: --name wajib diisi</translation>
    </message>
    <message>
        <source>login %1 disabled: it can no longer connect</source>
        <translation>login %1 dinonaktifkan: login ini tidak dapat terhubung lagi</translation>
    </message>
    <message>
        <source>Adds, lists and disables the logins of a PostgreSQL server. add reads the password from standard input when it is not a terminal, and otherwise generates one and prints it once.</source>
        <translation>Menambah, mendaftar, dan menonaktifkan login server PostgreSQL. add membaca kata sandi dari masukan standar bila bukan terminal; selain itu membuat kata sandi dan menampilkannya sekali.</translation>
    </message>
    <message>
        <source>add, list or disable</source>
        <translation>add, list, atau disable</translation>
    </message>
    <message>
        <source>The login (PostgreSQL role) name.</source>
        <translation>Nama login (role PostgreSQL).</translation>
    </message>
    <message>
        <source>admin, head, staff or viewer.</source>
        <translation>admin, head, staff, atau viewer.</translation>
    </message>
    <message>
        <source>The code of the login's office.</source>
        <translation>Kode kantor login tersebut.</translation>
    </message>
    <message>
        <source>The person's name, for the list.</source>
        <translation>Nama orangnya, untuk daftar.</translation>
    </message>
    <message>
        <source>users: say add, list or disable</source>
        <translation>users: sebutkan add, list, atau disable</translation>
    </message>
    <message>
        <source>users: logins belong to a PostgreSQL server (--database postgresql://...); a SQLite file has one user</source>
        <translation>users: login hanya ada di server PostgreSQL (--database postgresql://...); berkas SQLite hanya punya satu pengguna</translation>
    </message>
    <message>
        <source>add, list or disable the logins of a PostgreSQL server</source>
        <translation>menambah, mendaftar, atau menonaktifkan login server PostgreSQL</translation>
    </message>
</context>
<context>
    <name>perisai::access::AuditViewer</name>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>import</source>
        <translation>impor</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>personal data shown</source>
        <translation>data pribadi ditampilkan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Semua tabel</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Pilih satu entri untuk melihat apa yang diubahnya.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filter to see older ones.</source>
        <translation><numerusform>%n entri terbaru; persempit saringan untuk melihat yang lebih lama.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation><numerusform>%n entri, terbaru di atas.</numerusform></translation>
    </message>
    <message>
        <source>No values were recorded for this entry.</source>
        <translation>Tidak ada nilai yang dicatat untuk entri ini.</translation>
    </message>
</context>
<context>
    <name>perisai::access::UsersDialog</name>
    <message>
        <source>Add a login</source>
        <translation>Tambah login</translation>
    </message>
    <message>
        <source>e.g. sri.wahyuni</source>
        <translation>mis. sri.wahyuni</translation>
    </message>
    <message>
        <source>empty: one is generated and shown once</source>
        <translation>kosong: dibuatkan dan ditampilkan sekali</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>The role decides what the login may do: viewers read; staff import and edit; heads also approve incentives and decide review cases; admins also manage logins, offices and reference data. The login sees its office and the offices under it.</source>
        <translation>Peran menentukan apa yang boleh dilakukan login: pembaca hanya membaca; staf mengimpor dan mengubah data; kepala juga menyetujui insentif dan memutus kasus tinjauan; admin juga mengelola login, kantor, dan data referensi. Login melihat kantornya sendiri dan kantor di bawahnya.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>The logins of the offices you see. Each works for one office, in one role; a disabled login can no longer connect. Their changes are in the audit log under their login.</source>
        <translation>Login kantor-kantor yang Anda lihat. Setiap login bekerja untuk satu kantor dengan satu peran; login yang dinonaktifkan tidak dapat terhubung lagi. Perubahan yang dibuatnya tercatat di log audit atas nama login tersebut.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Add a login…</source>
        <translation>Tambah login…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Login added</source>
        <translation>Login ditambahkan</translation>
    </message>
    <message>
        <source>The password of %1 is shown only now; give it to the person in private:

%2</source>
        <translation>Kata sandi %1 hanya ditampilkan sekarang; berikan kepada orangnya secara pribadi:

%2</translation>
    </message>
    <message>
        <source>Login not added</source>
        <translation>Login tidak ditambahkan</translation>
    </message>
    <message>
        <source>Disable login</source>
        <translation>Nonaktifkan login</translation>
    </message>
    <message>
        <source>Disable %1? The login can no longer connect; what it did stays in the audit log.</source>
        <translation>Nonaktifkan %1? Login ini tidak dapat terhubung lagi; apa yang telah dilakukannya tetap tercatat di log audit.</translation>
    </message>
    <message>
        <source>Login not disabled</source>
        <translation>Login tidak dinonaktifkan</translation>
    </message>
</context>
</TS>