#pragma once
// The participants browser's model: rows arrive a page at a time from keyset queries on the roster's query
// thread, filters and sorting are SQL, and only the newest request's answer is shown (typing fast never
// queues up stale pages). The view asks for more with canFetchMore()/fetchMore() as it scrolls.

#include "roster/participantindex.h"
#include "roster/participantrepository.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <atomic>
#include <memory>

namespace perisai::roster {

class QueryThread;

class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kpj, Name, Nik, Phone, Occupation, Program, Registered, Agent, Office, Activity, ColumnCount };
    static constexpr int kPageSize = 200;

    ParticipantModel(QueryThread *queries, QObject *parent = nullptr);

    // Each of these starts again from the first page.
    void setFilter(const ParticipantFilter &filter);
    void setActivePeriod(int yyyymm);
    void reload();
    // With an index (for the current active period) a name search is answered from memory; null: SQL only.
    void setSearchIndex(std::shared_ptr<const ParticipantIndex> index);
    bool hasSearchIndex() const { return m_index != nullptr; }

    const ParticipantFilter &filter() const { return m_filter; }
    ParticipantSort sortKey() const { return m_sort; }
    bool descending() const { return m_descending; }
    int activePeriod() const { return m_activePeriod; }
    void setRevealPersonalData(bool reveal);
    bool isLoading() const { return m_loading; }
    const ParticipantRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Name, KPJ and registration date sort in SQL (they have indexes); other columns keep the current order.
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

signals:
    // After each page: how many rows it brought and how long the request took (ms, from the call).
    void pageLoaded(int rows, double elapsedMs);
    // The number of rows matching the filter, counted after the first page is shown.
    void countKnown(qint64 count);
    void loadFailed(const QString &message);

private:
    void requestPage(bool fresh);
    void requestCount();

    QueryThread *m_queries;
    QueryThread *m_counts; // its own thread, so that counting never delays the next keystroke's page
    ParticipantFilter m_filter;
    ParticipantSort m_sort = ParticipantSort::Name;
    bool m_descending = false;
    int m_activePeriod = 0;
    bool m_reveal = false;
    std::shared_ptr<const ParticipantIndex> m_index;
    // When the index answered: every matching id in order; pages are slices of it read by primary key.
    std::shared_ptr<const std::vector<qint64>> m_matches;
    std::vector<ParticipantRow> m_rows;
    bool m_exhausted = false;
    bool m_loading = false;
    // Requests carry the generation they were made for; answers to older generations are dropped.
    std::shared_ptr<std::atomic<int>> m_generation;
    QElapsedTimer m_clock;
};

} // namespace perisai::roster
