// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include <openssl/evp.h>

#include <QCryptographicHash>

namespace DealScope {

QString ContentHash::sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &size, EVP_sha256(), nullptr) != 1)
        // Only when libcrypto cannot allocate: the same digest, slower.
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

} // namespace DealScope
