// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "htmlarticleparser.h"
#include "plaintextarticleparser.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace DealScope {

ArticleReader::ArticleReader(qint64 maxFileSize)
    : m_maxFileSize(maxFileSize)
{
}

QStringList ArticleReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("htm")};
}

bool ArticleReader::isSupportedFile(const QString &fileName)
{
    return supportedSuffixes().contains(QFileInfo(fileName).suffix().toLower());
}

ArticleReader::Result ArticleReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    return readBytes(file.readAll(), QFileInfo(path).fileName(), path);
}

ArticleReader::Result ArticleReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                               const QString &filePath) const
{
    Result result;
    Article &article = result.article;
    article.fileName = fileName;
    article.filePath = filePath.isEmpty() ? fileName : filePath;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    article.format = html ? QStringLiteral("html") : suffix;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    article.encoding = decoded.encoding;
    if (html)
        HtmlArticleParser::parse(decoded.text, article);
    else
        PlainTextArticleParser::parse(decoded.text, article);
    return result;
}

} // namespace DealScope
