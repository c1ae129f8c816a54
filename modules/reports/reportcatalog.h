#pragma once
// The reports the application can write, by name: the command line (`perisai-desk report --type`) and the
// Reports page both read this list. The branch summary is here from the start; the module that owns a report's
// subject adds it with ReportCatalog::add() from its registerReports() (roster: agent scorecard; agreements:
// wadah scorecard and PKS status; Monev: minutes; review: open cases), which the shell calls once at start-up.

#include "core/period.h"
#include "core/result.h"
#include "reports/reportdocument.h"
#include "reports/reportlabels.h"

#include <QDate>
#include <QDateTime>
#include <functional>
#include <memory>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::reports {

// What the user asked for. Only the fields a report needs are read.
struct ReportRequest {
    QString type;        // "summary", "agent", ...
    PeriodRange period;
    QString officeCode;  // empty: the top office
    QString agentCode;
    QString wadahCode;
    qint64 sessionId = 0;
    QDate sessionDate;   // the Monev session held that day, when no number is given
    bool masked = true;  // personal data (NIK, phone, bank account) masked
    QDate today = QDate::currentDate(); // "as of" for figures of a period that has not ended
};

using ReportPtr = std::unique_ptr<ReportDocument>;

// One subject the Reports page offers (an agent, a wadah, a Monev session).
struct Choice {
    QString key;   // as ReportRequest takes it: the code, or the session number as text
    QString label; // "AG-0001 · Siti Aminah"
};
// Reads what the report needs and lays it out; runs on a worker thread (use db.connection()).
using ReportBuilder = std::function<Result<ReportPtr>(const storage::Database &db, const ReportRequest &request)>;

struct ReportKind {
    // OptionalPeriod: the page asks for a period, the command line may leave it out (the builder picks one).
    enum Need { Period = 1, Office = 2, Agent = 4, Wadah = 8, Session = 16, OptionalPeriod = 32 };

    QString id;              // stable: the --type value
    const char *title;       // English source text in the "Report" context (translate at use)
    int needs = Period;      // what the page asks for and the command line requires
    ReportBuilder build;
    int order = 100;         // position in lists: summary 10, agent 20, wadah 30, monev 40, agreements 50
    // The agents, wadah or sessions the page offers for a kind that needs one, read by the subject's owner.
    std::function<Result<std::vector<Choice>>(const storage::Database &db)> subjects;

    QString translatedTitle() const;
    bool needsAny(int need) const { return (needs & need) != 0; }
};

class ReportCatalog {
public:
    // Adds a kind, or replaces the one with the same id.
    static void add(ReportKind kind);
    // Ordered by ReportKind::order.
    static std::vector<ReportKind> kinds();
    static const ReportKind *find(const QString &id);
};

// Checks what the kind needs is present, then builds. Errors name what is missing or unknown.
Result<ReportPtr> buildReport(const storage::Database &db, const ReportRequest &request);

// The ReportMeta every report starts from: source database, masking, generation time.
ReportMeta reportMeta(const storage::Database &db, const QString &title, const QString &subtitle,
                      const QString &office, bool masked);

} // namespace perisai::reports
