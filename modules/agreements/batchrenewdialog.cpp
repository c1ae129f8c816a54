#include "batchrenewdialog.h" // relative: lupdate resolves it without include paths

#include "agreements/statusdelegate.h"
#include "core/format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::agreements {
namespace {

enum Column { WadahCol, CurrentCol, EndsCol, StatusCol, NumberCol, TermCol, CheckCol, ColumnCount };

} // namespace

BatchRenewDialog::BatchRenewDialog(std::vector<BatchCandidate> candidates, Check check, const QDate &today, QWidget *parent)
    : QDialog(parent), m_candidates(std::move(candidates)), m_check(std::move(check)), m_today(today)
{
    setObjectName(QStringLiteral("batchRenewDialog"));
    setWindowTitle(tr("Renew several PKS at once"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the wadah whose PKS are renewed at the same signing. Each new PKS starts the day after "
                                "the current one ends; all are saved together, or none if one cannot be."));
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));
    layout->addWidget(intro);

    auto *common = new QFormLayout;
    common->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_signedOn = new QDateEdit(today);
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    common->addRow(tr("Signed on (ceremony)"), m_signedOn);
    m_signatory = new QLineEdit;
    m_signatory->setObjectName(QStringLiteral("signatoryBranch"));
    m_signatory->setPlaceholderText(tr("leave empty to keep each PKS's signatory"));
    m_signatory->setMinimumWidth(360);
    common->addRow(tr("Signed for the branch by"), m_signatory);
    m_months = new QSpinBox;
    m_months->setObjectName(QStringLiteral("months"));
    m_months->setRange(1, 12);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    common->addRow(tr("New term"), m_months);
    layout->addLayout(common);

    auto *selectRow = new QHBoxLayout;
    auto *due = new QPushButton(tr("Tick those ending within 90 days or expired"));
    auto *none = new QPushButton(tr("Untick all"));
    due->setAutoDefault(false);
    none->setAutoDefault(false);
    selectRow->addWidget(due);
    selectRow->addWidget(none);
    selectRow->addStretch();
    layout->addLayout(selectRow);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setHorizontalHeaderLabels({tr("Wadah"), tr("Current PKS"), tr("Ends"), tr("Status"), tr("New PKS number"),
                                        tr("New term"), tr("Check")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(CheckCol, QHeaderView::Stretch);
    m_table->setWordWrap(false); // one line a wadah; the full reasons are listed under the table
    layout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_renew = buttons->addButton(tr("Renew"), QDialogButtonBox::AcceptRole);
    m_renew->setObjectName(QStringLiteral("renew"));
    m_renew->setMinimumWidth(170);
    m_renew->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_renew->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillTable();
    selectDue();
    connect(due, &QPushButton::clicked, this, &BatchRenewDialog::selectDue);
    connect(none, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->item(r, WadahCol)->setCheckState(Qt::Unchecked);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    connect(m_months, &QSpinBox::valueChanged, this, &BatchRenewDialog::revalidate);
    connect(m_signedOn, &QDateEdit::dateChanged, this, &BatchRenewDialog::revalidate);
    resize(1000, 560);
    revalidate();
}

void BatchRenewDialog::fillTable()
{
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_candidates.size()));
    for (int r = 0; r < static_cast<int>(m_candidates.size()); ++r) {
        const BatchCandidate &c = m_candidates[r];
        auto *wadah = new QTableWidgetItem(c.current.wadahCode + QStringLiteral(" · ") + c.current.wadahName);
        wadah->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        wadah->setCheckState(Qt::Unchecked);
        wadah->setData(Qt::UserRole, c.current.wadahCode);
        m_table->setItem(r, WadahCol, wadah);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            return item;
        };
        m_table->setItem(r, CurrentCol, readOnly(c.current.agreement.number));
        m_table->setItem(r, EndsCol, readOnly(fmt::date(c.current.agreement.endsOn)));
        auto *status = readOnly(statusLabel(c.current.status));
        status->setForeground(chipColors(c.current.status).text);
        status->setBackground(chipColors(c.current.status).background);
        m_table->setItem(r, StatusCol, status);
        auto *number = new QTableWidgetItem(c.proposal.number);
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsEditable);
        number->setToolTip(tr("Double-click to change the number"));
        m_table->setItem(r, NumberCol, number);
        m_table->setItem(r, TermCol, readOnly(QString()));
        m_table->setItem(r, CheckCol, readOnly(QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(WadahCol, std::min(m_table->columnWidth(WadahCol), 260));
    m_filling = false;
}

void BatchRenewDialog::selectDue()
{
    m_filling = true;
    for (int r = 0; r < static_cast<int>(m_candidates.size()); ++r) {
        const auto status = m_candidates[r].current.status;
        const bool due = status == AgreementStatus::Expiring || status == AgreementStatus::Expired;
        m_table->item(r, WadahCol)->setCheckState(due ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    revalidate();
}

void BatchRenewDialog::setChecked(const QString &wadahCode, bool checked)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, WadahCol)->data(Qt::UserRole).toString() == wadahCode)
            m_table->item(r, WadahCol)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

int BatchRenewDialog::checkedCount() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->item(r, WadahCol)->checkState() == Qt::Checked;
    return n;
}

