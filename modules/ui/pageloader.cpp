#include "ui/pageloader.h"

#include "ui/appcontext.h"

namespace perisai::ui {

PageLoader::PageLoader(AppContext *context, QObject *parent) : QObject(parent), m_context(context) {}

} // namespace perisai::ui
