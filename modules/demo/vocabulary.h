#pragma once
// Words the demo data is made of: Indonesian names, occupations, wadah names, banks, Monev texts.
// These are data (what a branch would have typed), not interface text, so they are not translated.

#include "demo/random.h"

#include <string>

namespace perisai::demo {

enum class NameStyle { Java, Ntb };

struct Occupation {
    const char *name;
    double weightJava;
    double weightNtb;
};
std::span<const Occupation> occupations();

// "Siti Nurhayati", "Lalu Ahmad Zainuri", ...
std::string personName(Stream &s, NameStyle style, bool female);
// A staff member's name (pembina, head of office): fuller names with a title now and then.
std::string staffName(Stream &s, bool female);

// "+6281234567890"
std::string mobilePhone(Stream &s);

struct Bank {
    const char *name;
    int accountDigits;
};
std::span<const Bank> banks(NameStyle style);

// Wadah kinds as stored (koperasi, komunitas, bumdes, kantor_perisai, serikat, lainnya) and a name for one.
std::string wadahName(Stream &s, const std::string &kind, const std::string &place, int serial);
const char *legalStatus(const std::string &kind, Stream &s);

// Generic Javanese village names, for offices that list none of their own.
std::span<const char *const> genericVillages();

struct ObstacleText {
    const char *category;   // obstacle_categories.code
    const char *description;
    const char *solution;
    const char *action;     // the follow-up step agreed
};
std::span<const ObstacleText> obstacleTexts();

const char *agentNote(Stream &s, const std::string &status);

} // namespace perisai::demo
