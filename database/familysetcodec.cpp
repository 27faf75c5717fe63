// SPDX-License-Identifier: GPL-3.0-or-later
#include "familysetcodec.h"

#include <QtEndian>

#include <algorithm>

namespace DealScope {

QByteArray FamilySetCodec::encode(QList<qint64> families)
{
    std::sort(families.begin(), families.end());
    families.erase(std::unique(families.begin(), families.end()), families.end());
    QByteArray out(families.size() * 4, Qt::Uninitialized);
    uchar *at = reinterpret_cast<uchar *>(out.data());
    for (const qint64 f : std::as_const(families)) {
        qToLittleEndian(quint32(f), at);
        at += 4;
    }
    return out;
}

bool FamilySetCodec::decode(QByteArrayView bytes, QList<qint64> &families)
{
    if (bytes.size() % 4 != 0)
        return false;
    const auto *at = reinterpret_cast<const uchar *>(bytes.data());
    families.reserve(families.size() + bytes.size() / 4);
    for (qsizetype i = 0; i < bytes.size(); i += 4)
        families.append(qint64(qFromLittleEndian<quint32>(at + i)));
    return true;
}

} // namespace DealScope
