#include "shell/firststart.h"

#include "offices/branchsetupform.h"
#include "shell/demofill.h"

#include <algorithm>

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace perisai::shell {

FirstStartDialog::FirstStartDialog(storage::DatabasePtr db, Start start, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Perisai Desk: first start"));
    setObjectName(QStringLiteral("firstStart"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(makeChoicePage());
    m_pages->addWidget(makeSetupPage());
    connect(m_pages, &QStackedWidget::currentChanged, this, &FirstStartDialog::fitPage);
    fitPage();
    if (start == Start::SetupForm)
        showSetup();
}

// A stacked widget is as tall as its tallest page (even its height-for-width takes every page): the short
// choice would sit above the set-up form's empty space. The dialog takes the height of the page it shows.
void FirstStartDialog::fitPage()
{
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    const QMargins margins = layout()->contentsMargins();
    const QWidget *page = m_pages->currentWidget();
    const int pageWidth = width() - margins.left() - margins.right();
    const int height = page->hasHeightForWidth() ? page->heightForWidth(pageWidth) : page->sizeHint().height();
    resize(width(), std::max(height + margins.top() + margins.bottom(), minimumSizeHint().height()));
}

QWidget *FirstStartDialog::makeChoicePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Welcome to Perisai Desk"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *intro = new QLabel(tr("This database is still empty. How would you like to begin?"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);
    auto *demo = new QCommandLinkButton(tr("Try it with demo data"),
                                        tr("A made-up branch with 2 KCP, 10 wadah, 50 agents and three years of figures, to "
                                           "look around. It is marked as demo data in the title bar; start your own "
                                           "database later from the File menu."));
    demo->setObjectName(QStringLiteral("chooseDemo"));
    demo->setAutoDefault(false);
    connect(demo, &QCommandLinkButton::clicked, this, &FirstStartDialog::chooseDemo);
    layout->addWidget(demo);
    auto *setup = new QCommandLinkButton(tr("Set up my branch office"),
                                         tr("Enter your branch and its KCP (a minute), then import your own wadah, agents, "
                                            "participants and contributions."));
    setup->setObjectName(QStringLiteral("chooseSetup"));
    setup->setAutoDefault(false);
    connect(setup, &QCommandLinkButton::clicked, this, &FirstStartDialog::showSetup);
    layout->addWidget(setup);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox;
    QPushButton *later = buttons->addButton(tr("Later: open the empty database"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("later"));
    later->setAutoDefault(false); // Enter should not skip the choice
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(tr("Until offices are set up, this choice is offered at every start."));
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(buttons);
    return page;
}

QWidget *FirstStartDialog::makeSetupPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Set up your branch office"));
    title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Wadah, agents, participants and Monev sessions belong to an office: enter your branch "
                                "(KC) and its KCP. Offices can be changed later on the Offices page, or imported as a "
                                "file (import kind: offices)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new offices::BranchSetupForm(m_db);
    layout->addWidget(m_form, 1);
    auto *buttons = new QDialogButtonBox;
    QPushButton *back = buttons->addButton(tr("Back"), QDialogButtonBox::ResetRole);
    QPushButton *save = buttons->addButton(tr("Save and start"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveSetup"));
    connect(back, &QPushButton::clicked, this, [this]() { m_pages->setCurrentIndex(0); });
    connect(save, &QPushButton::clicked, this, &FirstStartDialog::saveSetup);
    layout->addWidget(buttons);
    return page;
}

void FirstStartDialog::chooseDemo()
{
    m_choice = Choice::Demo;
    accept();
}

void FirstStartDialog::showSetup()
{
    m_pages->setCurrentIndex(1);
    // Only now is the button inside the dialog, so that the dialog takes it as its default (Enter saves).
    findChild<QPushButton *>(QStringLiteral("saveSetup"))->setDefault(true);
}

bool FirstStartDialog::saveSetup()
{
    if (!m_form->save())
        return false;
    m_choice = Choice::Setup;
    accept();
    return true;
}

FirstStartOutcome runFirstStart(const storage::DatabasePtr &db, FirstStartDialog::Start start, QWidget *parent)
{
    FirstStartDialog dialog(db, start, parent);
    const QString screenshot = qEnvironmentVariable("PERISAI_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        if (qEnvironmentVariable("PERISAI_SCREENSHOT_PAGE") == QLatin1String("setup"))
            dialog.showSetup();
        const int delay = qEnvironmentVariableIntValue("PERISAI_SCREENSHOT_DELAY") > 0
                              ? qEnvironmentVariableIntValue("PERISAI_SCREENSHOT_DELAY") : 1500;
        QTimer::singleShot(delay, &dialog, [&dialog, screenshot]() {
            dialog.grab().save(screenshot);
            dialog.done(QDialog::Rejected);
        });
        dialog.exec();
        return FirstStartOutcome::Screenshot;
    }
    dialog.exec();
    switch (dialog.choice()) {
    case FirstStartDialog::Choice::Demo:
        return fillWithDemoData(db, parent) ? FirstStartOutcome::Demo : FirstStartOutcome::Later;
    case FirstStartDialog::Choice::Setup:
        return FirstStartOutcome::Setup;
    case FirstStartDialog::Choice::Later:
        break;
    }
    return FirstStartOutcome::Later;
}

} // namespace perisai::shell
