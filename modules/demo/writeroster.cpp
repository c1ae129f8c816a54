// Writes the people and organisations: users, offices, wadah, agents, their status history and notes.
#include "demo/people.h"
#include "demo/sink.h"
#include "demo/writers.h"

namespace perisai::demo {
namespace {

Status writeUsers(const Plan &plan, Sink &sink)
{
    const Office &branch = plan.offices[static_cast<size_t>(plan.branches().front())];
    const qint64 since = plan.firstDayJd(0) - 30;
    Table t(sink, "users", {"id", "login", "full_name", "role", "active", "created_at"});
    t.id(1).text("admin").text("Administrator Sistem").text("admin").num(1).stamp(since, 8).end();
    t.id(2).text("kepala").text(branch.head).text("head").num(1).stamp(since, 8, 15).end();
    t.id(3).text("pembina1").text(branch.pembina.front()).text("staff").num(1).stamp(since, 8, 30).end();
    return t.finish();
}

Status writeOffices(const Plan &plan, Sink &sink)
{
    Table t(sink, "offices", {"id", "code", "name", "kind", "parent_id", "region", "address", "head_name", "created_at", "updated_at"});
    const qint64 since = plan.firstDayJd(0) - 30;
    for (const Office &o : plan.offices) {
        static const char *const kinds[] = {"kanwil", "kc", "kcp"};
        t.id(o.id).text(o.seed.code).text(o.seed.name).text(kinds[static_cast<int>(o.seed.kind)]);
        t.optNum(o.seed.parent + 1, o.seed.parent >= 0).text(o.seed.region).text(o.address).text(o.head);
        t.stamp(since).stamp(since).end();
    }
    return t.finish();
}

Status writeWadah(const Plan &plan, Sink &sink)
{
    Table t(sink, "wadah", {"id", "code", "name", "kind", "address", "village", "office_id", "supervisor", "leader_name",
                            "phone", "partner_bank", "legal_status", "status", "notes", "created_at", "updated_at"});
    for (const Wadah &w : plan.wadah) {
        t.id(w.id).text(w.code).text(w.name).text(w.kind).text(w.address).text(w.village);
        t.num(plan.offices[static_cast<size_t>(w.office)].id).text(w.supervisor).text(w.leader).text(w.phone).text(w.bank).text(w.legal);
        t.text(w.active ? "active" : "inactive");
        if (w.fate == AgreementFate::Terminated)
            t.text("PKS diakhiri: capaian di bawah target minimum tiga bulan berturut-turut");
        else if (w.fate == AgreementFate::None)
            t.text("Wadah baru; PKS sedang disiapkan");
        else
            t.null();
        const qint64 changed = w.fate == AgreementFate::Terminated ? w.terminatedJd : w.foundedJd;
        t.stamp(w.foundedJd).stamp(changed, 10).end();
    }
    return t.finish();
}

Status writeAgents(const Plan &plan, Sink &sink)
{
    Table t(sink, "agents", {"id", "code", "nik", "name", "sex", "birth_date", "phone", "address", "wadah_id", "office_id",
                             "joined_on", "bank", "account_no", "kpj", "is_bpu_participant", "has_account", "has_device",
                             "is_agency_employee", "briefed_on", "status", "status_since", "notes", "created_at", "updated_at"});
    for (const Agent &a : plan.agents) {
        t.id(a.id).text(a.code).text(a.nik).text(a.name).text(a.female ? "P" : "L").date(a.birthJd).text(a.phone).text(a.address);
        t.num(plan.wadah[static_cast<size_t>(a.wadah)].id).num(plan.offices[static_cast<size_t>(a.office)].id).date(a.joinedJd);
        t.text(a.bank);
        if (a.hasAccount)
            t.text(a.account);
        else
            t.null();
        if (a.selfMember >= 0)
            t.text(kpjFor(plan, a.selfMember));
        else
            t.null();
        t.num(a.bpuParticipant).num(a.hasAccount).num(a.hasDevice).num(a.agencyEmployee).optDate(a.briefedJd);
        t.text(a.status()).date(a.history.back().fromJd);
        if (a.agencyEmployee)
            t.text("Tercatat sebagai pegawai BPJS Ketenagakerjaan: tidak memenuhi syarat agen");
        else if (!a.hasAccount)
            t.text("Menunggu pembukaan rekening di bank mitra wadah");
        else
            t.null();
        t.stamp(a.joinedJd, 10).stamp(a.history.back().fromJd, 10).end();
    }
    return t.finish();
}

Status writeAgentHistory(const Plan &plan, Sink &sink)
{
    Table t(sink, "agent_status_history", {"id", "agent_id", "status", "from_date", "reason", "automatic", "changed_by", "changed_at"});
    qint64 id = 0;
    for (const Agent &a : plan.agents) {
        const std::string &pembina = plan.wadah[static_cast<size_t>(a.wadah)].supervisor;
        for (const StatusChange &c : a.history) {
            t.id(++id).num(a.id).text(c.status).date(c.fromJd).optText(c.reason).num(c.automatic);
            t.text(c.automatic ? std::string("sistem") : pembina).stamp(c.fromJd, c.automatic ? 6 : 11).end();
        }
    }
    return t.finish();
}

Status writeAgentNotes(const Plan &plan, Sink &sink)
{
    Table t(sink, "agent_notes", {"id", "agent_id", "written_on", "author", "text"});
    qint64 id = 0;
    for (size_t i = 0; i < plan.agents.size(); ++i) {
        const Agent &a = plan.agents[i];
        Stream s(plan.options.seed, KindMisc, i);
        const bool noteworthy = a.status() == "dismissed" || a.status() == "inactive" || a.suspicious;
        if (!noteworthy && !s.chance(0.12))
            continue;
        if (a.briefedJd == 0)
            continue;
        const qint64 on = a.status() == "active" ? plan.refJd - s.between(5, 150) : a.history.back().fromJd + s.between(0, 10);
        const std::string text = a.suspicious ? "Banyak peserta rekrutan hanya membayar iuran pertama; perlu ditelusuri bersama wadah."
                                              : agentNote(s, a.status());
        t.id(++id).num(a.id).date(std::min(on, plan.refJd)).text(plan.wadah[static_cast<size_t>(a.wadah)].supervisor).text(text).end();
    }
    return t.finish();
}

} // namespace

Status writeRoster(const Plan &plan, Sink &sink)
{
    for (auto step : {writeUsers, writeOffices, writeWadah, writeAgents, writeAgentHistory, writeAgentNotes})
        if (auto st = step(plan, sink); !st)
            return st;
    return {};
}

} // namespace perisai::demo