Agreement BatchRenewDialog::proposalFor(int row) const
{
    Agreement next = m_candidates[row].proposal;
    next.number = m_table->item(row, NumberCol)->text().trimmed();
    next.signedOn = m_signedOn->date();
    // As proposeRenewal: the day after the current one ends, or the signing day for a late renewal.
    next.startsOn = std::max(m_candidates[row].current.agreement.endsOn.addDays(1), next.signedOn);
    next.endsOn = longestEnd(next.startsOn, m_months->value());
    if (!m_signatory->text().trimmed().isEmpty())
        next.signatoryBranch = m_signatory->text().trimmed();
    return next;
}

std::vector<std::pair<Agreement, Agreement>> BatchRenewDialog::renewals() const
{
    std::vector<std::pair<Agreement, Agreement>> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, WadahCol)->checkState() == Qt::Checked)
            out.emplace_back(m_candidates[r].current.agreement, proposalFor(r));
    }
    return out;
}

void BatchRenewDialog::revalidate()
{
    m_filling = true;
    m_problems.clear();
    QSet<QString> numbers;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Agreement next = proposalFor(r);
        m_table->item(r, TermCol)->setText(fmt::date(next.startsOn) + QStringLiteral(" – ") + fmt::date(next.endsOn));
        QTableWidgetItem *verdict = m_table->item(r, CheckCol);
        if (m_table->item(r, WadahCol)->checkState() != Qt::Checked) {
            verdict->setText(QString());
            continue;
        }
        QStringList issues;
        if (auto checked = m_check ? m_check(next) : Result<std::vector<RuleIssue>>(std::vector<RuleIssue>{}); checked)
            issues = messages(*checked);
        else
            issues << checked.errorText();
        if (numbers.contains(next.number))
            issues << tr("The number %1 is used twice in this renewal.").arg(next.number);
        numbers.insert(next.number);
        verdict->setText(issues.isEmpty() ? tr("✔ ready") : QStringLiteral("✖ ") + issues.join(QLatin1Char(' ')));
        verdict->setToolTip(issues.join(QLatin1Char('\n')));
        verdict->setForeground(issues.isEmpty() ? QColor(0x15, 0x6B, 0x3A) : QColor(0xC6, 0x28, 0x28));
        for (const QString &issue : issues)
            m_problems << m_candidates[r].current.wadahCode + QStringLiteral(": ") + issue;
    }
    m_table->resizeColumnToContents(TermCol);
    m_filling = false;
    const int n = checkedCount();
    m_renew->setText(tr("Renew %n PKS", nullptr, n));
    m_renew->setEnabled(n > 0 && m_problems.isEmpty());
    m_summary->setStyleSheet(m_problems.isEmpty() ? QString() : QStringLiteral("color: #C62828;"));
    if (n == 0)
        m_summary->setText(tr("Tick at least one wadah."));
    else if (!m_problems.isEmpty())
        m_summary->setText(tr("%n ticked PKS cannot be renewed as shown; correct or untick them.", nullptr, static_cast<int>(m_problems.size()))
                           + QLatin1Char('\n') + m_problems.join(QLatin1Char('\n')));
    else
        m_summary->setText(tr("%n PKS will be renewed, signed on %1.", nullptr, n).arg(fmt::date(m_signedOn->date())));
}

} // namespace perisai::agreements
