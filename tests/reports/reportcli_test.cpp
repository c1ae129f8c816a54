// The reports that join the catalog from above (branch summary from the indicator service, PKS status),
// on the small branch, on SQLite and PostgreSQL: golden text, every type listed, unknown office named.
#include "golden.h"
#include "reportfixture.h"
#include "shell/modules.h"
#include "reports/reportcatalog.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;
namespace pt = perisai::testing;

namespace {

class ReportCli : public pt::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            pt::buildSmallBranch(*db);
        shell::registerReports();
        pt::useLanguage(QStringLiteral("id"));
    }
    QString text(const reports::ReportRequest &request)
    {
        auto doc = reports::buildReport(*db, request);
        EXPECT_TRUE(doc.ok()) << doc.errorText().toStdString();
        if (!doc)
            return {};
        const QString pdf = m_dir.filePath(request.type + QStringLiteral(".pdf"));
        EXPECT_TRUE((*doc)->writePdf(pdf).ok());
        return pt::normalised(pt::pdfText(pdf));
    }
    QTemporaryDir m_dir;
};

TEST_P(ReportCli, EveryReportTypeIsListedInOrder)
{
    QStringList ids;
    for (const reports::ReportKind &k : reports::ReportCatalog::kinds())
        ids << k.id;
    EXPECT_EQ(ids.first(), QStringLiteral("summary"));
    for (const char *id : {"summary", "agent", "wadah", "monev", "agreements"})
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
}

TEST_P(ReportCli, BranchSummaryReadsAsTheGoldenText)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("summary");
    r.period = {{2022, 1}, {2022, 6}};
    r.today = QDate(2022, 7, 15);
    const QString out = text(r);
    EXPECT_TRUE(out.contains(QStringLiteral("Ringkasan Kinerja Cabang")));
    EXPECT_FALSE(pt::holdsFullNik(out));
    pt::expectGolden(QStringLiteral("summary_fixture_id"), out);
}

TEST_P(ReportCli, AgreementStatusNeedsNoPeriod)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("agreements");
    r.today = QDate(2022, 7, 15);
    const QString out = text(r);
    EXPECT_TRUE(out.contains(QStringLiteral("PKS/014/KC-CLP/"))) << out.toStdString();
    EXPECT_FALSE(pt::holdsFullNik(out));
}

TEST_P(ReportCli, MonevMinutesAreFoundByTheSessionsDayToo)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("monev");
    r.sessionDate = QDate(2022, 5, 19); // "Monev Mei"
    const QString byDay = text(r);
    EXPECT_TRUE(byDay.contains(QStringLiteral("Monev Mei"))) << byDay.toStdString();
    r.sessionDate = {};
    r.sessionId = pt::scalar(*db, QStringLiteral("SELECT id FROM monev_sessions WHERE held_on = '2022-05-19'"));
    EXPECT_EQ(text(r), byDay) << "the same minutes as by number";

    r.sessionId = 0;
    r.sessionDate = QDate(2022, 5, 20);
    auto none = reports::buildReport(*db, r);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.errorText().contains(QStringLiteral("20/05/2022"))) << none.errorText().toStdString();
}

TEST_P(ReportCli, MonevMinutesAreSignedWithTheTownNotTheRegency)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("monev");
    r.sessionDate = QDate(2022, 5, 19);
    const QString out = text(r);
    EXPECT_FALSE(out.contains(QStringLiteral("Kabupaten Cilacap, "))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Cilacap, 19 Mei 2022"))) << out.toStdString();
}

TEST_P(ReportCli, UnknownOfficeIsNamed)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("summary");
    r.period = PeriodRange::year(2022);
    r.officeCode = QStringLiteral("KC-NOWHERE");
    auto doc = reports::buildReport(*db, r);
    ASSERT_FALSE(doc.ok());
    EXPECT_TRUE(doc.errorText().contains(QStringLiteral("KC-NOWHERE")));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportCli, pt::allBackends(), pt::backendName);

} // namespace
