// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "htmlarticleparser.h"
#include "plaintextarticleparser.h"
#include "textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace DealScope {

namespace {

bool isHtmlSuffix(const QString &suffix)
{
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QString formatSize(qint64 bytes, bool trimZero)
{
    constexpr double KiB = 1024.0;
    constexpr double MiB = 1024.0 * 1024.0;
    QString number;
    QString unit;
    if (bytes >= MiB) {
        number = QString::number(bytes / MiB, 'f', 1);
        unit = QStringLiteral("MB");
    } else if (bytes >= KiB) {
        number = QString::number(bytes / KiB, 'f', 1);
        unit = QStringLiteral("KB");
    } else {
        return QStringLiteral("%1 bytes").arg(bytes);
    }
    if (trimZero && number.endsWith(QLatin1String(".0")))
        number.chop(2);
    return number + QLatin1Char(' ') + unit;
}

QString unsupportedMessage()
{
    return QStringLiteral("not an article: expected .txt, .md, .html or .htm");
}

} // namespace

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

QString ArticleReader::tooLargeMessage(qint64 size, qint64 limit)
{
    return QStringLiteral("too large: %1, the limit is %2").arg(formatSize(size, false), formatSize(limit, true));
}

QString ArticleReader::checkFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return info.isSymLink() ? QStringLiteral("no such file (a broken link)") : QStringLiteral("no such file");
    if (info.isDir())
        return QStringLiteral("is a directory, not a file");
    // Devices and pipes could block or never end.
    if (!info.isFile())
        return QStringLiteral("not a regular file");
    if (!isSupportedFile(path))
        return unsupportedMessage();
    // Checked before reading, so a huge file never reaches memory.
    if (info.size() > m_maxFileSize)
        return tooLargeMessage(info.size(), m_maxFileSize);
    if (!info.isReadable())
        return QStringLiteral("permission denied");
    return QString();
}

ArticleReader::Result ArticleReader::readFile(const QString &path) const
{
    Result result;
    const QFileInfo info(path);
    result.article.filePath = path;
    result.article.fileName = info.fileName();
    const QString suffix = info.suffix().toLower();
    result.article.format = isHtmlSuffix(suffix) ? QStringLiteral("html") : suffix;

    result.error = checkFile(path);
    if (!result.ok())
        return result;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = file.errorString();
        result.error = reason.contains(QLatin1String("ermission")) ? QStringLiteral("permission denied")
                                                                  : QStringLiteral("cannot open: %1").arg(reason);
        return result;
    }
    // One byte more than the limit tells a file that grew since the check.
    const QByteArray bytes = file.read(m_maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = QStringLiteral("cannot read: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > m_maxFileSize) {
        result.error = tooLargeMessage(std::max<qint64>(file.size(), bytes.size()), m_maxFileSize);
        return result;
    }
    return readBytes(bytes, info.fileName(), path);
}

ArticleReader::Result ArticleReader::readBytes(const QByteArray &bytes, const QString &fileName,
                                               const QString &filePath) const
{
    Result result;
    Article &article = result.article;
    article.fileName = QFileInfo(fileName).fileName();
    article.filePath = filePath.isEmpty() ? fileName : filePath;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool html = isHtmlSuffix(suffix);
    article.format = html ? QStringLiteral("html") : suffix;
    if (!isSupportedFile(fileName)) {
        result.error = unsupportedMessage();
        return result;
    }
    if (bytes.size() > m_maxFileSize) {
        result.error = tooLargeMessage(bytes.size(), m_maxFileSize);
        return result;
    }

    const TextDecoder::Result decoded =
        TextDecoder::decode(bytes, html ? HtmlArticleParser::declaredCharset(bytes) : QByteArray());
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    article.encoding = decoded.encoding;
    if (html) {
        HtmlArticleParser::parse(decoded.text, article);
        if (article.text.trimmed().isEmpty())
            result.error = QStringLiteral("no article text in the page");
    } else {
        PlainTextArticleParser::parse(decoded.text, article);
    }
    return result;
}

} // namespace DealScope
