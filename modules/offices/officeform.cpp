#include "officeform.h"

#include "offices/officerepository.h"
#include "roster/formparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::offices {

OfficeForm::OfficeForm(CommandContext context, QUndoStack *undoStack, OfficesData data, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_undo(undoStack), m_data(std::move(data))
{
    setWindowTitle(tr("New office"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    roster::Banner conflict = roster::makeBanner(tr("Load their version"));
    m_conflict = conflict.widget;
    m_conflictText = conflict.text;
    connect(conflict.button, &QPushButton::clicked, this, &OfficeForm::reloadLatest);
    layout->addWidget(m_conflict);

    auto *form = new QFormLayout;
    auto line = [form](const QString &label, const char *name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : officeKinds())
        m_kind->addItem(officeKindLabel(k), k);
    form->addRow(tr("Kind"), m_kind);
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("parent"));
    form->addRow(tr("Under"), m_parent);
    m_code = line(tr("Code"), "code", tr("e.g. KCP-MAJENANG"));
    m_name = line(tr("Name"), "name", tr("e.g. KCP Majenang"));
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(m_data.regions);
    form->addRow(tr("Region"), m_region);
    m_regionHint = new QLabel;
    m_regionHint->setObjectName(QStringLiteral("hint"));
    m_regionHint->setWordWrap(true);
    form->addRow(QString(), m_regionHint);
    m_head = line(tr("Head of office"), "head");
    m_address = line(tr("Address"), "address");
    layout->addLayout(form);
    m_error = roster::makeFieldError();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setMinimumWidth(buttons->button(QDialogButtonBox::Save)->sizeHint().width() + 24);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OfficeForm::fillParents);
    connect(m_region, &QComboBox::currentTextChanged, this, &OfficeForm::updateRegionHint);
}

// The offices an office of the chosen kind may stand under: open ones of the kind above (and the one it
// already stands under), with "none" first when the kind may stand at the top.
void OfficeForm::fillParents()
{
    const QString kind = m_kind->currentData().toString();
    const qint64 current = m_parent->currentIndex() >= 0 ? m_parent->currentData().toLongLong() : m_original.parentId;
    m_parent->clear();
    if (mayBeTop(kind))
        m_parent->addItem(tr("– none: the top of the tree –"), qint64(0));
    const QString above = parentKindOf(kind);
    for (const OfficeRow &r : std::as_const(m_data.rows)) {
        const Office &o = r.office;
        if (o.kind != above || o.id == m_original.id || (!o.isOpen() && o.id != m_original.parentId))
            continue;
        m_parent->addItem(o.code + QStringLiteral(" · ") + o.name, o.id);
    }
    if (m_parent->count() == 0)
        m_parent->addItem(tr("– add its %1 first –").arg(officeKindShort(above)), qint64(0));
    // Else the first entry: "none" where allowed, or the first office of the right kind (the only KC, often).
    const int i = m_parent->findData(current);
    m_parent->setCurrentIndex(std::max(0, i));
}

void OfficeForm::updateRegionHint()
{
    const QString region = m_region->currentText().simplified();
    if (region.isEmpty())
        m_regionHint->setText(tr("The region names the workforce figures that coverage is counted against. "
                                 "Leave it empty for an office whose coverage comes from the offices below it."));
    else if (m_data.workforceRegions.contains(region))
        m_regionHint->setText(tr("Workforce figures are recorded for %1.").arg(region));
    else if (m_data.workforceRegions.isEmpty())
        m_regionHint->setText(tr("No workforce figures yet. Import them (Import → workforce) with the region written "
                                 "exactly as here: %1.").arg(region));
    else
        m_regionHint->setText(tr("No workforce figures for %1. Choose one of the regions in the list, or import "
                                 "figures for this name (Import → workforce).").arg(region));
}

void OfficeForm::setOffice(const Office &o)
{
    m_original = o;
    setWindowTitle(o.id ? tr("Office %1").arg(o.code) : tr("New office"));
    m_kind->blockSignals(true);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.kind)));
    m_kind->blockSignals(false);
    m_parent->clear();
    fillParents();
    if (const int i = m_parent->findData(o.parentId); i >= 0)
        m_parent->setCurrentIndex(i);
    m_code->setText(o.code);
    m_name->setText(o.name);
    m_region->setCurrentText(o.region);
    m_head->setText(o.headName);
    m_address->setText(o.address);
    m_conflict->hide();
    roster::setFieldError(m_error, nullptr, QString());
    updateRegionHint();
}

Office OfficeForm::officeFromFields() const
{
    Office o = m_original;
    o.code = m_code->text();
    o.name = m_name->text();
    o.kind = m_kind->currentData().toString();
    o.parentId = m_parent->currentData().toLongLong();
    o.region = m_region->currentText();
    o.headName = m_head->text();
    o.address = m_address->text();
    return o;
}

bool OfficeForm::save()
{
    const Office data = officeFromFields();
    OfficeService service = officeService(m_context);
    auto result = data.id == 0 ? service.add(data) : service.update(data, m_original.version);
    if (!result) {
        roster::showSaveError({m_conflict, m_conflictText, nullptr}, m_error, result.error());
        return false;
    }
    m_saved = *result;
    if (m_undo) {
        if (data.id == 0)
            m_undo->push(new AddOfficeCommand(m_context, m_saved));
        else
            m_undo->push(new EditOfficeCommand(m_context, m_original, m_saved));
    }
    m_context.changed({QStringLiteral("offices")});
    accept();
    return true;
}

void OfficeForm::reloadLatest()
{
    if (auto latest = OfficeRepository(*m_context.db).load(m_original.id))
        setOffice(*latest);
}

QString OfficeForm::message() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString OfficeForm::regionHint() const
{
    return m_regionHint->text();
}

bool OfficeForm::conflictShown() const
{
    return !m_conflict->isHidden();
}

} // namespace perisai::offices
