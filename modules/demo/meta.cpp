// Review flags (signals for a person to look at, never verdicts), what the demo is (app_meta),
// a line in the audit log, and the identity sequences on PostgreSQL.
#include "demo/people.h"
#include "demo/writers.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::demo {
namespace {

std::string monthText(const Plan &plan, int month)
{
    return plan.monthAt(month).toString().toStdString();
}

Status writeFlags(const Plan &plan, Sink &sink)
{
    Table t(sink, "review_flags", {"id", "kind", "subject", "subject_id", "detail", "raised_at", "status", "reviewed_by", "review_note"});
    qint64 id = 0;
    auto flag = [&](const char *kind, const char *subject, qint64 subjectId, const std::string &detail, qint64 raisedJd,
                    const char *status = "open", const std::string &by = {}, const std::string &note = {}) {
        t.id(++id).text(kind).text(subject).num(subjectId).text(detail).stamp(std::min(raisedJd, plan.refJd), 6);
        t.text(status).optText(by).optText(note).end();
    };
    const int last = plan.months - 1;
    for (const Agent &a : plan.agents) {
        if (!a.suspicious)
            continue;
        const auto ai = &a - plan.agents.data();
        qint64 observed = 0, once = 0;
        for (const Member &m : plan.members) {
            if (m.agent == ai && m.regMonth <= last - 3) {
                ++observed;
                once += m.lastPaid == m.regMonth;
            }
        }
        flag("first_payment_only", "agent", a.id,
             std::to_string(once) + " dari " + std::to_string(observed) + " peserta rekrutan agen " + a.code
                 + " (teramati minimal 3 bulan) hanya membayar iuran bulan pertama",
             plan.refJd - 10);
    }
    int n = 0;
    for (const auto &[earlier, later] : plan.reregistered) {
        const Member &m = plan.members[static_cast<size_t>(later)];
        const std::string &agent = plan.agents[static_cast<size_t>(m.agent)].code;
        const std::string detail = "NIK sama dengan peserta KPJ " + kpjFor(plan, earlier) + " yang berhenti membayar sejak "
                                 + monthText(plan, plan.members[static_cast<size_t>(earlier)].lastPaid + 1)
                                 + "; didaftarkan lagi sebagai peserta baru oleh agen " + agent;
        if (n++ == 0)
            flag("reregistered_after_lapse", "participant", later + 1, detail, m.regJd + 2, "dismissed", "pembina1",
                 "Peserta memang berhenti lalu mendaftar kembali atas kemauan sendiri");
        else
            flag("reregistered_after_lapse", "participant", later + 1, detail, m.regJd + 2);
    }
    n = 0;
    for (const auto &[earlier, later] : plan.duplicates) {
        const Member &m = plan.members[static_cast<size_t>(later)];
        char registered[10];
        formatDate(plan.members[static_cast<size_t>(earlier)].regJd, registered);
        const std::string detail = "NIK sama dengan peserta KPJ " + kpjFor(plan, earlier) + " yang terdaftar "
                                 + std::string(registered, 10);
        if (n++ == 0)
            flag("duplicate_nik", "participant", later + 1, detail, m.regJd + 1, "reviewed", "pembina1",
                 "Pendaftaran ganda karena input ulang; menunggu penggabungan data oleh kantor cabang");
        else
            flag("duplicate_nik", "participant", later + 1, detail, m.regJd + 1);
    }
    if (!plan.sharedPhone.empty()) {
        const int first = plan.sharedPhone.front();
        const Member &m = plan.members[static_cast<size_t>(first)];
        flag("shared_phone", "participant", first + 1,
             "Nomor HP yang sama dipakai " + std::to_string(plan.sharedPhone.size()) + " peserta dan agen "
                 + plan.agents[static_cast<size_t>(m.agent)].code,
             plan.members[static_cast<size_t>(plan.sharedPhone.back())].regJd + 1);
    }
    return t.finish();
}

Status writeMeta(const Plan &plan, Sink &sink)
{
    const Office *headline = &plan.offices.front();
    for (const Office &o : plan.offices)
        if (plan.scenario.headline == QLatin1String(o.seed.code))
            headline = &o;
    static const char *const sizes[] = {"s", "m", "l"};
    const std::pair<const char *, QString> entries[] = {
        {storage::kDatabaseKindKey, QString::fromLatin1(storage::kDemoKind)},
        {"demo_office", QString::fromUtf8(headline->seed.code)},
        {"branch_name", QString::fromUtf8(headline->seed.name)},
        {"demo_preset", plan.scenario.presetName.isEmpty() ? QStringLiteral("none") : plan.scenario.presetName},
        {"demo_size", plan.scenario.presetName.isEmpty() ? QString::fromLatin1(sizes[static_cast<int>(plan.options.size)]) : QString()},
        {"demo_seed", QString::number(plan.options.seed)},
        {"demo_from", plan.scenario.first.toString()},
        {"demo_until", plan.scenario.last.toString()},
    };
    for (const auto &[key, value] : entries) {
        if (value.isEmpty())
            continue;
        storage::Query q(sink.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        if (auto st = q.bind({QString::fromLatin1(key), value}).exec(); !st)
            return st;
    }
    storage::AuditEntry entry;
    entry.user = sink.db().currentUser();
    entry.action = QStringLiteral("import");
    entry.table = QStringLiteral("participants");
    entry.summary = QCoreApplication::translate("Demo", "demo data created: %1, %2 participants (seed %3)")
                        .arg(QString::fromUtf8(headline->seed.name)).arg(plan.members.size()).arg(plan.options.seed);
    return storage::writeAudit(sink.connection(), entry);
}

} // namespace

Status writeFlagsAndMeta(const Plan &plan, Sink &sink)
{
    if (auto st = writeFlags(plan, sink); !st)
        return st;
    return writeMeta(plan, sink);
}

Status advanceSequences(Sink &sink)
{
    if (!sink.postgres())
        return {};
    for (const char *table : {"users", "offices", "wadah", "agents", "agent_status_history", "agent_notes", "participants",
                              "claims", "targets", "workforce", "monev_sessions", "monev_obstacles", "monev_actions",
                              "monev_awards", "agreements", "agreement_documents", "review_flags"}) {
        // Identifiers come from the list above, never from input.
        const QString t = QString::fromLatin1(table);
        storage::Query q(sink.connection(), QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                           "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)").arg(t));
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

} // namespace perisai::demo
