#pragma once
// The contributions processor: the fast path for the largest files (see contributions.cpp).

#include "processor.h"
#include "storage/bulkwriter.h"

#include <QSet>
#include <string>
#include <unordered_map>
#include <vector>

namespace perisai::imports {

class ContributionsProcessor final : public Processor {
public:
    explicit ContributionsProcessor(ImportContext &context);

    Status prepare() override;
    void add(const Record &record, IssueSink &issues) override;
    void finishChecks(IssueSink &issues) override;
    qint64 rows() const override { return qint64(m_rows.size()); }
    Result<Counts> write(qint64 batchId) override;
    std::optional<PeriodRange> affectedMonths() const override { return m_months; }
    std::optional<QList<qint64>> affectedOffices() const override { return m_offices.values(); }
    QStringList notes() const override;

    struct Row {
        qint64 participantId = 0;
        qint64 amount = 0;
        int period = 0;  // YYYYMM
        int line = 0;
        int paidOn = 0;  // yyyymmdd, 0 = not given
        int channel = -1; // index into m_channels, -1 = not given
    };
    // A stored row of the months the file covers.
    struct Stored {
        qint64 participantId = 0;
        qint64 amount = 0;
        qint64 batchId = 0; // 0 = NULL
        int period = 0;
        int paidOn = 0;
        int channel = -1;
    };

private:
    int channelId(std::string_view text, bool lowerCase);
    int fileChannel(std::string_view text);
    Status loadStored(int from, int to);
    Status insert(const std::vector<const Row *> &rows, qint64 batchId);
    Status update(const std::vector<std::pair<const Row *, const Stored *>> &rows, qint64 batchId);
    Status recordChanges(const std::vector<std::pair<const Row *, const Stored *>> &rows, qint64 batchId);
    void addDate(storage::BulkWriter &writer, int yyyymmdd);
    void addChannel(storage::BulkWriter &writer, int channel);

    ImportContext &m_ctx;
    int m_column[5];
    const ParticipantIndex *m_participants = nullptr;
    std::vector<Row> m_rows;
    std::vector<Stored> m_stored;
    std::vector<std::string> m_channels;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_channelIds;
    std::string m_lower;
    // Each channel word as the file writes it: how it was read and on how many rows, for the summary.
    struct Word {
        QString written;
        int channel = -1;
        qint64 rows = 0;
    };
    std::vector<Word> m_words;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_wordIds;
    std::optional<PeriodRange> m_months;
    QSet<qint64> m_offices; // of the kept rows' participants
    qint64 m_lastOffice = -1;
};

} // namespace perisai::imports
