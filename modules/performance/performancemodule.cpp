#include "performancemodule.h"

#include "dashboardpage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::performance {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("performance"); }
    QString title() const override { return QCoreApplication::translate("performance", "Dashboard"); }
    QString iconName() const override { return QStringLiteral("dashboard"); }
    int order() const override { return 10; }
    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new DashboardPage(context, parent);
        return m_page;
    }
    QList<QAction *> toolbarActions() const override { return m_page ? m_page->actions() : QList<QAction *>(); }
    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }

private:
    QPointer<DashboardPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::performance
