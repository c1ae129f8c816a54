#include "performance/performancemodule.h"

#include "ui/pageheader.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWidget>

namespace perisai::performance {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("performance"); }
    QString title() const override { return QCoreApplication::translate("performance", "Dashboard"); }
    QString iconName() const override { return QStringLiteral("dashboard"); }
    int order() const override { return 10; }
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

} // namespace perisai::performance
