#include "reviewmodule.h"

#include "caserepository.h"
#include "reviewpage.h"
#include "roster/agentcases.h"
#include "ui/appcontext.h"

#include "review/reviewtext.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::review {
namespace {

Result<QList<roster::AgentCaseLine>> openCasesOf(const storage::Database &db, qint64 agentId)
{
    CaseFilter f;
    f.agentId = agentId;
    f.undecidedOnly = true;
    auto cases = CaseRepository(db).list(f);
    if (!cases)
        return cases.error();
    QList<roster::AgentCaseLine> out;
    for (const ReviewCase &c : *cases)
        out.push_back({c.id, caseKindTitle(c.kind), stateTitle(c.state), c.detail, c.openedAt});
    return out;
}

class Module final : public ui::Module {
public:
    Module() { roster::setAgentCaseReader(openCasesOf); }
    ~Module() override { roster::setAgentCaseReader({}); }

    QString id() const override { return QStringLiteral("review"); }
    QString title() const override { return Review::tr("Review"); }
    QString iconName() const override { return QStringLiteral("flag"); }
    int order() const override { return 45; }

    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new ReviewPage(context, parent);
        return m_page;
    }

    // {"case": id} shows that case.
    void open(const QVariantMap &args) override
    {
        if (m_page && args.contains(QStringLiteral("case")))
            m_page->openCase(args.value(QStringLiteral("case")).toLongLong());
    }

    QStringList startupNotices(ui::AppContext &context) override
    {
        CaseFilter f;
        f.undecidedOnly = true;
        auto cases = CaseRepository(*context.database()).list(f);
        if (!cases || cases->empty())
            return {};
        return {Review::tr("%n review case(s) wait for a decision: see Review.", nullptr, int(cases->size()))};
    }

private:
    QPointer<ReviewPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::review
