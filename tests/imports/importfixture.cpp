#include "importfixture.h"

#include "storage/query.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

namespace perisai::testing {

void ImportTest::SetUp()
{
    BackendTest::SetUp();
    if (HasFatalFailure() || IsSkipped() || !withOffices())
        return;
    const QString now = storage::nowIso();
    storage::Query kc(db->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, region, created_at, updated_at) "
                                                       "VALUES ('KC-KUDUS', 'Kantor Cabang Kudus', 'kc', 'Kabupaten Kudus', ?, ?)"));
    ASSERT_TRUE(kc.bind({now, now}).exec()) << "offices";
    storage::Query kcp(db->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, region, created_at, updated_at) "
                                                        "SELECT 'KCP-JEPARA', 'KCP Jepara', 'kcp', id, 'Kabupaten Jepara', ?, ? FROM offices WHERE code = 'KC-KUDUS'"));
    ASSERT_TRUE(kcp.bind({now, now}).exec()) << "offices";
}

QString ImportTest::sample(const QString &name)
{
    return QDir(qEnvironmentVariable("PERISAI_TEST_DATA")).filePath(QStringLiteral("imports/") + name);
}

QString ImportTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    return path;
}

Result<imports::ImportResult> ImportTest::import(imports::Kind kind, const QStringList &files, const imports::Mapping &mapping, bool dryRun)
{
    imports::ImportOptions options;
    options.kind = kind;
    options.files = files;
    options.mapping = mapping;
    options.dryRun = dryRun;
    return imports::runImport(*db, options);
}

imports::ImportResult ImportTest::importOk(imports::Kind kind, const QStringList &files)
{
    auto result = import(kind, files);
    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    if (!result)
        return {};
    for (const auto &issue : result->issues)
        ADD_FAILURE() << issue.file.toStdString() << ":" << issue.line << " " << issue.column.toStdString() << " \""
                      << issue.value.toStdString() << "\": " << issue.reason.toStdString();
    EXPECT_TRUE(result->committed);
    return *result;
}

void ImportTest::importRoster(bool withParticipants)
{
    importOk(imports::Kind::Wadah, {sample(QStringLiteral("wadah.csv"))});
    importOk(imports::Kind::Agents, {sample(QStringLiteral("agents.csv"))});
    if (withParticipants)
        importOk(imports::Kind::Participants, {sample(QStringLiteral("participants.csv"))});
}

QString ImportTest::snapshot(bool withBatches) const
{
    QStringList tables = {QStringLiteral("wadah"), QStringLiteral("agents"), QStringLiteral("participants"),
                          QStringLiteral("contributions ORDER BY period, participant_id"), QStringLiteral("claims"),
                          QStringLiteral("targets"), QStringLiteral("workforce"), QStringLiteral("review_flags"),
                          QStringLiteral("summary_agent_month ORDER BY agent_id, period"),
                          QStringLiteral("summary_office_month ORDER BY office_id, period, channel"),
                          QStringLiteral("summary_cohort ORDER BY office_id, agent_id, cohort, k")};
    if (withBatches)
        tables << QStringLiteral("import_batches") << QStringLiteral("import_changes ORDER BY batch_id, row_key");
    QString out;
    for (const QString &table : tables) {
        const QString sql = QStringLiteral("SELECT * FROM ") + table + (table.contains(QLatin1String("ORDER")) ? QString() : QStringLiteral(" ORDER BY id"));
        storage::Query q(db->connection(), sql);
        EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
        out += QStringLiteral("== ") + table + QLatin1Char('\n');
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.raw().record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

QString ImportTest::text(const QString &sql) const
{
    storage::Query q(db->connection(), sql);
    auto v = q.scalar();
    EXPECT_TRUE(v.ok()) << v.errorText().toStdString();
    return v ? v->toString() : QString();
}

QString row(const storage::Database &db, const QString &sql)
{
    storage::Query q(db.connection(), sql);
    EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
    if (!q.next())
        return QStringLiteral("(none)");
    QStringList values;
    for (int i = 0; i < q.raw().record().count(); ++i)
        values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
    return values.join(QLatin1Char('|'));
}

} // namespace perisai::testing
