#pragma once

#include <QString>

namespace perisai::shell {

// Installs the translations of every module (":/i18n/<module>_<lang>.qm") and Qt's own, and the
// formatting locale. Replaces whatever language was installed before.
void installLanguage(const QString &language);

} // namespace perisai::shell
