<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DrillDownText</name>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>diberhentikan</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>calon</translation>
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
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Nama agen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Perisai</source>
        <translation>Perisai</translation>
    </message>
    <message>
        <source>other channel</source>
        <translation>kanal lain</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
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
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Active recruits</source>
        <translation>Peserta aktif binaan</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Terkumpul</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 lies in the future: the data reach up to %2</source>
        <translation>%1 masih di masa depan: data tersedia s.d. %2</translation>
    </message>
    <message>
        <source>there are no data for %1 yet: the data reach up to %2</source>
        <translation>belum ada data untuk %1: data tersedia s.d. %2</translation>
    </message>
    <message>
        <source>, data up to %1</source>
        <translation>, data s.d. %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source># Indicators

Every figure Perisai Desk shows, with the one definition it has in every view (dashboard, roster, agent detail, projector, PDF reports, `kpi`). The window shows the same text as the tooltip of each tile and column. A period that reaches past the last month with data is cut at that month, and every view says so (&quot;January–November 2026, data up to November 2026&quot;); a period wholly after it is refused.

Definitions: shared/design/domain.md, &quot;Indicators&quot;. This file is written from the glossary in modules/figures/glossary.cpp; a test keeps the two the same.
</source>
        <translation># Indikator

Setiap angka yang ditampilkan Perisai Desk, dengan satu definisi yang sama di setiap tampilan (dasbor, daftar agen, detail agen, proyektor, laporan PDF, `kpi`). Jendela menampilkan teks yang sama sebagai keterangan setiap kotak dan kolom. Periode yang melewati bulan terakhir berdata dipotong pada bulan itu, dan setiap tampilan menyebutkannya (&quot;Januari–November 2026, data s.d. November 2026&quot;); periode yang seluruhnya sesudahnya ditolak.

