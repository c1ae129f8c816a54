#include "periodpicker.h"

#include "core/format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace perisai::performance {

namespace {
enum Preset { YearToDate, LastYear, Last12, AllData, Custom };
}

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox), m_from(new QComboBox), m_to(new QComboBox)
{
    m_preset->addItems({tr("This year so far"), tr("Last year"), tr("Last 12 months"), tr("All data"), tr("Chosen months")});
    // The months arrive after the first show: the boxes grow with them ("Nov 2026", never "Nov 202").
    for (QComboBox *box : {m_preset, m_from, m_to})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_preset->setToolTip(tr("Period"));
    m_from->setToolTip(tr("First month"));
    m_to->setToolTip(tr("Last month"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::activated, this, &PeriodPicker::applyPreset);
    connect(m_from, &QComboBox::activated, this, &PeriodPicker::monthsEdited);
    connect(m_to, &QComboBox::activated, this, &PeriodPicker::monthsEdited);
}

void PeriodPicker::fillMonths()
{
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->clear();
    m_to->clear();
    if (!m_data.from.isValid())
        return;
    for (YearMonth m = m_data.from; m <= m_data.to; m = m.addMonths(1)) {
        const QString label = fmt::monthShort(m.month()) + QLatin1Char(' ') + QString::number(m.year());
        m_from->addItem(label, m.key());
        m_to->addItem(label, m.key());
    }
}

void PeriodPicker::setDataRange(const PeriodRange &data)
{
    const PeriodRange current = period();
    m_data = data;
    fillMonths();
    if (current.from.isValid() && data.contains(current.from) && data.contains(current.to))
        setPeriod(current);
    else
        applyPreset(YearToDate);
}

void PeriodPicker::setPeriod(const PeriodRange &period)
{
    m_updating = true;
    m_from->setCurrentIndex(m_from->findData(period.from.key()));
    m_to->setCurrentIndex(m_to->findData(period.to.key()));
    m_updating = false;
}

PeriodRange PeriodPicker::period() const
{
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return {};
    return {YearMonth::fromKey(m_from->currentData().toInt()), YearMonth::fromKey(m_to->currentData().toInt())};
}

void PeriodPicker::applyPreset(int index)
{
    if (!m_data.from.isValid())
        return;
    const YearMonth last = m_data.to;
    PeriodRange r;
    switch (index) {
    case YearToDate:
        r = {YearMonth(last.year(), 1), last};
        break;
    case LastYear:
        r = PeriodRange::year(last.year() - 1);
        break;
    case Last12:
        r = {last.addMonths(-11), last};
        break;
    case AllData:
        r = m_data;
        break;
    default:
        return;
    }
    r.from = std::max(r.from, m_data.from);
    r.to = std::min(r.to, m_data.to);
    m_preset->setCurrentIndex(index);
    setPeriod(r);
    emit periodChanged(period());
}

void PeriodPicker::monthsEdited()
{
    if (m_updating)
        return;
    // A first month after the last one moves the other end along.
    if (m_from->currentIndex() > m_to->currentIndex()) {
        if (sender() == m_from)
            m_to->setCurrentIndex(m_from->currentIndex());
        else
            m_from->setCurrentIndex(m_to->currentIndex());
    }
    m_preset->setCurrentIndex(Custom);
    emit periodChanged(period());
}

} // namespace perisai::performance
