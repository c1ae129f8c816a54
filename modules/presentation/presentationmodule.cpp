#include "presentation/presentationmodule.h"

#include "ui/pageheader.h"

#include <QCoreApplication>
#include <QVBoxLayout>
#include <QWidget>

namespace perisai::presentation {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("presentation"); }
    QString title() const override { return QCoreApplication::translate("presentation", "Projector"); }
    QString iconName() const override { return QStringLiteral("projector"); }
    int order() const override { return 80; }
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

} // namespace perisai::presentation