Definisi: shared/design/domain.md, &quot;Indicators&quot;. Berkas ini ditulis dari glosarium di modules/figures/glossary.cpp; sebuah tes menjaga keduanya tetap sama.
</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Akuisisi</translation>
    </message>
    <message>
        <source>Participants registered by Perisai agents in the period, counted by registration date. Participants who came through other channels are not acquisitions.</source>
        <translation>Peserta yang didaftarkan agen Perisai dalam periode, dihitung menurut tanggal daftar. Peserta dari kanal lain bukan akuisisi.</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Bulan yang sama tahun lalu</translation>
    </message>
    <message>
        <source>Acquisitions in the same months one year earlier.</source>
        <translation>Akuisisi pada bulan-bulan yang sama setahun sebelumnya.</translation>
    </message>
    <message>
        <source>Whole of last year</source>
        <translation>Sepanjang tahun lalu</translation>
    </message>
    <message>
        <source>Acquisitions in January–December of the year before the period&apos;s last month.</source>
        <translation>Akuisisi Januari–Desember pada tahun sebelum bulan terakhir periode.</translation>
    </message>
    <message>
        <source>Year-end outlook</source>
        <translation>Proyeksi akhir tahun</translation>
    </message>
    <message>
        <source>Where the year&apos;s acquisitions land in December: along last year&apos;s monthly shape when last year is known (seasonal), else the year so far scaled to twelve months (run-rate).</source>
        <translation>Perkiraan akuisisi tahun ini pada bulan Desember: mengikuti pola bulanan tahun lalu bila tahun lalu diketahui (musiman), jika tidak capaian sejauh ini diskalakan ke dua belas bulan (laju rata-rata).</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Participants of the office through any channel whose contribution for the period&apos;s last month is paid, whenever it was paid.</source>
        <translation>Peserta kantor dari kanal mana pun yang iurannya untuk bulan terakhir periode sudah dibayar, kapan pun dibayarnya.</translation>
    </message>
    <message>
        <source>Recruits paying</source>
        <translation>Rekrutan membayar</translation>
    </message>
    <message>
        <source>Participants recruited by agents (the agent&apos;s own, or those of the agents of a wadah or office) whose contribution for the period&apos;s last month is paid, whenever it was paid.</source>
        <translation>Peserta rekrutan agen (milik agen itu, atau milik agen-agen suatu wadah atau kantor) yang iurannya untuk bulan terakhir periode sudah dibayar, kapan pun dibayarnya.</translation>
    </message>
    <message>
        <source>Contributions of recruits</source>
        <translation>Iuran rekrutan</translation>
    </message>
    <message>
        <source>Contributions paid for the months of the period by participants recruited by agents, through any channel, in rupiah.</source>
        <translation>Iuran untuk bulan-bulan periode yang dibayar peserta rekrutan agen, melalui kanal mana pun, dalam rupiah.</translation>
    </message>
    <message>
        <source>Collected by agents</source>
        <translation>Dipungut agen</translation>
    </message>
    <message>
        <source>Contributions for the months of the period that the agents collected themselves (channel AGEN), in rupiah.</source>
        <translation>Iuran untuk bulan-bulan periode yang dipungut agen sendiri (kanal AGEN), dalam rupiah.</translation>
    </message>
    <message>
        <source>Retention at 3, 6 and 12 months</source>
        <translation>Retensi 3, 6 dan 12 bulan</translation>
    </message>
    <message>
        <source>Of the participants recruited by agents in the months of the period, the share whose contribution for the 3rd (6th, 12th) month after registration is paid. Only months of registration already that old count; &quot;–&quot; when none is yet.</source>
        <translation>Dari peserta yang direkrut agen pada bulan-bulan periode, porsi yang iurannya untuk bulan ke-3 (ke-6, ke-12) sesudah pendaftaran sudah dibayar. Hanya bulan pendaftaran yang sudah setua itu yang dihitung; &quot;–&quot; bila belum ada.</translation>
    </message>
    <message>
        <source>Retention due at 3 months</source>
        <translation>Retensi 3 bulan jatuh tempo</translation>
    </message>
    <message>
        <source>Of the participants an agent recruited three months before each month of the period, the share paid up for that month: the 3-month retention that falls due within the period (Monev review and the best retention award).</source>
        <translation>Dari peserta yang direkrut agen tiga bulan sebelum setiap bulan periode, porsi yang sudah membayar untuk bulan itu: retensi 3 bulan yang jatuh tempo di dalam periode (tinjauan Monev dan penghargaan retensi terbaik).</translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation>Kurva retensi</translation>
    </message>
    <message>
        <source>Retention at 0 to 12 months of the participants registered in the 24 months up to the period&apos;s last month, agents&apos; recruits against other channels; each point counts only the months old enough.</source>
        <translation>Retensi 0 sampai 12 bulan dari peserta yang terdaftar dalam 24 bulan sampai bulan terakhir periode, rekrutan agen dibandingkan kanal lain; setiap titik hanya menghitung bulan yang sudah cukup tua.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>New participants to recruit in the period, from the targets table: a year&apos;s monthly targets within the period, or its whole-year target spread evenly over twelve months. An office without a target of its own shows the sum of the offices, wadah and agents below it, a wadah without one the sum of its agents&apos;, and says so.</source>
        <translation>Peserta baru yang harus direkrut dalam periode, dari tabel target: target bulanan suatu tahun di dalam periode, atau target setahunnya dibagi rata ke dua belas bulan. Kantor tanpa target sendiri menampilkan jumlah target kantor, wadah dan agen di bawahnya, wadah tanpa target jumlah target agennya, dan menyebutkannya.</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Capaian target</translation>
    </message>
    <message>
        <source>Acquisitions ÷ target of the same period. Above the target cap it is marked for review, not as a failure.</source>
        <translation>Akuisisi ÷ target periode yang sama. Di atas batas target ditandai untuk ditinjau, bukan sebagai kegagalan.</translation>
    </message>
    <message>
        <source>Target cap</source>
        <translation>Batas target</translation>
    </message>
    <message>
        <source>The program rule in force at the period&apos;s end: agents&apos; acquisitions count towards the target up to this share of it (100 % since 2022).</source>
        <translation>Aturan program yang berlaku pada akhir periode: akuisisi agen dihitung terhadap target sampai porsi ini (100 % sejak 2022).</translation>
    </message>
    <message>
        <source>PKS target</source>
        <translation>Target PKS</translation>
    </message>
    <message>
        <source>New participants the wadah agreed to bring in over the whole term of its partnership agreement, as written in the PKS. It is not the target of the targets table.</source>
        <translation>Peserta baru yang disanggupi wadah selama seluruh masa berlaku perjanjian kerja samanya, sebagaimana tertulis dalam PKS. Bukan target dari tabel target.</translation>
    </message>
    <message>
        <source>PKS monthly minimum</source>
        <translation>Minimum bulanan PKS</translation>
    </message>
    <message>
        <source>Acquisitions a month written in the PKS; a wadah below it for several months in a row (3 since 2022) is flagged for a review of its PKS.</source>
        <translation>Akuisisi per bulan yang tertulis dalam PKS; wadah di bawahnya beberapa bulan berturut-turut (3 sejak 2022) ditandai untuk peninjauan PKS-nya.</translation>
    </message>
    <message>
        <source>Agents registered</source>
        <translation>Agen terdaftar</translation>
    </message>
    <message>
        <source>Agents who had joined by the period&apos;s last day and were past candidate and not dismissed on that day (active or inactive).</source>
        <translation>Agen yang sudah bergabung pada hari terakhir periode, bukan lagi calon dan tidak diberhentikan pada hari itu (aktif atau nonaktif).</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Agen produktif</translation>
    </message>
    <message>
        <source>Agents with an acquisition or a contribution they collected in the period&apos;s last month.</source>
        <translation>Agen dengan akuisisi atau iuran yang dipungutnya pada bulan terakhir periode.</translation>
    </message>
    <message>
        <source>Agents on the list</source>
        <translation>Agen dalam daftar</translation>
    </message>
    <message>
        <source>Every agent on record, whatever the status: candidates and dismissed agents included.</source>
        <translation>Semua agen yang tercatat, apa pun statusnya: termasuk calon dan agen yang diberhentikan.</translation>
    </message>
    <message>
        <source>Recruits since joining</source>
        <translation>Rekrutan sejak bergabung</translation>
    </message>
    <message>
        <source>Every participant the agent has registered, in all months with data.</source>
        <translation>Semua peserta yang pernah didaftarkan agen, pada semua bulan berdata.</translation>
    </message>
    <message>
        <source>Informal workers covered</source>
        <translation>Cakupan pekerja informal</translation>
    </message>
    <message>
        <source>Active participants ÷ informal workers of the office&apos;s region (reference figures of the period&apos;s year, or the latest year before it).</source>
        <translation>Peserta aktif ÷ pekerja informal di wilayah kantor (angka acuan tahun periode, atau tahun terakhir sebelumnya).</translation>
    </message>
    <message>
        <source>Perisai share</source>
        <translation>Porsi Perisai</translation>
    </message>
    <message>
        <source>Recruits paying ÷ active participants: the agents&apos; part of the protected informal workers.</source>
        <translation>Rekrutan membayar ÷ peserta aktif: bagian agen dari pekerja informal yang terlindungi.</translation>
    </message>
    <message>
        <source>UCJ contribution</source>
        <translation>Kontribusi UCJ</translation>
    </message>
    <message>
        <source>Recruits paying ÷ working population of the office&apos;s region (reference figures).</source>
        <translation>Rekrutan membayar ÷ penduduk bekerja di wilayah kantor (angka acuan).</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Claims dated in the period of participants recruited by agents: how many and the benefit paid, by program.</source>
        <translation>Klaim bertanggal dalam periode dari peserta rekrutan agen: jumlahnya dan manfaat yang dibayar, per program.</translation>
    </message>
    <message>
        <source>Monev sessions</source>
        <translation>Sesi Monev</translation>
    </message>
    <message>
        <source>Monev sessions of the office and its wadah held (or closed) in the period.</source>
        <translation>Sesi Monev kantor dan wadahnya yang terlaksana (atau ditutup) dalam periode.</translation>
    </message>
    <message>
        <source>Monev attendance</source>
        <translation>Kehadiran Monev</translation>
    </message>
    <message>
        <source>Agents present ÷ agents invited, over the Monev sessions held in the period.</source>
        <translation>Agen hadir ÷ agen diundang, pada sesi Monev yang terlaksana dalam periode.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Monev action items agreed on or before the day and not done by then. The day is today when the period reaches the last month with data, else the period&apos;s last day.</source>
        <translation>Tindak lanjut Monev yang disepakati sampai hari itu dan belum selesai pada hari itu. Hari itu adalah hari ini bila periode mencapai bulan terakhir berdata, jika tidak hari terakhir periode.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <source>Open actions whose due date had passed on the day.</source>
        <translation>Tindak lanjut terbuka yang tenggatnya sudah lewat pada hari itu.</translation>
    </message>
    <message>
        <source>PKS in force</source>
        <translation>PKS berlaku</translation>
    </message>
    <message>
        <source>Partnership agreements signed, started and neither ended nor terminated on the day, renewals included.</source>
        <translation>Perjanjian kerja sama yang sudah ditandatangani, sudah mulai, dan belum berakhir maupun diputus pada hari itu, termasuk perpanjangan.</translation>
    </message>
    <message>
        <source>PKS ending within 30, 60, 90 days</source>
        <translation>PKS berakhir dalam 30, 60, 90 hari</translation>
    </message>
    <message>
        <source>PKS in force on the day and not yet renewed that end within 30, 60 or 90 days. Each count includes the shorter ones: &quot;within 60 days&quot; includes those within 30.</source>
        <translation>PKS yang berlaku pada hari itu dan belum diperpanjang yang berakhir dalam 30, 60 atau 90 hari. Setiap hitungan mencakup yang lebih pendek: &quot;dalam 60 hari&quot; termasuk yang dalam 30 hari.</translation>
    </message>
    <message>
        <source>PKS expired</source>
        <translation>PKS kedaluwarsa</translation>
    </message>
    <message>
        <source>PKS that ended before the day and were neither renewed nor terminated.</source>
        <translation>PKS yang berakhir sebelum hari itu dan tidak diperpanjang maupun diputus.</translation>
    </message>
    <message>
        <source>PKS terminated</source>
        <translation>PKS diputus</translation>
    </message>
    <message>
        <source>PKS terminated on or before the day.</source>
        <translation>PKS yang diputus sampai hari itu.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Agents ordered by acquisitions, then recruits paying, then collected by agents; equal figures share a rank (1, 2, 2, 4).</source>
        <translation>Agen diurutkan menurut akuisisi, lalu rekrutan membayar, lalu iuran yang dipungut agen; angka yang sama berbagi peringkat (1, 2, 2, 4).</translation>
    </message>
    <message>
        <source>Paid only the first month</source>
        <translation>Hanya bayar bulan pertama</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: of the agent&apos;s recruits registered in the period and observed at least 3 months (at least 10 of them), the share that paid for the registration month and no later month, when it is at least twice the office&apos;s share and at least 20 points above it.</source>
        <translation>Sinyal kecurangan, untuk ditinjau seseorang: dari rekrutan agen yang terdaftar dalam periode dan teramati minimal 3 bulan (minimal 10 orang), porsi yang membayar bulan pendaftaran saja tanpa bulan sesudahnya, bila porsi itu minimal dua kali porsi kantor dan minimal 20 poin di atasnya.</translation>
    </message>
    <message>
        <source>Re-registered NIK</source>
        <translation>NIK didaftarkan ulang</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: at least 3 of the agent&apos;s registrations in the period carry a NIK that an earlier participant had.</source>
        <translation>Sinyal kecurangan, untuk ditinjau seseorang: minimal 3 pendaftaran agen dalam periode memakai NIK yang sudah dimiliki peserta sebelumnya.</translation>
    </message>
    <message>
        <source>Registrations bunched at the incentive threshold</source>
        <translation>Pendaftaran menumpuk di ambang insentif</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: in at least 2 months of the period the agent&apos;s new participants ended within the incentive threshold and 2 above it (25–27 under the 2022 rule), with at least half of them registered in the month&apos;s last 5 days.</source>
        <translation>Sinyal kecurangan, untuk ditinjau seseorang: dalam minimal 2 bulan periode, peserta baru agen berakhir di ambang insentif hingga 2 di atasnya (25–27 menurut aturan 2022), dengan minimal separuhnya terdaftar pada 5 hari terakhir bulan itu.</translation>
    </message>
    <message>
        <source>Recruits stopped paying together</source>
        <translation>Rekrutan berhenti membayar bersamaan</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: of the agent&apos;s recruits who paid for some month of the period, at least 70 % (and at least 10 people) paid for no later month, while at most half of the office&apos;s other payers of that month stopped.</source>
        <translation>Sinyal kecurangan, untuk ditinjau seseorang: dari rekrutan agen yang membayar suatu bulan dalam periode, minimal 70% (dan minimal 10 orang) tidak membayar bulan sesudahnya, sementara paling banyak separuh pembayar lain di kantor pada bulan itu berhenti.</translation>
    </message>
    <message>
        <source>Recruits sharing a phone number</source>
        <translation>Rekrutan memakai nomor HP yang sama</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: at least 5 people on one phone number among the agent&apos;s recruits registered in the period, the agent counted when the number is the agent&apos;s own.</source>
        <translation>Sinyal kecurangan, untuk ditinjau seseorang: minimal 5 orang memakai satu nomor HP di antara rekrutan agen yang terdaftar dalam periode, agen ikut dihitung bila nomor itu milik agen sendiri.</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Agen aktif</translation>
    </message>
    <message>
        <source>Of the agents registered on the period&apos;s last day, those active on that day: their status on record is active, or it became inactive or dismissed only after that day. Candidates are not counted, nor agents inactive or dismissed on or before that day. A wadah counts its own agents; a KCP or branch the agents of its office and of the offices below it.</source>
        <translation>Dari agen yang terdaftar pada hari terakhir periode, yang aktif pada hari itu: status yang tercatat aktif, atau baru menjadi nonaktif atau diberhentikan setelah hari itu. Calon tidak dihitung, begitu pula agen yang nonaktif atau diberhentikan pada atau sebelum hari itu. Wadah menghitung agennya sendiri; KCP atau kantor cabang menghitung agen kantornya dan kantor-kantor di bawahnya.</translation>
    </message>
    <message>
        <source>PKS renewed in the period</source>
        <translation>PKS diperpanjang dalam periode</translation>
    </message>
    <message>
        <source>Renewals signed on a day of the period (on their first day when the signing day is not recorded); a renewal still in draft is not counted.</source>
        <translation>Perpanjangan yang ditandatangani pada salah satu hari dalam periode (pada hari pertamanya bila tanggal penandatanganan tidak tercatat); perpanjangan yang masih draf tidak dihitung.</translation>
    </message>
    <message>
        <source>PKS terminated in the period</source>
        <translation>PKS diputus dalam periode</translation>
    </message>
    <message>
        <source>PKS terminated on a day of the period.</source>
        <translation>PKS yang diputus pada salah satu hari dalam periode.</translation>
    </message>
    <message>
        <source>Gain on the previous period</source>
        <translation>Kenaikan dari periode sebelumnya</translation>
    </message>
    <message>
        <source>Acquisitions in the period less those in the period of equal length just before it (the Monev award for the most improved agent).</source>
        <translation>Akuisisi dalam periode dikurangi akuisisi dalam periode sepanjang itu tepat sebelumnya (apresiasi Monev untuk agen paling meningkat).</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>no agent with code %1</source>
        <translation>tidak ada agen dengan kode %1</translation>
    </message>
    <message>
        <source>no wadah with code %1</source>
        <translation>tidak ada wadah dengan kode %1</translation>
    </message>
    <message>
        <source>the database holds no offices</source>
        <translation>basis data belum berisi kantor</translation>
    </message>
    <message>
        <source>no office with code %1</source>
        <translation>tidak ada kantor dengan kode %1</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>database error: %1</source>
        <translation>kesalahan basis data: %1</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>%1 of %2 recruits observed at least %3 months paid only the first month</source>
        <translation>%1 dari %2 rekrutan yang teramati minimal %3 bulan hanya membayar bulan pertama</translation>
    </message>
    <message>
        <source>%1 of %2 registrations in the period carry a NIK that an earlier participant had</source>
        <translation>%1 dari %2 pendaftaran dalam periode memakai NIK yang sudah dimiliki peserta sebelumnya</translation>
    </message>
    <message>
        <source>In %1 months the new participants ended at or just above the incentive threshold (%2); %3 of them were registered in the last %4 days of the month</source>
        <translation>Dalam %1 bulan peserta baru berakhir tepat di atau sedikit di atas ambang insentif (%2); %3 di antaranya terdaftar pada %4 hari terakhir bulan itu</translation>
    </message>
    <message>
        <source>%1 of %2 recruits who paid for %3 paid for no later month; of the office&apos;s other payers %4 did so</source>
        <translation>%1 dari %2 rekrutan yang membayar %3 tidak membayar bulan sesudahnya; di antara pembayar lain di kantor %4 yang demikian</translation>
    </message>
    <message>
        <source>%1 recruits were registered with the agent&apos;s own phone number</source>
        <translation>%1 rekrutan didaftarkan dengan nomor HP agen sendiri</translation>
    </message>
    <message>
        <source>%1 recruits were registered with one phone number</source>
        <translation>%1 rekrutan didaftarkan dengan satu nomor HP yang sama</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>sum of the targets of the offices below</source>
        <translation>jumlah target kantor di bawahnya</translation>
    </message>
    <message>
        <source>sum of the wadah targets</source>
        <translation>jumlah target wadah</translation>
    </message>
    <message>
        <source>sum of the agents&apos; targets</source>
        <translation>jumlah target agen</translation>
    </message>
    <message>
        <source>sum of the targets set below (offices, wadah, agents)</source>
        <translation>jumlah target di bawahnya (kantor, wadah, agen)</translation>
    </message>
