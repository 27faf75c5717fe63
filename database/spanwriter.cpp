// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanwriter.h"

#include "asciidigits.h"

#include <cstring>

namespace DealScope {

void SpanWriter::rawNumber(double v)
{
    char bytes[sizeof v];
    std::memcpy(bytes, &v, sizeof v);
    m_out.append(bytes, sizeof v);
}

void SpanWriter::date(const QString &date)
{
    const quint64 packed = packedDate(date);
    varint(packed);
    if (packed == 0) {
        const QByteArray utf8 = date.toUtf8();
        varint(quint64(utf8.size()));
        m_out.append(utf8.constData(), size_t(utf8.size()));
    }
}

quint64 SpanWriter::packedDate(const QString &date)
{
    const qsizetype n = date.size();
    if (n != 4 && n != 7 && n != 10)
        return 0;
    const int year = asciiDigits(date, 0, 4);
    const int month = n > 4 && date.at(4) == u'-' ? asciiDigits(date, 5, 2) : (n > 4 ? -1 : 0);
    const int day = n > 7 && date.at(7) == u'-' ? asciiDigits(date, 8, 2) : (n > 7 ? -1 : 0);
    if (year < 0 || month < 0 || day < 0 || month > 12 || day > 31 || (n > 4 && month == 0) || (n > 7 && day == 0))
        return 0;
    return (quint64(year) * 13 + quint64(month)) * 32 + quint64(day) + 1;
}

} // namespace DealScope
