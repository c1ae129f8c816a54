#include "personaldataedit.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace perisai::roster {

PersonalDataEdit::PersonalDataEdit(Mask mask, QWidget *parent)
    : QWidget(parent), m_mask(std::move(mask)), m_edit(new QLineEdit), m_show(new QToolButton)
{
    m_show->setObjectName(QStringLiteral("showPersonalData"));
    m_show->setIcon(ui::icon(QStringLiteral("reveal")));
    m_show->setText(tr("Show"));
    m_show->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_show->setToolTip(tr("Show this value to edit it; the audit log records that you looked at it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_show);
    setFocusProxy(m_edit);
    connect(m_show, &QToolButton::clicked, this, &PersonalDataEdit::revealRequested);
    m_show->hide();
}

void PersonalDataEdit::setValue(const QString &value, bool masked)
{
    m_value = value;
    m_masked = masked && !value.isEmpty();
    m_edit->setText(m_masked ? m_mask(value) : value);
    m_edit->setReadOnly(m_masked);
    m_show->setVisible(m_masked);
}

QString PersonalDataEdit::value() const
{
    return m_masked ? m_value : m_edit->text();
}

void PersonalDataEdit::reveal()
{
    if (!m_masked)
        return;
    m_masked = false;
    m_edit->setReadOnly(false);
    m_edit->setText(m_value);
    m_show->hide();
    m_edit->setFocus();
}

} // namespace perisai::roster