</context>
<context>
    <name>Workforce</name>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>the region is empty</source>
        <translation>wilayah kosong</translation>
    </message>
    <message>
        <source>%1 is not a plausible year</source>
        <translation>%1 bukan tahun yang masuk akal</translation>
    </message>
    <message>
        <source>figures cannot be negative</source>
        <translation>angka tidak boleh negatif</translation>
    </message>
    <message>
        <source>more informal workers than the labour force</source>
        <translation>pekerja informal melebihi angkatan kerja</translation>
    </message>
    <message>
        <source>%1 %2 is already in row %3</source>
        <translation>%1 %2 sudah ada di baris %3</translation>
    </message>
    <message>
        <source>Reference figures %1 %2 deleted</source>
        <translation>Data referensi %1 %2 dihapus</translation>
    </message>
    <message>
        <source>Reference figures %1 %2 saved</source>
        <translation>Data referensi %1 %2 disimpan</translation>
    </message>
    <message>
        <source>The reference figures were changed on another desk by %1 at %2 since they were read here; nothing was saved. Open them again.</source>
        <translation>Angka acuan telah diubah di meja lain oleh %1 pada %2 sejak dibaca di sini; tidak ada yang disimpan. Buka kembali.</translation>
    </message>
    <message>
        <source>The reference figures were changed elsewhere since they were read here; nothing was saved. Open them again.</source>
        <translation>Angka acuan telah diubah di tempat lain sejak dibaca di sini; tidak ada yang disimpan. Buka kembali.</translation>
    </message>
</context>
</TS>
