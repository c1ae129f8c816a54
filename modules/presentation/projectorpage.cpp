#include "projectorpage.h"

#include "core/format.h"
#include "deckrepository.h"
#include "projectorwindow.h"
#include "slides.h"
#include "slidepreview.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTime>
#include <QVBoxLayout>

namespace perisai::presentation {
namespace {

const QString kScreenKey = QStringLiteral("projector/screen");
const QString kSlidesKey = QStringLiteral("projector/slides");

QLabel *sectionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

ProjectorPage::ProjectorPage(ui::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    buildUi();
    fillScreens();
    connect(qApp, &QGuiApplication::screenAdded, this, &ProjectorPage::fillScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, &ProjectorPage::fillScreens);
    // Figures are read when the page is first shown, and again after a change while it is shown.
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &) {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void ProjectorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ProjectorPage::refresh()
{
    loadSessions();
    loadDeck();
}

ProjectorPage::~ProjectorPage() = default;

void ProjectorPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new ui::PageHeader(tr("Projector"));
    header->setSubtitle(tr("Slides for a Monev meeting from the current figures, full screen on the display you choose"));
    layout->addWidget(header);

    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    layout->addLayout(row, 1);
    auto *form = new QVBoxLayout;
    form->setSpacing(6);
    auto *formWidget = new QWidget;
    formWidget->setLayout(form);
    formWidget->setFixedWidth(360);
    row->addWidget(formWidget);

    form->addWidget(sectionLabel(tr("Monev session")));
    m_session = new QComboBox;
    m_session->setAccessibleName(tr("Monev session"));
    form->addWidget(m_session);
    form->addWidget(sectionLabel(tr("Display")));
    m_screen = new QComboBox;
    m_screen->setAccessibleName(tr("Display"));
    form->addWidget(m_screen);
    form->addWidget(sectionLabel(tr("Slides")));
    m_slides = new QListWidget;
    m_slides->setAccessibleName(tr("Slides"));
    const QStringList saved = QSettings().value(kSlidesKey).toStringList();
    for (const SlideKind &kind : slideKinds()) {
        auto *item = new QListWidgetItem(kind.title, m_slides);
        item->setData(Qt::UserRole, kind.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(saved.isEmpty() || saved.contains(kind.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_slides->setCurrentRow(0);
    form->addWidget(m_slides, 1);

    m_startButton = new QPushButton(ui::icon(QStringLiteral("fullscreen")), tr("Start projector"));
    m_startButton->setObjectName(QStringLiteral("primary"));
    form->addWidget(m_startButton);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    form->addWidget(m_status);
    auto *keys = new QLabel(tr("On the projector: \u2192, Page Down or Space for the next slide, \u2190 or Page Up for the "
                               "previous one, a number and Enter to jump, B for a black screen, R to read the figures "
                               "again, Esc to leave. Names are shown; NIK and phone numbers never."));
    keys->setObjectName(QStringLiteral("hint"));
    keys->setWordWrap(true);
    form->addWidget(keys);

    m_preview = new SlidePreview;
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(sectionLabel(tr("Preview")));
    previewColumn->addWidget(m_preview, 1);
    row->addLayout(previewColumn, 1);

    m_startAction = new QAction(ui::icon(QStringLiteral("fullscreen")), tr("Start projector"), this);
    m_startAction->setShortcut(Qt::Key_F5);
    m_refreshAction = new QAction(ui::icon(QStringLiteral("refresh")), tr("Read figures again"), this);
    m_saveAction = new QAction(ui::icon(QStringLiteral("export")), tr("Save slides as images…"), this);

    connect(m_startButton, &QPushButton::clicked, this, &ProjectorPage::start);
    connect(m_startAction, &QAction::triggered, this, &ProjectorPage::start);
    connect(m_refreshAction, &QAction::triggered, this, &ProjectorPage::loadDeck);
    connect(m_saveAction, &QAction::triggered, this, &ProjectorPage::saveImages);
    connect(m_session, &QComboBox::currentIndexChanged, this, [this]() { loadDeck(); });
    connect(m_screen, &QComboBox::currentIndexChanged, this, [this]() {
        if (QScreen *s = chosenScreen())
            m_preview->setScreenSize(s->geometry().size());
        rememberChoices();
    });
    connect(m_slides, &QListWidget::currentRowChanged, this, &ProjectorPage::updatePreview);
    connect(m_slides, &QListWidget::itemChanged, this, &ProjectorPage::rememberChoices);
}

void ProjectorPage::fillScreens()
{
    const QString saved = QSettings().value(kScreenKey).toString();
    const QSignalBlocker block(m_screen);
    m_screen->clear();
    int chosen = -1;
    const auto screens = QGuiApplication::screens();
    for (QScreen *s : screens) {
        const bool primary = s == QGuiApplication::primaryScreen();
        const QString name = s->name().isEmpty() ? tr("Display %1").arg(m_screen->count() + 1) : s->name();
        QString text = QStringLiteral("%1 \u2014 %2\u00d7%3").arg(name).arg(s->geometry().width()).arg(s->geometry().height());
        if (primary)
            text += tr(" (main display)");
        m_screen->addItem(text, s->name());
        // The saved display, else the first one that is not the main display: usually the projector.
        if (s->name() == saved || (chosen < 0 && !primary && saved.isEmpty()))
            chosen = m_screen->count() - 1;
    }
    m_screen->setCurrentIndex(std::max(0, chosen));
    if (QScreen *s = chosenScreen())
        m_preview->setScreenSize(s->geometry().size());
}

QScreen *ProjectorPage::chosenScreen() const
{
    const QString name = m_screen->currentData().toString();
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    return QGuiApplication::primaryScreen();
}

QStringList ProjectorPage::chosenSlides() const
{
    QStringList ids;
    for (int i = 0; i < m_slides->count(); ++i) {
        if (m_slides->item(i)->checkState() == Qt::Checked)
            ids << m_slides->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void ProjectorPage::rememberChoices()
{
    QSettings settings;
    settings.setValue(kSlidesKey, chosenSlides());
    settings.setValue(kScreenKey, m_screen->currentData().toString());
}

void ProjectorPage::loadSessions()
{
    auto db = m_context.database();
    ui::runTask<Result<std::vector<SessionChoice>>>(nullptr, this, tr("Reading Monev sessions"),
        [db](ui::TaskControl &) { return listSessions(*db); },
        [this](Result<std::vector<SessionChoice>> sessions) {
            const qint64 current = m_wantedSession >= 0 ? m_wantedSession : m_session->currentData().toLongLong();
            m_wantedSession = -1;
            {
                const QSignalBlocker block(m_session);
                m_session->clear();
                m_session->addItem(tr("None: the year so far"), qint64(0));
                if (sessions) {
                    for (const SessionChoice &s : *sessions)
                        m_session->addItem(QStringLiteral("%1 \u2014 %2").arg(fmt::date(s.heldOn), s.title), s.id);
                }
                int index = m_session->findData(current);
                if (index < 0 && current > 0) {
                    m_session->addItem(tr("Session %1").arg(current), current);
                    index = m_session->count() - 1;
                }
                m_session->setCurrentIndex(std::max(0, index));
            }
            if (m_deck && m_deck->header.sessionId != m_session->currentData().toLongLong())
                loadDeck();
        });
}

void ProjectorPage::openSession(qint64 sessionId, bool start)
{
    m_startWhenLoaded = start;
    int index = m_session->findData(sessionId);
    if (index < 0) {
        // The list may not be read yet: it selects the session when it is.
        m_wantedSession = sessionId;
        m_session->addItem(tr("Session %1").arg(sessionId), sessionId);
        index = m_session->count() - 1;
    }
    if (index == m_session->currentIndex() && m_deck && m_deck->header.sessionId == sessionId && !m_loading) {
        if (start)
            this->start();
        return;
    }
    m_session->setCurrentIndex(index); // reads the session's figures, then starts
    if (!m_loading)
        loadDeck();
}

void ProjectorPage::loadDeck()
{
    m_stale = false;
    m_loading = true;
    const int generation = ++m_loadGeneration;
    DeckRequest request;
    request.sessionId = m_session->currentData().toLongLong();
    auto db = m_context.database();
    m_status->setText(tr("Reading the figures…"));
    ui::runTask<Result<DeckData>>(&m_context, this, tr("Preparing the projector slides"),
        [db, request](ui::TaskControl &) { return presentation::loadDeck(*db, request); },
        [this, generation](Result<DeckData> deck) {
            if (generation != m_loadGeneration) // a newer request is on its way
                return;
            m_loading = false;
            if (!deck) {
                m_status->setText(tr("The slides could not be prepared: %1").arg(deck.errorText()));
                m_preview->setMessage(deck.errorText());
                m_startWhenLoaded = false;
                return;
            }
            showDeck(std::make_shared<const DeckData>(std::move(deck).value()));
        });
}

void ProjectorPage::showDeck(std::shared_ptr<const DeckData> deck)
{
    m_previewSlides.clear();
    m_deck = std::move(deck);
    m_previewSlides = buildDeck(*m_deck);
    const DeckHeader &h = m_deck->header;
    m_status->setText(tr("Figures of %1 for %2, read at %3.")
                          .arg(h.period.from.isValid() ? periodText(h.period) : QStringLiteral("\u2014"), h.officeName,
                               QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    updatePreview();
    if (m_projector)
        m_projector->setData(m_deck);
    if (m_startWhenLoaded)
        start();
    emit deckLoaded();
}

void ProjectorPage::updatePreview()
{
    const int row = m_slides->currentRow();
    if (!m_deck || row < 0 || row >= static_cast<int>(m_previewSlides.size())) {
        m_preview->setMessage(m_loading ? tr("Reading the figures…") : QString());
        return;
    }
    m_preview->setSlide(m_previewSlides[static_cast<size_t>(row)].get(), {footerText(*m_deck), row + 1, m_slides->count(), {}});
}

void ProjectorPage::start()
{
    if (!m_deck || m_loading) {
        m_startWhenLoaded = true;
        if (!m_loading)
            loadDeck();
        return;
    }
    m_startWhenLoaded = false;
    const QStringList ids = chosenSlides();
    if (ids.isEmpty()) {
        m_status->setText(tr("Choose at least one slide."));
        return;
    }
    if (m_projector)
        m_projector->close();
    m_projector = new ProjectorWindow(m_deck, ids, this);
    connect(m_projector, &ProjectorWindow::reloadRequested, this, &ProjectorPage::loadDeck);
    m_projector->showOn(chosenScreen());
}

void ProjectorPage::saveImages()
{
    if (!m_deck)
        return;
    const QString folder = ui::existingDirectory(this, tr("Save slides as images"));
    if (folder.isEmpty())
        return;
    const QSize size = m_preview->screenSize();
    const SlideList slides = buildDeck(*m_deck, chosenSlides());
    int number = 0;
    for (const auto &slide : slides) {
        ++number;
        const QImage image = renderSlide(*slide, size, {footerText(*m_deck), number, static_cast<int>(slides.size()), {}});
        const QString file = QDir(folder).filePath(QStringLiteral("slide-%1-%2.png").arg(number, 2, 10, QLatin1Char('0')).arg(slide->id()));
        if (!image.save(file)) {
            m_context.showStatus(tr("Could not write %1").arg(file));
            return;
        }
    }
    m_context.showStatus(tr("%n slide(s) saved in %1", nullptr, number).arg(folder));
}

} // namespace perisai::presentation
