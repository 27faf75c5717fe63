// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>

namespace DealScope {

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredEncoding)
{
    Q_UNUSED(declaredEncoding);
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.text = normaliseLineEndings(decoder.decode(bytes));
    result.encoding = QStringLiteral("UTF-8");
    if (decoder.hasError())
        result.error = QStringLiteral("not valid UTF-8");
    return result;
}

QString TextDecoder::normaliseLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace DealScope
