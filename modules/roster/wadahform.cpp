#include "wadahform.h"

#include "roster/formparts.h"
#include "roster/wadahrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::roster {

WadahForm::WadahForm(CommandContext context, QUndoStack *undoStack, const Lookups &lookups, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_undo(undoStack)
{
    setWindowTitle(tr("New wadah"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    Banner conflict = makeBanner(tr("Load their version"));
    m_conflict = conflict.widget;
    m_conflictText = conflict.text;
    connect(conflict.button, &QPushButton::clicked, this, &WadahForm::reloadLatest);
    layout->addWidget(m_conflict);

    auto *form = new QFormLayout;
    auto line = [form](const QString &label, const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        form->addRow(label, edit);
        return edit;
    };
    m_code = line(tr("Code"), "code");
    m_name = line(tr("Name"), "name");
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : wadahKinds())
        m_kind->addItem(wadahKindLabel(k), k);
    form->addRow(tr("Kind"), m_kind);
    m_office = new QComboBox;
    m_office->setObjectName(QStringLiteral("office"));
    fillOptions(m_office, lookups.offices, tr("– choose –"));
    form->addRow(tr("Supervising KCP"), m_office);
    m_supervisor = line(tr("Pembina Perisai"), "supervisor");
    m_bank = new QComboBox;
    m_bank->setObjectName(QStringLiteral("partnerBank"));
    m_bank->setEditable(true);
    m_bank->addItem(QString());
    m_bank->addItems(lookups.banks);
    form->addRow(tr("Partner bank"), m_bank);
    m_leader = line(tr("Leader"), "leader");
    m_phone = line(tr("Phone"), "phone");
    m_legal = line(tr("Legal status"), "legalStatus");
    m_village = line(tr("Village"), "village");
    m_address = line(tr("Address"), "address");
    m_active = new QCheckBox(tr("Active"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    m_notes = line(tr("Notes"), "notes");
    layout->addLayout(form);
    m_error = makeFieldError();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // The default button is drawn bold: leave room for it.
    buttons->button(QDialogButtonBox::Save)->setMinimumWidth(buttons->button(QDialogButtonBox::Save)->sizeHint().width() + 24);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void WadahForm::setWadah(const Wadah &w)
{
    m_original = w;
    setWindowTitle(w.id ? tr("Wadah %1").arg(w.code) : tr("New wadah"));
    m_code->setText(w.code);
    m_name->setText(w.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(w.kind)));
    selectId(m_office, w.officeId);
    m_supervisor->setText(w.supervisor);
    m_bank->setCurrentText(w.partnerBank);
    m_leader->setText(w.leaderName);
    m_phone->setText(w.phone);
    m_legal->setText(w.legalStatus);
    m_village->setText(w.village);
    m_address->setText(w.address);
    m_active->setChecked(w.active);
    m_notes->setText(w.notes);
    m_conflict->hide();
    setFieldError(m_error, nullptr, QString());
}

Wadah WadahForm::wadahFromFields() const
{
    Wadah w = m_original;
    w.code = m_code->text();
    w.name = m_name->text();
    w.kind = m_kind->currentData().toString();
    w.officeId = selectedId(m_office);
    w.supervisor = m_supervisor->text();
    w.partnerBank = m_bank->currentText();
    w.leaderName = m_leader->text();
    w.phone = m_phone->text();
    w.legalStatus = m_legal->text();
    w.village = m_village->text();
    w.address = m_address->text();
    w.active = m_active->isChecked();
    w.notes = m_notes->text();
    return w;
}

bool WadahForm::save()
{
    const Wadah data = wadahFromFields();
    RosterService service = m_context.service();
    auto result = data.id == 0 ? service.addWadah(data) : service.updateWadah(data, m_original.version);
    if (auto *failure = std::get_if<SaveFailure>(&result)) {
        showSaveError({m_conflict, m_conflictText, nullptr}, m_error, failure->error);
        return false;
    }
    const Wadah saved = std::get<Wadah>(result);
    if (m_undo) {
        if (data.id == 0)
            m_undo->push(new AddWadahCommand(m_context, saved));
        else
            m_undo->push(new EditWadahCommand(m_context, m_original, saved));
    }
    m_context.changed({QStringLiteral("wadah")});
    accept();
    return true;
}

void WadahForm::reloadLatest()
{
    if (auto latest = WadahRepository(*m_context.db).load(m_original.id))
        setWadah(*latest);
}

QString WadahForm::message() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool WadahForm::conflictShown() const
{
    return !m_conflict->isHidden();
}

} // namespace perisai::roster
