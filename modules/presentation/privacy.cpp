#include "privacy.h"

#include <QRegularExpression>

namespace perisai::presentation {

QString scrubPersonalData(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("\\+?\\d(?:[ .\\-]?\\d){7,}"));
    static const QRegularExpression money(QStringLiteral("Rp\\s?$"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (money.match(text.left(m.capturedStart())).hasMatch()) {
            out += m.captured();
            continue;
        }
        QString digits = m.captured();
        const bool plus = digits.startsWith(QLatin1Char('+'));
        digits.remove(QRegularExpression(QStringLiteral("\\D")));
        const qsizetype keep = digits.size() >= 12 ? 4 : 2;
        out += (plus ? QStringLiteral("+") : QString()) + digits.left(keep) + QString(digits.size() - 2 * keep, QChar(0x2022))
               + digits.right(keep);
    }
    out += text.mid(last);
    return out;
}

} // namespace perisai::presentation
