#pragma once
// The review module's words outside a widget, in one translation context ("Review") that lupdate reads
// from Review::tr and the running application looks up under the same name.

#include <QCoreApplication>

struct Review {
    Q_DECLARE_TR_FUNCTIONS(Review)
};
