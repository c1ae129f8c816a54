// PKS (partnership agreements) per wadah: renewal chains (renewed -> active), some expiring soon,
// one expired, one terminated, drafts for new wadah, and a scanned copy of some of them.
#include "demo/writers.h"

#include "storage/query.h"

#include <QCryptographicHash>

namespace perisai::demo {
namespace {

const qint64 kYearlyTermsFrom = QDate(2022, 1, 1).toJulianDay(); // PKS of at most 1 year since 2022 (was 3)
const qint64 kPerisaiLaunch = QDate(2018, 1, 1).toJulianDay();    // no PKS before the channel existed

std::string roman(int month)
{
    static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return numerals[month - 1];
}

std::string agreementNumber(const Plan &plan, const Wadah &w, qint64 startJd, int serial)
{
    const QDate d = QDate::fromJulianDay(startJd);
    const Office &office = plan.offices[static_cast<size_t>(w.office)];
    const QString stem = QString::fromUtf8(plan.offices[static_cast<size_t>(office.branch)].seed.code).section(QLatin1Char('-'), 1);
    return QStringLiteral("%1/PKS/%2/%3/%4").arg(serial, 4, 10, QLatin1Char('0')).arg(stem)
        .arg(QString::fromStdString(roman(d.month()))).arg(d.year()).toStdString();
}

// A one-page PDF standing in for the signed scan.
QByteArray scannedAgreement(const std::string &number, const Wadah &w, const std::string &branchName, qint64 startJd, qint64 endJd)
{
    auto escape = [](std::string s) {
        std::string out;
        for (char c : s) {
            if (c == '(' || c == ')' || c == '\\')
                out += '\\';
            out += c;
        }
        return out;
    };
    char start[10], end[10];
    formatDate(startJd, start);
    formatDate(endJd, end);
    const std::string lines[] = {"PERJANJIAN KERJA SAMA", "Nomor: " + number, "BPJS Ketenagakerjaan " + branchName,
                                 "dengan " + w.name, "Jangka waktu: " + std::string(start, 10) + " s.d. " + std::string(end, 10),
                                 "Ditandatangani para pihak (salinan pindaian)"};
    std::string content = "BT /F1 13 Tf 72 770 Td";
    for (const std::string &line : lines)
        content += " (" + escape(line) + ") Tj 0 -22 Td";
    content += " ET";
    const std::string objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < std::size(objects); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 6\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return QByteArray(pdf.data(), static_cast<qsizetype>(pdf.size()));
}

} // namespace

void planAgreementTerms(Plan &plan, Rng &rng)
{
    for (Wadah &w : plan.wadah) {
        if (w.fate == AgreementFate::None)
            continue;
        if (w.fate == AgreementFate::Draft) {
            const qint64 start = plan.refJd + rng.between(10, 30);
            w.terms.emplace_back(start, QDate::fromJulianDay(start).addYears(1).addDays(-1).toJulianDay());
            continue;
        }
        // Back from the agreement in force at the end, one term at a time, to the wadah's founding.
        qint64 end = w.finalEndJd;
        for (int n = 0; n < 8; ++n) {
            const int months = end < kYearlyTermsFrom ? 36 : 12;
            const qint64 start = QDate::fromJulianDay(end + 1).addMonths(-months).toJulianDay();
            if (start < kPerisaiLaunch && !w.terms.empty())
                break;
            w.terms.emplace(w.terms.begin(), start, end);
            if (start <= w.foundedJd)
                break;
            end = start - 1;
        }
        w.foundedJd = std::min(w.foundedJd, w.terms.front().first - rng.between(5, 30));
    }
}

Status writeAgreements(const Plan &plan, Sink &sink, qint64 *rows)
{
    struct Document {
        qint64 agreementId;
        std::string number;
        const Wadah *wadah;
        qint64 startJd, endJd;
    };
    std::vector<Document> documents;
    Table t(sink, "agreements", {"id", "wadah_id", "number", "signed_on", "starts_on", "ends_on", "signatory_branch",
                                 "signatory_wadah", "target_participants", "min_monthly_target", "partner_bank", "status",
                                 "previous_id", "terminated_on", "termination_reason", "notes", "created_at", "updated_at"});
    qint64 id = 0;
    int serial = 0;
    for (const Wadah &w : plan.wadah) {
        const Office &branch = plan.offices[static_cast<size_t>(plan.offices[static_cast<size_t>(w.office)].branch)];
        Stream s(plan.options.seed, KindAgreement, static_cast<quint64>(w.id));
        qint64 previous = 0;
        for (size_t k = 0; k < w.terms.size(); ++k) {
            const auto [start, end] = w.terms[k];
            const bool current = k + 1 == w.terms.size();
            const bool draft = w.fate == AgreementFate::Draft;
            const std::string number = draft ? "DRAF/PKS/" + w.code : agreementNumber(plan, w, start, ++serial);
            const qint64 signedOn = draft ? 0 : start - s.between(0, 7);
            const qint64 target = (end - start + 1) / 30 * s.between(6, 14) * 5;
            t.id(++id).num(w.id).text(number).optDate(signedOn).date(start).date(end).text(branch.head).text(w.leader);
            t.num(target).num(std::max<qint64>(10, target * (end - start + 1) / 365 / 24)).text(w.bank);
            const char *status = draft ? "draft" : !current ? "renewed" : w.fate == AgreementFate::Terminated ? "terminated" : "active";
            t.text(status).optNum(previous, previous != 0);
            if (current && w.fate == AgreementFate::Terminated)
                t.date(w.terminatedJd).text("Capaian wadah di bawah target minimum tiga bulan berturut-turut");
            else
                t.null().null();
            if (draft)
                t.text("Menunggu tanda tangan ketua wadah");
            else if (current && w.fate == AgreementFate::Expired)
                t.text("Belum diperpanjang: wadah diminta melengkapi laporan kinerja");
            else if (k > 0)
                t.text("Perpanjangan ke-" + std::to_string(k));
            else
                t.null();
            const qint64 changed = current && w.fate == AgreementFate::Terminated ? w.terminatedJd
                                 : !current ? w.terms[k + 1].first - 7 : (signedOn ? signedOn : plan.refJd - 3);
            t.stamp(signedOn ? signedOn : plan.refJd - 5, 10).stamp(std::min(changed, plan.refJd), 14).end();
            if (current && !draft && documents.size() < 12 && w.fate != AgreementFate::Terminated)
                documents.push_back({id, number, &w, start, end});
            previous = id;
        }
    }
    *rows = t.rows();
    if (auto st = t.finish(); !st)
        return st;

    qint64 docId = 0;
    for (const Document &d : documents) {
        storage::Query q(sink.connection(), QStringLiteral(
            "INSERT INTO agreement_documents (id, agreement_id, file_name, mime_type, sha256, size_bytes, content, uploaded_by, uploaded_at) "
            "VALUES (?, ?, ?, 'application/pdf', ?, ?, ?, 'pembina1', ?)"));
        const Office &branch = plan.offices[static_cast<size_t>(plan.offices[static_cast<size_t>(d.wadah->office)].branch)];
        const QByteArray pdf = scannedAgreement(d.number, *d.wadah, branch.seed.name, d.startJd, d.endJd);
        const QDate uploaded = QDate::fromJulianDay(std::min(d.startJd + 2, plan.refJd));
        q.bind({++docId, d.agreementId, QStringLiteral("PKS-%1-%2.pdf").arg(QString::fromStdString(d.wadah->code)).arg(QDate::fromJulianDay(d.startJd).year()),
                QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()), pdf.size(), pdf,
                uploaded.toString(Qt::ISODate) + QStringLiteral("T03:00:00.000Z")});
        if (auto st = q.exec(); !st)
            return st;
        if (!sink.advance())
            return sink.cancelledError();
    }
    return {};
}

} // namespace perisai::demo
