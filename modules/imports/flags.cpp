#include "flags.h"
#include "tr.h"

#include "core/format.h"
#include "core/nik.h"
#include "core/phone.h"
#include "core/period.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QSet>

namespace perisai::imports {
namespace {


class FlagWriter {
public:
    FlagWriter(ImportContext &context, qint64 batchId) : m_ctx(context), m_batchId(batchId) {}

    // Loads the participants that already carry a flag of each kind (any status): they are not flagged twice.
    Status load()
    {
        storage::Query q(m_ctx.conn, QStringLiteral("SELECT kind, subject_id FROM review_flags WHERE subject = 'participant'"));
        if (auto st = q.exec(); !st)
            return st;
        while (q.next())
            m_existing.insert(q.text(0) + QLatin1Char(':') + q.text(1));
        return {};
    }

    Status raise(const QString &kind, qint64 participantId, const QString &detail)
    {
        const QString key = kind + QLatin1Char(':') + QString::number(participantId);
        if (m_existing.contains(key))
            return {};
        m_existing.insert(key);
        storage::Query q(m_ctx.conn, QStringLiteral("INSERT INTO review_flags (kind, subject, subject_id, detail, batch_id, raised_at) "
                                                    "VALUES (?, 'participant', ?, ?, ?, ?)"));
        q.bind({kind, participantId, detail, m_batchId, storage::nowIso()});
        if (auto st = q.exec(); !st)
            return st;
        ++m_raised;
        return {};
    }

