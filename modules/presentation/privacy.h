#pragma once
// The projector shows a room names only. Free text typed by staff (an obstacle, an action) may still hold
// a NIK or a phone number: every such number is masked before it reaches a slide.

#include <QString>

namespace perisai::presentation {

// Masks each run of 8 or more digits (spaces, dots and dashes between them allowed; an optional leading
// "+") as "3309••••••••0007" or "+62••••••89". Amounts written after "Rp" are left alone.
QString scrubPersonalData(const QString &text);

} // namespace perisai::presentation
