#pragma once
// Personal data on screen: masked unless the user has chosen to reveal it (AppContext::revealPersonalData).

#include <QString>

namespace perisai::ui {

QString showNik(const QString &nik, bool reveal);
QString showPhone(const QString &phone, bool reveal);
QString showAccount(const QString &account, bool reveal); // "••••••4321"

} // namespace perisai::ui
