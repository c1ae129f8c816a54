#include "monev/monevmodule.h"

#include "ui/pageheader.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWidget>

namespace perisai::monev {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("monev"); }
    QString title() const override { return QCoreApplication::translate("monev", "Monev"); }
    QString iconName() const override { return QStringLiteral("monev"); }
    int order() const override { return 30; }
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

} // namespace perisai::monev
