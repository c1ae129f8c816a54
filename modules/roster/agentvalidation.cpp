#include "agentvalidation.h"

#include "core/format.h"
#include "core/nik.h"
#include "core/phone.h"
#include "roster/statusrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace perisai::roster {
namespace {

QString nikMessage(const QString &nik)
{
    const NikInfo info = Nik::check(nik);
    if (info.valid)
        return {};
    // Nik::check says what is wrong; add how a NIK is built when the birth date or the province is the problem.
    const QString t = nik.trimmed();
    static const QRegularExpression sixteenDigits(QStringLiteral("^[0-9]{16}$"));
    if (!sixteenDigits.match(t).hasMatch())
        return info.reason;
    if (!Nik::isKnownProvince(t.left(2).toInt()))
        return info.reason + QCoreApplication::translate("roster", ". The first two digits are the province code (e.g. 33 Jawa Tengah).");
    const int day = t.mid(6, 2).toInt();
    const int month = t.mid(8, 2).toInt();
    if (day > 31 && day <= 40)
        return QCoreApplication::translate("roster", "The NIK's birth day is %1: digits 7–8 are the day of birth, "
                                                     "for women the day + 40 (41–71).").arg(t.mid(6, 2));
    if (day == 0 || day > 71 || month == 0 || month > 12 || !QDate(2000, month, 1).isValid()
        || day % 40 > QDate(2000, month, 1).daysInMonth())
        return info.reason + QCoreApplication::translate("roster", ". Digits 7–12 are the birth date DDMMYY; "
                                                                   "for women the day + 40.");
    return info.reason;
}

} // namespace

Agent normalizedAgent(Agent a)
{
    a.code = a.code.trimmed().toUpper();
    a.nik = a.nik.trimmed();
    a.name = a.name.simplified();
    a.address = a.address.trimmed();
    a.bank = a.bank.trimmed();
    a.accountNo = a.accountNo.trimmed().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    a.kpj = a.kpj.trimmed();
    a.notes = a.notes.trimmed();
    if (auto phone = Phone::normalize(a.phone))
        a.phone = *phone;
    else
        a.phone = a.phone.trimmed();
    const NikInfo info = Nik::check(a.nik);
    if (info.valid) {
        a.sex = info.female ? QStringLiteral("P") : QStringLiteral("L");
        a.birthDate = info.birthDate;
    }
    return a;
}

QList<FieldIssue> validateAgent(const Agent &a, const ValidationContext &ctx)
{
    QList<FieldIssue> issues;
    auto add = [&issues](AgentField f, const QString &m) { issues.append({f, m}); };

    static const QRegularExpression codeShape(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]{1,29}$"));
    if (a.code.isEmpty())
        add(AgentField::Code, QCoreApplication::translate("roster", "Enter the agent code."));
    else if (!codeShape.match(a.code).hasMatch())
        add(AgentField::Code, QCoreApplication::translate("roster", "The agent code may hold letters, digits, '.', '-', '/' and '_' (2–30 characters)."));
    else if (!ctx.codeOwner.isEmpty())
        add(AgentField::Code, QCoreApplication::translate("roster", "The code %1 is already used by %2.").arg(a.code, ctx.codeOwner));

    if (const QString m = nikMessage(a.nik); !m.isEmpty())
        add(AgentField::Nik, m);
    else if (!ctx.nikOwner.isEmpty())
        add(AgentField::Nik, QCoreApplication::translate("roster", "This NIK is already registered to agent %1. An agent is registered once.").arg(ctx.nikOwner));

    if (a.name.size() < 2)
        add(AgentField::Name, QCoreApplication::translate("roster", "Enter the agent's full name as on the KTP."));

    if (auto phone = Phone::normalize(a.phone); !phone)
        add(AgentField::Phone, phone.error().message);

    if (a.officeId == 0)
        add(AgentField::Office, QCoreApplication::translate("roster", "Choose the KCP that supervises the agent."));
    if (a.wadahId == 0)
        add(AgentField::Wadah, QCoreApplication::translate("roster", "Choose the agent's wadah."));

    if (a.hasAccount || !a.accountNo.isEmpty()) {
        static const QRegularExpression accountShape(QStringLiteral("^[0-9]{6,20}$"));
        if (a.accountNo.isEmpty())
            add(AgentField::Account, QCoreApplication::translate("roster", "Enter the account number."));
        else if (!accountShape.match(a.accountNo).hasMatch())
            add(AgentField::Account, QCoreApplication::translate("roster", "An account number has 6 to 20 digits."));
        if (a.bank.isEmpty())
            add(AgentField::Bank, QCoreApplication::translate("roster", "Choose the bank of the account."));
        else if (!ctx.partnerBank.isEmpty() && a.bank.compare(ctx.partnerBank, Qt::CaseInsensitive) != 0)
            add(AgentField::Bank, QCoreApplication::translate("roster", "The account must be at the wadah's partner bank (%1): incentives are paid through it.")
                                      .arg(ctx.partnerBank));
    }

    if (a.isBpuParticipant && a.kpj.isEmpty())
        add(AgentField::Kpj, QCoreApplication::translate("roster", "Enter the agent's own participant number (KPJ)."));
    if (a.isAgencyEmployee)
        add(AgentField::Eligibility, QCoreApplication::translate("roster", "BPJS Ketenagakerjaan employees may not be Perisai agents."));
    if (a.briefedOn.isValid() && ctx.today.isValid() && a.briefedOn > ctx.today)
        add(AgentField::Briefing, QCoreApplication::translate("roster", "The briefing date cannot be in the future."));
    if (!a.joinedOn.isValid())
        add(AgentField::JoinedOn, QCoreApplication::translate("roster", "Enter the date the agent joined."));
    else if (ctx.today.isValid() && a.joinedOn > ctx.today)
        add(AgentField::JoinedOn, QCoreApplication::translate("roster", "The join date cannot be in the future."));

    if (ctx.activating) {
        const Eligibility e = eligibilityOf(a, ctx.today);
        if (!e.complete() && !a.isAgencyEmployee)
            add(AgentField::Eligibility, QCoreApplication::translate("roster", "To be active the agent still needs: %1.")
                                             .arg(e.missing().join(QStringLiteral(", "))));
    }
    return issues;
}

QString describeNik(const QString &nik)
{
    if (nik.trimmed().isEmpty())
        return QCoreApplication::translate("roster", "16 digits: province, regency, district, birth date DDMMYY (women: day + 40), serial.");
    const NikInfo info = Nik::check(nik);
    if (!info.valid)
        return nikMessage(nik);
    return QCoreApplication::translate("roster", "%1 · born %2 · %3")
        .arg(Nik::provinceName(info.provinceCode), fmt::date(info.birthDate),
             info.female ? QCoreApplication::translate("roster", "female") : QCoreApplication::translate("roster", "male"));
}

} // namespace perisai::roster
