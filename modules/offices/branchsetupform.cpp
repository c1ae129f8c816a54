#include "branchsetupform.h"

#include "offices/officerepository.h"
#include "roster/formparts.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::offices {
namespace {

enum KcpColumn { KcpName, KcpCode, KcpRegion };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().simplified() : QString();
}

} // namespace

BranchSetupForm::BranchSetupForm(storage::DatabasePtr db, QWidget *parent) : QWidget(parent), m_db(std::move(db))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("branchName"));
    m_name->setPlaceholderText(tr("e.g. Kantor Cabang Cilacap"));
    form->addRow(tr("Branch name"), m_name);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("branchCode"));
    m_code->setPlaceholderText(tr("e.g. KC-CILACAP"));
    form->addRow(tr("Office code"), m_code);
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("branchRegion"));
    m_region->setEditable(true);
    m_region->lineEdit()->setPlaceholderText(tr("e.g. Kabupaten Cilacap"));
    if (auto regions = OfficeRepository(*m_db).regions())
        m_region->addItems(*regions);
    m_region->setCurrentText(QString());
    form->addRow(tr("Region"), m_region);
    auto *regionHint = new QLabel(tr("The regency or city as the workforce figures (BPS) name it: coverage is counted "
                                     "against them."));
    regionHint->setObjectName(QStringLiteral("hint"));
    regionHint->setWordWrap(true);
    form->addRow(QString(), regionHint);
    m_head = new QLineEdit;
    m_head->setObjectName(QStringLiteral("branchHead"));
    m_head->setPlaceholderText(tr("optional"));
    form->addRow(tr("Head of branch"), m_head);
    layout->addLayout(form);

    auto *kcpTitle = new QLabel(tr("<b>Its KCP</b> (sub-branches; more can be added later on the Offices page)"));
    kcpTitle->setWordWrap(true);
    layout->addWidget(kcpTitle);
    m_kcp = new QTableWidget(0, 3);
    m_kcp->setObjectName(QStringLiteral("subBranches"));
    m_kcp->setHorizontalHeaderLabels({tr("KCP name"), tr("Code"), tr("Region (if its own)")});
    m_kcp->horizontalHeader()->setSectionResizeMode(KcpName, QHeaderView::Stretch);
    m_kcp->horizontalHeader()->resizeSection(KcpCode, 150);
    m_kcp->horizontalHeader()->setSectionResizeMode(KcpRegion, QHeaderView::ResizeToContents); // its title is the longest
    m_kcp->verticalHeader()->hide();
    m_kcp->setMinimumHeight(130);
    layout->addWidget(m_kcp, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add a KCP"));
    add->setObjectName(QStringLiteral("addKcp"));
    add->setAutoDefault(false); // in a dialog, Enter saves rather than adding a line
    connect(add, &QPushButton::clicked, this, [this]() { addSubBranchLine(); });
    auto *remove = new QPushButton(ui::icon(QStringLiteral("delete")), tr("Remove the line"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_kcp->currentRow() >= 0)
            m_kcp->removeRow(m_kcp->currentRow());
    });
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    m_error = roster::makeFieldError();
    layout->addWidget(m_error);

    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) { m_codeTyped = !text.isEmpty(); });
    connect(m_name, &QLineEdit::textChanged, this, &BranchSetupForm::suggestBranchCode);
    // A KCP's code follows its name until the user types one.
    connect(m_kcp, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != KcpName || !cell(m_kcp, item->row(), KcpCode).isEmpty())
            return;
        m_kcp->setItem(item->row(), KcpCode, new QTableWidgetItem(suggestCode(QStringLiteral("kcp"), item->text())));
    });
    addSubBranchLine();
    addSubBranchLine();
}

void BranchSetupForm::suggestBranchCode()
{
    if (!m_codeTyped)
        m_code->setText(suggestCode(QStringLiteral("kc"), m_name->text()));
}

void BranchSetupForm::addSubBranchLine(const BranchSetup::SubBranch &kcp)
{
    const int row = m_kcp->rowCount();
    m_kcp->insertRow(row);
    m_kcp->blockSignals(true);
    m_kcp->setItem(row, KcpName, new QTableWidgetItem(kcp.name));
    m_kcp->setItem(row, KcpCode, new QTableWidgetItem(kcp.code));
    m_kcp->setItem(row, KcpRegion, new QTableWidgetItem(kcp.region));
    m_kcp->blockSignals(false);
}

BranchSetup BranchSetupForm::setup() const
{
    BranchSetup s;
    s.code = m_code->text();
    s.name = m_name->text();
    s.region = m_region->currentText();
    s.headName = m_head->text();
    for (int r = 0; r < m_kcp->rowCount(); ++r) {
        BranchSetup::SubBranch k{cell(m_kcp, r, KcpCode), cell(m_kcp, r, KcpName), cell(m_kcp, r, KcpRegion)};
        if (!k.code.isEmpty() || !k.name.isEmpty() || !k.region.isEmpty())
            s.subBranches.append(k);
    }
    return s;
}

void BranchSetupForm::setSetup(const BranchSetup &s)
{
    m_name->setText(s.name);
    m_code->setText(s.code);
    m_codeTyped = !s.code.isEmpty();
    m_region->setCurrentText(s.region);
    m_head->setText(s.headName);
    m_kcp->setRowCount(0);
    for (const BranchSetup::SubBranch &k : s.subBranches)
        addSubBranchLine(k);
}

bool BranchSetupForm::save()
{
    auto branch = OfficeService(*m_db).setUpBranch(setup());
    roster::setFieldError(m_error, nullptr, branch ? QString() : branch.error().message);
    return branch.ok();
}

QString BranchSetupForm::message() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace perisai::offices
