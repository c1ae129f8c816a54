#include "monevmodule.h"

#include "monevpage.h"
#include "monevservice.h"
#include "ui/appcontext.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::monev {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("monev"); }
    QString title() const override { return QCoreApplication::translate("monev", "Monev"); }
    QString iconName() const override { return QStringLiteral("monev"); }
    int order() const override { return 30; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new MonevPage(context, parent);
        return m_page;
    }

    QList<QAction *> toolbarActions() const override { return m_page ? m_page->toolbarActions() : QList<QAction *>{}; }

    // {"session": id} shows that session.
    void open(const QVariantMap &args) override
    {
        if (m_page && args.contains(QStringLiteral("session")))
            m_page->openSession(args.value(QStringLiteral("session")).toLongLong());
    }

    QStringList startupNotices(ui::AppContext &context) override
    {
        auto overdue = MonevService(*context.database()).overdueActions();
        if (!overdue || *overdue == 0)
            return {};
        const int late = static_cast<int>(*overdue);
        return {QCoreApplication::translate("monev", "%n Monev action item(s) are past their due date: see Monev > Follow-up.",
                                            nullptr, late)};
    }

private:
    QPointer<MonevPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::monev
