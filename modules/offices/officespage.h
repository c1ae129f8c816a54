#pragma once
// The offices page: the tree Kanwil → KC → KCP that wadah, agents, participants and Monev sessions belong to.
// Add, edit, close and reopen an office (each on the shared undo stack); an empty database says how to begin.

#include "offices/officecommands.h"
#include "offices/officesdata.h"

#include <QWidget>

class QAction;
class QLabel;
class QTimer;
class QTreeView;

namespace perisai::ui {
class AppContext;
class PageHeader;
}

namespace perisai::roster {
class QueryThread;
}

namespace perisai::offices {

class OfficeTreeModel;

class OfficesPage : public QWidget {
    Q_OBJECT

public:
    explicit OfficesPage(ui::AppContext &context, QWidget *parent = nullptr);
    ~OfficesPage() override;

    QList<QAction *> actions() const { return m_actions; }
    // {"office": code} selects the office.
    void open(const QVariantMap &args);
    void reload();

    const OfficesData &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    const CommandContext &commandContext() const { return m_commands; }
    OfficeTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    qint64 currentOfficeId() const;
    bool selectOffice(const QString &code);
    QString noticeText() const;

    void addOffice();
    void addBelow(qint64 parentId);
    void editOffice(qint64 id);
    // Closes an open office, reopens a closed one.
    void toggleClosed(qint64 id);

signals:
    void loaded();

private:
    void setupActions();
    void applyData(OfficesData data);
    void updateActions();
    void showNotice(const QString &text, bool bad);
    void openForm(const Office &office);

    ui::AppContext &m_context;
    roster::QueryThread *m_queries;
    CommandContext m_commands;
    OfficesData m_data;
    bool m_loaded = false;
    QString m_pendingCode;

    ui::PageHeader *m_header;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QWidget *m_empty;
    OfficeTreeModel *m_model;
    QTreeView *m_tree;
    QTimer *m_reloadTimer;
    QList<QAction *> m_actions;
    QAction *m_addBelow = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_close = nullptr;
};

} // namespace perisai::offices
