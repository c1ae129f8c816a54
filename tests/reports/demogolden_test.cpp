// Every report on the demo presets (Cilacap, NTB), on SQLite and PostgreSQL: the text pdftotext reads
// matches the checked-in golden file, and the masked PDFs hold no full NIK while the unmasked scorecard does.
// PERISAI_UPDATE_GOLDEN=1 rewrites the golden files; PERISAI_KEEP_PDF=DIR keeps the PDFs for a look.
#include "demo/generator.h"
#include "golden.h"
#include "reports/reportcatalog.h"
#include "shell/modules.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;
namespace pt = perisai::testing;

namespace {

class DemoGolden : public pt::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        shell::registerReports();
        pt::useLanguage(QStringLiteral("id"));
    }

    void generate(demo::Preset preset)
    {
        demo::Options options;
        options.preset = preset;
        auto st = demo::generate(*db, options);
        ASSERT_TRUE(st.ok()) << st.errorText().toStdString();
    }
    QString first(const QString &sql)
    {
        storage::Query q(db->connection(), sql);
        auto v = q.scalar();
        EXPECT_TRUE(v.ok()) << v.errorText().toStdString();
        return v ? v->toString() : QString();
    }
    // The agent with the most acquisitions in the period (the first code among equals).
    QString topAgent(const PeriodRange &period)
    {
        storage::Query q(db->connection(), QStringLiteral(
            "SELECT a.code FROM agents a JOIN summary_agent_month s ON s.agent_id = a.id WHERE s.period BETWEEN ? AND ? "
            "GROUP BY a.code ORDER BY SUM(s.acquisitions) DESC, a.code"));
        q.bind({period.from.key(), period.to.key()});
        auto v = q.scalar();
        EXPECT_TRUE(v.ok()) << v.errorText().toStdString();
        return v ? v->toString() : QString();
    }
    // Builds, writes and reads back one report; checks it against golden/<name>.txt.
    QString check(const QString &name, reports::ReportRequest request)
    {
        auto doc = reports::buildReport(*db, request);
        EXPECT_TRUE(doc.ok()) << name.toStdString() << ": " << doc.errorText().toStdString();
        if (!doc)
            return {};
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        EXPECT_TRUE((*doc)->writePdf(pdf).ok());
        const QString keep = qEnvironmentVariable("PERISAI_KEEP_PDF");
        if (!keep.isEmpty() && GetParam() == pt::Backend::SQLite) {
            QFile::remove(keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
            QFile::copy(pdf, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        }
        const QString text = pt::normalised(pt::pdfText(pdf));
        EXPECT_FALSE(text.isEmpty()) << name.toStdString();
        if (request.masked) {
            EXPECT_FALSE(pt::holdsFullNik(text)) << name.toStdString() << " shows a full NIK while masked";
            pt::expectGolden(name, text);
        }
        return text;
    }

    QTemporaryDir m_dir;
};

TEST_P(DemoGolden, CilacapReports)
{
    generate(demo::Preset::Cilacap);
    reports::ReportRequest r;
    r.period = {{2022, 1}, {2022, 6}};
    r.today = QDate(2022, 7, 1);

    r.type = QStringLiteral("summary");
    const QString summary = check(QStringLiteral("cilacap_summary_id"), r);
    EXPECT_TRUE(summary.contains(QStringLiteral("2.336")));  // January-June 2022, as reported
    EXPECT_TRUE(summary.contains(QStringLiteral("5.628")));  // the whole of 2021

    r.type = QStringLiteral("agent");
    r.agentCode = topAgent(r.period);
    check(QStringLiteral("cilacap_agent_id"), r);
    r.masked = false;
    const QString unmasked = check(QStringLiteral("cilacap_agent_unmasked"), r);
    EXPECT_TRUE(pt::holdsFullNik(unmasked));
    storage::Query nik(db->connection(), QStringLiteral("SELECT nik FROM agents WHERE code = ?"));
    nik.bind(r.agentCode);
    EXPECT_TRUE(unmasked.contains(nik.scalar().value().toString()));
    r.masked = true;

    r.type = QStringLiteral("wadah");
    r.wadahCode = first(QStringLiteral("SELECT MIN(code) FROM wadah"));
    check(QStringLiteral("cilacap_wadah_id"), r);

    r.type = QStringLiteral("monev");
    r.sessionId = first(QStringLiteral("SELECT MIN(id) FROM monev_sessions WHERE status IN ('held', 'closed')")).toLongLong();
    check(QStringLiteral("cilacap_monev_id"), r);
    r.masked = false;
    check(QStringLiteral("cilacap_monev_unmasked"), r); // builds; the minutes show no NIK either way
    r.masked = true;

    r.type = QStringLiteral("agreements");
    check(QStringLiteral("cilacap_agreements_id"), r);
}

TEST_P(DemoGolden, NtbReports)
{
    generate(demo::Preset::Ntb);
    reports::ReportRequest r;
    r.period = PeriodRange::year(2025);
    r.today = QDate(2026, 1, 15);

    r.type = QStringLiteral("summary");
    r.officeCode = QStringLiteral("KW-NTB");
    check(QStringLiteral("ntb_summary_id"), r);
    r.officeCode.clear();

    r.type = QStringLiteral("agreements");
    check(QStringLiteral("ntb_agreements_id"), r);

    r.type = QStringLiteral("agent");
    r.agentCode = topAgent(r.period);
    check(QStringLiteral("ntb_agent_id"), r);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoGolden, pt::allBackends(), pt::backendName);

} // namespace
