#include "formparts.h"

#include "roster/conflict.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QWidget>

namespace perisai::roster {

QLabel *makeFieldError(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setFieldError(QLabel *label, QWidget *input, const QString &message)
{
    if (label) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    if (input) {
        input->setProperty("invalid", !message.isEmpty());
        input->style()->unpolish(input);
        input->style()->polish(input);
    }
}

Banner makeBanner(const QString &buttonText, const QString &objectName)
{
    Banner b;
    b.widget = new QWidget;
    b.widget->setObjectName(objectName);
    b.widget->setAttribute(Qt::WA_StyledBackground);
    auto *row = new QHBoxLayout(b.widget);
    row->setContentsMargins(10, 6, 6, 6);
    b.text = new QLabel;
    b.text->setWordWrap(true);
    row->addWidget(b.text, 1);
    if (!buttonText.isEmpty()) {
        b.button = new QPushButton(buttonText);
        row->addWidget(b.button);
    }
    b.widget->hide();
    return b;
}

void showSaveError(const Banner &conflict, QLabel *formError, const Error &error)
{
    if (isConflict(error)) {
        conflict.text->setText(QCoreApplication::translate("roster", "<b>Not saved.</b> %1").arg(error.message.toHtmlEscaped()));
        conflict.widget->show();
    } else {
        setFieldError(formError, nullptr, error.message);
    }
}

void fillOptions(QComboBox *combo, const QList<Option> &options, const QString &none)
{
    const qint64 current = selectedId(combo);
    combo->blockSignals(true);
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, qint64(0));
    for (const Option &o : options)
        combo->addItem(o.display(), o.id);
    combo->blockSignals(false);
    selectId(combo, current);
}

void selectId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

qint64 selectedId(const QComboBox *combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
}

} // namespace perisai::roster
