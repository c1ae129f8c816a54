#include "demo/vocabulary.h"

namespace perisai::demo {
namespace {

const Occupation kOccupations[] = {
    {"Petani", 26, 24},
    {"Nelayan", 7, 9},
    {"Pedagang", 15, 13},
    {"Pengemudi ojek", 6, 5},
    {"Pekerja rumah tangga", 6, 4},
    {"Buruh harian lepas", 12, 11},
    {"Peternak", 4, 9},
    {"Pengrajin", 4, 4},
    {"Sopir", 3, 3},
    {"Pelaku UMKM", 7, 7},
    {"Tukang bangunan", 4, 4},
    {"Penjahit", 2, 1},
    {"Pemandu wisata", 0.2, 2},
    {"Guru ngaji", 1, 1.5},
    {"Pedagang keliling", 3, 2.5},
};

const Bank kJavaBanks[] = {{"BRI", 15}, {"BNI", 10}, {"Bank Mandiri", 13}, {"BSI", 10}, {"Bank Jateng", 11},
                           {"CIMB Niaga", 14}, {"BTN", 16}};
const Bank kNtbBanks[] = {{"BRI", 15}, {"BNI", 10}, {"Bank NTB Syariah", 12}, {"Bank Mandiri", 13},
                          {"BSI", 10}, {"CIMB Niaga", 14}};

const char *const kGenericVillages[] = {
    "Sidomulyo", "Sukamaju", "Karangrejo", "Sumberejo", "Tegalsari", "Kedungwaru", "Banjarsari", "Mulyorejo",
    "Sidorejo", "Wonosari", "Purwodadi", "Ngadirejo", "Sukorejo", "Tambakrejo", "Kalisari", "Margomulyo",
};

const ObstacleText kObstacles[] = {
    {"awareness", "Warga masih menganggap iuran sebagai biaya, belum paham manfaat JKK dan JKM",
     "Sosialisasi memakai cerita klaim nyata dari desa sekitar", "Siapkan materi kisah penerima manfaat untuk dibagikan agen"},
    {"awareness", "Pekerja informal mengira BPJS Ketenagakerjaan hanya untuk karyawan pabrik",
     "Agen mendatangi pangkalan dan pasar dengan brosur segmen BPU", "Cetak ulang brosur BPU dan bagikan ke semua wadah"},
    {"payment_channel", "Peserta di desa terpencil jauh dari gerai pembayaran dan ATM",
     "Agen menerima pembayaran lewat aplikasi dan menyerahkan bukti bayar", "Daftarkan agen desa terpencil sebagai titik bayar"},
    {"payment_channel", "Pembayaran lewat minimarket sering gagal karena kode iuran salah ketik",
     "Agen membantu peserta menyimpan kode bayar di ponsel", "Kirim panduan kode bayar lewat grup WhatsApp agen"},
    {"agent_app", "Aplikasi agen sering gagal sinkron saat sinyal lemah",
     "Simpan data luring lalu sinkron di kantor desa yang ada Wi-Fi", "Laporkan kendala sinkron ke tim TI kantor wilayah"},
    {"agent_app", "Agen baru belum bisa memakai fitur pendaftaran kolektif di aplikasi",
     "Pendampingan langsung oleh agen senior", "Jadwalkan kelas singkat aplikasi untuk agen baru"},
    {"incentive", "Insentif bulan lalu terlambat cair ke rekening wadah",
     "Kantor cabang memeriksa berkas pengajuan insentif wadah", "Percepat verifikasi insentif sebelum tanggal 5"},
    {"incentive", "Agen belum memahami perhitungan insentif iuran bulan ke-25 dan seterusnya",
     "Penjelasan ulang aturan insentif sesuai Perdir", "Bagikan tabel simulasi insentif kepada agen"},
    {"documents_nik", "NIK calon peserta tidak ditemukan saat validasi Dukcapil",
     "Peserta diminta memperbarui data di Disdukcapil", "Koordinasi dengan Disdukcapil untuk layanan jemput bola"},
    {"documents_nik", "Banyak calon peserta tidak membawa KTP saat pendaftaran kolektif",
     "Pendaftaran dijadwalkan ulang dengan pemberitahuan sehari sebelumnya", "Buat format undangan pendaftaran kolektif"},
    {"geography", "Dusun di perbukitan sulit dijangkau saat musim hujan",
     "Kunjungan digabung dengan jadwal posyandu dan pengajian", "Susun jadwal kunjungan bersama perangkat desa"},
    {"geography", "Nelayan sering melaut berhari-hari sehingga sulit ditemui",
     "Agen datang ke tempat pelelangan ikan pada hari pasar", "Kerja sama dengan pengelola TPI untuk pos layanan"},
    {"affordability", "Peserta menunda iuran saat gagal panen",
     "Tawarkan pembayaran iuran tiga bulan sekaligus setelah panen", "Petakan peserta petani yang menunggak dan hubungi kembali"},
    {"affordability", "Menjelang Lebaran dan tahun ajaran baru banyak peserta berhenti membayar",
     "Pengingat iuran lewat agen dua minggu sebelum jatuh tempo", "Kirim pengingat iuran massal sebelum Lebaran"},
    {"other", "Ada oknum yang mengaku agen dan meminta biaya pendaftaran",
     "Umumkan bahwa pendaftaran tidak dipungut biaya di luar iuran", "Pasang pengumuman resmi di balai desa dan media sosial cabang"},
    {"other", "Wadah belum punya struktur organisasi dan surat keterangan kepala desa",
     "Pembina membantu wadah melengkapi dokumen", "Lengkapi dokumen wadah sebelum perpanjangan PKS"},
};

} // namespace

std::span<const Occupation> occupations() { return kOccupations; }

std::span<const Bank> banks(NameStyle style)
{
    if (style == NameStyle::Ntb)
        return kNtbBanks;
    return kJavaBanks;
}

std::span<const char *const> genericVillages() { return kGenericVillages; }

std::span<const ObstacleText> obstacleTexts() { return kObstacles; }

std::string wadahName(Stream &s, const std::string &kind, const std::string &place, int serial)
{
    static const char *const koperasi[] = {"Koperasi Serba Usaha %s Makmur", "KSU Tani Maju %s", "Koperasi Nelayan Mina %s",
                                           "Koperasi Simpan Pinjam Sejahtera %s", "Koperasi Produsen %s Mandiri"};
    static const char *const komunitas[] = {"Paguyuban Pedagang Pasar %s", "Komunitas Ojek Pangkalan %s", "Kelompok Tani Sido Rukun %s",
                                            "Forum UMKM %s", "Kelompok Wanita Tani %s", "Paguyuban Pengrajin %s"};
    static const char *const bumdes[] = {"BUMDes %s Sejahtera", "BUMDes Maju Bersama %s", "BUMDes Karya Mandiri %s"};
    static const char *const serikat[] = {"Serikat Nelayan %s", "Serikat Pekerja Informal %s", "Serikat Buruh Tani %s"};
    static const char *const lainnya[] = {"Yayasan Pondok Pesantren Al-Hidayah %s", "Majelis Taklim Nurul Iman %s",
                                          "Karang Taruna %s"};
    const char *pattern = "%s";
    if (kind == "koperasi")
        pattern = s.pick(koperasi);
    else if (kind == "komunitas")
        pattern = s.pick(komunitas);
    else if (kind == "bumdes")
        pattern = s.pick(bumdes);
    else if (kind == "serikat")
        pattern = s.pick(serikat);
    else if (kind == "lainnya")
        pattern = s.pick(lainnya);
    else if (kind == "kantor_perisai") {
        static const char *const areas[] = {"Barat", "Timur", "Utara", "Selatan", "Tengah", "Raya"};
        return "Kantor Perisai " + place + ' ' + areas[serial % std::size(areas)];
    }
    std::string name(pattern);
    const auto at = name.find("%s");
    name.replace(at, 2, place);
    return name;
}

const char *legalStatus(const std::string &kind, Stream &s)
{
    if (kind == "koperasi")
        return "Badan hukum koperasi";
    if (kind == "bumdes")
        return "Badan hukum BUMDes";
    if (kind == "kantor_perisai" || kind == "lainnya")
        return s.chance(0.7) ? "Badan hukum yayasan" : "Tidak berbadan hukum, SK kepala desa";
    return "Tidak berbadan hukum, SK kepala desa";
}

const char *agentNote(Stream &s, const std::string &status)
{
    if (status == "dismissed")
        return "Beberapa peserta melapor iuran yang dititipkan tidak disetorkan; kasus diteruskan ke pembina dan wadah.";
    if (status == "inactive") {
        static const char *const notes[] = {"Dihubungi lewat telepon: sedang bekerja di luar daerah.",
                                            "Tidak ada akuisisi dan iuran tiga bulan; wadah diminta mendampingi.",
                                            "Agen menyatakan ingin aktif kembali setelah musim panen."};
        return s.pick(notes);
    }
    static const char *const notes[] = {"Aktif mengikuti Monev dan berbagi praktik baik.",
                                        "Perlu pendampingan penggunaan aplikasi agen.",
                                        "Banyak peserta rekrutan menunggak; diingatkan untuk menagih iuran.",
                                        "Mengusulkan pendaftaran kolektif di pasar desa."};
    return s.pick(notes);
}

} // namespace perisai::demo
