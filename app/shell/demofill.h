#pragma once
// Filling an empty database with a small branch's demo data from the window: a progress dialog, the work off
// the UI thread, and Skip. Skipped or failed, the database stays empty, so the first-start choice comes back.

#include "storage/database.h"

class QWidget;

namespace perisai::shell {

// True when the demo data was written.
bool fillWithDemoData(const storage::DatabasePtr &db, QWidget *parent = nullptr);

} // namespace perisai::shell
