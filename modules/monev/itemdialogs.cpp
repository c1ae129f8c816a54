#include "itemdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace perisai::monev {

namespace {

QDialogButtonBox *buttons(QDialog *dialog, const std::function<bool()> &valid)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, [dialog, valid]() {
        if (valid())
            dialog->accept();
    });
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

void selectData(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ObstacleDialog::ObstacleDialog(const Obstacle &obstacle, const std::vector<Category> &categories,
                               const std::vector<Attendee> &agents, QWidget *parent)
    : QDialog(parent), m_obstacle(obstacle), m_category(new QComboBox), m_agent(new QComboBox),
      m_description(new QPlainTextEdit(obstacle.description)), m_solution(new QPlainTextEdit(obstacle.solution))
{
    setWindowTitle(obstacle.id ? tr("Edit obstacle") : tr("New obstacle"));
    for (const Category &c : categories)
        m_category->addItem(c.name(), c.id);
    selectData(m_category, obstacle.categoryId);
    m_agent->addItem(tr("(general, not one agent)"), qint64(0));
    for (const Attendee &a : agents)
        m_agent->addItem(QStringLiteral("%1 · %2").arg(a.name, a.code), a.agentId);
    selectData(m_agent, obstacle.agentId);
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_description->setPlaceholderText(tr("What the agent meets in the field"));
    m_solution->setPlaceholderText(tr("The solution discussed at the session"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Raised by"), m_agent);
    form->addRow(tr("Obstacle"), m_description);
    form->addRow(tr("Solution"), m_solution);
    form->addRow(buttons(this, [this]() {
        m_description->setProperty("invalid", m_description->toPlainText().trimmed().isEmpty());
        return !m_description->toPlainText().trimmed().isEmpty();
    }));
    resize(520, 380);
}

Obstacle ObstacleDialog::obstacle() const
{
    Obstacle o = m_obstacle;
    o.categoryId = m_category->currentData().toLongLong();
    o.agentId = m_agent->currentData().toLongLong();
    o.description = m_description->toPlainText().trimmed();
    o.solution = m_solution->toPlainText().trimmed();
    return o;
}

ActionDialog::ActionDialog(const Action &action, const std::vector<Obstacle> &obstacles, QWidget *parent)
    : QDialog(parent), m_action(action), m_obstacle(new QComboBox), m_description(new QPlainTextEdit(action.description)),
      m_owner(new QLineEdit(action.owner)), m_hasDue(new QCheckBox(tr("Due by"))), m_due(new QDateEdit)
{
    setWindowTitle(action.id ? tr("Edit action item") : tr("New action item"));
    m_obstacle->addItem(tr("(not tied to one obstacle)"), qint64(0));
    for (const Obstacle &o : obstacles)
        m_obstacle->addItem(o.description.left(70), o.id);
    selectData(m_obstacle, action.obstacleId);
    m_description->setPlaceholderText(tr("What will be done"));
    m_owner->setPlaceholderText(tr("Who does it: a name, the wadah, the branch"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_hasDue->setChecked(action.id == 0 || action.dueOn.isValid());
    m_due->setDate(action.dueOn.isValid() ? action.dueOn : QDate::currentDate().addDays(30));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Obstacle"), m_obstacle);
    form->addRow(tr("Action"), m_description);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Due date"), due);
    form->addRow(buttons(this, [this]() { return !m_description->toPlainText().trimmed().isEmpty(); }));
    resize(520, 320);
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.obstacleId = m_obstacle->currentData().toLongLong();
    a.description = m_description->toPlainText().trimmed();
    a.owner = m_owner->text().trimmed();
    a.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    return a;
}

} // namespace perisai::monev
