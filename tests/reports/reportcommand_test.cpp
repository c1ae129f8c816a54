// `perisai-desk report` end to end: a PDF for each scorecard, in the language asked for, and a one-line
// reason with a non-zero exit for a bad type, an unknown agent or wadah, a missing option, an unwritable file.
#include "golden.h"
#include "reportfixture.h"
#include "storage/open.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace pt = perisai::testing;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

class ReportCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_test = pt::TestDatabase::create(pt::Backend::SQLite);
        ASSERT_TRUE(m_test->db) << m_test->error.toStdString();
        pt::buildSmallBranch(*m_test->db);
        m_test->db->releaseThreadConnection();
    }

    Outcome run(QStringList args)
    {
        args.prepend(QStringLiteral("report"));
        args << QStringLiteral("--database") << m_test->location;
        QProcess p;
        p.start(QStringLiteral(PERISAI_DESK_BINARY), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<pt::TestDatabase> m_test;
    QTemporaryDir m_dir;
};

TEST_F(ReportCommand, WritesTheAgentScorecardInTheLanguageAsked)
{
    const Outcome id = run({"--type", "agent", "--agent", "AG-0001", "--period", "2022-01..2022-06", "--lang", "id", "--out", out("a.pdf")});
    ASSERT_EQ(id.exitCode, 0) << id.err.toStdString();
    const QString text = pt::pdfText(out("a.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Rapor Agen")));
    EXPECT_TRUE(text.contains(QStringLiteral("Halaman 1 dari")));
    EXPECT_FALSE(pt::holdsFullNik(text));

    const Outcome en = run({"--type", "agent", "--agent", "AG-0001", "--period", "2022", "--lang", "en", "--unmasked", "--out", out("b.pdf")});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    const QString english = pt::pdfText(out("b.pdf"));
    EXPECT_TRUE(english.contains(QStringLiteral("Agent scorecard")));
    EXPECT_TRUE(english.contains(QString::fromLatin1(pt::kAgentNik)));
    EXPECT_TRUE(english.contains(QStringLiteral("CONTAINS PERSONAL DATA")));
}

TEST_F(ReportCommand, WritesTheWadahScorecard)
{
    const Outcome r = run({"--type", "wadah", "--wadah", "W-002", "--period", "2022-01..2022-06", "--out", out("w.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pt::pdfText(out("w.pdf")).contains(QStringLiteral("Komunitas Ojek Teluk")));
}

TEST_F(ReportCommand, BadInputGivesOneLineAndANonZeroExit)
{
    struct Case {
        QStringList args;
        int exit;
        const char *mentions;
    };
    const QString pdf = out("x.pdf");
    const Case cases[] = {
        {{"--type", "weekly", "--period", "2022", "--out", pdf}, 2, "weekly"},
        {{"--period", "2022", "--out", pdf}, 2, "--type"},
        {{"--type", "agent", "--period", "2022", "--out", pdf}, 2, "--agent"},
        {{"--type", "agent", "--agent", "AG-0001", "--out", pdf}, 2, "--period"},
        {{"--type", "agent", "--agent", "AG-0001", "--period", "2022-13", "--out", pdf}, 2, "--period"},
        {{"--type", "agent", "--agent", "AG-0001", "--period", "2022"}, 2, "--out"},
        {{"--type", "agent", "--agent", "AG-9999", "--period", "2022", "--out", pdf}, 1, "AG-9999"},
        {{"--type", "wadah", "--wadah", "W-404", "--period", "2022", "--out", pdf}, 1, "W-404"},
        {{"--type", "agent", "--agent", "AG-0001", "--period", "2022", "--out", "/nonexistent/dir/x.pdf"}, 1, "/nonexistent/dir/x.pdf"},
        {{"--type", "monev", "--out", pdf}, 2, "--session"},
        {{"--type", "monev", "--session", "abc", "--out", pdf}, 2, "abc"},
        {{"--type", "monev", "--session", "999", "--out", pdf}, 1, "999"},
        // A period wholly in the future, whichever the report.
        {{"--type", "summary", "--period", "2031", "--out", pdf}, 1, "2031"},
        {{"--type", "agreements", "--period", "2031", "--out", pdf}, 1, "2031"},
        {{"--type", "review", "--period", "2031-01..2031-03", "--out", pdf}, 1, "2031"},
    };
    for (const Case &c : cases) {
        const Outcome r = run(c.args);
        EXPECT_EQ(r.exitCode, c.exit) << c.args.join(' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.mentions))) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(pdf)); // nothing half written
}

} // namespace

// PERISAI_FIXTURE_DB=/tmp/small.db writes the small branch to a file, for looking at reports by hand.
TEST(ReportFixture, WritesTheSmallBranchToAFileWhenAsked)
{
    const QString path = qEnvironmentVariable("PERISAI_FIXTURE_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "PERISAI_FIXTURE_DB not set";
    QFile::remove(path);
    auto db = perisai::storage::openAndMigrate(path);
    ASSERT_TRUE(db.ok()) << db.errorText().toStdString();
    pt::buildSmallBranch(**db);
}
