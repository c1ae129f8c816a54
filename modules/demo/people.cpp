#include "demo/people.h"

#include "core/nik.h"

namespace perisai::demo {

int nikRegency(const Plan &plan, Stream &s, int office)
{
    const int own = plan.offices[static_cast<size_t>(office)].seed.regency;
    if (!s.chance(0.08))
        return own;
    // Someone who moved in from elsewhere in the province.
    const Office &other = plan.offices[static_cast<size_t>(s.between(1, static_cast<qint64>(plan.offices.size()) - 1))];
    return other.seed.regency / 100 == own / 100 ? other.seed.regency : own;
}

QDate birthDate(Stream &s, qint64 atJd, int minAge, int maxAge)
{
    const QDate at = QDate::fromJulianDay(atJd);
    // Ages cluster in the thirties and forties: the mean of two uniform draws.
    const int age = static_cast<int>((s.between(minAge, maxAge) + s.between(minAge, maxAge)) / 2);
    return at.addYears(-age).addDays(-s.between(0, 364));
}

std::string uniqueNik(Plan &plan, Stream &s, int regency, const QDate &birth, bool female)
{
    int district = static_cast<int>(s.between(1, 24));
    int serial = static_cast<int>(s.between(1, 600));
    for (;;) {
        std::string nik = Nik::compose(regency, district, birth, female, serial).toStdString();
        if (plan.usedNiks.insert(std::stoull(nik)).second)
            return nik;
        if (++serial > 9999) {
            serial = 1;
            district = district % 40 + 1;
        }
    }
}

std::string accountNumber(Stream &s, int digits)
{
    std::string account(static_cast<size_t>(digits), '0');
    account[0] = static_cast<char>('1' + s.below(9));
    for (int i = 1; i < digits; ++i)
        account[static_cast<size_t>(i)] = static_cast<char>('0' + s.below(10));
    return account;
}

std::string kpjFor(const Plan &plan, int member)
{
    const QDate reg = QDate::fromJulianDay(plan.members[static_cast<size_t>(member)].regJd);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%02d%09d", reg.year() % 100, member + 1);
    return buffer;
}

} // namespace perisai::demo
