<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AchievementSlide</name>
    <message>
        <source>Target achievement</source>
        <translation>Capaian target</translation>
    </message>
    <message>
        <source>Acquisitions against target by wadah, %1</source>
        <translation>Akuisisi terhadap target per wadah, %1</translation>
    </message>
    <message>
        <source>No wadah has a target for these months</source>
        <translation>Belum ada wadah yang memiliki target untuk bulan-bulan ini</translation>
    </message>
    <message>
        <source>%1 of %2 wadah at or above target</source>
        <translation>%1 dari %2 wadah mencapai target</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1, tanpa target</translation>
    </message>
    <message>
        <source>white mark: the target</source>
        <translation>garis putih: target</translation>
    </message>
    <message>
        <source>and %1 more wadah</source>
        <translation>dan %1 wadah lainnya</translation>
    </message>
    <message>
        <source>▲ above the %1 cap</source>
        <translation>▲ melebihi batas %1</translation>
    </message>
    <message>
        <source>Acquisitions against target by KCP and the branch&apos;s own wadah, %1</source>
        <translation>Akuisisi terhadap target per KCP dan wadah milik cabang, %1</translation>
    </message>
    <message>
        <source>No KCP or wadah has a target for these months</source>
        <translation>Belum ada KCP atau wadah yang memiliki target untuk bulan-bulan ini</translation>
    </message>
    <message>
        <source>%1 of %2 KCP and wadah at or above target</source>
        <translation>%1 dari %2 KCP dan wadah mencapai target atau lebih</translation>
    </message>
    <message>
        <source>and %1 more KCP or wadah</source>
        <translation>dan %1 KCP atau wadah lainnya</translation>
    </message>
</context>
<context>
    <name>AcquisitionsSlide</name>
    <message>
        <source>Acquisitions against last year</source>
        <translation>Akuisisi dibanding tahun lalu</translation>
    </message>
    <message>
        <source>New participants registered by Perisai agents each month, %1 and %2</source>
        <translation>Peserta baru yang didaftarkan agen Perisai per bulan, %1 dan %2</translation>
    </message>
    <message>
        <source>no figures for the same months of %1</source>
        <translation>tidak ada angka untuk bulan yang sama di %1</translation>
    </message>
    <message>
        <source>%1%2 against %3 a year earlier</source>
        <translation>%1%2 dibanding %3 setahun lalu</translation>
    </message>
    <message>
        <source>Whole of %1</source>
        <translation>Sepanjang %1</translation>
    </message>
    <message>
        <source>at the pace so far</source>
        <translation>dengan laju sejauh ini</translation>
    </message>
    <message>
        <source>would beat %1</source>
        <translation>akan melampaui %1</translation>
    </message>
    <message>
        <source>would stay below %1</source>
        <translation>masih di bawah %1</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Proyeksi %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Dibanding %1</translation>
    </message>
    <message>
        <source>last year beaten</source>
        <translation>tahun lalu terlampaui</translation>
    </message>
    <message>
        <source>below last year</source>
        <translation>di bawah tahun lalu</translation>
    </message>
