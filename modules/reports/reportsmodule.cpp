#include "reports/reportsmodule.h"

#include "ui/pageheader.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWidget>

namespace perisai::reports {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("reports"); }
    QString title() const override { return QCoreApplication::translate("reports", "Reports"); }
    QString iconName() const override { return QStringLiteral("reports"); }
    int order() const override { return 70; }
    QWidget *createPage(ui::AppContext &, QWidget *parent) override
    {
        auto *page = new QWidget(parent);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new ui::PageHeader(title()));
        layout->addStretch();
        return page;
    }
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::reports
