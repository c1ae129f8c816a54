#include "officeservice.h"

#include "offices/officerepository.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

#include "tr.h"
#include <QSet>

namespace perisai::offices {
namespace {

Office normalized(Office o)
{
    o.code = o.code.trimmed().toUpper();
    o.name = o.name.simplified();
    o.region = o.region.simplified();
    o.address = o.address.simplified();
    o.headName = o.headName.simplified();
    return o;
}

// "2 active wadah, 5 agents and 1 open office" under an office that is to close.
QString dependants(const OfficeReferences &r)
{
    QStringList parts;
    if (r.activeWadah > 0)
        parts << Tr::tr("%n active wadah", nullptr, int(r.activeWadah));
    if (r.workingAgents > 0)
        parts << Tr::tr("%n agent(s) not dismissed", nullptr, int(r.workingAgents));
    if (r.openChildren > 0)
        parts << Tr::tr("%n open office(s) below it", nullptr, int(r.openChildren));
    return parts.join(QStringLiteral(", "));
}

} // namespace

OfficeService::OfficeService(const storage::Database &db, QDate today) : m_db(db), m_today(today) {}

QString OfficeService::user() const
{
    return m_db.currentUser();
}

QStringList OfficeService::validate(const Office &raw) const
{
    const Office o = normalized(raw);
    OfficeRepository repo(m_db);
    QStringList messages;
    if (o.code.isEmpty())
        messages << Tr::tr("Enter the office code, e.g. KCP-MAJENANG.");
    else if (auto owner = repo.codeOwner(o.code, o.id); owner && !owner->isEmpty())
        messages << Tr::tr("The code %1 is already used by %2.").arg(o.code, *owner);
    if (o.name.size() < 2)
        messages << Tr::tr("Enter the office's name.");
    if (!officeKinds().contains(o.kind)) {
        messages << Tr::tr("Choose the kind of office: Kanwil, KC or KCP.");
        return messages;
    }
    const QString wanted = parentKindOf(o.kind);
    if (o.parentId == 0) {
        if (!mayBeTop(o.kind))
            messages << Tr::tr("A KCP belongs under its branch office (KC): choose the KC.");
    } else if (o.parentId == o.id) {
        messages << Tr::tr("An office cannot stand under itself.");
    } else if (auto parent = repo.load(o.parentId); !parent) {
        messages << parent.error().message;
    } else if (parent->kind != wanted) {
        messages << Tr::tr("A %1 belongs under a %2, and %3 is a %4.")
                        .arg(officeKindLabel(o.kind), officeKindLabel(wanted), parent->code, officeKindLabel(parent->kind));
    } else if (!parent->isOpen() && o.isOpen()) {
        messages << Tr::tr("%1 is closed: choose an open office above this one.").arg(parent->code);
    }
    if (o.id > 0) {
        auto before = repo.load(o.id);
        auto refs = before ? repo.references(o.id, before->code) : Result<OfficeReferences>(before.error());
        if (before && refs) {
            if (before->kind != o.kind && refs->children > 0)
                messages << Tr::tr("Offices stand under %1: its kind cannot change.").arg(before->code);
            if (before->code != o.code && refs->targets > 0)
                messages << Tr::tr("Targets are recorded under the code %1: its code cannot change.").arg(before->code);
        }
    }
    return messages;
}

Result<Office> OfficeService::add(Office office, bool keepId)
{
    Office o = normalized(std::move(office));
    if (!keepId)
        o.id = 0;
    if (const QStringList m = validate(o); !m.isEmpty())
        return makeError(m.join(QLatin1Char('\n')));
    OfficeRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto id = repo.insert(o, user());
    if (!id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return repo.load(*id);
}

Result<Office> OfficeService::update(Office office, int expectedVersion, const QString &action)
{
    Office o = normalized(std::move(office));
    if (const QStringList m = validate(o); !m.isEmpty())
        return makeError(m.join(QLatin1Char('\n')));
    OfficeRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    if (auto v = repo.update(o, expectedVersion, user(), action); !v)
        return v.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return repo.load(o.id);
}

Result<Office> OfficeService::writeStatus(qint64 id, int expectedVersion, const QDate &closedOn)
{
    OfficeRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto office = repo.load(id);
    if (!office)
        return office.error();
    if (closedOn.isValid()) {
        auto refs = repo.references(id, office->code);
        if (!refs)
            return refs.error();
        if (const QString left = dependants(*refs); !left.isEmpty())
            return makeError(Tr::tr("%1 still supervises %2. Move them to another office (or close those offices) first.")
                                 .arg(office->code, left));
    } else if (office->parentId > 0) {
        auto parent = repo.load(office->parentId);
        if (parent && !parent->isOpen())
            return makeError(Tr::tr("%1 is closed: reopen it before the offices below it.").arg(parent->code));
    }
    office->closedOn = closedOn;
    if (auto v = repo.update(*office, expectedVersion, user(), QStringLiteral("status")); !v)
        return v.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return repo.load(id);
}

Result<Office> OfficeService::close(qint64 id, int expectedVersion, const QDate &on)
{
    return writeStatus(id, expectedVersion, on.isValid() ? on : m_today);
}

Result<Office> OfficeService::reopen(qint64 id, int expectedVersion)
{
    return writeStatus(id, expectedVersion, QDate());
}

Status OfficeService::remove(qint64 id, int expectedVersion)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    if (auto st = OfficeRepository(m_db).remove(id, expectedVersion, user()); !st)
        return st;
    return tx.commit();
}

QStringList OfficeService::validateSetup(const BranchSetup &setup) const
{
    OfficeRepository repo(m_db);
    QStringList messages;
    const QString code = setup.code.trimmed().toUpper();
    if (code.isEmpty())
        messages << Tr::tr("Enter the branch's office code, e.g. KC-CILACAP.");
    if (setup.name.simplified().size() < 2)
        messages << Tr::tr("Enter the branch's name, e.g. Kantor Cabang Cilacap.");
    if (setup.region.simplified().isEmpty())
        messages << Tr::tr("Enter the branch's region (regency or city) as the workforce figures name it, e.g. Kabupaten Cilacap.");
    QSet<QString> seen{code};
    for (const BranchSetup::SubBranch &k : setup.subBranches) {
        const QString c = k.code.trimmed().toUpper();
        if (c.isEmpty() || k.name.simplified().size() < 2) {
            messages << Tr::tr("Give every KCP a code and a name (or remove the empty line).");
            continue;
        }
        if (seen.contains(c))
            messages << Tr::tr("The code %1 is given twice.").arg(c);
        seen.insert(c);
    }
    for (const QString &c : std::as_const(seen))
        if (auto owner = repo.codeOwner(c, 0); owner && !owner->isEmpty())
            messages << Tr::tr("The code %1 is already used by %2.").arg(c, *owner);
    return messages;
}

Result<Office> OfficeService::setUpBranch(const BranchSetup &setup)
{
    if (const QStringList m = validateSetup(setup); !m.isEmpty())
        return makeError(m.join(QLatin1Char('\n')));
    OfficeRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    Office branch;
    branch.code = setup.code;
    branch.name = setup.name;
    branch.kind = QStringLiteral("kc");
    branch.region = setup.region;
    branch.headName = setup.headName;
    branch.address = setup.address;
    branch = normalized(branch);
    auto branchId = repo.insert(branch, user());
    if (!branchId)
        return branchId.error();
    for (const BranchSetup::SubBranch &k : setup.subBranches) {
        Office kcp;
        kcp.code = k.code;
        kcp.name = k.name;
        kcp.kind = QStringLiteral("kcp");
        kcp.parentId = *branchId;
        kcp.region = k.region;
        if (auto id = repo.insert(normalized(kcp), user()); !id)
            return id.error();
    }
    if (auto st = storage::writeMeta(m_db, QStringLiteral("branch_name"), branch.name); !st)
        return st.error();
    if (auto st = storage::writeMeta(m_db, QString::fromLatin1(storage::kDatabaseKindKey), QString::fromLatin1(storage::kBranchKind)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return repo.load(*branchId);
}

} // namespace perisai::offices
