#include "agreements/agreementsmodule.h"

#include "agreements/agreementservice.h"
#include "agreements/agreementspage.h"
#include "ui/appcontext.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::agreements {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("agreements"); }
    QString title() const override { return QCoreApplication::translate("Agreements", "Agreements (PKS)"); }
    QString iconName() const override { return QStringLiteral("agreements"); }
    int order() const override { return 40; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new AgreementsPage(context, parent);
        return m_page;
    }
    QList<QAction *> toolbarActions() const override { return m_page ? m_page->toolbarActions() : QList<QAction *>(); }
    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }
    // Runs off the UI thread (the database hands this thread its own connection).
    QStringList startupNotices(ui::AppContext &context) override
    {
        auto reminders = agreementReminders(*context.database(), QDate::currentDate());
        if (!reminders)
            return {QCoreApplication::translate("Agreements", "PKS reminders could not be read: %1").arg(reminders.errorText())};
        return reminders->lines();
    }

private:
    QPointer<AgreementsPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::agreements
