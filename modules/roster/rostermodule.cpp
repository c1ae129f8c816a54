#include "rostermodule.h"

#include "roster/rosterpage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::roster {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("roster"); }
    QString title() const override { return QCoreApplication::translate("roster", "Agents"); }
    QString iconName() const override { return QStringLiteral("agents"); }
    int order() const override { return 20; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new RosterPage(context, parent);
        return m_page;
    }

    QList<QAction *> toolbarActions() const override { return m_page ? m_page->actions() : QList<QAction *>{}; }

    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }

private:
    QPointer<RosterPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::roster
