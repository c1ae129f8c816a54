// Indonesian personal names: Javanese for Central and East Java, Sasak and Mbojo/Samawa for NTB,
// with the Arabic-derived names common everywhere.
#include "demo/vocabulary.h"

namespace perisai::demo {
namespace {

const char *const kJavaMale[] = {
    "Budi", "Slamet", "Agus", "Eko", "Wahyu", "Joko", "Bambang", "Sugeng", "Heru", "Teguh", "Dwi", "Tri",
    "Sutrisno", "Suparman", "Sumarno", "Mulyono", "Hadi", "Purnomo", "Rudi", "Yanto", "Supriyadi", "Darmaji",
    "Sunarto", "Wawan", "Bayu", "Aris", "Fajar", "Ahmad", "Muhammad", "Nur", "Imam", "Arif", "Rizki",
    "Dedi", "Andi", "Kusno", "Parjo", "Tarno", "Sarwo", "Gunawan", "Setyo", "Prasetyo", "Hartono", "Waluyo",
    "Sholeh", "Khoirul", "Anwar", "Mujib", "Sodiq", "Yusuf", "Ilham", "Danang", "Puji", "Ragil", "Catur",
};
const char *const kJavaFemale[] = {
    "Siti", "Sri", "Dewi", "Endang", "Wahyuni", "Sulastri", "Suharti", "Sumiyati", "Rini", "Tutik", "Yuli",
    "Lestari", "Ningsih", "Puji", "Wulan", "Ratna", "Indah", "Fitri", "Nur", "Ani", "Eni", "Tri", "Dwi",
    "Kartini", "Murni", "Painem", "Sukarti", "Wartini", "Asih", "Rahayu", "Setyowati", "Anik", "Umi",
    "Khotimah", "Musyarofah", "Nurul", "Laila", "Erna", "Yayuk", "Marni", "Ika", "Novi", "Ayu", "Dian",
    "Winarti", "Suryani", "Kasiyem", "Tumini", "Sarmi", "Lilis", "Titin", "Yati",
};
// Second names: men take from the first list, women from both (a father's name is common).
const char *const kJavaSecond[] = {
    "Santoso", "Susanto", "Wibowo", "Setiawan", "Pratama", "Saputra", "Hidayat", "Nugroho", "Kurniawan",
    "Wijaya", "Prasetyo", "Sulistyo", "Riyanto", "Haryanto", "Mustofa", "Hakim", "Syaifuddin", "Rohman", "Basuki",
    "Suwarno", "Sutopo", "Budiono", "Kusuma", "Permana",
};
const char *const kJavaSecondFemale[] = {
    "Rahmawati", "Hidayah", "Lestari", "Utami", "Handayani", "Susilowati", "Purwanti", "Maryani", "Rahayu",
    "Wulandari", "Fauziah", "Anggraini",
};
const char *const kNtbMale[] = {
    "Muhammad", "Ahmad", "Zainal", "Abdul", "Hasan", "Rusdi", "Sahnun", "Mahsun", "Zulkifli", "Hamdi",
    "Syamsul", "Marzuki", "Suhaimi", "Lukman", "Sapri", "Ismail", "Amrullah", "Khairul", "Fathurrahman",
    "Mustiadi", "Saharudin", "Hairul", "Nasrullah", "Syahrul", "Jamaludin", "Rahmat", "Sukardi", "Mansur",
    "Burhan", "Umar", "Ilyas", "Aswadi", "Munawir", "Junaidi", "Efendi", "Ridwan", "Taufik", "Hendra",
};
const char *const kNtbFemale[] = {
    "Siti", "Nurul", "Hajarani", "Rohani", "Nurhasanah", "Sumiati", "Marni", "Sahnah", "Aminah", "Rabiah",
    "Halimah", "Maesarah", "Nurjannah", "Fatimah", "Zakiah", "Herawati", "Suhartini", "Rukmini", "Jumiati",
    "Salmah", "Mulyati", "Hartini", "Saodah", "Kamariah", "Rosmiati", "Hafsah", "Nurhayati", "Wahidah",
    "Ernawati", "Yuliana", "Rahmawati", "Juwairiah", "Muliana", "Syarifah", "Inayah",
};
const char *const kNtbSecond[] = {
    "Hidayat", "Rahman", "Hamid", "Saleh", "Hakim", "Zainuri", "Muhsin", "Sahabudin", "Anwar", "Ramli",
    "Mustafa", "Hasyim", "Rosyidi", "Jayadi", "Hadi", "Hamdani", "Irawan", "Yusuf", "Ibrahim", "Sudirman", "Husain",
};
const char *const kNtbSecondFemale[] = {"Hasanah", "Nufus", "Aini", "Fadilah", "Ulfa", "Safitri", "Apriani", "Mardiana"};
const char *const kStaffMale[] = {"Arief", "Rizal", "Fikri", "Bagus", "Yudha", "Reza", "Galih", "Hafiz", "Dimas", "Irfan", "Aditya", "Benny"};
const char *const kStaffFemale[] = {"Dewi", "Anindya", "Rizka", "Nadia", "Vina", "Putri", "Laras", "Meita", "Sekar", "Citra", "Ratih", "Mega"};
const char *const kStaffLastMale[] = {"Prasetya", "Ramadhan", "Nugraha", "Wicaksono", "Firmansyah", "Anggoro",
                                      "Hermawan", "Ardiansyah", "Wardhana"};
const char *const kStaffLastFemale[] = {"Permatasari", "Hapsari", "Kusumawardani", "Maharani", "Saputri", "Pertiwi",
                                        "Larasati", "Prasetya", "Nugraha"};

template <size_t N>
std::string pickOne(Stream &s, const char *const (&list)[N])
{
    return list[s.below(N)];
}

template <size_t N, size_t F>
std::string secondName(Stream &s, bool female, const char *const (&common)[N], const char *const (&feminine)[F])
{
    if (female && s.below(N + F) >= N)
        return pickOne(s, feminine);
    return pickOne(s, common);
}

} // namespace

std::string personName(Stream &s, NameStyle style, bool female)
{
    const bool ntb = style == NameStyle::Ntb;
    std::string name;
    // Sasak nobility titles: Lalu (men) and Baiq (women) on Lombok.
    if (ntb && s.chance(0.07))
        name = female ? "Baiq " : "Lalu ";
    if (female)
        name += ntb ? pickOne(s, kNtbFemale) : pickOne(s, kJavaFemale);
    else
        name += ntb ? pickOne(s, kNtbMale) : pickOne(s, kJavaMale);
    // Many Javanese go by one name; most people have two, some three.
    const double r = s.unit();
    const double oneName = ntb ? 0.06 : 0.18;
    if (r >= oneName) {
        name += ' ';
        name += ntb ? secondName(s, female, kNtbSecond, kNtbSecondFemale) : secondName(s, female, kJavaSecond, kJavaSecondFemale);
        if (r > 0.9) {
            name += ' ';
            name += ntb ? secondName(s, female, kNtbSecond, kNtbSecondFemale) : secondName(s, female, kJavaSecond, kJavaSecondFemale);
        }
    }
    return name;
}

std::string staffName(Stream &s, bool female)
{
    std::string name = female ? pickOne(s, kStaffFemale) : pickOne(s, kStaffMale);
    name += ' ';
    name += female ? pickOne(s, kStaffLastFemale) : pickOne(s, kStaffLastMale);
    return name;
}

std::string mobilePhone(Stream &s)
{
    // Telkomsel, Indosat, XL, Tri and Smartfren prefixes after +62 8.
    static const char *const prefixes[] = {"11", "12", "13", "21", "22", "23", "52", "53", "14", "15", "16",
                                           "55", "56", "57", "58", "17", "18", "19", "59", "77", "78", "95",
                                           "96", "97", "98", "99", "81", "82", "83", "87", "88"};
    std::string phone = "+628";
    phone += prefixes[s.below(std::size(prefixes))];
    const int digits = s.chance(0.7) ? 8 : 7;
    for (int i = 0; i < digits; ++i)
        phone += static_cast<char>('0' + s.below(10));
    return phone;
}

} // namespace perisai::demo
