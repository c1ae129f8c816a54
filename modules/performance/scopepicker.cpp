#include "scopepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace perisai::performance {

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent), m_office(new QComboBox), m_wadah(new QComboBox), m_agent(new QComboBox)
{
    m_office->setToolTip(tr("Office (with the offices below it)"));
    m_wadah->setToolTip(tr("Wadah"));
    m_agent->setToolTip(tr("Agent"));
    for (QComboBox *box : {m_office, m_wadah, m_agent}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    m_office->setMinimumContentsLength(24); // "Kantor Cabang Perintis ..." names are long
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_office);
    layout->addWidget(m_wadah);
    layout->addWidget(m_agent);
    connect(m_office, &QComboBox::activated, this, [this] {
        officeChosen();
        emit scopeChanged(scope());
    });
    connect(m_wadah, &QComboBox::activated, this, [this] {
        wadahChosen();
        emit scopeChanged(scope());
    });
    connect(m_agent, &QComboBox::activated, this, [this] { emit scopeChanged(scope()); });
}

void ScopePicker::setLists(const figures::ScopeLists &lists)
{
    const figures::KpiScope current = scope();
    m_lists = lists;
    {
        const QSignalBlocker block(m_office);
        m_office->clear();
        for (const auto &[office, depth] : figures::officeTree(lists.offices))
            m_office->addItem(QString(depth * 3, QLatin1Char(' ')) + office.name, office.code);
    }
    figures::KpiScope wanted = current;
    if (wanted.officeCode.isEmpty())
        wanted.officeCode = lists.defaultOffice;
    setScope(wanted);
}

void ScopePicker::setScope(const figures::KpiScope &scope)
{
    if (const int i = m_office->findData(scope.officeCode); i >= 0)
        m_office->setCurrentIndex(i);
    officeChosen();
    if (const int i = m_wadah->findData(scope.wadahCode); i > 0)
        m_wadah->setCurrentIndex(i);
    wadahChosen();
    if (const int i = m_agent->findData(scope.agentCode); i > 0)
        m_agent->setCurrentIndex(i);
}

figures::KpiScope ScopePicker::scope() const
{
    return {m_office->currentData().toString(), m_wadah->currentData().toString(), m_agent->currentData().toString()};
}

QString ScopePicker::description() const
{
    QString text = m_office->currentText().trimmed();
    if (m_wadah->currentIndex() > 0)
        text += QStringLiteral(" · ") + m_wadah->currentText();
    if (m_agent->currentIndex() > 0)
        text += QStringLiteral(" · ") + m_agent->currentText();
    return text;
}

void ScopePicker::officeChosen()
{
    fillWadah();
    fillAgents();
}

void ScopePicker::wadahChosen()
{
    fillAgents();
}

void ScopePicker::fillWadah()
{
    const QSignalBlocker block(m_wadah);
    m_wadah->clear();
    m_wadah->addItem(tr("All wadah"), QString());
    qint64 officeId = 0;
    for (const auto &o : m_lists.offices) {
        if (o.code == m_office->currentData().toString())
            officeId = o.id;
    }
    const QList<qint64> offices = figures::subtreeIds(m_lists.offices, officeId);
    for (const auto &w : m_lists.wadah) {
        if (offices.contains(w.officeId))
            m_wadah->addItem(w.name, w.code);
    }
}

void ScopePicker::fillAgents()
{
    const QSignalBlocker block(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    qint64 officeId = 0;
    for (const auto &o : m_lists.offices) {
        if (o.code == m_office->currentData().toString())
            officeId = o.id;
    }
    const QList<qint64> offices = figures::subtreeIds(m_lists.offices, officeId);
    qint64 wadahId = 0;
    for (const auto &w : m_lists.wadah) {
        if (w.code == m_wadah->currentData().toString() && m_wadah->currentIndex() > 0)
            wadahId = w.id;
    }
    for (const auto &a : m_lists.agents) {
        if (wadahId ? a.wadahId == wadahId : offices.contains(a.officeId))
            m_agent->addItem(a.name + QStringLiteral(" (") + a.code + QLatin1Char(')'), a.code);
    }
}

} // namespace perisai::performance
