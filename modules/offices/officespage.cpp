#include "officespage.h"

#include "offices/officeform.h"
#include "offices/officerepository.h"
#include "offices/officetreemodel.h"
#include "roster/formparts.h"
#include "roster/querythread.h"
#include "ui/appcontext.h"
#include "ui/pageheader.h"
#include "ui/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::offices {

OfficesPage::OfficesPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_queries(new roster::QueryThread(context.database(), this)),
      m_model(new OfficeTreeModel(this)), m_reloadTimer(new QTimer(this))
{
    m_commands.db = context.database();
    m_commands.app = &context;
    m_commands.reportError = [this](const QString &message) { showNotice(message, true); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new ui::PageHeader(tr("Offices"));
    m_header->setSubtitle(tr("Kanwil → KC → KCP: the offices that wadah, agents, participants and Monev sessions belong to"));
    layout->addWidget(m_header);
    roster::Banner notice = roster::makeBanner(tr("Dismiss"), QStringLiteral("notice"));
    m_notice = notice.widget;
    m_noticeText = notice.text;
    connect(notice.button, &QPushButton::clicked, m_notice, &QWidget::hide);
    layout->addWidget(m_notice);

    // A fresh database: say how to begin, with the two ways at hand.
    m_empty = new QWidget;
    m_empty->setObjectName(QStringLiteral("notice"));
    m_empty->setAttribute(Qt::WA_StyledBackground);
    auto *emptyRow = new QHBoxLayout(m_empty);
    auto *emptyText = new QLabel(tr("<b>No offices yet.</b> Add your branch office (KC) and then its KCP, or import a "
                                    "list of offices (kode_kantor, nama, jenis, induk, wilayah). Wadah, agents and Monev "
                                    "sessions need an office to belong to."));
    emptyText->setWordWrap(true);
    emptyRow->addWidget(emptyText, 1);
    auto *addBranch = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add the branch office"));
    addBranch->setObjectName(QStringLiteral("addBranch"));
    connect(addBranch, &QPushButton::clicked, this, &OfficesPage::addOffice);
    emptyRow->addWidget(addBranch);
    auto *importOffices = new QPushButton(ui::icon(QStringLiteral("import")), tr("Import offices…"));
    connect(importOffices, &QPushButton::clicked, this, [this]() {
        m_context.navigate(QStringLiteral("imports"), {{QStringLiteral("kind"), QStringLiteral("offices")}});
    });
    emptyRow->addWidget(importOffices);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("officeTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    auto *hint = new QLabel(tr("A closed office keeps its history (wadah, agents, participants, Monev sessions); forms "
                               "no longer offer it. Close an office once its wadah and agents have moved elsewhere."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    setupActions();
    connect(m_tree, &QTreeView::doubleClicked, this, [this]() { editOffice(currentOfficeId()); });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &OfficesPage::reload);
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const char *t : {"offices", "wadah", "agents", "workforce", "import_batches"})
            if (tables.contains(QLatin1String(t))) {
                m_reloadTimer->start();
                return;
            }
    });
    reload();
}

OfficesPage::~OfficesPage() = default;

