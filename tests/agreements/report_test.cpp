// The PKS status report for a period: what it lists, and that it becomes a PDF.
#include "agreements/agreementservice.h"
#include "fixtures.h"
#include "reports/reportdocument.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::agreements;
using perisai::testing::makeAgreement;

class AgreementReportTest : public perisai::testing::BackendTest {};

TEST_P(AgreementReportTest, ListsInForceRenewedExpiringAndTerminatedForThePeriod)
{
    const QDate today(2025, 6, 1);
    const qint64 office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
    const qint64 w1 = perisai::testing::addWadah(*db, office, QStringLiteral("KP-01"), QStringLiteral("Kantor Perisai Cilacap Utara"));
    const qint64 w2 = perisai::testing::addWadah(*db, office, QStringLiteral("KP-02"), QStringLiteral("Kantor Perisai Kroya"));
    const qint64 w3 = perisai::testing::addWadah(*db, office, QStringLiteral("KP-03"), QStringLiteral("Kantor Perisai Majenang"));
    AgreementService service(*db, today);
    const qint64 old = *service.create(makeAgreement(w1, QStringLiteral("PKS/KP-01/2024"), QDate(2024, 3, 1), QDate(2025, 2, 28)));
    Agreement next = *service.proposeRenewal(old, QDate(2025, 2, 20));
    ASSERT_TRUE(service.renew(*service.agreement(old), next).ok());
    ASSERT_TRUE(service.create(makeAgreement(w2, QStringLiteral("PKS/KP-02/2024"), QDate(2024, 7, 1), QDate(2025, 6, 30))).ok());
    const qint64 t = *service.create(makeAgreement(w3, QStringLiteral("PKS/KP-03/2024"), QDate(2024, 9, 1), QDate(2025, 8, 31)));
    ASSERT_TRUE(service.terminate(*service.agreement(t), QDate(2025, 4, 15), QStringLiteral("Wadah bubar")).ok());

    QString error;
    auto doc = buildStatusReport(*db, {{2025, 1}, {2025, 6}}, true, today, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const QString text = doc->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("PKS status with wadah"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("In force on 01/06/2025")));
    EXPECT_TRUE(text.contains(QStringLiteral("PKS/KP-01/2025")));      // the renewal, in force and renewed in the period
    EXPECT_TRUE(text.contains(QStringLiteral("PKS/KP-02/2024")));      // expiring within 30 days
    EXPECT_TRUE(text.contains(QStringLiteral("within 30 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("Wadah bubar")));         // terminated, with its reason
    EXPECT_TRUE(text.contains(QStringLiteral("15/04/2025")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pks.pdf"));
    ASSERT_TRUE(doc->writePdf(pdf).ok());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

TEST_P(AgreementReportTest, APeriodPastTheMonthlyExtractsSaysWhereTheirDataEnd)
{
    // The review list counts acquisitions, which come with the monthly extracts: here they end in March.
    const qint64 office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
    storage::Query summary(db->connection(), QStringLiteral(
        "INSERT INTO summary_office_month (office_id, period, channel, acquisitions) VALUES (?, 202503, 'perisai', 4)"));
    ASSERT_TRUE(summary.bind(office).exec().ok());

    QString error;
    auto past = buildStatusReport(*db, {{2025, 1}, {2025, 6}}, true, QDate(2025, 6, 1), &error);
    ASSERT_TRUE(past) << error.toStdString();
    EXPECT_TRUE(past->plainText().contains(QStringLiteral("Juni 2025, data up to Maret 2025"))) << past->plainText().toStdString();
    auto within = buildStatusReport(*db, {{2025, 1}, {2025, 3}}, true, QDate(2025, 6, 1), &error);
    ASSERT_TRUE(within) << error.toStdString();
    EXPECT_FALSE(within->plainText().contains(QStringLiteral("data up to"))) << "a period within the data says nothing of it";
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementReportTest, perisai::testing::allBackends(), perisai::testing::backendName);

// For looking at the PDF: PERISAI_GRAB_DB=demo.db PERISAI_GRAB_DIR=/tmp/x writes that database's report for
// this year so far (then `pdftoppm -png -r 60`). Skipped otherwise.
TEST(AgreementReportLook, WritesTheStatusReportOfAGivenDatabase)
{
    const QString path = qEnvironmentVariable("PERISAI_GRAB_DB");
    const QString dir = qEnvironmentVariable("PERISAI_GRAB_DIR");
    if (path.isEmpty() || dir.isEmpty())
        GTEST_SKIP() << "set PERISAI_GRAB_DB and PERISAI_GRAB_DIR to write a report for review";
    // In Indonesian, as the desk prints it by default.
    std::vector<std::unique_ptr<QTranslator>> translators;
    const QDir i18n(QStringLiteral(":/i18n"));
    for (const QString &file : i18n.entryList({QStringLiteral("*_id.qm")})) {
        translators.push_back(std::make_unique<QTranslator>());
        if (translators.back()->load(i18n.filePath(file)))
            QCoreApplication::installTranslator(translators.back().get());
    }
    auto db = storage::Database::open(storage::Location::sqliteFile(path));
    ASSERT_TRUE(db.ok()) << db.errorText().toStdString();
    const QDate today = QDate::currentDate();
    QString error;
    auto doc = buildStatusReport(**db, {{today.year(), 1}, YearMonth::fromDate(today)}, true, today, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    ASSERT_TRUE(doc->writePdf(dir + QStringLiteral("/pks-status.pdf")).ok());
    for (auto &t : translators)
        QCoreApplication::removeTranslator(t.get());
}
