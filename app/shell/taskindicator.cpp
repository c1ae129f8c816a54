#include "shell/taskindicator.h"

#include "ui/backgroundtask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace perisai::shell {

TaskIndicator::TaskIndicator(ui::BackgroundTask *task, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(task->title())), m_bar(new QProgressBar), m_cancel(new QPushButton(tr("Cancel")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setFixedWidth(160);
    m_bar->setRange(0, 0); // busy until the task reports a total
    m_bar->setTextVisible(false);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, task, [this, task]() {
        task->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
    });
    connect(task, &ui::BackgroundTask::progressChanged, this, [this, title = task->title()](qint64 done, qint64 total, const QString &text) {
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(static_cast<int>(done * 1000 / total));
        }
        if (m_cancel->isEnabled())
            m_label->setText(text.isEmpty() ? title : title + QStringLiteral(": ") + text);
    });
    connect(task, &ui::BackgroundTask::finished, this, &QObject::deleteLater);
    connect(task, &QObject::destroyed, this, &QObject::deleteLater);
}

} // namespace perisai::shell
