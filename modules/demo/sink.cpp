#include "demo/sink.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <cstdio>

namespace perisai::demo {

void formatDate(qint64 julianDay, char out[10])
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    out[0] = static_cast<char>('0' + y / 1000 % 10);
    out[1] = static_cast<char>('0' + y / 100 % 10);
    out[2] = static_cast<char>('0' + y / 10 % 10);
    out[3] = static_cast<char>('0' + y % 10);
    out[4] = '-';
    out[5] = static_cast<char>('0' + m / 10);
    out[6] = static_cast<char>('0' + m % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + d / 10);
    out[9] = static_cast<char>('0' + d % 10);
}

Sink::Sink(const storage::Database &db, std::function<bool(qint64, qint64)> progress)
    : m_db(db), m_conn(db.connection()), m_progress(std::move(progress))
{
}

bool Sink::postgres() const
{
    return m_db.backend() == storage::Backend::PostgreSQL;
}

bool Sink::advance(qint64 rows)
{
    m_done += rows;
    if (m_cancelled)
        return false;
    // Reporting every row would cost more than the row; a few thousand reports per run are plenty.
    const qint64 step = std::max<qint64>(1, m_total / 2000);
    if (m_progress && m_done / step != m_reported) {
        m_reported = m_done / step;
        if (!m_progress(std::min(m_done, m_total), m_total))
            m_cancelled = true;
    }
    return !m_cancelled;
}

Status Sink::cancelledError() const
{
    return makeError(QCoreApplication::translate("Demo", "demo data cancelled; nothing was written"));
}

void Sink::finish()
{
    if (m_progress && !m_cancelled)
        m_progress(m_total, m_total);
}

Table::Table(Sink &sink, const char *table, std::initializer_list<const char *> columns) : m_sink(sink)
{
    QStringList names;
    for (const char *c : columns)
        names << QString::fromLatin1(c);
    auto writer = storage::BulkWriter::create(sink.db(), sink.connection(), QString::fromLatin1(table), names);
    if (writer)
        m_writer = std::move(*writer);
    else
        m_status = writer.error();
}

Table &Table::num(qint64 v)
{
    if (m_writer)
        m_writer->addInt(v);
    return *this;
}

Table &Table::text(std::string_view v)
{
    if (m_writer)
        m_writer->addText(v);
    return *this;
}

Table &Table::text(const QString &v)
{
    if (m_writer)
        m_writer->addText(v);
    return *this;
}

Table &Table::optText(std::string_view v)
{
    return v.empty() ? null() : text(v);
}

Table &Table::optNum(qint64 v, bool present)
{
    return present ? num(v) : null();
}

Table &Table::date(qint64 julianDay)
{
    char buffer[10];
    formatDate(julianDay, buffer);
    return text(std::string_view(buffer, 10));
}

Table &Table::optDate(qint64 julianDay)
{
    return julianDay ? date(julianDay) : null();
}

Table &Table::stamp(qint64 julianDay, int hour, int minute)
{
    // Branch offices in Java and NTB keep WIB/WITA hours; stored in UTC like every timestamp.
    char buffer[32];
    formatDate(hour >= 7 ? julianDay : julianDay - 1, buffer);
    std::snprintf(buffer + 10, sizeof buffer - 10, "T%02d:%02d:00.000Z", (hour + 17) % 24, minute);
    return text(std::string_view(buffer, 24));
}

Table &Table::null()
{
    if (m_writer)
        m_writer->addNull();
    return *this;
}

bool Table::end()
{
    if (!m_writer || !m_status.ok())
        return false;
    if (auto st = m_writer->endRow(); !st) {
        m_status = st;
        return false;
    }
    ++m_rows;
    if (!m_sink.advance()) {
        m_status = m_sink.cancelledError();
        return false;
    }
    return true;
}

Status Table::finish()
{
    if (!m_writer)
        return m_status;
    if (m_status.ok())
        m_status = m_writer->finish();
    m_writer.reset();
    return m_status;
}

} // namespace perisai::demo
