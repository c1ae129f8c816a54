#include "core/phone.h"

#include <QCoreApplication>

namespace perisai {

Result<QString> Phone::normalize(const QString &text)
{
    QString digits;
    bool plus = false;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            plus = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(')
                 && c != QLatin1Char(')'))
            return makeError(QCoreApplication::translate("Phone", "phone number \"%1\" contains \"%2\"").arg(text, c));
    }
    if (digits.isEmpty())
        return makeError(QCoreApplication::translate("Phone", "phone number is empty"));

    QString national; // without country code and without leading 0
    if (digits.startsWith(QLatin1String("62")))
        national = digits.mid(2);
    else if (plus)
        return makeError(QCoreApplication::translate("Phone", "phone number \"%1\" is not an Indonesian (+62) number").arg(text));
    else if (digits.startsWith(QLatin1Char('0')))
        national = digits.mid(1);
    else
        national = digits;

    if (national.startsWith(QLatin1Char('0')) || national.size() < 8 || national.size() > 12)
        return makeError(QCoreApplication::translate("Phone", "phone number \"%1\" has the wrong number of digits").arg(text));
    return QStringLiteral("+62") + national;
}

QString Phone::mask(const QString &phone)
{
    if (phone.size() < 10)
        return QString(phone.size(), QChar(0x2022));
    return phone.left(6) + QString(phone.size() - 9, QChar(0x2022)) + phone.right(3);
}

} // namespace perisai
