#include "sessioneditor.h"

#include "core/format.h"
#include "attendancetab.h"
#include "awardstab.h"
#include "detailstab.h"
#include "monevservice.h"
#include "obstaclestab.h"
#include "reviewtab.h"
#include "reports/reportdocument.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageloader.h"
#include "storage/database.h"
#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace perisai::monev {

SessionEditor::SessionEditor(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(new QLabel), m_status(new QLabel),
      m_held(new QPushButton(ui::icon(QStringLiteral("check")), tr("Mark held"))),
      m_close(new QPushButton(ui::icon(QStringLiteral("document")), tr("Close"))),
      m_cancel(new QPushButton(ui::icon(QStringLiteral("close")), tr("Cancel session"))),
      m_reopen(new QPushButton(ui::icon(QStringLiteral("undo")), tr("Reopen"))),
      m_preview(new QPushButton(ui::icon(QStringLiteral("print")), tr("Minutes…"))),
      m_pdf(new QPushButton(ui::icon(QStringLiteral("pdf")), tr("Save PDF"))), m_tabs(new QTabWidget),
      m_detailsTab(new DetailsTab(context)), m_attendanceTab(new AttendanceTab(context)), m_obstaclesTab(new ObstaclesTab(context)),
      m_reviewTab(new ReviewTab(context)), m_awardsTab(new AwardsTab(context)), m_snapshotTab(new SnapshotTab),
      m_loader(new ui::PageLoader(&context, this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("chip"));
    m_held->setObjectName(QStringLiteral("primary"));
    m_held->setToolTip(tr("Records the agents' figures for the review period and carries open action items over"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_status);
    for (QPushButton *b : {m_held, m_close, m_cancel, m_reopen, m_preview, m_pdf})
        head->addWidget(b);
    // Six tabs share the editor's width: tighter than the desk's default tab padding.
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab { padding: 7px 9px; }"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_detailsTab, ui::icon(QStringLiteral("calendar")), tr("Details"));
    m_tabs->addTab(m_attendanceTab, ui::icon(QStringLiteral("agents")), tr("Attendance"));
    m_tabs->addTab(m_obstaclesTab, ui::icon(QStringLiteral("warning")), tr("Obstacles and actions"));
    m_tabs->addTab(m_reviewTab, ui::icon(QStringLiteral("flag")), tr("Follow-up review"));
    m_tabs->addTab(m_awardsTab, ui::icon(QStringLiteral("award")), tr("Awards"));
    m_tabs->addTab(m_snapshotTab, ui::icon(QStringLiteral("chart-bar")), tr("Figures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);

    connect(m_held, &QPushButton::clicked, this, [this]() { step(status::held); });
    connect(m_close, &QPushButton::clicked, this, [this]() { step(status::closed); });
    connect(m_cancel, &QPushButton::clicked, this, [this]() { step(status::cancelled); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { step(QStringLiteral("reopen")); });
    connect(m_preview, &QPushButton::clicked, this, &SessionEditor::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &SessionEditor::savePdf);
    connect(m_detailsTab, &DetailsTab::created, this, [this](qint64 id) {
        m_tabAfterLoad = Attendance;
        load(id);
        emit sessionChanged(id);
    });
    connect(m_detailsTab, &DetailsTab::changed, this, &SessionEditor::reload);
    connect(m_reviewTab, &ReviewTab::changed, this, &SessionEditor::reload);
    // Attendance, obstacles, action items and awards are edited as undoable commands: the edits, their undo
    // and redo arrive as data changes.
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if ((t.startsWith(QStringLiteral("monev_")) || t == QStringLiteral("obstacle_categories")) && m_wanted) {
                load(m_wanted);
                return;
            }
    });
    startNew();
}

namespace {

// What the editor reads when it shows a session: the session and the offices and wadah it can be for.
struct EditorData {
    SessionDetail detail;
    std::vector<ScopeChoice> offices;
    std::vector<ScopeChoice> wadah;
};

Result<EditorData> readEditorData(const storage::Database &db, qint64 sessionId)
{
    MonevService svc(db);
    EditorData data;
    if (sessionId) {
        auto detail = svc.load(sessionId);
        if (!detail)
            return detail.error();
        data.detail = std::move(*detail);
    }
    auto offices = svc.offices();
    auto wadah = svc.wadahList();
    if (auto st = firstError(offices, wadah); !st)
        return st.error();
    data.offices = std::move(*offices);
    data.wadah = std::move(*wadah);
    return data;
}

} // namespace

void SessionEditor::load(qint64 sessionId)
{
    m_wanted = sessionId;
    auto db = m_context.database();
    m_loader->load<Result<EditorData>>(tr("Reading the Monev session"),
        [db, sessionId](ui::TaskControl &) { return readEditorData(*db, sessionId); },
        [this](Result<EditorData> data) {
            if (!data) {
                m_context.showStatus(data.errorText(), 8000);
                return;
            }
            m_detailsTab->setChoices(std::move(data->offices), std::move(data->wadah));
            display(data->detail);
            if (m_tabAfterLoad >= 0)
                showTab(static_cast<Tab>(std::exchange(m_tabAfterLoad, -1)));
        });
}

bool SessionEditor::isLoading() const
{
    return m_loader->isLoading();
}

void SessionEditor::reload()
{
    if (m_wanted) {
        load(m_wanted);
        emit sessionChanged(m_wanted);
    }
}

void SessionEditor::startNew()
{
    m_wanted = 0;
    m_detail = {};
    m_title->setText(tr("New Monev session"));
    m_status->setText(sessionStatusLabel(status::planned));
    m_detailsTab->startNew();
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, false);
    for (QPushButton *b : {m_held, m_close, m_cancel, m_reopen, m_preview, m_pdf})
        b->setVisible(false);
    m_tabs->setCurrentIndex(Details);
    // The offices and wadah to choose from come off the UI thread (a session asked for since wins).
    auto db = m_context.database();
    m_loader->load<Result<EditorData>>(tr("Reading offices and wadah"),
        [db](ui::TaskControl &) { return readEditorData(*db, 0); },
        [this](Result<EditorData> data) {
            if (!data) {
                m_context.showStatus(data.errorText(), 8000);
                return;
            }
            m_detailsTab->setChoices(std::move(data->offices), std::move(data->wadah));
        });
}

void SessionEditor::display(const SessionDetail &d)
{
    m_detail = d;
    const Session &s = d.session;
    m_title->setText(tr("No. %1 · %2 · %3").arg(QString::number(s.id), s.title, fmt::date(s.heldOn)));
    m_status->setText(sessionStatusLabel(s.status));
    m_held->setVisible(s.status == status::planned);
    m_cancel->setVisible(s.status == status::planned);
    m_close->setVisible(s.status == status::held);
    m_reopen->setVisible(s.status == status::closed);
    m_preview->setVisible(true);
    m_pdf->setVisible(true);
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, true);
    int overdue = 0;
    for (const ActionReview &r : d.followUp)
        overdue += r.action.isOverdue(QDate::currentDate());
    m_tabs->setTabText(FollowUp, d.followUp.empty() ? tr("Follow-up review")
                                                    : tr("Follow-up review (%1)").arg(d.followUp.size()));
    m_tabs->setTabIcon(FollowUp, ui::icon(overdue ? QStringLiteral("warning") : QStringLiteral("flag")));
    m_detailsTab->setSession(d);
    m_attendanceTab->setSession(d);
    m_obstaclesTab->setSession(d);
    m_reviewTab->setSession(d);
    m_awardsTab->setSession(d);
    m_snapshotTab->setSession(d);
}

void SessionEditor::showTab(Tab tab)
{
    if (m_tabs->isTabEnabled(tab))
        m_tabs->setCurrentIndex(tab);
}

void SessionEditor::step(const QString &target)
{
    MonevService svc(*m_context.database());
    const qint64 id = m_detail.session.id;
    Status st;
    if (target == status::held) {
        if (QMessageBox::question(this, tr("Mark held"),
                                  tr("Mark \"%1\" as held? The agents' figures for %2 are recorded now and stay as they are, "
                                     "and open action items of earlier sessions are carried over for review.")
                                      .arg(m_detail.session.title, reviewPeriodLabel(m_detail.session)))
            != QMessageBox::Yes)
            return;
        st = svc.markHeld(id);
    } else if (target == status::closed) {
        st = svc.close(id);
    } else if (target == status::cancelled) {
        if (QMessageBox::question(this, tr("Cancel session"), tr("Cancel \"%1\"?").arg(m_detail.session.title)) != QMessageBox::Yes)
            return;
        st = svc.cancel(id);
    } else {
        st = svc.reopen(id);
    }
    if (!st) {
        QMessageBox::warning(this, tr("Monev"), st.errorText());
        return;
    }
    m_context.notifyDataChanged({QStringLiteral("monev_sessions")});
}

void SessionEditor::printPreview()
{
    QString error;
    auto doc = buildMinutes(*m_context.database(), m_detail.session.id, !m_context.revealPersonalData(), &error);
    if (!doc) {
        QMessageBox::warning(this, tr("Minutes"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Monev minutes"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc->paint(p); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void SessionEditor::savePdf()
{
    const QString suggested = QStringLiteral("notulen-monev-%1.pdf").arg(m_detail.session.heldOn.toString(QStringLiteral("yyyyMMdd")));
    const QString path = ui::saveFileName(this, tr("Save minutes as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto db = m_context.database();
    const qint64 id = m_detail.session.id;
    const bool masked = !m_context.revealPersonalData();
    ui::runTask<QString>(&m_context, this, tr("Writing the minutes"),
        [db, id, masked, path](ui::TaskControl &) -> QString {
            QString error;
            auto doc = buildMinutes(*db, id, masked, &error);
            if (doc) {
                if (const Status st = doc->writePdf(path); !st)
                    error = st.errorText();
            }
            db->releaseThreadConnection();
            return error;
        },
        [this, path](QString error) {
            if (error.isEmpty())
                m_context.showStatus(tr("Minutes written to %1").arg(path));
            else
                QMessageBox::warning(this, tr("Minutes"), error);
        });
}

} // namespace perisai::monev