</context>
<context>
    <name>AgreementsSlide</name>
    <message>
        <source>Partnership agreements (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>The wadah&apos;s agreements as of %1</source>
        <translation>PKS wadah per %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>End within 30 days</source>
        <translation>Berakhir dalam 30 hari</translation>
    </message>
    <message>
        <source>End within 90 days</source>
        <translation>Berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>Kedaluwarsa, belum diperpanjang</translation>
    </message>
    <message numerus="yes">
        <source>%n terminated this year</source>
        <translation>
            <numerusform>%n diputus tahun ini</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement ends within 90 days</source>
        <translation>Tidak ada PKS yang berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>To renew</source>
        <translation>Perlu diperpanjang</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>lewat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>berakhir hari ini</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>no Monev session with the number %1</source>
        <translation>tidak ada sesi Monev dengan nomor %1</translation>
    </message>
</context>
<context>
    <name>FollowUpSlide</name>
    <message>
        <source>Obstacles and follow-up</source>
        <translation>Kendala dan tindak lanjut</translation>
    </message>
    <message>
        <source>Obstacles raised at this session; actions as of %1</source>
        <translation>Kendala yang disampaikan pada sesi ini; tindak lanjut per %1</translation>
    </message>
    <message numerus="yes">
        <source>Obstacles raised at %n Monev session(s) in %1; actions as of %2</source>
        <translation>
            <numerusform>Kendala dari %n sesi Monev pada %1; tindak lanjut per %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Obstacles (%1)</source>
        <translation>Kendala (%1)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Belum ada yang dicatat</translation>
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
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No action is overdue</source>
        <translation>Tidak ada tindak lanjut yang terlambat</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue: see Monev &gt; Follow-up</source>
        <translation>
            <numerusform>dan %n lagi terlambat: lihat Monev &gt; Tindak lanjut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSlide</name>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1%2 against %3 a year earlier</source>
        <translation>%1%2 dibanding %3 setahun lalu</translation>
    </message>
    <message>
        <source>no acquisitions in the same months a year earlier</source>
        <translation>tidak ada akuisisi pada bulan yang sama setahun lalu</translation>
    </message>
    <message>
        <source>%1 of the target of %2</source>
        <translation>%1 dari target %2</translation>
    </message>
    <message>
        <source>no target set for these months</source>
        <translation>belum ada target untuk bulan-bulan ini</translation>
    </message>
    <message>
        <source>above the %1 cap: counted up to the cap</source>
        <translation>melebihi batas %1: dihitung sampai batas</translation>
    </message>
    <message>
        <source>Perisai recruits paid up for %1</source>
        <translation>rekrutan Perisai yang lunas iuran %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>with an acquisition or a collection in %1</source>
        <translation>dengan akuisisi atau setoran iuran pada %1</translation>
    </message>
    <message>
        <source>of recruits still paying three months after joining</source>
        <translation>rekrutan masih membayar iuran 3 bulan setelah daftar</translation>
    </message>
    <message>
        <source>paid by Perisai recruits in these months</source>
        <translation>dibayar peserta rekrutan Perisai pada bulan-bulan ini</translation>
    </message>
    <message>
        <source>Retention at 3 months</source>
        <translation>Retensi 3 bulan</translation>
    </message>
</context>
<context>
    <name>LeaderboardSlide</name>
    <message>
        <source>Leaderboard and awards</source>
        <translation>Peringkat dan apresiasi</translation>
    </message>
    <message>
        <source>Agents with the most acquisitions, %1</source>
        <translation>Agen dengan akuisisi terbanyak, %1</translation>
    </message>
    <message>
        <source>Most acquisitions</source>
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
        <source>Awards</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <source>No acquisitions by agents in these months</source>
        <translation>Belum ada akuisisi agen pada bulan-bulan ini</translation>
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
</context>
<context>
    <name>RetentionSlide</name>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>Share of the participants registered %1 still paying</source>
        <translation>Peserta terdaftar %1 yang masih membayar iuran</translation>
    </message>
    <message>
        <source>Perisai agents</source>
        <translation>Agen Perisai</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Kanal lain</translation>
    </message>
    <message>
        <source>months after joining</source>
        <translation>bulan setelah mendaftar</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>Setelah %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>other channels: %1</source>
        <translation>kanal lain: %1</translation>
    </message>
    <message>
        <source>No participants registered by agents in these months</source>
        <translation>Belum ada peserta yang didaftarkan agen pada bulan-bulan ini</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Periode %1</translation>
    </message>
    <message>
        <source>%1 of %2 invited agents present</source>
        <translation>%1 dari %2 agen undangan hadir</translation>
    </message>
    <message>
        <source>Perisai agent results</source>
        <translation>Capaian Agen Perisai</translation>
    </message>
    <message>
        <source>Monitoring and evaluation of Perisai agents</source>
        <translation>Monitoring dan Evaluasi Agen Perisai</translation>
    </message>
</context>
<context>
    <name>perisai::presentation::ProjectorPage</name>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>Slides for a Monev meeting from the current figures, full screen on the display you choose</source>
        <translation>Slide rapat Monev dari angka terkini, layar penuh pada tampilan yang Anda pilih</translation>
    </message>
    <message>
        <source>Monev session</source>
        <translation>Sesi Monev</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Start projector</source>
        <translation>Mulai proyektor</translation>
    </message>
    <message>
        <source>On the projector: →, Page Down or Space for the next slide, ← or Page Up for the previous one, a number and Enter to jump, B for a black screen, R to read the figures again, Esc to leave. Names are shown; NIK and phone numbers never.</source>
        <translation>Di proyektor: →, Page Down atau Spasi untuk slide berikutnya, ← atau Page Up untuk slide sebelumnya, nomor lalu Enter untuk melompat, B untuk layar hitam, R untuk membaca ulang angka, Esc untuk keluar. Yang tampil hanya nama; NIK dan nomor telepon tidak pernah.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Read figures again</source>
        <translation>Baca ulang angka</translation>
    </message>
    <message>
        <source>Save slides as images…</source>
        <translation>Simpan slide sebagai gambar…</translation>
    </message>
    <message>
        <source> (main display)</source>
        <translation> (tampilan utama)</translation>
    </message>
    <message>
        <source>Reading Monev sessions</source>
        <translation>Membaca sesi Monev</translation>
    </message>
    <message>
        <source>None: the year so far</source>
        <translation>Tanpa sesi: tahun berjalan</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesi %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <source>Preparing the projector slides</source>
        <translation>Menyiapkan slide proyektor</translation>
    </message>
    <message>
        <source>The slides could not be prepared: %1</source>
        <translation>Slide tidak dapat disiapkan: %1</translation>
    </message>
    <message>
        <source>Figures of %1 for %2, read at %3.</source>
        <translation>Angka %1 untuk %2, dibaca pukul %3.</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Pilih setidaknya satu slide.</translation>
    </message>
    <message>
        <source>Save slides as images</source>
        <translation>Simpan slide sebagai gambar</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) saved in %1</source>
        <translation>
            <numerusform>%n slide disimpan di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>Tampilan %1</translation>
    </message>
</context>
<context>
    <name>perisai::presentation::ProjectorWindow</name>
    <message>
        <source>Perisai Desk projector</source>
        <translation>Proyektor Perisai Desk</translation>
    </message>
    <message>
        <source>→ next   ← previous   B black screen   Esc leave</source>
        <translation>→ berikutnya   ← sebelumnya   B layar hitam   Esc keluar</translation>
    </message>
    <message>
        <source>Go to slide %1 (Enter)</source>
        <translation>Ke slide %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
</context>
</TS>
