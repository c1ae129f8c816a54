// The signed PKS stored with its agreement: byte-identical round trip, size limit, damage detection.
#include "agreements/agreementservice.h"
#include "agreements/documentstore.h"
#include "fixtures.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::agreements;
using perisai::testing::scalar;

namespace {

class AgreementDocumentsTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        db->setCurrentUser(QStringLiteral("tester"));
        const qint64 office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
        const qint64 wadah = perisai::testing::addWadah(*db, office, QStringLiteral("KP-01"), QStringLiteral("Kantor Perisai"));
        auto id = AgreementService(*db, QDate(2025, 6, 1))
                      .create(perisai::testing::makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2025, 1, 1), QDate(2025, 12, 31)));
        ASSERT_TRUE(id.ok()) << id.errorText().toStdString();
        agreement = *id;
    }

    // A PDF-looking file holding every byte value, NULs and quotes included, then random bytes.
    static QByteArray sampleDocument(int size)
    {
        QByteArray bytes("%PDF-1.4\n");
        for (int i = 0; i < 256; ++i)
            bytes.append(static_cast<char>(i));
        QRandomGenerator random(42);
        while (bytes.size() < size)
            bytes.append(static_cast<char>(random.bounded(256)));
        return bytes;
    }

    qint64 agreement = 0;
};

} // namespace

TEST_P(AgreementDocumentsTest, TheSignedDocumentComesBackByteForByte)
{
    const QByteArray original = sampleDocument(3 * 1024 * 1024 + 17);
    DocumentStore store(*db);
    auto id = store.attach(agreement, QStringLiteral("/scans/PKS 1 ditandatangani.pdf"), original);
    ASSERT_TRUE(id.ok()) << id.errorText().toStdString();

    auto docs = store.list(agreement);
    ASSERT_TRUE(docs.ok());
    ASSERT_EQ(docs->size(), 1u);
    EXPECT_EQ(docs->front().fileName, QStringLiteral("PKS 1 ditandatangani.pdf"));
    EXPECT_EQ(docs->front().mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(docs->front().sizeBytes, original.size());
    EXPECT_EQ(docs->front().sha256, DocumentStore::sha256Hex(original));
    EXPECT_EQ(docs->front().uploadedBy, QStringLiteral("tester"));

    auto back = store.content(*id);
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString();
    EXPECT_TRUE(*back == original);

    // Opening writes the same bytes to a file a viewer can read.
    auto path = exportToTemp(docs->front(), *back);
    ASSERT_TRUE(path.ok()) << path.errorText().toStdString();
    QFile file(*path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll() == original);
    EXPECT_TRUE(path->endsWith(QStringLiteral("PKS 1 ditandatangani.pdf")));
    file.close();
    // The copy is the user's alone, and goes when the window closes.
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    removeExportedDocuments();
    EXPECT_FALSE(QFile::exists(*path));

    // The list counts it; removing it leaves the agreement.
    EXPECT_EQ(AgreementService(*db, QDate(2025, 6, 1)).rows()->front().documentCount, 1);
    ASSERT_TRUE(store.remove(*id).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreement_documents")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'agreement_documents'")), 2);
}

TEST_P(AgreementDocumentsTest, AFileOverTheLimitIsRefusedWithItsSize)
{
    DocumentStore store(*db);
    auto tooBig = store.attach(agreement, QStringLiteral("scan.pdf"), QByteArray(kMaxDocumentBytes + 1, 'x'));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.errorText().contains(QStringLiteral("at most 20 MB"))) << tooBig.errorText().toStdString();
    auto empty = store.attach(agreement, QStringLiteral("scan.pdf"), QByteArray());
    EXPECT_FALSE(empty.ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreement_documents")), 0);

    // From disk: refused before reading.
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.pdf")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(kMaxDocumentBytes + 1));
    big.close();
    auto fromDisk = store.attachFile(agreement, big.fileName());
    ASSERT_FALSE(fromDisk.ok());
    EXPECT_TRUE(fromDisk.errorText().contains(QStringLiteral("big.pdf"))) << fromDisk.errorText().toStdString();
}

TEST_P(AgreementDocumentsTest, ADamagedCopyIsNoticed)
{
    DocumentStore store(*db);
    auto id = store.attach(agreement, QStringLiteral("scan.pdf"), sampleDocument(4096));
    ASSERT_TRUE(id.ok());
    storage::Query q(db->connection(), QStringLiteral("UPDATE agreement_documents SET content = ? WHERE id = ?"));
    ASSERT_TRUE(q.bind({QByteArray("%PDF-1.4 truncated"), *id}).exec().ok());
    auto back = store.content(*id);
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.errorText().contains(QStringLiteral("damaged"))) << back.errorText().toStdString();
}

TEST_P(AgreementDocumentsTest, ADocumentNeedsAnExistingAgreement)
{
    auto id = DocumentStore(*db).attach(agreement + 1000, QStringLiteral("scan.pdf"), sampleDocument(100));
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.errorText().contains(QStringLiteral("no longer exists")));
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementDocumentsTest, perisai::testing::allBackends(), perisai::testing::backendName);
