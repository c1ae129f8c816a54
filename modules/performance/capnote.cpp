#include "capnote.h"

#include "core/format.h"

#include <QCoreApplication>

namespace perisai::performance {
namespace {
struct CapNote {
    Q_DECLARE_TR_FUNCTIONS(CapNote)
};
} // namespace

QString aboveCapExplanation(double cap)
{
    return CapNote::tr("Above the cap of %1 of the target: what passes the cap does not count toward the branch's achievement. "
                       "Worth a look (a target set too low, or registrations to check), not a failure.")
        .arg(fmt::percent(cap, 0));
}

} // namespace perisai::performance
