#include "reportspage.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "figures/kpiscope.h"
#include "figures/period.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace perisai::reports {
namespace {

QComboBox *choiceBox(bool searchable)
{
    auto *box = new QComboBox;
    box->setMinimumWidth(240);
    box->setMaxVisibleItems(20);
    if (searchable) {
        // Hundreds of agents: type part of a code or a name.
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    return box;
}

void fill(QComboBox *box, const std::vector<Choice> &choices)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const Choice &c : choices)
        box->addItem(c.label, c.key);
    const int i = box->findData(current);
    box->setCurrentIndex(i >= 0 ? i : (choices.empty() ? -1 : 0));
}

// The key of the chosen item; for a typed text, the code before " · ".
QString chosenKey(const QComboBox *box)
{
    if (box->currentIndex() >= 0 && box->itemText(box->currentIndex()) == box->currentText())
        return box->currentData().toString();
    return box->currentText().section(QStringLiteral(" · "), 0, 0).trimmed();
}

void select(QComboBox *box, const QString &key)
{
    const int i = box->findData(key);
    if (i >= 0)
        box->setCurrentIndex(i);
    else if (box->isEditable())
        box->setEditText(key);
}

} // namespace

ReportsPage::ReportsPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new ui::PageHeader(tr("Reports"));
    header->setSubtitle(tr("A4 summaries to print or send on: branch performance, scorecards, Monev minutes, PKS status"));
    layout->addWidget(header);

    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("card"));
    panel->setFixedWidth(380);
    auto *panelLayout = new QVBoxLayout(panel);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type = new QComboBox;
    for (const ReportKind &k : ReportCatalog::kinds())
        m_type->addItem(k.translatedTitle(), k.id);
    // Months as the dashboard offers them: those that hold data, newest first.
    m_from = choiceBox(false);
    m_to = choiceBox(false);
    m_office = choiceBox(false);
    m_agent = choiceBox(true);
    m_wadah = choiceBox(true);
    m_session = choiceBox(false);
    m_type->setObjectName(QStringLiteral("reportType"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_office->setObjectName(QStringLiteral("office"));
    m_agent->setObjectName(QStringLiteral("agent"));
    m_wadah->setObjectName(QStringLiteral("wadah"));
    m_session->setObjectName(QStringLiteral("session"));
    m_reveal = new QCheckBox(tr("Show personal data (NIK, phone, account)"));
    m_form->addRow(tr("Report"), m_type);
    m_form->addRow(tr("From"), m_from);
    m_form->addRow(tr("Until"), m_to);
    m_form->addRow(tr("Office"), m_office);
    m_form->addRow(tr("Agent"), m_agent);
    m_form->addRow(tr("Wadah"), m_wadah);
    m_form->addRow(tr("Monev session"), m_session);
    panelLayout->addLayout(m_form);
    panelLayout->addWidget(m_reveal);
    m_build = new QPushButton(ui::icon(QStringLiteral("document")), tr("Build report"));
    m_build->setDefault(true);
    panelLayout->addWidget(m_build);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panelLayout->addWidget(m_status);
    panelLayout->addStretch();
    body->addWidget(panel);

    auto *stack = new QStackedWidget;
    auto *placeholder = new QLabel(tr("Choose a report on the left and press \"Build report\": it is shown here as it will print."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    stack->addWidget(placeholder);
    m_preview = new QPrintPreviewWidget(m_printer.get());
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    stack->addWidget(m_preview);
    body->addWidget(stack, 1);

    m_previewAction = new QAction(ui::icon(QStringLiteral("search")), tr("Print preview…"), this);
    m_printAction = new QAction(ui::icon(QStringLiteral("print")), tr("Print…"), this);
    m_saveAction = new QAction(ui::icon(QStringLiteral("pdf")), tr("Save PDF…"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    for (QAction *a : actions())
        a->setEnabled(false);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_document)
            m_document->paint(printer);
    });
    connect(this, &ReportsPage::documentReady, stack, [stack, this]() { stack->setCurrentWidget(m_preview); });
    connect(m_build, &QPushButton::clicked, this, &ReportsPage::build);
    connect(m_previewAction, &QAction::triggered, this, &ReportsPage::printPreview);
    connect(m_printAction, &QAction::triggered, this, &ReportsPage::print);
    connect(m_saveAction, &QAction::triggered, this, &ReportsPage::savePdf);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportsPage::updateFields);
    connect(m_reveal, &QCheckBox::toggled, this, &ReportsPage::onMaskToggled);
    // What is saved or printed is always what the form says: a change drops the built report.
    auto stale = [this, stack, placeholder]() {
        if (!m_document)
            return;
        m_document.reset();
        for (QAction *a : actions())
            a->setEnabled(false);
        stack->setCurrentWidget(placeholder);
        m_status->setText(tr("The choice has changed: build the report again."));
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, stale);
    for (QComboBox *box : {m_from, m_to, m_office, m_agent, m_wadah, m_session})
        connect(box, &QComboBox::currentTextChanged, this, stale);
    connect(m_reveal, &QCheckBox::toggled, this, stale);
    connect(&m_context, &ui::AppContext::dataChanged, this, &ReportsPage::loadChoices);

    updateFields();
    loadChoices();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::loadChoices()
{
    auto db = m_context.database();
    ui::runTask<Choices>(&m_context, this, tr("Reading the report choices"), [db](ui::TaskControl &) {
        Choices c;
        // A list that cannot be read stays empty; building the report then names the problem.
        if (auto offices = figures::loadOffices(*db)) {
            // The region first, then its branches, then their KCP, each by code.
            auto rank = [](const figures::OfficeNode &o) {
                return o.kind == QLatin1String("kanwil") ? 0 : o.kind == QLatin1String("kc") ? 1 : 2;
            };
            std::stable_sort(offices->begin(), offices->end(), [&](const figures::OfficeNode &a, const figures::OfficeNode &b) {
                return std::pair(rank(a), a.code) < std::pair(rank(b), b.code);
            });
            for (const figures::OfficeNode &o : std::as_const(*offices))
                c.offices.push_back({o.code, o.code + QStringLiteral(" · ") + o.name});
        }
        // Each kind's subjects come from the module that owns them (ReportKind::subjects).
        for (const ReportKind &kind : ReportCatalog::kinds()) {
            if (!kind.subjects)
                continue;
            auto subjects = kind.subjects(*db);
            if (!subjects)
                continue;
            if (kind.needsAny(ReportKind::Agent))
                c.agents = std::move(*subjects);
            else if (kind.needsAny(ReportKind::Wadah))
                c.wadah = std::move(*subjects);
            else if (kind.needsAny(ReportKind::Session))
                c.sessions = std::move(*subjects);
        }
        if (auto r = figures::dataRange(*db))
            c.range = *r;
        return c;
    }, [this](Choices c) { applyChoices(c); });
}

void ReportsPage::applyChoices(const Choices &c)
{
    // First choice: no office named, which the reports read as the branch this desk works for.
    std::vector<Choice> offices{{QString(), tr("The branch (default)")}};
    offices.insert(offices.end(), c.offices.begin(), c.offices.end());
    fill(m_office, offices);
    fill(m_agent, c.agents);
    fill(m_wadah, c.wadah);
    fill(m_session, c.sessions);
    // The months that hold data (the last three years up to this month when there is none yet).
    const YearMonth last = c.range.to.isValid() ? c.range.to : YearMonth::fromDate(QDate::currentDate());
    const YearMonth first = c.range.from.isValid() ? c.range.from : last.addMonths(-35);
    std::vector<Choice> months;
    for (YearMonth m = last; m >= first; m = m.addMonths(-1))
        months.push_back({QString::number(m.key()), fmt::yearMonth(m.year(), m.month())});
    const bool keep = m_choicesLoaded && m_from->count() > 0;
    fill(m_from, months);
    fill(m_to, months);
    if (!keep) {
        // Default period: the year of the latest data, up to its last month.
        select(m_from, QString::number(std::max(YearMonth(last.year(), 1), first).key()));
        select(m_to, QString::number(last.key()));
    }
    m_choicesLoaded = true;
    if (!m_pendingOpen.isEmpty())
        open(std::exchange(m_pendingOpen, {}));
}

void ReportsPage::updateFields()
{
    const ReportKind *kind = ReportCatalog::find(m_type->currentData().toString());
    const int needs = kind ? kind->needs : 0;
    const bool period = needs & (ReportKind::Period | ReportKind::OptionalPeriod);
    m_form->setRowVisible(m_from, period);
    m_form->setRowVisible(m_to, period);
    m_form->setRowVisible(m_office, needs & ReportKind::Office);
    m_form->setRowVisible(m_agent, needs & ReportKind::Agent);
    m_form->setRowVisible(m_wadah, needs & ReportKind::Wadah);
    m_form->setRowVisible(m_session, needs & ReportKind::Session);
}

void ReportsPage::onMaskToggled(bool reveal)
{
    if (!reveal)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Show personal data?"),
        tr("The report will show NIK, phone numbers and bank accounts in full. These are personal data protected "
           "by UU 27/2022: print or send such a report only where the task needs it.\n\nShow personal data?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
    }
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.type = m_type->currentData().toString();
    r.period = {YearMonth::fromKey(m_from->currentData().toInt()), YearMonth::fromKey(m_to->currentData().toInt())};
    r.officeCode = chosenKey(m_office);
    r.agentCode = chosenKey(m_agent);
    r.wadahCode = chosenKey(m_wadah);
    r.sessionId = chosenKey(m_session).toLongLong();
    r.masked = !m_reveal->isChecked();
    return r;
}

void ReportsPage::open(const QVariantMap &args)
{
    if (!m_choicesLoaded) {
        m_pendingOpen = args;
        return;
    }
    QString type = args.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = args.contains(QStringLiteral("agent")) ? QStringLiteral("agent")
             : args.contains(QStringLiteral("wadah")) ? QStringLiteral("wadah")
             : args.contains(QStringLiteral("session")) ? QStringLiteral("monev") : QString();
    if (const int i = m_type->findData(type); i >= 0)
        m_type->setCurrentIndex(i);
    select(m_agent, args.value(QStringLiteral("agent")).toString());
    select(m_wadah, args.value(QStringLiteral("wadah")).toString());
    select(m_session, args.value(QStringLiteral("session")).toString());
    if (!type.isEmpty())
        build();
}

void ReportsPage::build()
{
    const ReportRequest r = request();
    if (r.period.from > r.period.to) {
        m_status->setText(tr("The period starts after it ends."));
        return;
    }
    setBusy(true, tr("Building the report…"));
    auto db = m_context.database();
    using Built = Result<std::shared_ptr<ReportDocument>>;
    ui::runTask<Built>(&m_context, this, tr("Building a report"), [db, r](ui::TaskControl &) -> Built {
        auto doc = buildReport(*db, r);
        if (!doc)
            return doc.error();
        return std::shared_ptr<ReportDocument>(std::move(*doc));
    }, [this](Built built) {
        setBusy(false);
        if (!built) {
            m_status->setText(built.errorText());
            return;
        }
        showDocument(*built);
    });
}

void ReportsPage::showDocument(std::shared_ptr<ReportDocument> document)
{
    m_document = std::move(document);
    emit documentReady();
    m_preview->updatePreview();
    for (QAction *a : actions())
        a->setEnabled(true);
    m_status->setText(tr("%1: %n page(s).", nullptr, m_document->pageCount()).arg(m_document->meta().title)
                      + (m_document->meta().masked ? QString() : QLatin1Char('\n') + tr("Contains personal data in full.")));
}

void ReportsPage::setBusy(bool busy, const QString &text)
{
    m_build->setEnabled(!busy);
    if (!text.isEmpty() || !busy)
        m_status->setText(text);
}

void ReportsPage::printPreview()
{
    if (!m_document)
        return;
    QPrintPreviewDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(m_document->meta().title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) { m_document->paint(printer); });
    dialog.resize(1000, 900);
    dialog.exec();
}

void ReportsPage::print()
{
    if (!m_document)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document->meta().title));
    if (dialog.exec() == QDialog::Accepted)
        m_document->paint(m_printer.get());
}

void ReportsPage::savePdf()
{
    if (!m_document)
        return;
    const ReportMeta &meta = m_document->meta();
    QString name = meta.title + QLatin1Char(' ') + meta.subtitle.section(QStringLiteral(" · "), 0, 0);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    QString path = ui::saveFileName(this, tr("Save PDF"), name.toLower() + QStringLiteral(".pdf"),
                                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    auto document = m_document;
    ui::runTask<Status>(&m_context, this, tr("Writing the PDF"), [document, path](ui::TaskControl &) {
        return document->writePdf(path);
    }, [this, path](Status st) {
        if (st)
            m_context.showStatus(tr("Report saved to %1").arg(path));
        else
            QMessageBox::warning(this, tr("Save PDF"), st.errorText());
    });
}

} // namespace perisai::reports
