#include "incentives/incentivesmodule.h"

#include "incentives/incentivespage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::incentives {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("incentives"); }
    QString title() const override { return QCoreApplication::translate("Incentives", "Incentives"); }
    QString iconName() const override { return QStringLiteral("money"); }
    int order() const override { return 45; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new IncentivesPage(context, parent);
        return m_page;
    }
    QList<QAction *> toolbarActions() const override { return m_page ? m_page->toolbarActions() : QList<QAction *>(); }
    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }

private:
    QPointer<IncentivesPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule() { return std::make_unique<Module>(); }

} // namespace perisai::incentives
