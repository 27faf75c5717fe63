// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DealScope {

// Reads one article file: checks it can be read, decodes it, and hands it to
// the parser of its format. Every refusal comes with a reason for a person
// ("empty file", "binary data", "not valid UTF-8 at byte 1234", "larger than
// the 64 MB limit", "is a directory", "no such file", "permission denied").
class ArticleReader
{
public:
    struct Result
    {
        Article article;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr qint64 DefaultMaxFileSize = 64 * 1024 * 1024;

    explicit ArticleReader(qint64 maxFileSize = DefaultMaxFileSize);

    Result readFile(const QString &path) const;
    // For bytes already in memory (bundled resources, tests); the format is
    // taken from `fileName`'s extension.
    Result readBytes(const QByteArray &bytes, const QString &fileName, const QString &filePath = {}) const;

    static bool isSupportedFile(const QString &fileName); // .txt .md .html .htm
    static QStringList supportedSuffixes();
    // "too large: 200.0 MB, the limit is 64 MB"
    static QString tooLargeMessage(qint64 size, qint64 limit);
    // Why `path` cannot be read as an article, before any byte is read; empty
    // when it can be tried.
    QString checkFile(const QString &path) const;

private:
    qint64 m_maxFileSize;
};

} // namespace DealScope
