#include "presentationmodule.h"

#include "projectorpage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::presentation {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("presentation"); }
    QString title() const override { return QCoreApplication::translate("presentation", "Projector"); }
    QString iconName() const override { return QStringLiteral("projector"); }
    int order() const override { return 80; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new ProjectorPage(context, parent);
        return m_page;
    }

    QList<QAction *> toolbarActions() const override { return m_page ? m_page->actions() : QList<QAction *>(); }

    // {"session": id}: the Monev page's "show on the projector" starts the deck of that session.
    void open(const QVariantMap &args) override
    {
        if (m_page && args.contains(QStringLiteral("session")))
            m_page->openSession(args.value(QStringLiteral("session")).toLongLong(), true);
    }

private:
    QPointer<ProjectorPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::presentation
