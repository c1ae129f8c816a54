#pragma once
// The parts of loadDeck(), one per slide's data; internal to the presentation module.

#include "core/result.h"
#include "deckdata.h"
#include "storage/query.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::presentation::detail {

// The office the deck is about and every office below it.
struct Scope {
    qint64 officeId = 0;
    QString code;
    QString name;
    QString kind; // kanwil, kc, kcp
    QList<qint64> officeIds; // the office first
    QList<qint64> kcpIds;    // the KCP among them
    // Where the office's target is kept: level "kcp" with the KCP's code, else "cabang" with the codes of
    // the branches (KC) in scope.
    QString targetLevel;
    QStringList targetCodes;
};

// "?, ?, ?" for n bound values; "NULL" for none (IN (NULL) matches nothing).
QString placeholders(qsizetype n);
void bindIds(storage::Query &q, const QList<qint64> &ids);

Status loadHeadline(const storage::Database &db, const Scope &scope, const DeckHeader &header, Headline &out);
Status loadMonthly(const storage::Database &db, const Scope &scope, const PeriodRange &period, MonthlyAcquisitions &out);
Status loadRetention(const storage::Database &db, const Scope &scope, const PeriodRange &period, Retention &out);
Status loadAchievement(const storage::Database &db, const Scope &scope, const PeriodRange &period, double cap,
                       AchievementTable &out);
Status loadLeaders(const storage::Database &db, const Scope &scope, const PeriodRange &period, int limit,
                   std::vector<LeaderRow> &out);
Status loadAwards(const storage::Database &db, qint64 sessionId, std::vector<Award> &out);
Status loadFollowUp(const storage::Database &db, const Scope &scope, const DeckHeader &header, FollowUp &out);
Status loadAgreements(const storage::Database &db, const Scope &scope, const QDate &asOf, AgreementStatus &out);

// The targets of one level (cabang, kcp, wadah, agen) for the years of a period, by code. A code's target
// for the period: its monthly targets where given, else its year's target shared evenly over the months.
class TargetBook {
public:
    static Result<TargetBook> load(const storage::Database &db, const QString &level, const PeriodRange &period);
    qint64 targetFor(const QString &code) const;

private:
    struct Row {
        int year;
        int month; // 0: the whole year
        qint64 target;
    };
    PeriodRange m_period;
    QHash<QString, QList<Row>> m_rows;
};
// The cap on target achievement in force on a day (program_rules "target"), 1.0 if none.
double achievementCap(const storage::Database &db, const QDate &day);

} // namespace perisai::presentation::detail
