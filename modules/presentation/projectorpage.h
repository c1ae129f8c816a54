#pragma once
// The Projector page: choose the Monev session (optional), the display and the slides, look at a preview,
// then start the full-screen projector.

#include "deckdata.h"
#include "projectorwindow.h"
#include "slide.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScreen;

namespace perisai::ui {
class AppContext;
}

namespace perisai::presentation {

class SlidePreview;

class ProjectorPage : public QWidget {
    Q_OBJECT

public:
    ProjectorPage(ui::AppContext &context, QWidget *parent = nullptr);
    ~ProjectorPage() override;

    QList<QAction *> actions() const { return {m_startAction, m_refreshAction, m_saveAction}; }
    // Selects the session (0: none) and, when `start` is set, starts the projector once its data is read.
    void openSession(qint64 sessionId, bool start);
    void start();

    // For tests and the session picker: what is loaded and chosen.
    const DeckData *deck() const { return m_deck.get(); }
    QStringList chosenSlides() const;
    ProjectorWindow *projector() const { return m_projector; }
    bool isLoading() const { return m_loading; }

signals:
    void deckLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void buildUi();
    void loadSessions();
    void loadDeck();
    void showDeck(std::shared_ptr<const DeckData> deck);
    void updatePreview();
    void fillScreens();
    QScreen *chosenScreen() const;
    void saveImages();
    void rememberChoices();

    ui::AppContext &m_context;
    QComboBox *m_session = nullptr;
    QComboBox *m_screen = nullptr;
    QListWidget *m_slides = nullptr;
    SlidePreview *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startButton = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_saveAction = nullptr;

    std::shared_ptr<const DeckData> m_deck;
    SlideList m_previewSlides;
    QPointer<ProjectorWindow> m_projector;
    qint64 m_wantedSession = -1; // a session to select once the list is read (-1: none pending)
    bool m_startWhenLoaded = false;
    bool m_loading = false;
    bool m_stale = true; // the figures shown are older than the data
    int m_loadGeneration = 0;
};

} // namespace perisai::presentation