void OfficesPage::setupActions()
{
    auto action = [this](const QString &icon, const QString &text, auto slot) {
        auto *a = new QAction(ui::icon(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    action(QStringLiteral("add"), tr("Add office"), &OfficesPage::addOffice)->setShortcut(QKeySequence::New);
    m_addBelow = action(QStringLiteral("office"), tr("Add KCP below"), [this]() { addBelow(currentOfficeId()); });
    m_edit = action(QStringLiteral("edit"), tr("Edit"), [this]() { editOffice(currentOfficeId()); });
    m_close = action(QStringLiteral("terminate"), tr("Close office"), [this]() { toggleClosed(currentOfficeId()); });
    action(QStringLiteral("import"), tr("Import offices"), [this]() {
        m_context.navigate(QStringLiteral("imports"), {{QStringLiteral("kind"), QStringLiteral("offices")}});
    });
    action(QStringLiteral("refresh"), tr("Refresh"), &OfficesPage::reload)->setShortcut(QKeySequence::Refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OfficesPage::updateActions);
    updateActions();
}

void OfficesPage::updateActions()
{
    const OfficeRow *row = m_model->row(currentOfficeId());
    m_edit->setEnabled(row);
    m_close->setEnabled(row);
    m_close->setText(row && !row->office.isOpen() ? tr("Reopen office") : tr("Close office"));
    // Below a KC come KCP; below a Kanwil, KC.
    const bool canHaveChildren = row && row->office.isOpen() && row->office.kind != QLatin1String("kcp");
    m_addBelow->setEnabled(canHaveChildren);
    m_addBelow->setText(row && row->office.kind == QLatin1String("kanwil") ? tr("Add KC below") : tr("Add KCP below"));
}

void OfficesPage::reload()
{
    m_queries->run<OfficesData>(this, [](const storage::Database &db) { return loadOfficesData(db); },
                                [this](OfficesData data) { applyData(std::move(data)); });
}

void OfficesPage::applyData(OfficesData data)
{
    if (!data.error.isEmpty()) {
        showNotice(tr("The offices could not be read: %1").arg(data.error), true);
        return;
    }
    const qint64 current = currentOfficeId();
    m_data = std::move(data);
    m_model->setData(m_data);
    m_tree->expandAll();
    // A model reset puts every column back to the default width, which cut codes and names short.
    for (int c = 0; c < OfficeTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_empty->setVisible(m_data.rows.isEmpty());
    int kc = 0, kcp = 0, closed = 0;
    for (const OfficeRow &r : std::as_const(m_data.rows)) {
        kc += r.office.kind == QLatin1String("kc");
        kcp += r.office.kind == QLatin1String("kcp");
        closed += !r.office.isOpen();
    }
    if (!m_data.rows.isEmpty())
        m_header->setSubtitle(closed > 0 ? tr("%n branch office(s) (KC), %1 KCP, %2 closed", nullptr, kc).arg(kcp).arg(closed)
                                         : tr("%n branch office(s) (KC), %1 KCP", nullptr, kc).arg(kcp));
    if (const QModelIndex i = m_model->indexOf(current); i.isValid())
        m_tree->setCurrentIndex(i);
    else if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    m_loaded = true;
    if (!m_pendingCode.isEmpty())
        selectOffice(std::exchange(m_pendingCode, QString()));
    updateActions();
    emit loaded();
}

qint64 OfficesPage::currentOfficeId() const
{
    return m_model->officeId(m_tree->currentIndex());
}

bool OfficesPage::selectOffice(const QString &code)
{
    for (const OfficeRow &r : std::as_const(m_data.rows)) {
        if (r.office.code.compare(code.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        const QModelIndex i = m_model->indexOf(r.office.id);
        m_tree->setCurrentIndex(i);
        m_tree->scrollTo(i);
        return true;
    }
    return false;
}

void OfficesPage::open(const QVariantMap &args)
{
    const QString code = args.value(QStringLiteral("office")).toString();
    if (code.isEmpty())
        return;
    if (!m_loaded)
        m_pendingCode = code;
    else if (!selectOffice(code))
        showNotice(tr("There is no office %1.").arg(code), true);
}

void OfficesPage::openForm(const Office &office)
{
    OfficeForm form(m_commands, m_context.undoStack(), m_data, this);
    form.setOffice(office);
    if (form.exec() == QDialog::Accepted)
        m_pendingCode = form.savedOffice().code;
}

void OfficesPage::addOffice()
{
    Office blank;
    // The first office of a database is its branch; later ones most often a KCP of the (only) branch.
    blank.kind = m_data.rows.isEmpty() ? QStringLiteral("kc") : QStringLiteral("kcp");
    openForm(blank);
}

void OfficesPage::addBelow(qint64 parentId)
{
    const OfficeRow *parent = m_model->row(parentId);
    if (!parent || parent->office.kind == QLatin1String("kcp"))
        return;
    Office blank;
    blank.kind = parent->office.kind == QLatin1String("kanwil") ? QStringLiteral("kc") : QStringLiteral("kcp");
    blank.parentId = parentId;
    blank.region = parent->office.region;
    openForm(blank);
}

void OfficesPage::editOffice(qint64 id)
{
    if (id <= 0)
        return;
    auto office = OfficeRepository(*m_commands.db).load(id);
    if (!office) {
        showNotice(office.error().message, true);
        return;
    }
    openForm(*office);
}

void OfficesPage::toggleClosed(qint64 id)
{
    if (id <= 0)
        return;
    auto loaded = OfficeRepository(*m_commands.db).load(id);
    if (!loaded) {
        showNotice(loaded.error().message, true);
        return;
    }
    const Office before = *loaded;
    OfficeService service = officeService(m_commands);
    auto after = before.isOpen() ? service.close(id, before.version) : service.reopen(id, before.version);
    if (!after) {
        showNotice(after.error().message, true);
        return;
    }
    m_context.undoStack()->push(new EditOfficeCommand(m_commands, before, *after));
    m_context.showStatus(after->isOpen() ? tr("Office %1 reopened.").arg(after->code)
                                         : tr("Office %1 closed; Edit → Undo opens it again.").arg(after->code));
    m_commands.changed({QStringLiteral("offices")});
}

void OfficesPage::showNotice(const QString &text, bool bad)
{
    m_noticeText->setText(text);
    m_notice->setObjectName(bad ? QStringLiteral("noticeBad") : QStringLiteral("notice"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->show();
}

QString OfficesPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

} // namespace perisai::offices
