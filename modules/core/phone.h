#pragma once
// Indonesian phone numbers, normalised to +62 form ("0812-3456-789" -> "+628123456789").

#include "core/result.h"

namespace perisai {

class Phone {
public:
    // Accepts 08.., 628.., +628.., 8.. (leading zero lost in a spreadsheet), with spaces, dots, dashes.
    static Result<QString> normalize(const QString &text);
    // "+62812•••••789"
    static QString mask(const QString &phone);
};

} // namespace perisai
