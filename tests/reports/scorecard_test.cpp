// The agent and wadah scorecards on a small branch, on SQLite and PostgreSQL: golden text in Indonesian
// and English, personal data masked unless asked otherwise, unknown codes named.
#include "golden.h"
#include "reportfixture.h"
#include "reports/reportcatalog.h"
#include "shell/modules.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;
namespace pt = perisai::testing;
using namespace perisai::reports;

namespace {

class Scorecards : public pt::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            pt::buildSmallBranch(*db);
        shell::registerReports();
    }
    void TearDown() override
    {
        pt::useLanguage(QStringLiteral("id"));
        BackendTest::TearDown();
    }

    // Builds the report, writes it as a PDF and returns the normalised text pdftotext reads from it.
    QString text(const ReportRequest &request)
    {
        auto doc = buildReport(*db, request);
        EXPECT_TRUE(doc.ok()) << doc.errorText().toStdString();
        if (!doc)
            return {};
        const QString pdf = m_dir.filePath(request.type + QStringLiteral(".pdf"));
        EXPECT_TRUE((*doc)->writePdf(pdf).ok());
        if (!qEnvironmentVariableIsEmpty("PERISAI_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("PERISAI_KEEP_PDF") + QLatin1Char('/') + request.type
                                 + (request.masked ? QString() : QStringLiteral("-unmasked")) + QStringLiteral(".pdf"));
        return pt::normalised(pt::pdfText(pdf));
    }
    static ReportRequest agentRequest(bool masked = true)
    {
        ReportRequest r;
        r.type = QStringLiteral("agent");
        r.agentCode = QStringLiteral("AG-0001");
        r.period = {{2022, 1}, {2022, 6}};
        r.masked = masked;
        r.today = QDate(2022, 7, 15);
        return r;
    }
    static ReportRequest wadahRequest()
    {
        ReportRequest r;
        r.type = QStringLiteral("wadah");
        r.wadahCode = QStringLiteral("W-001");
        r.period = {{2022, 1}, {2022, 6}};
        r.today = QDate(2022, 7, 15);
        return r;
    }

    QTemporaryDir m_dir;
};

TEST_P(Scorecards, AgentScorecardReadsAsTheGoldenTextInIndonesian)
{
    pt::useLanguage(QStringLiteral("id"));
    const QString out = text(agentRequest());
    EXPECT_TRUE(out.contains(QStringLiteral("Rapor Agen")));
    pt::expectGolden(QStringLiteral("agent_fixture_id"), out);
}

TEST_P(Scorecards, AgentScorecardReadsAsTheGoldenTextInEnglish)
{
    pt::useLanguage(QStringLiteral("en"));
    const QString out = text(agentRequest());
    EXPECT_TRUE(out.contains(QStringLiteral("Agent scorecard")));
    pt::expectGolden(QStringLiteral("agent_fixture_en"), out);
}

TEST_P(Scorecards, MaskedAgentScorecardHoldsNoFullNikPhoneOrAccount)
{
    const QString masked = text(agentRequest(true));
    EXPECT_FALSE(pt::holdsFullNik(masked));
    EXPECT_FALSE(masked.contains(QStringLiteral("+6281234567890")));
    EXPECT_FALSE(masked.contains(QStringLiteral("0123456789")));
    EXPECT_TRUE(masked.contains(QStringLiteral("3301")));   // enough to recognise
    const QString unmasked = text(agentRequest(false));
    EXPECT_TRUE(pt::holdsFullNik(unmasked));
    EXPECT_TRUE(unmasked.contains(QString::fromLatin1(pt::kAgentNik)));
    EXPECT_TRUE(unmasked.contains(QStringLiteral("+6281234567890")));
    EXPECT_TRUE(unmasked.contains(QStringLiteral("0123456789")));
}

TEST_P(Scorecards, WadahScorecardReadsAsTheGoldenText)
{
    pt::useLanguage(QStringLiteral("id"));
    const QString out = text(wadahRequest());
    EXPECT_TRUE(out.contains(QStringLiteral("Rapor Wadah")));
    EXPECT_FALSE(pt::holdsFullNik(out));
    pt::expectGolden(QStringLiteral("wadah_fixture_id"), out);
}

// A scorecard of a past period says which PKS was in force at its end, as its other "as of" figures do,
// not which one is in force on the day it is printed.
TEST_P(Scorecards, WadahScorecardOfAPastPeriodNamesThePksInForceAtItsEnd)
{
    pt::useLanguage(QStringLiteral("id"));
    ReportRequest r = wadahRequest();
    r.period = {YearMonth(2021, 1), YearMonth(2021, 6)};
    r.today = QDate(2026, 12, 6);
    const QString out = text(r);
    EXPECT_TRUE(out.contains(QStringLiteral("Per 30/06/2021, PKS/001/KC-CLP/2021 berlaku sampai 31/12/2021"))) << out.toStdString();
}

TEST_P(Scorecards, UnknownCodesAreNamed)
{
    ReportRequest r = agentRequest();
    r.agentCode = QStringLiteral("AG-9999");
    auto doc = buildReport(*db, r);
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.errorText().contains(QStringLiteral("AG-9999")));
    r = wadahRequest();
    r.wadahCode = QStringLiteral("W-404");
    doc = buildReport(*db, r);
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.errorText().contains(QStringLiteral("W-404")));
}

INSTANTIATE_TEST_SUITE_P(Backends, Scorecards, pt::allBackends(), pt::backendName);

} // namespace
