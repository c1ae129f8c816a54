#include "officesmodule.h"

#include "offices/officespage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::offices {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("offices"); }
    QString title() const override { return QCoreApplication::translate("offices", "Offices"); }
    QString iconName() const override { return QStringLiteral("office"); }
    int order() const override { return 50; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new OfficesPage(context, parent);
        return m_page;
    }

    QList<QAction *> toolbarActions() const override { return m_page ? m_page->actions() : QList<QAction *>{}; }

    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }

private:
    QPointer<OfficesPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::offices
