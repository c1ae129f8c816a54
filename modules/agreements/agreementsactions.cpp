// The agreements page's dialogs, its documents and its reports.
#include "agreementspage.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementcommands.h"
#include "agreements/agreementform.h"
#include "agreements/agreementlistmodel.h"
#include "agreements/batchrenewdialog.h"
#include "agreements/documentstore.h"
#include "agreements/terminatedialog.h"
#include "reports/reportdocument.h"
#include "roster/conflict.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/xlsxexport.h"
#include "ui/filedialogs.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QUrl>
#include <optional>

namespace perisai::agreements {
namespace {

// The months a status report covers: this year so far unless the user picks others.
std::optional<PeriodRange> askPeriod(QWidget *parent, const QDate &today)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(AgreementsPage::tr("PKS status report"));
    auto *form = new QFormLayout(&dialog);
    auto month = [](const QDate &d) {
        auto *edit = new QDateEdit(d);
        edit->setDisplayFormat(QStringLiteral("MM/yyyy"));
        edit->setCalendarPopup(true);
        return edit;
    };
    QDateEdit *from = month(QDate(today.year(), 1, 1));
    QDateEdit *to = month(today);
    form->addRow(AgreementsPage::tr("From month"), from);
    form->addRow(AgreementsPage::tr("To month"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    PeriodRange range{YearMonth::fromDate(from->date()), YearMonth::fromDate(to->date())};
    if (range.to < range.from)
        std::swap(range.from, range.to);
    return range;
}

} // namespace

void AgreementsPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

FormContext AgreementsPage::formContext() const
{
    FormContext context;
    context.wadah = m_snapshot.wadah;
    for (const AgreementRow &r : m_snapshot.rows)
        context.takenNumbers.insert(r.agreement.number);
    auto db = m_context.database();
    const QDate today = m_today;
    context.check = [db, today](const Agreement &a) { return AgreementService(*db, today).check(a); };
    return context;
}

void AgreementsPage::newAgreementDialog()
{
    if (m_snapshot.wadah.empty()) {
        showError(tr("New PKS"), tr("There is no wadah yet. Add or import the wadah first."));
        return;
    }
    Agreement initial;
    initial.status = StoredStatus::Active;
    initial.startsOn = m_today;
    initial.endsOn = longestEnd(m_today, 12);
    initial.signedOn = m_today;
    if (const AgreementRow *row = selectedRow())
        initial.wadahId = row->agreement.wadahId;
    AgreementForm form(AgreementForm::Mode::Create, initial, formContext(), this);
    if (form.exec() != QDialog::Accepted)
        return;
    if (auto st = createAgreement(form.agreement()); !st)
        showError(tr("New PKS"), st.errorText());
}

void AgreementsPage::editDialog()
{
    const AgreementRow *row = selectedRow();
    if (!row)
        return;
    const Agreement before = row->agreement;
    AgreementForm form(AgreementForm::Mode::Edit, before, formContext(), this);
    if (form.exec() != QDialog::Accepted)
        return;
    if (auto st = saveAgreement(before, form.agreement()); !st) {
        showError(tr("Edit PKS"), st.errorText());
        if (roster::isConflict(st)) // another desk saved first: show the list as it is now
            reload();
    }
}

void AgreementsPage::renewDialog(qint64 agreementId)
{
    const AgreementRow *row = m_model->rowById(agreementId);
    if (!row)
        return;
    const Agreement previous = row->agreement;
    auto proposal = AgreementService(*m_context.database(), m_today).proposeRenewal(agreementId, m_today);
    if (!proposal) {
        showError(tr("Renew PKS"), proposal.errorText());
        return;
    }
    AgreementForm form(AgreementForm::Mode::Renew, *proposal, formContext(), this, &previous);
    if (form.exec() != QDialog::Accepted)
        return;
    if (auto st = renewAgreement(previous, form.agreement()); !st) {
        showError(tr("Renew PKS"), st.errorText());
        if (roster::isConflict(st)) // another desk saved first: show the list as it is now
            reload();
    }
}

void AgreementsPage::batchRenewDialog()
{
    AgreementService service(*m_context.database(), m_today);
    auto renewable = service.renewable();
    if (!renewable) {
        showError(tr("Renew several PKS"), renewable.errorText());
        return;
    }
    std::vector<BatchCandidate> candidates;
    for (const AgreementRow &row : *renewable) {
        auto proposal = service.proposeRenewal(row.agreement.id, m_today);
        if (proposal)
            candidates.push_back({row, *proposal});
    }
    if (candidates.empty()) {
        showError(tr("Renew several PKS"), tr("No active PKS is waiting for renewal."));
        return;
    }
    BatchRenewDialog dialog(std::move(candidates), formContext().check, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = renewBatch(dialog.renewals()); !st) {
        showError(tr("Renew several PKS"), st.errorText());
        if (roster::isConflict(st)) // another desk saved first: show the list as it is now
            reload();
    }
}

void AgreementsPage::terminateDialog(qint64 agreementId, const QString &suggestedReason)
{
    const AgreementRow *row = m_model->rowById(agreementId);
    if (!row)
        return;
    const AgreementRow copy = *row;
    TerminateDialog dialog(copy, m_today, suggestedReason, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto st = terminateAgreement(copy.agreement, dialog.terminatedOn(), dialog.reason()); !st) {
        showError(tr("Terminate PKS"), st.errorText());
        if (roster::isConflict(st)) // another desk saved first: show the list as it is now
            reload();
    }
}

void AgreementsPage::attachDialog()
{
    const qint64 id = selectedAgreementId();
    if (!id)
        return;
    const QString path = ui::openFileName(this, tr("Attach the signed PKS"), QString(),
                                          tr("Signed documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto st = attachDocument(id, path); !st)
        showError(tr("Attach signed PKS"), st.errorText());
}

void AgreementsPage::openDocument(qint64 documentId)
{
    DocumentStore store(*m_context.database());
    auto info = store.info(documentId);
    auto content = info ? store.content(documentId) : Result<QByteArray>(info.error());
    if (!content) {
        showError(tr("Open document"), content.errorText());
        return;
    }
    auto path = exportToTemp(*info, *content);
    if (!path || !QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        showError(tr("Open document"), path ? tr("No program is set up to open %1.").arg(*path) : path.errorText());
}

void AgreementsPage::removeDocument(qint64 documentId)
{
    auto db = m_context.database();
    DocumentStore store(*db);
    auto info = store.info(documentId);
    auto content = info ? store.content(documentId) : Result<QByteArray>(info.error());
    if (!content) {
        showError(tr("Remove document"), content.errorText());
        return;
    }
    if (QMessageBox::question(this, tr("Remove document"), tr("Remove %1 from the PKS? (Edit > Undo brings it back.)").arg(info->fileName))
        != QMessageBox::Yes)
        return;
    auto st = store.remove(documentId);
    st = afterEdit(st, st ? removeDocumentCommand(db, info->agreementId, documentId, info->fileName, *content, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreement_documents")});
    }) : nullptr, info->agreementId);
    if (!st)
        showError(tr("Remove document"), st.errorText());
}

void AgreementsPage::printPreview()
{
    const auto period = askPeriod(this, m_today);
    if (!period)
        return;
    QString error;
    auto doc = buildStatusReport(*m_context.database(), *period, !m_context.revealPersonalData(), m_today, &error);
    if (!doc) {
        showError(tr("PKS status report"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(doc->meta().title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc->paint(p); });
    preview.resize(1000, 800);
    preview.exec();
}

void AgreementsPage::savePdf()
{
    const auto period = askPeriod(this, m_today);
    if (!period)
        return;
    const QString path = ui::saveFileName(this, tr("Save PKS status report"),
                                          QStringLiteral("status-pks-%1.pdf").arg(period->to.toString()), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto db = m_context.database();
    const bool masked = !m_context.revealPersonalData();
    const QDate today = m_today;
    ui::runTask<Status>(&m_context, this, tr("Writing the PKS status report"), [db, period, masked, today, path](ui::TaskControl &) -> Status {
        QString error;
        auto doc = buildStatusReport(*db, *period, masked, today, &error);
        if (!doc)
            return makeError(error);
        return doc->writePdf(path);
    }, [this, path](Status st) {
        if (st)
            m_context.showStatus(tr("Report written to %1").arg(path));
        else
            showError(tr("PKS status report"), st.errorText());
    });
}

void AgreementsPage::exportXlsx()
{
    const QString path = ui::saveFileName(this, tr("Export the PKS list"), QStringLiteral("pks.xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const ui::Sheet sheet = ui::sheetFromModel(*m_filter, tr("PKS"), tr("Partnership agreements (PKS) on %1").arg(m_today.toString(QStringLiteral("dd/MM/yyyy"))));
    if (auto st = ui::writeXlsx(path, {sheet}); !st)
        showError(tr("Export the PKS list"), st.errorText());
    else
        m_context.showStatus(tr("List written to %1").arg(path));
}

} // namespace perisai::agreements
