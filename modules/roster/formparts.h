#pragma once
// Small pieces the roster's forms share: the red line under a field, the banner for an edit conflict,
// option combos filled from lookups.

#include "core/result.h"
#include "roster/lookuprepository.h"

#include <QString>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace perisai::roster {

QLabel *makeFieldError(QWidget *parent = nullptr);
void setFieldError(QLabel *label, QWidget *input, const QString &message);

// A red banner with a message and one button (hidden until used).
struct Banner {
    QWidget *widget = nullptr;
    QLabel *text = nullptr;
    QPushButton *button = nullptr;
};
Banner makeBanner(const QString &buttonText, const QString &objectName = QStringLiteral("noticeBad"));
// A failed save: an edit conflict in the banner (it names who changed the row and when), anything else in
// the red line under the form.
void showSaveError(const Banner &conflict, QLabel *formError, const Error &error);

// Fills a combo with options (data = id); `none`: a first entry with id 0 ("All KCP", "– choose –").
void fillOptions(QComboBox *combo, const QList<Option> &options, const QString &none = {});
void selectId(QComboBox *combo, qint64 id);
qint64 selectedId(const QComboBox *combo);

} // namespace perisai::roster
