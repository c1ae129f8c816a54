// Contributions: the large files (a branch pays 1-4 million contribution months a year). Rows are read
// from string views into 32-byte structs, KPJ numbers resolved through one hash map, sorted by the table's
// primary key (period, participant), merged against the stored rows of the same months, and written with
// storage::BulkWriter (multi-row INSERT statements on SQLite, COPY on PostgreSQL). Changed rows go through a
// temporary table and one UPDATE ... FROM; their before-values are kept in import_changes.
#include "contributions.h"
#include "tr.h"

#include "core/format.h"
#include "values.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace perisai::imports {
namespace {


enum Field { FKpj, FPeriod, FAmount, FPaid, FChannel };

int digits(std::string_view s, size_t from, size_t n)
{
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool validDay(int y, int m, int d)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

// yyyymmdd from "yyyy-mm-dd" and "dd/mm/yyyy" without leaving the string view; -1 when not in those forms.
int quickDate(std::string_view s)
{
    if (s.size() != 10)
        return -1;
    int y, m, d;
    if (s[4] == '-' && s[7] == '-') {
        y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    } else if ((s[2] == '/' && s[5] == '/') || (s[2] == '-' && s[5] == '-')) {
        d = digits(s, 0, 2), m = digits(s, 3, 2), y = digits(s, 6, 4);
    } else {
        return -1;
    }
    return validDay(y, m, d) ? y * 10000 + m * 100 + d : -1;
}

int quickPeriod(std::string_view s)
{
    if (s.size() == 7 && s[4] == '-') {
        const int y = digits(s, 0, 4), m = digits(s, 5, 2);
        if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12)
            return y * 100 + m;
    }
    return -1;
}

qint64 quickAmount(std::string_view s)
{
    if (s.empty() || s.size() > 15)
        return -1;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

int dateKey(const QDate &d) { return d.year() * 10000 + d.month() * 100 + d.day(); }

} // namespace

ContributionsProcessor::ContributionsProcessor(ImportContext &context) : m_ctx(context)
{
    for (int f = 0; f < 5; ++f)
        m_column[f] = context.map.columnOfField.value(f, -1);
}

Status ContributionsProcessor::prepare()
{
    auto map = m_ctx.lookups.participants();
    if (!map)
        return map.error();
    m_participants = *map;
    return {};
}

int ContributionsProcessor::channelId(std::string_view text, bool lowerCase)
{
    m_lower.assign(text);
    if (lowerCase)
        for (char &c : m_lower)
            c = char(std::tolower(uchar(c)));
    if (const auto it = m_channelIds.find(m_lower); it != m_channelIds.end())
        return it->second;
    const int id = int(m_channels.size());
    m_channels.push_back(m_lower);
    m_channelIds.emplace(m_lower, id);
    return id;
}

// One lookup per row of the word as written; each new word is read once (AGEN, Agen Perisai -> agen).
int ContributionsProcessor::fileChannel(std::string_view text)
{
    if (const auto it = m_wordIds.find(text); it != m_wordIds.end()) {
        Word &word = m_words[size_t(it->second)];
        ++word.rows;
        return word.channel;
    }
    const QString written = values::toQString(text);
    const QByteArray stored = values::normalizeChannel(written).toUtf8();
    const int channel = channelId(std::string_view(stored.constData(), size_t(stored.size())), false);
    m_wordIds.emplace(std::string(text), int(m_words.size()));
    m_words.push_back({written, channel, 1});
    return channel;
}

// "payment channels: AGEN (rows: 1.204), Agen Perisai (rows: 33) read as collected by the participant's agent;
// BANK BNI (rows: 540) as another channel".
QStringList ContributionsProcessor::notes() const
{
    QStringList agent, other;
    for (const Word &w : m_words) {
        const QString item = Tr::tr("%1 (rows: %2)").arg(w.written, fmt::number(w.rows));
        (values::isAgentChannel(QString::fromStdString(m_channels[size_t(w.channel)])) ? agent : other) << item;
    }
    QStringList parts;
    if (!agent.isEmpty())
        parts << Tr::tr("%1 read as collected by the participant's agent").arg(agent.join(QStringLiteral(", ")));
    if (!other.isEmpty())
        parts << Tr::tr("%1 as another channel (bank, post office, retail, online)").arg(other.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return {};
    return {Tr::tr("payment channels: %1").arg(parts.join(QStringLiteral("; ")))};
}

void ContributionsProcessor::add(const Record &record, IssueSink &issues)
{
    bool ok = true;
    const auto fail = [&](int field, std::string_view value, const QString &reason) {
        issues.add(record.line, m_column[field], value, reason);
        ok = false;
    };
    const auto required = [&](int field) {
        const std::string_view v = values::trim(record.field(m_column[field]));
        if (v.empty())
            fail(field, v, Tr::tr("this value is required"));
        return v;
    };
    Row row;
    row.line = int(record.line);
    QString reason;

    const std::string_view kpj = required(FKpj);
    const ParticipantRef *participant = nullptr;
    if (!kpj.empty()) {
        participant = m_participants->find(kpj);
        if (!participant)
            fail(FKpj, kpj, Tr::tr("there is no participant with KPJ %1; import the participants first").arg(values::toQString(kpj)));
    }
    if (const std::string_view v = required(FPeriod); !v.empty()) {
        row.period = record.isNumeric(m_column[FPeriod]) ? -1 : quickPeriod(v);
        if (row.period < 0) {
            const auto p = values::parsePeriod(v, record.isNumeric(m_column[FPeriod]), &reason);
            p ? void(row.period = *p) : fail(FPeriod, v, reason);
        }
        if (participant && row.period > 0 && row.period < participant->regPeriod)
            fail(FPeriod, v, Tr::tr("the month is before the participant registered (%1)")
                                 .arg(YearMonth::fromKey(participant->regPeriod).toString()));
    }
    if (const std::string_view v = required(FAmount); !v.empty()) {
        row.amount = record.isNumeric(m_column[FAmount]) ? -1 : quickAmount(v);
        if (row.amount < 0) {
            const auto a = values::parseAmount(v, record.isNumeric(m_column[FAmount]), &reason);
            a ? void(row.amount = *a) : fail(FAmount, v, reason);
        }
        if (row.amount == 0)
            fail(FAmount, v, Tr::tr("a contribution of zero rupiah"));
    }
    if (const std::string_view v = values::trim(record.field(m_column[FPaid])); !v.empty()) {
        row.paidOn = record.isNumeric(m_column[FPaid]) ? -1 : quickDate(v);
        if (row.paidOn < 0) {
            const auto d = values::parseDate(v, record.isNumeric(m_column[FPaid]), &reason);
            d ? void(row.paidOn = dateKey(*d)) : fail(FPaid, v, reason);
        }
    }
    if (const std::string_view v = values::trim(record.field(m_column[FChannel])); !v.empty())
        row.channel = fileChannel(v);
    if (!ok)
        return;
    row.participantId = participant->id;
    if (participant->officeId != m_lastOffice) // files come a branch at a time: mostly the same office
        m_offices.insert(m_lastOffice = participant->officeId);
    m_rows.push_back(row);
}

void ContributionsProcessor::finishChecks(IssueSink &issues)
{
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.period != b.period ? a.period < b.period : a.participantId != b.participantId ? a.participantId < b.participantId : a.line < b.line;
    });
    for (size_t i = 1; i < m_rows.size(); ++i) {
        const Row &a = m_rows[i - 1], &b = m_rows[i];
        if (a.period != b.period || a.participantId != b.participantId)
            continue;
        const QString kpj = m_participants->kpjOf(b.participantId);
        issues.add(b.line, m_column[FKpj], kpj,
                   Tr::tr("KPJ %1 already has a contribution for %2 on line %3 of this file")
                       .arg(kpj, YearMonth::fromKey(b.period).toString()).arg(a.line));
    }
}

} // namespace perisai::imports
