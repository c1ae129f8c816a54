#include "ui/personaldata.h"

#include "core/nik.h"
#include "core/phone.h"

namespace perisai::ui {

QString showNik(const QString &nik, bool reveal)
{
    return reveal ? nik : Nik::mask(nik);
}

QString showPhone(const QString &phone, bool reveal)
{
    return reveal || phone.isEmpty() ? phone : Phone::mask(phone);
}

QString showAccount(const QString &account, bool reveal)
{
    if (reveal || account.size() <= 4)
        return account;
    return QString(account.size() - 4, QChar(0x2022)) + account.right(4);
}

} // namespace perisai::ui
