#pragma once

#include <QStringList>

namespace perisai::shell {

// Names, translations and formatting locale; called once the QApplication exists.
void setupApplication(const QStringList &args);
// Opens the database (--database, the last one used, or the default file; the first-start choice when it is empty)
// and shows the main window. Returns the event loop's exit status.
int runWindow(const QStringList &args);

} // namespace perisai::shell
