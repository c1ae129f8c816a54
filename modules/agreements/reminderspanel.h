#pragma once
// The reminders: agreements ending within 30, 60 and 90 days and those already ended without renewal,
// and the wadah below their minimum target for 3 months in a row (for review of their PKS).

#include "agreements/agreementservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace perisai::agreements {

class RemindersPanel : public QWidget {
    Q_OBJECT

public:
    explicit RemindersPanel(QWidget *parent = nullptr);

    void setReminders(const Reminders &reminders);
    // The number of items under a bucket: 30, 60, 90, -1 (expired) or 0 (below target).
    int itemCount(int bucket) const;

signals:
    void agreementActivated(qint64 agreementId);
    void renewRequested(qint64 agreementId);
    void terminateRequested(qint64 agreementId, const QString &suggestedReason);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitWhenColumn();
    QTreeWidgetItem *section(const QString &title, int bucket, const QColor &color, int count);
    void selectionChanged();

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_terminate = nullptr;
    QHash<int, QTreeWidgetItem *> m_sections;
};

} // namespace perisai::agreements
