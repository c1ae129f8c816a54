// The branch summary's layout from plain figures (the indicator service fills them in the application):
// every section present, top and bottom agents when there are many, numbers written the Indonesian way.
#include "golden.h"
#include "reports/branchsummary.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::reports;
namespace pt = perisai::testing;

namespace {

// Cilacap's figures from the source article: 5,628 acquisitions in 2021, 2,336 in January-June 2022.
BranchSummaryData cilacap()
{
    BranchSummaryData d;
    d.officeName = QStringLiteral("KC Cilacap");
    d.period = {{2022, 1}, {2022, 6}};
    d.monthAcquisitions = {301, 352, 398, 411, 428, 446};
    d.monthAcquisitionsLastYear = {255, 270, 302, 330, 351, 380};
    for (qint64 v : d.monthAcquisitions)
        d.acquisitions += v;
    for (qint64 v : d.monthAcquisitionsLastYear)
        d.acquisitionsSamePeriodLastYear += v;
    d.acquisitionsLastFullYear = 5628;
    d.againstLastFullYear = 2336.0 / 5628.0;
    d.target = 3000;
    d.achievement = 2336.0 / 3000.0;
    d.activeParticipants = 14211;
    d.retention3 = 0.82;
    d.retention6 = 0.71;
    d.retention12 = 0.58;
    d.agentsRegistered = 62;
    d.agentsProductive = 38;
    d.informalWorkers = 412000;
    d.protectedWorkers = 14211;
    d.coverage = 14211.0 / 412000.0;
    d.perisaiShare = 0.51;
    d.coverageSource = QStringLiteral("Kabupaten Cilacap 2021");
    d.claimsByProgram = {{QStringLiteral("JKK"), {12, 184000000}}, {QStringLiteral("JKM"), {9, 378000000}}};
    d.claimsCount = 21;
    d.claimsAmount = 562000000;
    d.monevSessions = 2;
    d.attendanceRate = 0.87;
    d.openActions = 5;
    d.overdueActions = 2;
    d.agreementsActive = 4;
    d.agreementsExpiring90 = 1;
    d.year = 2022;
    d.monthsElapsed = 6;
    const qint64 last[] = {255, 270, 302, 330, 351, 380, 470, 520, 560, 610, 640, 740};
    qint64 cum = 0, cumLast = 0;
    for (int m = 0; m < 12; ++m) {
        cumLast += last[m];
        d.lastYearCumulative[m] = cumLast;
        cum += m < 6 ? d.monthAcquisitions[m] : 0;
        d.thisYearCumulative[m] = m < 6 ? cum : 0;
        d.runRatePath[m] = m < 6 ? cum : 2336 + (2336 * (m - 5)) / 6;
        d.seasonalPath[m] = m < 6 ? cum : 2336 + (last[m] * 2336) / 1888 + (m > 6 ? d.seasonalPath[m - 1] - 2336 : 0);
    }
    d.outlookRunRate = 4672;
    d.outlookSeasonal = d.seasonalPath[11];
    d.beatsLastYear = true;
    for (int i = 0; i < 14; ++i)
        d.agents.push_back({QStringLiteral("AG-%1").arg(i + 1, 4, 10, QLatin1Char('0')), QStringLiteral("Agen %1").arg(i + 1),
                            QStringLiteral("Kantor Perisai %1").arg(i % 4 + 1), 120 - i * 8, 100 - i * 6, 0, 100, (120 - i * 8) / 100.0, i + 1});
    for (int i = 0; i < 4; ++i)
        d.wadah.push_back({QStringLiteral("W-%1").arg(i + 1, 3, 10, QLatin1Char('0')), QStringLiteral("Kantor Perisai %1").arg(i + 1),
                           QString(), 700 - i * 100, 600 - i * 90, 0, 750, (700 - i * 100) / 750.0, i + 1});
    return d;
}

TEST(BranchSummary, LaysOutEverySectionFromTheFigures)
{
    pt::useLanguage(QStringLiteral("id"));
    ReportMeta meta;
    meta.title = QStringLiteral("Ringkasan Kinerja Cabang");
    meta.subtitle = QStringLiteral("KC Cilacap · Januari–Juni 2022");
    meta.office = QStringLiteral("KC Cilacap");
    meta.source = QStringLiteral("SQLite · cilacap.db");
    auto doc = branchSummaryDocument(cilacap(), meta);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    ASSERT_TRUE(doc->writePdf(pdf).ok());
    if (!qEnvironmentVariableIsEmpty("PERISAI_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("PERISAI_KEEP_PDF") + QStringLiteral("/summary-sample.pdf"));
    const QString text = pt::normalised(pt::pdfText(pdf));
    for (const char *expected : {"Indikator", "2.336", "5.628", "Tahun ke tahun", "Proyeksi 2022", "5 agen teratas", "5 agen terbawah",
                                 "Wadah", "Klaim peserta rekrutan Perisai", "Rp562.000.000"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    pt::expectGolden(QStringLiteral("summary_sample_id"), text);
}

} // namespace
