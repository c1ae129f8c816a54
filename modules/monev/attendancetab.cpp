#include "attendancetab.h"

#include "core/format.h"
#include "figures/followup.h"
#include "monevcommands.h"
#include "monevservice.h"
#include "ui/appcontext.h"
#include "ui/personaldata.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::monev {

void AttendanceModel::setAttendees(std::vector<Attendee> attendees, bool revealPhones)
{
    beginResetModel();
    m_rows = std::move(attendees);
    m_reveal = revealPhones;
    endResetModel();
}

const Attendee *AttendanceModel::attendee(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[row] : nullptr;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Attendee &a = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case No: return index.row() + 1;
        case Code: return a.code;
        case Name: return a.name;
        case Wadah: return a.wadahName;
        case Phone: return ui::showPhone(a.phone, m_reveal);
        case Mark: return attendanceLabel(a.attendance);
        case Note: return a.note;
        }
    }
    if (index.column() == Mark) {
        if (role == Qt::ForegroundRole) {
            if (a.attendance == attendance::present)
                return ui::colors::accent;
            if (a.attendance == attendance::absent)
                return ui::colors::danger;
            if (a.attendance == attendance::excused)
                return ui::colors::warning;
            return ui::colors::muted;
        }
        if (role == Qt::UserRole)
            return a.attendance;
    }
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case No: return tr("No");
    case Code: return tr("Code");
    case Name: return tr("Agent");
    case Wadah: return tr("Wadah");
    case Phone: return tr("Phone");
    case Mark: return tr("Attendance");
    case Note: return tr("Note");
    }
    return {};
}

AttendanceTab::AttendanceTab(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AttendanceModel(this)), m_view(new QTableView),
      m_find(new QLineEdit), m_counts(new QLabel), m_restPresent(new QPushButton(tr("Mark the rest present")))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_find->setPlaceholderText(tr("Find an agent by name or code, Enter to jump"));
    m_find->setClearButtonEnabled(true);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_restPresent);
    layout->addLayout(bar);
    auto *hint = new QLabel(tr("Keys: H or 1 present · I or 2 excused · T or 3 absent · Backspace clears. "
                               "The cursor moves on to the next agent."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_view->setObjectName(QStringLiteral("attendanceView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_counts->setObjectName(QStringLiteral("attendanceCounts"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    connect(m_restPresent, &QPushButton::clicked, this, &AttendanceTab::markRestPresent);
    connect(m_find, &QLineEdit::returnPressed, this, &AttendanceTab::findAgent);
    connect(&m_context, &ui::AppContext::revealPersonalDataChanged, this, [this](bool reveal) {
        m_model->setAttendees(m_model->attendees(), reveal);
    });
}

void AttendanceTab::setSession(const SessionDetail &detail)
{
    const int row = m_view->currentIndex().row();
    m_sessionId = detail.session.id;
    m_editable = detail.session.status == status::planned || detail.session.status == status::held;
    m_model->setAttendees(detail.attendees, m_context.revealPersonalData());
    m_view->resizeColumnsToContents();
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, AttendanceModel::Mark));
    m_restPresent->setEnabled(m_editable);
    updateCounts();
}

bool AttendanceTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QString value;
    switch (key->key()) {
    case Qt::Key_H: case Qt::Key_P: case Qt::Key_1: value = attendance::present; break;
    case Qt::Key_I: case Qt::Key_E: case Qt::Key_2: value = attendance::excused; break;
    case Qt::Key_T: case Qt::Key_A: case Qt::Key_3: value = attendance::absent; break;
    case Qt::Key_Backspace: case Qt::Key_Delete: case Qt::Key_0: value = attendance::invited; break;
    default: return QWidget::eventFilter(watched, event);
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QWidget::eventFilter(watched, event);
    const int row = m_view->currentIndex().row();
    mark(row, value);
    if (row + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row + 1, AttendanceModel::Mark));
    return true;
}

void AttendanceTab::mark(int row, const QString &value)
{
    const Attendee *a = m_model->attendee(row);
    if (!a || !m_editable || a->attendance == value)
        return;
    m_context.undoStack()->push(new AttendanceCommand(m_context, m_sessionId, {{a->agentId, a->attendance, value}}));
}

void AttendanceTab::markRestPresent()
{
    QList<AttendanceChange> changes;
    for (const Attendee &a : m_model->attendees())
        if (a.attendance == attendance::invited)
            changes.append({a.agentId, a.attendance, attendance::present});
    if (!changes.isEmpty())
        m_context.undoStack()->push(new AttendanceCommand(m_context, m_sessionId, changes));
}

void AttendanceTab::findAgent()
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    const int start = m_view->currentIndex().row() + 1;
    const int n = m_model->rowCount();
    for (int i = 0; i < n; ++i) {
        const int row = (start + i) % n;
        const Attendee *a = m_model->attendee(row);
        if (a->name.contains(text, Qt::CaseInsensitive) || a->code.contains(text, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(m_model->index(row, AttendanceModel::Mark));
            m_view->setFocus();
            return;
        }
    }
    m_context.showStatus(tr("No invited agent matches \"%1\"").arg(text));
}

void AttendanceTab::updateCounts()
{
    figures::AttendanceCounts c;
    for (const Attendee &a : m_model->attendees())
        c.add(a.attendance);
    m_counts->setText(tr("Invited %1 · present %2 · excused %3 · absent %4 · not marked %5 — attendance rate %6")
                          .arg(c.invited).arg(c.present).arg(c.excused).arg(c.absent).arg(c.unmarked)
                          .arg(fmt::percent(c.rate())));
}

} // namespace perisai::monev
