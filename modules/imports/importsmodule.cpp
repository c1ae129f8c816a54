#include "imports/importsmodule.h"

#include "ui/pageheader.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWidget>

namespace perisai::imports {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("imports"); }
    QString title() const override { return QCoreApplication::translate("imports", "Import"); }
    QString iconName() const override { return QStringLiteral("import"); }
    int order() const override { return 60; }
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

} // namespace perisai::imports
