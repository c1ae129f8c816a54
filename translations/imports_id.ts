<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ImportFields</name>
    <message>
        <source>Member number (KPJ)</source>
        <translation>Nomor peserta (KPJ)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
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
        <source>Office (KCP) code</source>
        <translation>Kode kantor (KCP)</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Kode agen</translation>
    </message>
    <message>
        <source>Wadah code</source>
        <translation>Kode wadah</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
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
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
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
        <source>Declared income</source>
        <translation>Penghasilan yang dilaporkan</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Contribution month</source>
        <translation>Bulan iuran</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>Kanal pembayaran</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Tanggal klaim</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Nilai dibayar</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Month (empty: whole year)</source>
        <translation>Bulan (kosong: setahun penuh)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
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
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Kind (KANWIL, KC, KCP)</source>
        <translation>Jenis (KANWIL, KC, KCP)</translation>
    </message>
    <message>
        <source>Office above (its code)</source>
        <translation>Kantor induk (kodenya)</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV separated by %1, %2, %3 line ends</source>
        <translation>CSV dengan pemisah %1, %2, akhir baris %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>no column of this file is a field of %1 files (the first line reads: %2); name the columns in a mapping (--mapping FILE)</source>
        <translation>tidak ada kolom berkas ini yang merupakan isian berkas %1 (baris pertama: %2); sebutkan kolomnya dalam pemetaan (--mapping BERKAS)</translation>
    </message>
    <message>
        <source>required columns are missing: %1 (the header on line %2 has: %3); add them or name them in a mapping (--mapping FILE)</source>
        <translation>kolom wajib tidak ada: %1 (judul kolom di baris %2: %3); tambahkan atau sebutkan dalam pemetaan (--mapping BERKAS)</translation>
    </message>
    <message>
        <source>import CSV or XLSX extracts</source>
        <translation>impor berkas CSV atau XLSX</translation>
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
        <source>Contributions</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Workforce figures</source>
        <translation>Data angkatan kerja</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>this value is required</source>
        <translation>nilai ini wajib diisi</translation>
    </message>
    <message>
        <source>NIK is stored as a number in the spreadsheet, which loses digits; format the column as text and type the NIK again</source>
        <translation>NIK tersimpan sebagai angka di spreadsheet sehingga digitnya hilang; ubah format kolom menjadi teks lalu ketik ulang NIK</translation>
    </message>
    <message>
        <source>not an amount; write for example 36800 or Rp36.800</source>
        <translation>bukan nominal; tulis misalnya 36800 atau Rp36.800</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>bukan bilangan bulat</translation>
    </message>
    <message>
        <source>there is no participant with KPJ %1; import the participants first</source>
        <translation>tidak ada peserta dengan KPJ %1; impor data peserta terlebih dahulu</translation>
    </message>
    <message>
        <source>the month is before the participant registered (%1)</source>
        <translation>bulan ini sebelum peserta terdaftar (%1)</translation>
    </message>
    <message>
        <source>a contribution of zero rupiah</source>
        <translation>iuran nol rupiah</translation>
    </message>
    <message>
        <source>KPJ %1 already has a contribution for %2 on line %3 of this file</source>
        <translation>KPJ %1 sudah memiliki iuran untuk %2 di baris %3 berkas ini</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>the same %1 is already on line %2 of this file</source>
        <translation>%1 yang sama sudah ada di baris %2 berkas ini</translation>
    </message>
    <message>
        <source>the NIK gives birth date %1 but the file says %2</source>
        <translation>NIK menunjukkan tanggal lahir %1 tetapi berkas menulis %2</translation>
    </message>
    <message>
        <source>the NIK is a woman&apos;s (day of birth + 40) but the file says L</source>
        <translation>NIK milik perempuan (tanggal lahir + 40) tetapi berkas menulis L</translation>
    </message>
    <message>
        <source>the NIK is a man&apos;s but the file says P</source>
        <translation>NIK milik laki-laki tetapi berkas menulis P</translation>
    </message>
    <message>
        <source>by the NIK the participant was %1 years old at registration</source>
        <translation>menurut NIK, peserta berusia %1 tahun saat mendaftar</translation>
    </message>
    <message>
        <source>KPJ %1, NIK %2: %3</source>
        <translation>KPJ %1, NIK %2: %3</translation>
    </message>
    <message>
        <source>NIK %1 was registered as KPJ %2 on %3 and last paid for %4; registered again as KPJ %5 on %6 by agent %7</source>
        <translation>NIK %1 terdaftar sebagai KPJ %2 pada %3 dan terakhir membayar iuran %4; didaftarkan lagi sebagai KPJ %5 pada %6 oleh agen %7</translation>
    </message>
    <message>
        <source>NIK %1 is registered as KPJ %2 by agent %3 and as KPJ %4 by agent %5</source>
        <translation>NIK %1 terdaftar sebagai KPJ %2 oleh agen %3 dan sebagai KPJ %4 oleh agen %5</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(tanpa agen)</translation>
    </message>
    <message>
        <source>%1 participants share the phone number %2 (KPJ %3%4)</source>
        <translation>%1 peserta memakai nomor HP yang sama %2 (KPJ %3%4)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 baris: %2 baru, %3 diperbarui, %4 tidak berubah</translation>
    </message>
    <message>
        <source>import: cancelled; nothing was written</source>
        <translation>import: dibatalkan; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source> column &quot;%1&quot;</source>
        <translation> kolom &quot;%1&quot;</translation>
    </message>
    <message>
        <source> value &quot;%1&quot;</source>
        <translation> nilai &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import: rows rejected: %1; nothing was written</source>
        <translation>import: baris ditolak: %1; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing written): %2</source>
        <translation>%1 (uji coba, tidak ada yang disimpan): %2</translation>
    </message>
    <message>
        <source>%1: batch %2, %3</source>
        <translation>%1: batch %2, %3</translation>
    </message>
    <message>
        <source>signals raised for a person to review (review_flags): %1</source>
        <translation>catatan untuk ditinjau petugas (review_flags): %1</translation>
    </message>
    <message>
        <source>Imports CSV or XLSX files of one kind. Any rejected row: nothing is written, every rejected row is listed, and the exit status is 1.</source>
        <translation>Mengimpor berkas CSV atau XLSX satu jenis. Jika ada baris yang ditolak: tidak ada yang disimpan, setiap baris yang ditolak dicantumkan, dan status keluar 1.</translation>
    </message>
    <message>
        <source>JSON {&quot;file header&quot;: &quot;field&quot;} for headers that are not recognised.</source>
        <translation>JSON {&quot;judul kolom&quot;: &quot;isian&quot;} untuk judul kolom yang tidak dikenali.</translation>
    </message>
    <message>
        <source>Check everything and count what would change, but write nothing.</source>
        <translation>Periksa semuanya dan hitung yang akan berubah, tanpa menyimpan apa pun.</translation>
    </message>
    <message>
        <source>Write the rejected rows (file, line, column, value, reason) to this CSV file.</source>
        <translation>Tulis baris yang ditolak (berkas, baris, kolom, nilai, alasan) ke berkas CSV ini.</translation>
    </message>
    <message>
        <source>The XLSX sheet to read (default: the first).</source>
        <translation>Sheet XLSX yang dibaca (bawaan: sheet pertama).</translation>
    </message>
    <message>
        <source>Print each stage&apos;s progress on standard error.</source>
        <translation>Tampilkan kemajuan setiap tahap di standard error.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import: sebutkan paling sedikit satu berkas untuk diimpor</translation>
    </message>
    <message>
        <source>import: %1 does not exist</source>
        <translation>import: %1 tidak ada</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>the header is on line %1; the lines above it were skipped</source>
        <translation>judul kolom ada di baris %1; baris di atasnya dilewati</translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation>kolom yang tidak diimpor: %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>%1 masalah lain tidak dicantumkan</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 diimpor: %2 baru, %3 diperbarui, %4 tidak berubah</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>tidak ada berkas untuk diimpor</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 tidak ada atau bukan berkas</translation>
    </message>
    <message>
        <source>Updating summaries</source>
        <translation>Memperbarui ringkasan</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot tell which office this row belongs to: fill in the kcp column</source>
        <translation>kantor untuk baris ini tidak dapat ditentukan: isi kolom kcp</translation>
    </message>
    <message>
        <source>a mapping must be a JSON object like {&quot;file header&quot;: &quot;field&quot;}: %1</source>
        <translation>pemetaan harus berupa objek JSON seperti {&quot;judul kolom&quot;: &quot;isian&quot;}: %1</translation>
    </message>
    <message>
        <source>the field for &quot;%1&quot; must be text</source>
        <translation>isian untuk &quot;%1&quot; harus berupa teks</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 files; the fields are: %3</source>
        <translation>&quot;%1&quot; bukan isian berkas %2; isiannya: %3</translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation>tidak dapat membaca pemetaan %1: %2</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>unknown sex; use L or P</source>
        <translation>jenis kelamin tidak dikenal; gunakan L atau P</translation>
    </message>
    <message>
        <source>unknown program; use JKK+JKM or JKK+JKM+JHT</source>
        <translation>program tidak dikenal; gunakan JKK+JKM atau JKK+JKM+JHT</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100</source>
        <translation>tahun harus antara 2000 dan 2100</translation>
    </message>
    <message>
        <source>claim (KPJ, program and date)</source>
        <translation>klaim (KPJ, program, dan tanggal)</translation>
    </message>
    <message>
        <source>unknown program; use JKK, JKM or JHT</source>
        <translation>program tidak dikenal; gunakan JKK, JKM, atau JHT</translation>
    </message>
    <message>
        <source>target (year, month, level and code)</source>
        <translation>target (tahun, bulan, tingkat, dan kode)</translation>
    </message>
    <message>
        <source>the month must be 1 to 12, or empty for the whole year</source>
        <translation>bulan harus 1 sampai 12, atau kosong untuk setahun penuh</translation>
    </message>
    <message>
        <source>unknown level; use cabang, kcp, wadah or agen</source>
        <translation>tingkat tidak dikenal; gunakan cabang, kcp, wadah, atau agen</translation>
    </message>
    <message>
        <source>region and year</source>
        <translation>wilayah dan tahun</translation>
    </message>
    <message>
        <source>agent code</source>
        <translation>kode agen</translation>
    </message>
    <message>
        <source>this NIK already belongs to agent %1</source>
        <translation>NIK ini sudah dimiliki agen %1</translation>
    </message>
    <message>
        <source>the same NIK is given to agent %1 on line %2</source>
        <translation>NIK yang sama dipakai agen %1 di baris %2</translation>
    </message>
    <message>
        <source>the account number was turned into a number by the spreadsheet; format the column as text</source>
        <translation>nomor rekening diubah menjadi angka oleh spreadsheet; ubah format kolom menjadi teks</translation>
    </message>
    <message>
        <source>unknown status; use aktif, calon, nonaktif or diberhentikan</source>
        <translation>status tidak dikenal; gunakan aktif, calon, nonaktif, atau diberhentikan</translation>
    </message>
    <message>
        <source>wadah code</source>
        <translation>kode wadah</translation>
    </message>
    <message>
        <source>the undo record of %1 names an unknown column %2</source>
        <translation>catatan pembatalan %1 menyebut kolom %2 yang tidak dikenal</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>tidak ada batch impor %1</translation>
    </message>
    <message>
        <source>batch %1 is of an unknown kind %2</source>
        <translation>batch %1 berjenis %2 yang tidak dikenal</translation>
    </message>
    <message>
        <source>batch %1 was already undone</source>
        <translation>batch %1 sudah dibatalkan</translation>
    </message>
    <message>
        <source>batch %1 imported %2 after this one; undo batch %1 first</source>
        <translation>batch %1 mengimpor %2 setelah batch ini; batalkan batch %1 terlebih dahulu</translation>
    </message>
    <message>
        <source>rows of batch %1 are still used by other data (for example contributions of these participants, or participants of these agents); undo those imports first</source>
        <translation>baris dari batch %1 masih dipakai data lain (misalnya iuran peserta ini, atau peserta dari agen ini); batalkan impor tersebut terlebih dahulu</translation>
    </message>
    <message>
        <source>Undid import batch %1 (%2): %3 rows restored, %4 removed</source>
        <translation>Membatalkan batch impor %1 (%2): %3 baris dikembalikan, %4 dihapus</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>angka terlalu besar</translation>
    </message>
    <message>
        <source>the amount has a fraction of a rupiah; write whole rupiah</source>
        <translation>nominal memiliki pecahan rupiah; tulis rupiah utuh</translation>
    </message>
    <message>
        <source>the spreadsheet cell holds a number that is not a date</source>
        <translation>sel spreadsheet berisi angka yang bukan tanggal</translation>
    </message>
    <message>
        <source>not a date; write dd/mm/yyyy</source>
        <translation>bukan tanggal; tulis dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the year has two digits; write the year with four digits (dd/mm/yyyy)</source>
        <translation>tahun ditulis dua digit; tulis tahun dengan empat digit (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>no such date: dates are read as day/month/year (dd/mm/yyyy)</source>
        <translation>tanggal tidak ada: tanggal dibaca sebagai hari/bulan/tahun (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>no such date; write dd/mm/yyyy</source>
        <translation>tanggal tidak ada; tulis dd/mm/yyyy</translation>
    </message>
    <message>
        <source>not a month; write YYYY-MM (for example 2024-03)</source>
        <translation>bukan bulan; tulis YYYY-MM (misalnya 2024-03)</translation>
    </message>
    <message>
        <source>the spreadsheet cell holds a number that is not a month</source>
        <translation>sel spreadsheet berisi angka yang bukan bulan</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>bukan nominal</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>nominal bernilai negatif</translation>
    </message>
    <message>
        <source>the number is negative</source>
        <translation>angka bernilai negatif</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file</source>
        <translation>%1 bukan berkas XLSX yang dapat dibaca</translation>
    </message>
    <message>
        <source>%1 holds no sheet</source>
        <translation>%1 tidak berisi sheet</translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;; its sheets are: %3</source>
        <translation>%1 tidak memiliki sheet bernama &quot;%2&quot;; sheet yang ada: %3</translation>
    </message>
    <message>
        <source>XLSX, sheet &quot;%1&quot;</source>
        <translation>XLSX, sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this file is a spreadsheet (XLSX, a zip archive), not CSV text: give it the .xlsx extension</source>
        <translation>berkas ini adalah lembar kerja (XLSX, arsip zip), bukan teks CSV: beri ekstensi .xlsx</translation>
    </message>
    <message>
        <source>this file is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV</source>
        <translation>berkas ini adalah buku kerja Excel lama (.xls): buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau CSV</translation>
    </message>
    <message>
        <source>this file is a PDF document, not a CSV file</source>
        <translation>berkas ini adalah dokumen PDF, bukan berkas CSV</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte, which text never does: this is not a CSV text file (a spreadsheet, or UTF-16 text without its byte-order mark?)</source>
        <translation>baris %1 memuat bita NUL, yang tidak pernah ada dalam teks: ini bukan berkas teks CSV (lembar kerja, atau teks UTF-16 tanpa penanda urutan bita?)</translation>
    </message>
    <message>
        <source>the file declares UTF-16 text, but line %1 holds bytes that are not UTF-16 (a damaged file?)</source>
        <translation>berkas menyatakan teks UTF-16, tetapi baris %1 memuat bita yang bukan UTF-16 (berkas rusak?)</translation>
    </message>
    <message>
        <source>the file declares UTF-8 (it starts with a byte-order mark), but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as &quot;CSV UTF-8&quot;</source>
        <translation>berkas menyatakan UTF-8 (diawali penanda urutan bita), tetapi baris %1 memuat bita %2 yang bukan UTF-8: berkas rusak; simpan ulang sebagai &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is UTF-8 text, but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as &quot;CSV UTF-8&quot;</source>
        <translation>berkas berisi teks UTF-8, tetapi baris %1 memuat bita %2 yang bukan UTF-8: berkas rusak; simpan ulang sebagai &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>line %1 holds the byte %2, which is a character neither in UTF-8 nor in Windows-1252: the file is damaged or in another encoding; save it again as &quot;CSV UTF-8&quot;</source>
        <translation>baris %1 memuat bita %2 yang bukan karakter UTF-8 maupun Windows-1252: berkas rusak atau memakai pengodean lain; simpan ulang sebagai &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on line %1 is never closed, so everything after it would be read as one value: close the quote, or remove it if it belongs to the text</source>
        <translation>tanda kutip (&quot;) yang dibuka pada baris %1 tidak pernah ditutup, sehingga semua yang sesudahnya akan terbaca sebagai satu nilai: tutup tanda kutipnya, atau hapus bila itu bagian dari teks</translation>
    </message>
    <message>
        <source>text follows the closing quote of this value; a quote inside a quoted value must be doubled (&quot;&quot;)</source>
        <translation>ada teks sesudah tanda kutip penutup nilai ini; tanda kutip di dalam nilai berkutip harus ditulis dua kali (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>import: %1 cannot be read to its end (damaged); nothing was written</source>
        <translation>impor: %1 tidak dapat dibaca sampai akhir (rusak); tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>An empty cell clears the stored value (without it, an empty cell leaves the stored value alone).</source>
        <translation>Sel kosong menghapus nilai yang tersimpan (tanpa opsi ini, sel kosong membiarkan nilai tersimpan apa adanya).</translation>
    </message>
    <message>
        <source>the file has a header (line %1) but no rows to import</source>
        <translation>berkas memiliki judul kolom (baris %1) tetapi tidak ada baris untuk diimpor</translation>
    </message>
    <message>
        <source>Waiting for another import to finish</source>
        <translation>Menunggu impor lain selesai</translation>
    </message>
    <message>
        <source>cancelled while waiting for another import</source>
        <translation>dibatalkan saat menunggu impor lain</translation>
    </message>
    <message>
        <source> (this row runs from line %1 to line %2: a quote left open?)</source>
        <translation> (baris ini berlanjut dari baris %1 sampai baris %2: ada tanda kutip yang tidak ditutup?)</translation>
    </message>
    <message>
        <source>a quoted value runs from line %1 to line %2 and holds whole rows: a quote (&quot;) left open on line %1 swallowed them</source>
        <translation>sebuah nilai berkutip berlanjut dari baris %1 sampai baris %2 dan memuat baris-baris utuh: tanda kutip (&quot;) yang tidak ditutup pada baris %1 menelan baris-baris itu</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns (a value with an unquoted separator?)%3</source>
        <translation>baris ini memiliki %1 nilai tetapi judul kolom memiliki %2 kolom (ada nilai berisi pemisah tanpa tanda kutip?)%3</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns: the row is cut short or broken over two lines (a missing value must still have its separator)%3</source>
        <translation>baris ini memiliki %1 nilai tetapi judul kolom memiliki %2 kolom: baris terpotong atau terbelah menjadi dua baris (nilai yang kosong tetap harus diberi pemisah)%3</translation>
    </message>
    <message>
        <source>this value holds a NUL byte, which text never does</source>
        <translation>nilai ini memuat bita NUL, yang tidak pernah ada dalam teks</translation>
    </message>
    <message>
        <source>this value is %1 characters long; no value may be longer than %2%3</source>
        <translation>nilai ini sepanjang %1 karakter; tidak ada nilai yang boleh lebih dari %2%3</translation>
    </message>
    <message>
        <source>damaged at line %1: %2</source>
        <translation>rusak pada baris %1: %2</translation>
    </message>
    <message>
        <source>the part %1 declares a DTD, which Excel never writes (entity declarations are how XML bombs work): refused</source>
        <translation>bagian %1 memuat DTD, yang tidak pernah ditulis Excel (deklarasi entitas adalah cara kerja bom XML): ditolak</translation>
    </message>
    <message>
        <source>the XML of the part %1 breaks at its line %2, column %3 (%4): the file is truncated or damaged</source>
        <translation>XML bagian %1 rusak pada barisnya %2, kolom %3 (%4): berkas terpotong atau rusak</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared texts exceed %1 MB: split the file into smaller ones</source>
        <translation>teks bersama buku kerja melebihi %1 MB: pecah berkas menjadi beberapa berkas yang lebih kecil</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or one protected with a password: save it as .xlsx without a password</source>
        <translation>%1 adalah buku kerja Excel lama (.xls) atau dilindungi kata sandi: simpan sebagai .xlsx tanpa kata sandi</translation>
    </message>
    <message>
        <source>%1 is a damaged or truncated XLSX file (its zip directory cannot be read)</source>
        <translation>%1 adalah berkas XLSX yang rusak atau terpotong (direktori zip-nya tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not an XLSX workbook</source>
        <translation>%1 adalah dokumen PDF, bukan buku kerja XLSX</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it looks like text (CSV?); give it the .csv extension</source>
        <translation>%1 bukan buku kerja XLSX: isinya tampak seperti teks (CSV?); beri ekstensi .csv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: lembar &quot;%2&quot; tidak dapat dibaca: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read past row %2: %3</source>
        <translation>lembar &quot;%1&quot; tidak dapat dibaca melewati baris %2: %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read: %2</source>
        <translation>lembar &quot;%1&quot; tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>the part %1 is missing from the workbook</source>
        <translation>bagian %1 tidak ada dalam buku kerja</translation>
    </message>
    <message>
        <source>the part %1 of the workbook cannot be read (damaged, encrypted or compressed in a way Excel does not use)</source>
        <translation>bagian %1 dari buku kerja tidak dapat dibaca (rusak, terenkripsi, atau dimampatkan dengan cara yang tidak dipakai Excel)</translation>
    </message>
    <message>
        <source>the part %1 would inflate from %2 to %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</source>
        <translation>bagian %1 akan mengembang dari %2 menjadi %3: ditolak sebagai bom zip (batasnya %4, dan %5 kali ukuran termampat)</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (it cannot be inflated): the file may be truncated</source>
        <translation>bagian %1 dari buku kerja rusak (tidak dapat dikembangkan): berkas mungkin terpotong</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (its checksum does not match)</source>
        <translation>bagian %1 dari buku kerja rusak (checksum-nya tidak cocok)</translation>
    </message>
    <message>
        <source>the part %1 inflates from %2 to more than %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</source>
        <translation>bagian %1 mengembang dari %2 menjadi lebih dari %3: ditolak sebagai bom zip (batasnya %4, dan %5 kali ukuran termampat)</translation>
    </message>
    <message>
        <source>the part %1 holds one value or tag of more than %2 (no cell is that long): the file is damaged or hostile</source>
        <translation>bagian %1 memuat satu nilai atau tag lebih dari %2 (tidak ada sel sepanjang itu): berkas rusak atau berbahaya</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (baris: %2)</translation>
    </message>
    <message>
        <source>%1 read as collected by the participant&apos;s agent</source>
        <translation>%1 dibaca sebagai iuran yang ditarik agen peserta</translation>
    </message>
    <message>
        <source>%1 as another channel (bank, post office, retail, online)</source>
        <translation>%1 sebagai kanal lain (bank, kantor pos, ritel, daring)</translation>
    </message>
    <message>
        <source>payment channels: %1</source>
        <translation>kanal pembayaran: %1</translation>
    </message>
    <message>
        <source>What the files hold: offices, agents, wadah, participants, contributions, claims, targets, workforce.</source>
        <translation>Isi berkas: offices (kantor), agents (agen), wadah, participants (peserta), contributions (iuran), claims (klaim), targets (target), workforce (angkatan kerja).</translation>
    </message>
    <message>
        <source>Instead of importing, write an empty file of this kind to --out: its headers and one example row.</source>
        <translation>Bukan mengimpor, melainkan menulis berkas kosong jenis ini ke --out: judul kolomnya dan satu baris contoh.</translation>
    </message>
    <message>
        <source>With --template: the file to write (.csv or .xlsx).</source>
        <translation>Bersama --template: berkas yang ditulis (.csv atau .xlsx).</translation>
    </message>
    <message>
        <source>import: --kind must be one of offices, agents, wadah, participants, contributions, claims, targets, workforce</source>
        <translation>import: --kind harus salah satu dari offices, agents, wadah, participants, contributions, claims, targets, workforce</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>The columns %1 fit a file of %2.</source>
        <translation>Kolom %1 cocok dengan berkas %2.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <source>there is no office with code %1: the database has no offices yet. Set up the branch and its KCP on the Offices page, or import them first (--kind offices)</source>
        <translation>tidak ada kantor dengan kode %1: basis data belum berisi kantor. Siapkan kantor cabang dan KCP-nya di halaman Kantor, atau impor dulu daftar kantornya (--kind offices)</translation>
    </message>
    <message>
        <source>there is no office with code %1 (there are %2). Add it on the Offices page, or import it (--kind offices)</source>
        <translation>tidak ada kantor dengan kode %1 (yang ada: %2). Tambahkan di halaman Kantor, atau impor kantornya (--kind offices)</translation>
    </message>
    <message>
        <source>there is no wadah with code %1: the database has no wadah yet. Import the wadah first (--kind wadah), or add them on the Agents page, Wadah tab</source>
        <translation>tidak ada wadah dengan kode %1: basis data belum berisi wadah. Impor dulu wadahnya (--kind wadah), atau tambahkan di halaman Agen, tab Wadah</translation>
    </message>
    <message>
        <source>there is no wadah with code %1 (there are %2). Import it first (--kind wadah), or add it on the Agents page, Wadah tab</source>
        <translation>tidak ada wadah dengan kode %1 (yang ada: %2). Impor dulu wadahnya (--kind wadah), atau tambahkan di halaman Agen, tab Wadah</translation>
    </message>
    <message>
        <source>there is no agent with code %1: the database has no agents yet. Import the agents first (--kind agents), or add them on the Agents page</source>
        <translation>tidak ada agen dengan kode %1: basis data belum berisi agen. Impor dulu agennya (--kind agents), atau tambahkan di halaman Agen</translation>
    </message>
    <message>
        <source>there is no agent with code %1 (there are %2). Import the agent first (--kind agents), or add it on the Agents page</source>
        <translation>tidak ada agen dengan kode %1 (yang ada: %2). Impor dulu agennya (--kind agents), atau tambahkan di halaman Agen</translation>
    </message>
    <message>
        <source>the database has no offices yet: set up the branch and its KCP on the Offices page, or import them first (--kind offices)</source>
        <translation>basis data belum berisi kantor: siapkan kantor cabang dan KCP-nya di halaman Kantor, atau impor dulu daftar kantornya (--kind offices)</translation>
    </message>
    <message>
        <source>unknown kind of office; write KANWIL, KC or KCP</source>
        <translation>jenis kantor tidak dikenal; tulis KANWIL, KC atau KCP</translation>
    </message>
    <message>
        <source>the same office code is already on line %1 of this file</source>
        <translation>kode kantor yang sama sudah ada di baris %1 berkas ini</translation>
    </message>
    <message>
        <source>the office changes its kind: write the code of the office above it in the induk column</source>
        <translation>jenis kantor berubah: tulis kode kantor di atasnya di kolom induk</translation>
    </message>
    <message>
        <source>a KCP stands under its KC: write the KC&apos;s code in the induk column</source>
        <translation>KCP berada di bawah KC-nya: tulis kode KC di kolom induk</translation>
    </message>
    <message>
        <source>an office cannot stand under itself</source>
        <translation>kantor tidak dapat berada di bawah dirinya sendiri</translation>
    </message>
    <message>
        <source>a Kanwil stands at the top: leave its induk empty</source>
        <translation>Kanwil berada di puncak: kosongkan kolom induknya</translation>
    </message>
    <message>
        <source>%1 is a %2, and a %3 stands under a %4</source>
        <translation>%1 adalah %2, sedangkan %3 berada di bawah %4</translation>
    </message>
    <message>
        <source>a template is written as .csv or .xlsx, not %1</source>
        <translation>templat ditulis sebagai .csv atau .xlsx, bukan %1</translation>
    </message>
    <message>
        <source>import: --template takes a kind: offices, agents, wadah, participants, contributions, claims, targets or workforce</source>
        <translation>import: --template memerlukan jenis: offices, agents, wadah, participants, contributions, claims, targets atau workforce</translation>
    </message>
    <message>
        <source>import: --template needs --out FILE.csv or FILE.xlsx</source>
        <translation>import: --template memerlukan --out BERKAS.csv atau BERKAS.xlsx</translation>
    </message>
    <message>
        <source>%1: the %2 template (%3 columns and an example row to replace with your own)</source>
        <translation>%1: templat %2 (%3 kolom dan satu baris contoh untuk diganti dengan data Anda)</translation>
    </message>
    <message>
        <source>Replace the --errors file (or the --template --out file) when it exists already.</source>
        <translation>Timpa berkas --errors (atau berkas --out dari --template) bila sudah ada.</translation>
    </message>
    <message>
        <source>this file is a picture, not a CSV file</source>
        <translation>berkas ini adalah gambar, bukan berkas CSV</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): nothing to import</source>
        <translation>%1 kosong (0 bita): tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1 is a picture, not an XLSX workbook</source>
        <translation>%1 adalah gambar, bukan buku kerja XLSX</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file (LibreOffice .ods), not an XLSX workbook: save it as .xlsx</source>
        <translation>%1 adalah berkas OpenDocument (LibreOffice .ods), bukan buku kerja XLSX: simpan sebagai .xlsx</translation>
    </message>
    <message>
        <source>%1 is a Word document, not an XLSX workbook</source>
        <translation>%1 adalah dokumen Word, bukan buku kerja XLSX</translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation, not an XLSX workbook</source>
        <translation>%1 adalah presentasi PowerPoint, bukan buku kerja XLSX</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook (it holds no xl/workbook.xml): unpack it, or save the sheet as .xlsx</source>
        <translation>%1 adalah arsip zip, tetapi bukan buku kerja XLSX (tidak memuat xl/workbook.xml): ekstrak dulu, atau simpan lembarnya sebagai .xlsx</translation>
    </message>
    <message>
        <source>the workbook holds %1 parts (Excel writes a few dozen): refused as a zip bomb (the limit is %2)</source>
        <translation>buku kerja memuat %1 bagian (Excel menulis beberapa puluh saja): ditolak sebagai bom zip (batasnya %2)</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts would inflate to more than %1 together: refused as a zip bomb</source>
        <translation>bagian-bagian buku kerja akan mengembang menjadi lebih dari %1 seluruhnya: ditolak sebagai bom zip</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts inflate to more than %1 together: refused as a zip bomb</source>
        <translation>bagian-bagian buku kerja mengembang menjadi lebih dari %1 seluruhnya: ditolak sebagai bom zip</translation>
    </message>
    <message>
        <source>xl/_rels/workbook.xml.rels points to &quot;%1&quot;, outside the workbook: refused</source>
        <translation>xl/_rels/workbook.xml.rels menunjuk ke &quot;%1&quot;, di luar buku kerja: ditolak</translation>
    </message>
    <message>
        <source>the workbook holds a part named &quot;%1&quot;, which points outside the workbook: refused</source>
        <translation>buku kerja memuat bagian bernama &quot;%1&quot;, yang menunjuk ke luar buku kerja: ditolak</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Berkas yang diimpor</translation>
    </message>
</context>
<context>
    <name>perisai::imports::BatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Dibatalkan %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Waktu impor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
</context>
<context>
    <name>perisai::imports::BatchesView</name>
    <message>
        <source>Undo this import…</source>
        <translation>Batalkan impor ini…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Undo batch %1 (%2)? The %3 new rows are removed and the %4 updated rows get their earlier values back.</source>
        <translation>Batalkan batch %1 (%2)? %3 baris baru akan dihapus dan %4 baris yang diperbarui dikembalikan ke nilai sebelumnya.</translation>
    </message>
    <message>
        <source>Undoing batch %1…</source>
        <translation>Membatalkan batch %1…</translation>
    </message>
    <message>
        <source>Undoing import %1</source>
        <translation>Membatalkan impor %1</translation>
    </message>
    <message>
        <source>Batch %1 was not undone: %2</source>
        <translation>Batch %1 tidak dibatalkan: %2</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 rows removed, %3 rows restored.</source>
        <translation>Batch %1 dibatalkan: %2 baris dihapus, %3 baris dikembalikan.</translation>
    </message>
</context>
<context>
    <name>perisai::imports::ImportWizard</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Remember these columns for the next file of this kind</source>
        <translation>Ingat pilihan kolom ini untuk berkas berikutnya dengan jenis yang sama</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Periksa saja</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Simpan baris yang ditolak sebagai CSV…</translation>
    </message>
    <message>
        <source>A CSV or XLSX file from the office</source>
        <translation>Berkas CSV atau XLSX dari kantor</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Baris pertama berkas</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Office files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Berkas kantor (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1; the header is on line %2.</source>
        <translation>%1; judul kolom ada di baris %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Memeriksa %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Mengimpor %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation>Berkas tidak diimpor: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported, so nothing was written. Correct them in the file (the list below says where and what) and import it again.</source>
        <translation>%1 dari %2 baris tidak dapat diimpor, jadi tidak ada yang disimpan. Perbaiki baris tersebut di berkas (daftar di bawah menunjukkan letak dan masalahnya) lalu impor ulang.</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 baris: %2 baru, %3 diperbarui, %4 tidak berubah.</translation>
    </message>
    <message>
        <source>Checked, nothing written. Importing would give %1</source>
        <translation>Sudah diperiksa, tidak ada yang disimpan. Jika diimpor: %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Berhasil diimpor. %1</translation>
    </message>
    <message>
        <source>%1 signals were raised for a person to review.</source>
        <translation>%1 catatan dibuat untuk ditinjau petugas.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 diimpor</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-ditolak</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Baris yang ditolak disimpan ke %1</translation>
    </message>
    <message>
        <source>Empty cells clear the stored value</source>
        <translation>Sel kosong menghapus nilai yang tersimpan</translation>
    </message>
    <message>
        <source>Off: an empty cell leaves what is stored as it is, so a column left blank by mistake blanks nothing. On: an empty cell in a column of the file clears the stored value.</source>
        <translation>Mati: sel kosong membiarkan nilai tersimpan apa adanya, sehingga kolom yang tidak sengaja dikosongkan tidak menghapus apa pun. Hidup: sel kosong pada kolom berkas menghapus nilai yang tersimpan.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read to its end, so nothing was written. The list below says where and why; save the file again from the program that made it and import it again.</source>
        <translation>Berkas rusak dan tidak dapat dibaca sampai akhir, sehingga tidak ada yang ditulis. Daftar di bawah menyebutkan di mana dan mengapa; simpan ulang berkas dari program pembuatnya lalu impor lagi.</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Unduh templat</translation>
    </message>
    <message>
        <source>An empty file of this kind: its columns and one example row to replace with your own</source>
        <translation>Berkas kosong jenis ini: kolom-kolomnya dan satu baris contoh untuk diganti dengan data Anda</translation>
    </message>
    <message>
        <source>template-%1.xlsx</source>
        <translation>templat-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template written to %1: put your rows in place of the example, then import the file.</source>
        <translation>Templat ditulis ke %1: ganti baris contoh dengan data Anda, lalu impor berkasnya.</translation>
    </message>
    <message>
        <source>Change the kind above if the file holds something else.</source>
        <translation>Ganti jenisnya di atas bila berkas berisi data lain.</translation>
    </message>
    <message>
        <source>No kind of file has every column this one needs: choose what it holds above, then match its columns below.</source>
        <translation>Tidak ada jenis berkas yang semua kolom wajibnya ada di berkas ini: pilih isinya di atas, lalu cocokkan kolomnya di bawah.</translation>
    </message>
</context>
<context>
    <name>perisai::imports::ImportsPage</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>CSV or XLSX files from the office: agents, wadah, participants, contributions, claims, targets, workforce figures. A file with any rejected row writes nothing; every import can be undone.</source>
        <translation>Berkas CSV atau XLSX dari kantor: agen, wadah, peserta, iuran, klaim, target, data angkatan kerja. Berkas yang memiliki satu baris ditolak tidak menyimpan apa pun; setiap impor dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Impor berkas</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Berkas yang diimpor</translation>
    </message>
</context>
<context>
    <name>perisai::imports::IssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(seluruh baris)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Yang perlu diperbaiki</translation>
    </message>
</context>
<context>
    <name>perisai::imports::MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Masuk ke</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (wajib)</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Pilih kolom untuk: %1</translation>
    </message>
</context>
</TS>
