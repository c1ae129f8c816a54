#pragma once
// Chooses a range of months: a ready choice (this year so far, last year, last 12 months, all data)
// or any first and last month within the data.

#include "core/period.h"

#include <QWidget>

class QComboBox;

namespace perisai::performance {

class PeriodPicker : public QWidget {
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    // The months that hold data; the choices are built from them. Keeps the current range if it fits.
    void setDataRange(const PeriodRange &data);
    void setPeriod(const PeriodRange &period);
    PeriodRange period() const;

signals:
    void periodChanged(const PeriodRange &period);

private:
    void applyPreset(int index);
    void monthsEdited();
    void fillMonths();

    PeriodRange m_data;
    QComboBox *m_preset;
    QComboBox *m_from;
    QComboBox *m_to;
    bool m_updating = false;
};

} // namespace perisai::performance
