#include "demo/scenario.h"

#include <QDate>
#include <cmath>

namespace perisai::demo {
namespace {

using K = OfficeKind;

// Size s: KC Kudus (45 agents came to its Monev of 19 November) with two sub-branches.
const OfficeSeed kKudus[] = {
    {"KW-JATENG", "Kantor Wilayah Jawa Tengah dan DI Yogyakarta", K::Kanwil, -1, "Jawa Tengah", 3374, "Semarang", 20'050'000, 0.58, 0},
    {"KC-KUDUS", "Kantor Cabang Kudus", K::Branch, 0, "Kabupaten Kudus", 3319,
     "Kota Kudus|Jati|Bae|Dawe|Gebog|Mejobo|Undaan|Kaliwungu|Jekulo", 485'000, 0.45, 0.5},
    {"KCP-JEPARA", "Kantor Cabang Perintis Jepara", K::SubBranch, 1, "Kabupaten Jepara", 3320,
     "Tahunan|Bangsri|Mlonggo|Kedung|Pecangaan|Welahan|Mayong|Keling", 702'000, 0.55, 0.28},
    {"KCP-PATI", "Kantor Cabang Perintis Pati", K::SubBranch, 1, "Kabupaten Pati", 3318,
     "Juwana|Tayu|Margoyoso|Wedarijaksa|Trangkil|Kayen|Sukolilo|Gabus", 706'000, 0.61, 0.22},
};

// Size m: KC Banyuwangi (labour force about 820,000) with four sub-branches.
const OfficeSeed kBanyuwangi[] = {
    {"KW-JATIM", "Kantor Wilayah Jawa Timur", K::Kanwil, -1, "Jawa Timur", 3578, "Surabaya", 23'150'000, 0.57, 0},
    {"KC-BANYUWANGI", "Kantor Cabang Banyuwangi", K::Branch, 0, "Kabupaten Banyuwangi", 3510,
     "Giri|Kabat|Glagah|Kalipuro|Licin|Songgon|Singojuruh", 820'000, 0.62, 0.32},
    {"KCP-GENTENG", "Kantor Cabang Perintis Genteng", K::SubBranch, 1, "Kabupaten Banyuwangi", 3510,
     "Genteng|Glenmore|Kalibaru|Sempu|Gambiran|Tegalsari", 820'000, 0.62, 0.2},
    {"KCP-ROGOJAMPI", "Kantor Cabang Perintis Rogojampi", K::SubBranch, 1, "Kabupaten Banyuwangi", 3510,
     "Rogojampi|Muncar|Srono|Cluring|Blimbingsari|Tegaldlimo|Pesanggaran", 820'000, 0.62, 0.2},
    {"KCP-SITUBONDO", "Kantor Cabang Perintis Situbondo", K::SubBranch, 1, "Kabupaten Situbondo", 3512,
     "Panarukan|Besuki|Asembagus|Kapongan|Mangaran|Suboh", 402'000, 0.66, 0.14},
    {"KCP-BONDOWOSO", "Kantor Cabang Perintis Bondowoso", K::SubBranch, 1, "Kabupaten Bondowoso", 3511,
     "Tamanan|Wonosari|Maesan|Tlogosari|Prajekan|Tenggarang", 461'000, 0.68, 0.14},
};

// Preset cilacap: KC Cilacap, whose four regional Perisai offices renewed their PKS in 2022.
const OfficeSeed kCilacap[] = {
    {"KW-JATENG", "Kantor Wilayah Jawa Tengah dan DI Yogyakarta", K::Kanwil, -1, "Jawa Tengah", 3374, "Semarang", 19'700'000, 0.59, 0},
    {"KC-CILACAP", "Kantor Cabang Cilacap", K::Branch, 0, "Kabupaten Cilacap", 3301,
     "Cilacap Selatan|Cilacap Tengah|Kesugihan|Adipala|Jeruklegi|Maos|Sampang|Kampung Laut", 918'000, 0.57, 0.46},
    {"KCP-MAJENANG", "Kantor Cabang Perintis Majenang", K::SubBranch, 1, "Kabupaten Cilacap", 3301,
     "Majenang|Sidareja|Wanareja|Dayeuhluhur|Cimanggu|Karangpucung|Gandrungmangu", 918'000, 0.57, 0.27},
    {"KCP-KROYA", "Kantor Cabang Perintis Kroya", K::SubBranch, 1, "Kabupaten Cilacap", 3301,
     "Kroya|Binangun|Nusawungu|Kawunganten|Bantarsari|Patimuan", 918'000, 0.57, 0.27},
};

// Preset ntb: the province. Labour force and informal workers of the regencies add up to the province.
const OfficeSeed kNtb[] = {
    {"KW-NTB", "Kantor Wilayah Nusa Tenggara Barat", K::Kanwil, -1, "Nusa Tenggara Barat", 5271, "Mataram", 1'903'000, 0.596, 0},
    {"KC-MATARAM", "Kantor Cabang Mataram", K::Branch, 0, "Kota Mataram", 5271, "Ampenan|Cakranegara|Sekarbela|Selaparang|Mataram|Sandubaya", 0, 0, 0.45},
    {"KCP-GERUNG", "Kantor Cabang Perintis Gerung", K::SubBranch, 1, "Kabupaten Lombok Barat", 5201, "Gerung|Narmada|Lingsar|Kediri|Labuapi|Sekotong|Gunungsari", 0, 0, 0.35},
    {"KCP-TANJUNG", "Kantor Cabang Perintis Tanjung", K::SubBranch, 1, "Kabupaten Lombok Utara", 5208, "Tanjung|Gangga|Pemenang|Kayangan|Bayan", 0, 0, 0.2},
    {"KC-SELONG", "Kantor Cabang Lombok Timur", K::Branch, 0, "Kabupaten Lombok Timur", 5203, "Selong|Masbagik|Aikmel|Pringgabaya|Labuhan Haji|Keruak|Sakra|Terara", 0, 0, 0.55},
    {"KCP-PRAYA", "Kantor Cabang Perintis Praya", K::SubBranch, 4, "Kabupaten Lombok Tengah", 5202, "Praya|Pujut|Kopang|Jonggat|Batukliang|Janapria", 0, 0, 0.45},
    {"KC-SUMBAWA", "Kantor Cabang Sumbawa", K::Branch, 0, "Kabupaten Sumbawa", 5204, "Sumbawa|Alas|Moyo Hilir|Empang|Plampang|Utan|Lape", 0, 0, 0.7},
    {"KCP-TALIWANG", "Kantor Cabang Perintis Taliwang", K::SubBranch, 6, "Kabupaten Sumbawa Barat", 5207, "Taliwang|Jereweh|Seteluk|Maluk|Brang Ene", 0, 0, 0.3},
    {"KC-BIMA", "Kantor Cabang Bima", K::Branch, 0, "Kota Bima", 5272, "Rasanae Barat|Rasanae Timur|Mpunda|Asakota|Raba", 0, 0, 0.3},
    {"KCP-WOHA", "Kantor Cabang Perintis Woha", K::SubBranch, 8, "Kabupaten Bima", 5206, "Woha|Bolo|Sape|Monta|Belo|Wera|Donggo", 0, 0, 0.4},
    {"KCP-DOMPU", "Kantor Cabang Perintis Dompu", K::SubBranch, 8, "Kabupaten Dompu", 5205, "Dompu|Woja|Kempo|Hu'u|Kilo|Manggelewa", 0, 0, 0.3},
};
// Shares of the province's labour force by regency, in the order of kNtb[1..].
const double kNtbShares[] = {0.095, 0.145, 0.043, 0.255, 0.205, 0.094, 0.031, 0.032, 0.092, 0.046};

// Size l: East Java, ten branches with two sub-branches each.
struct BranchRow {
    const char *town;
    const char *region;
    int regency;
    qint64 labourForce;
    const char *kcp1;
    const char *region1;
    int regency1;
    const char *kcp2;
    const char *region2;
    int regency2;
};
const BranchRow kJatim[] = {
    {"Surabaya", "Kota Surabaya", 3578, 1'620'000, "Gresik", "Kabupaten Gresik", 3525, "Bangkalan", "Kabupaten Bangkalan", 3526},
    {"Malang", "Kabupaten Malang", 3507, 1'440'000, "Batu", "Kota Batu", 3579, "Kepanjen", "Kabupaten Malang", 3507},
    {"Kediri", "Kabupaten Kediri", 3506, 900'000, "Nganjuk", "Kabupaten Nganjuk", 3518, "Pare", "Kabupaten Kediri", 3506},
    {"Jember", "Kabupaten Jember", 3509, 1'300'000, "Lumajang", "Kabupaten Lumajang", 3508, "Kencong", "Kabupaten Jember", 3509},
    {"Banyuwangi", "Kabupaten Banyuwangi", 3510, 820'000, "Genteng", "Kabupaten Banyuwangi", 3510, "Situbondo", "Kabupaten Situbondo", 3512},
    {"Madiun", "Kabupaten Madiun", 3519, 420'000, "Ngawi", "Kabupaten Ngawi", 3521, "Ponorogo", "Kabupaten Ponorogo", 3502},
    {"Sidoarjo", "Kabupaten Sidoarjo", 3515, 1'180'000, "Krian", "Kabupaten Sidoarjo", 3515, "Porong", "Kabupaten Sidoarjo", 3515},
    {"Pasuruan", "Kabupaten Pasuruan", 3514, 860'000, "Probolinggo", "Kabupaten Probolinggo", 3513, "Bangil", "Kabupaten Pasuruan", 3514},
    {"Mojokerto", "Kabupaten Mojokerto", 3516, 620'000, "Jombang", "Kabupaten Jombang", 3517, "Mojosari", "Kabupaten Mojokerto", 3516},
    {"Tuban", "Kabupaten Tuban", 3523, 660'000, "Lamongan", "Kabupaten Lamongan", 3524, "Bojonegoro", "Kabupaten Bojonegoro", 3522},
};

// Strings for size l are built once and kept for the program's life (the seeds hold plain pointers).
std::vector<OfficeSeed> jatimProvince()
{
    static std::vector<QByteArray> storage;
    static std::vector<OfficeSeed> seeds;
    if (!seeds.empty())
        return seeds;
    auto keep = [](const QString &s) {
        storage.push_back(s.toUtf8());
        return storage.back().constData();
    };
    storage.reserve(200);
    seeds.push_back(kBanyuwangi[0]);
    for (const BranchRow &b : kJatim) {
        const int parent = static_cast<int>(seeds.size());
        const QString town = QString::fromUtf8(b.town);
        seeds.push_back({keep(QStringLiteral("KC-") + town.toUpper()), keep(QStringLiteral("Kantor Cabang ") + town), K::Branch, 0,
                         b.region, b.regency, nullptr, b.labourForce, 0.58, 0.5});
        for (const auto &[name, region, regency] : {std::tuple{b.kcp1, b.region1, b.regency1}, std::tuple{b.kcp2, b.region2, b.regency2}}) {
            const QString n = QString::fromUtf8(name);
            seeds.push_back({keep(QStringLiteral("KCP-") + n.toUpper()), keep(QStringLiteral("Kantor Cabang Perintis ") + n),
                             K::SubBranch, parent, region, regency, nullptr, b.labourForce / 2, 0.6, 0.25});
        }
    }
    return seeds;
}

template <size_t N>
std::vector<OfficeSeed> list(const OfficeSeed (&seeds)[N])
{
    return {seeds, seeds + N};
}

// Cilacap's Perisai acquisitions, month by month: the article's totals for 2021 and January-June 2022,
// a smaller start in 2019-2020 (the pandemic year dips in the middle).
std::vector<qint64> cilacapMonths(YearMonth first, int months)
{
    static const double season[] = {0.82, 0.9, 1.0, 0.88, 0.94, 1.04, 1.0, 1.1, 1.08, 1.12, 1.18, 1.06};
    std::vector<qint64> perMonth(static_cast<size_t>(months), 0);
    auto fill = [&](YearMonth from, YearMonth to, qint64 total, double dip) {
        std::vector<double> w;
        for (YearMonth m = from; m <= to; m = m.addMonths(1))
            w.push_back(season[m.month() - 1] * ((m.year() == 2020 && m.month() >= 4 && m.month() <= 7) ? dip : 1.0));
        const auto parts = apportion(total, w);
        for (size_t i = 0; i < parts.size(); ++i)
            perMonth[static_cast<size_t>(first.monthsUntil(from)) + i] = parts[i];
    };
    fill({2019, 7}, {2019, 12}, 1'140, 1.0);
    fill({2020, 1}, {2020, 12}, 3'260, 0.55);
    fill({2021, 1}, {2021, 12}, 5'628, 1.0);
    fill({2022, 1}, {2022, 6}, 2'336, 1.0);
    return perMonth;
}

} // namespace

YearMonth lastCompleteMonth()
{
    return YearMonth::fromDate(QDate::currentDate()).addMonths(-1);
}

Scenario scenarioFor(const Options &options)
{
    Scenario s;
    const YearMonth until = options.until.isValid() ? options.until : lastCompleteMonth();
    const double volume = options.volume > 0 ? options.volume : 1.0;
    s.last = until;
    s.first = until.addMonths(-35);
    switch (options.preset) {
    case Preset::Cilacap:
        s.offices = list(kCilacap);
        s.last = {2022, 6};
        s.first = s.last.addMonths(-35);
        s.wadahPerBranch = 10;
        s.agentsPerBranch = 64;
        s.kantorPerisaiPerBranch = 4;
        s.perisaiPerMonth = cilacapMonths(s.first, s.months());
        s.otherRegistrations = 9'400;
        s.headline = QStringLiteral("KC-CILACAP");
        s.presetName = QStringLiteral("cilacap");
        s.renewKantorPerisaiInLastYear = true;
        s.kantorPerisaiRenewal = {2022, 6};
        return s;
    case Preset::Ntb:
        s.names = NameStyle::Ntb;
        s.offices = list(kNtb);
        for (size_t i = 1; i < s.offices.size(); ++i) {
            s.offices[i].labourForce = std::llround(1'903'000 * kNtbShares[i - 1]);
            s.offices[i].informalShare = 0.596;
        }
        s.first = {2022, 1};
        s.last = {2025, 12};
        s.wadahPerBranch = 36;
        s.agentsPerBranch = 300;
        s.kantorPerisaiPerBranch = 3;
        s.activePerisaiAtEnd = 144'000;
        s.activeOtherAtEnd = 142'000;
        s.perisaiClaims = 1'744;
        s.perisaiClaimsTotal = 64'100'000'000;
        s.headlineInformal = 1'100'000;
        s.headlineWorking = 1'846'000;
        s.headlineLabour = 1'903'000;
        s.yearlyGrowth = 1.6;
        s.headline = QStringLiteral("KW-NTB");
        s.presetName = QStringLiteral("ntb");
        return s;
    case Preset::None:
        break;
    }
    switch (options.size) {
    case Size::S:
        s.offices = list(kKudus);
        s.perisaiRegistrations = std::llround(5'600 * volume);
        s.otherRegistrations = std::llround(4'400 * volume);
        s.headline = QStringLiteral("KC-KUDUS");
        break;
    case Size::M:
        s.offices = list(kBanyuwangi);
        s.wadahPerBranch = 50;
        s.agentsPerBranch = 500;
        s.kantorPerisaiPerBranch = 4;
        s.perisaiRegistrations = std::llround(168'000 * volume);
        s.otherRegistrations = std::llround(132'000 * volume);
        s.headline = QStringLiteral("KC-BANYUWANGI");
        break;
    case Size::L:
        s.offices = jatimProvince();
        s.wadahPerBranch = 50;
        s.agentsPerBranch = 500;
        s.kantorPerisaiPerBranch = 3;
        s.perisaiRegistrations = std::llround(1'650'000 * volume);
        s.otherRegistrations = std::llround(1'350'000 * volume);
        s.headline = QStringLiteral("KW-JATIM");
        break;
    }
    return s;
}

} // namespace perisai::demo
