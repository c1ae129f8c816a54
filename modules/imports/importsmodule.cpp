#include "importsmodule.h"

#include "importspage.h"
#include "importwizard.h"
#include "ui/theme.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>

namespace perisai::imports {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("imports"); }
    QString title() const override { return QCoreApplication::translate("imports", "Import"); }
    QString iconName() const override { return QStringLiteral("import"); }
    int order() const override { return 60; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new ImportsPage(context, parent);
        auto *open = new QAction(ui::icon(QStringLiteral("open")), QCoreApplication::translate("imports", "Import a file…"), m_page);
        auto *history = new QAction(ui::icon(QStringLiteral("history")), QCoreApplication::translate("imports", "Imported files"), m_page);
        QObject::connect(open, &QAction::triggered, m_page, [page = m_page]() {
            page->showWizard();
            page->wizard()->browse();
        });
        QObject::connect(history, &QAction::triggered, m_page, [page = m_page]() { page->showBatches(); });
        m_actions = {open, history};
        return m_page;
    }

    QList<QAction *> toolbarActions() const override { return m_page ? m_actions : QList<QAction *>{}; }

    // {"batches": true} shows the imported files; {"kind": "contributions"} starts an import of that kind.
    void open(const QVariantMap &args) override
    {
        if (!m_page)
            return;
        if (args.value(QStringLiteral("batches")).toBool()) {
            m_page->showBatches();
            return;
        }
        m_page->showWizard();
        if (const auto kind = parseKind(args.value(QStringLiteral("kind")).toString()))
            m_page->wizard()->setKind(*kind);
    }

    QVariantMap saveState() const override { return m_page ? m_page->wizard()->state() : QVariantMap(); }
    void restoreState(const QVariantMap &state) override
    {
        if (m_page)
            m_page->wizard()->restoreState(state);
    }

private:
    QPointer<ImportsPage> m_page;
    QList<QAction *> m_actions;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::imports