    int raised() const { return m_raised; }

private:
    ImportContext &m_ctx;
    qint64 m_batchId;
    QSet<QString> m_existing;
    int m_raised = 0;
};

// Column indexes of the participants spec (participantkind.cpp).
enum { CKpj = 0, CNik = 1, CBirth = 3, CSex = 4, CRegistered = 9 };

Status nikConsistency(FlagWriter &flags, const QList<WrittenRow> &written)
{
    for (const WrittenRow &w : written) {
        const QList<QVariant> &v = w.row->values;
        const NikInfo info = Nik::check(v[CNik].toString());
        if (!info.valid)
            continue;
        QStringList problems;
        const QDate birth = QDate::fromString(v[CBirth].toString(), Qt::ISODate);
        if (birth.isValid() && birth != info.birthDate)
            problems << Tr::tr("the NIK gives birth date %1 but the file says %2").arg(fmt::date(info.birthDate), fmt::date(birth));
        const QString sex = v[CSex].toString();
        if (!sex.isEmpty() && sex != (info.female ? QLatin1String("P") : QLatin1String("L")))
            problems << (info.female ? Tr::tr("the NIK is a woman's (day of birth + 40) but the file says L")
                                     : Tr::tr("the NIK is a man's but the file says P"));
        const QDate registered = QDate::fromString(v[CRegistered].toString(), Qt::ISODate);
        const int age = registered.year() - info.birthDate.year()
                        - ((registered.month() * 100 + registered.day()) < (info.birthDate.month() * 100 + info.birthDate.day()) ? 1 : 0);
        if (registered.isValid() && age < 15)
            problems << Tr::tr("by the NIK the participant was %1 years old at registration").arg(age);
        if (problems.isEmpty())
            continue;
        const QString detail = Tr::tr("KPJ %1, NIK %2: %3").arg(v[CKpj].toString(), Nik::mask(info.normalized), problems.join(QStringLiteral("; ")));
        if (auto st = flags.raise(QStringLiteral("invalid_nik"), w.id, detail); !st)
            return st;
    }
    return {};
}

// Each participant written by this batch whose NIK another, earlier participant already has.
Status sameNik(FlagWriter &flags, ImportContext &ctx, qint64 batchId)
{
    storage::Query q(ctx.conn, QStringLiteral(
        "SELECT p.id, p.kpj, p.nik, p.registered_on, p.reg_period, pa.code, q.kpj, q.registered_on, q.reg_period, qa.code, "
        "       (SELECT MAX(c.period) FROM contributions c WHERE c.participant_id = q.id) "
        "FROM participants p JOIN participants q ON q.nik = p.nik AND q.id <> p.id "
        "JOIN agents pa ON pa.id = p.agent_id LEFT JOIN agents qa ON qa.id = q.agent_id "
        "WHERE p.batch_id = ? AND (q.registered_on < p.registered_on OR (q.registered_on = p.registered_on AND q.id < p.id)) "
        "ORDER BY p.id, q.registered_on"));
    q.bind(batchId);
    if (auto st = q.exec(); !st)
        return st;
    // Read every pair before writing: a PostgreSQL result streams and would be cut short by the inserts.
    struct Pair {
        qint64 id;
        QString kpj, nik, agent, earlierKpj, earlierAgent;
        QDate registered, earlierRegistered;
        YearMonth regMonth, lastCovered;
    };
    QList<Pair> pairs;
    while (q.next()) {
        pairs.append({q.intValue(0), q.text(1), Nik::mask(q.text(2)), q.text(5), q.text(6), q.text(9),
                      QDate::fromString(q.text(3).left(10), Qt::ISODate), QDate::fromString(q.text(7).left(10), Qt::ISODate),
                      YearMonth::fromKey(q.value(4).toInt()),
                      YearMonth::fromKey(q.value(10).isNull() ? q.value(8).toInt() : q.value(10).toInt())});
    }
    for (const Pair &p : std::as_const(pairs)) {
        Status st;
        if (p.lastCovered.monthsUntil(p.regMonth) > kLapseMonths) {
            st = flags.raise(QStringLiteral("reregistered_after_lapse"), p.id,
                             Tr::tr("NIK %1 was registered as KPJ %2 on %3 and last paid for %4; registered again as KPJ %5 on %6 by agent %7")
                                 .arg(p.nik, p.earlierKpj, fmt::date(p.earlierRegistered), p.lastCovered.toString(), p.kpj,
                                      fmt::date(p.registered), p.agent));
        } else {
            st = flags.raise(QStringLiteral("duplicate_nik"), p.id,
                             Tr::tr("NIK %1 is registered as KPJ %2 by agent %3 and as KPJ %4 by agent %5")
                                 .arg(p.nik, p.earlierKpj, p.earlierAgent.isEmpty() ? Tr::tr("(no agent)") : p.earlierAgent, p.kpj, p.agent));
        }
        if (!st)
            return st;
    }
    return {};
}

Status sharedPhones(FlagWriter &flags, ImportContext &ctx, qint64 batchId)
{
    int threshold = kSharedPhoneDefault;
    storage::Query setting(ctx.conn, QStringLiteral("SELECT value FROM app_meta WHERE key = 'imports.shared_phone_min'"));
    if (auto v = setting.scalar(); v && v->toInt() >= 2)
        threshold = v->toInt();
    storage::Query q(ctx.conn, QStringLiteral(
        "SELECT phone, COUNT(*), MIN(id) FROM participants "
        "WHERE phone IN (SELECT phone FROM participants WHERE batch_id = ? AND phone IS NOT NULL) "
        "GROUP BY phone HAVING COUNT(*) >= ?"));
    q.bind({batchId, threshold});
    if (auto st = q.exec(); !st)
        return st;
    QList<std::tuple<QString, qint64, qint64>> groups;
    while (q.next())
        groups.append({q.text(0), q.intValue(1), q.intValue(2)});
    for (const auto &[phone, count, firstId] : groups) {
        storage::Query members(ctx.conn, QStringLiteral("SELECT kpj FROM participants WHERE phone = ? ORDER BY kpj"));
        members.bind(phone);
        QStringList kpj;
        if (auto st = members.exec(); !st)
            return st;
        while (members.next())
            if (kpj.size() < 10)
                kpj << members.text(0);
        const QString more = count > kpj.size() ? QStringLiteral(", …") : QString();
        const QString detail = Tr::tr("%1 participants share the phone number %2 (KPJ %3%4)")
                                   .arg(count).arg(Phone::mask(phone), kpj.join(QStringLiteral(", ")), more);
        if (auto st = flags.raise(QStringLiteral("shared_phone"), firstId, detail); !st)
            return st;
    }
    return {};
}

} // namespace

Result<int> raiseParticipantFlags(const QList<WrittenRow> &written, ImportContext &context, qint64 batchId)
{
    if (written.isEmpty())
        return 0;
    FlagWriter flags(context, batchId);
    for (auto step : {+[](FlagWriter &f, const QList<WrittenRow> &, ImportContext &, qint64) { return f.load(); },
                      +[](FlagWriter &f, const QList<WrittenRow> &w, ImportContext &, qint64) { return nikConsistency(f, w); },
                      +[](FlagWriter &f, const QList<WrittenRow> &, ImportContext &c, qint64 b) { return sameNik(f, c, b); },
                      +[](FlagWriter &f, const QList<WrittenRow> &, ImportContext &c, qint64 b) { return sharedPhones(f, c, b); }}) {
        if (auto st = step(flags, written, context, batchId); !st)
            return st.error();
    }
    return flags.raised();
}

} // namespace perisai::imports
