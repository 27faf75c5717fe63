// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextarticleparser.h"

#include <QRegularExpression>
#include <QStringList>

namespace DealScope {

namespace {

constexpr qsizetype TitleLimit = 120;     // a title longer than this is cut
constexpr qsizetype SentenceTitleLimit = 140; // a first sentence up to this is kept whole
constexpr int HeaderLines = 10;           // dates and bylines are looked for this near the top
constexpr qsizetype MetaLineLimit = 120;  // longer lines are story, not metadata
constexpr qsizetype DatelineLimit = 120;  // a dateline stands in a paragraph's first characters

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    return pattern;
}

int monthNumber(const QString &name)
{
    static const QStringList prefixes = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    const QString p = name.left(3).toLower();
    return int(prefixes.indexOf(p)) + 1;
}

// The date part, in three shapes: ISO, day-month-year, month-day-year. An
// optional weekday may come first.
const QString &datePattern()
{
    static const QString pattern =
        QStringLiteral("(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:"
                       "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
                       "|(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})"
                       "|%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))")
            .arg(monthPattern());
    return pattern;
}

// Whether s holds four ASCII digits in a row: every shape of datePattern()
// does (its year; \d without Unicode properties is ASCII), so a line
// without them is spared the matches.
bool hasFourDigits(QStringView s)
{
    int run = 0;
    for (const QChar c : s) {
        run = (c >= u'0' && c <= u'9') ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

// What may follow a date on a date line: a time, a time zone, a reading time.
const QString &tailPattern()
{
    static const QString pattern = QStringLiteral(
        "(?:(?:\\s*[,|·•@]\\s*|\\s+at\\s+|\\s+|T)\\d{1,2}(?:[:.]\\d{2}){0,2}(?:\\.\\d+)?"
        "\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{1,5}|utc|gmt|z)?\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?"
        "(?:\\s*[|·•—–-]?\\s*\\d+\\s*min(?:ute)?s?\\s+read)?\\s*[.]?");
    return pattern;
}

QDate dateFromMatch(const QRegularExpressionMatch &m, int first)
{
    auto num = [&](int i) { return m.captured(first + i).toInt(); };
    if (!m.captured(first).isEmpty())
        return QDate(num(0), num(1), num(2));
    if (!m.captured(first + 3).isEmpty())
        return QDate(num(5), monthNumber(m.captured(first + 4)), num(3));
    if (!m.captured(first + 6).isEmpty())
        return QDate(num(8), monthNumber(m.captured(first + 6)), num(7));
    return QDate();
}

// Markdown emphasis, heading and list markers around a line.
// Scanned by hand: a regular expression anchored only at the end ("[\s*_#]+$")
// is tried from every position of a long paragraph line.
bool isAsciiSpace(QChar c)
{
    // What \s matches in PCRE2 without Unicode properties; trimmed() takes the rest.
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

bool isLeadingMarker(QChar c)
{
    return isAsciiSpace(c) || QStringView(u"#*>_\u2022\u00b7+-").contains(c);
}

bool isTrailingMarker(QChar c)
{
    return isAsciiSpace(c) || c == u'*' || c == u'_' || c == u'#';
}

QString stripMarkers(const QString &line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isLeadingMarker(line.at(begin)))
        ++begin;
    while (end > begin && isTrailingMarker(line.at(end - 1)))
        --end;
    return QStringView(line).sliced(begin, end - begin).trimmed().toString();
}

bool isLabelLine(const QString &line)
{
    // "Key Takeaway:", "Summary:" — a label for what follows, not a title.
    return line.endsWith(QLatin1Char(':')) && line.size() <= 40;
}

bool isBylineLine(const QString &line)
{
    static const QRegularExpression byline(
        QStringLiteral("^(?:by|written by|words by|published by|posted by)\\s+\\S"),
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= MetaLineLimit && byline.match(line).hasMatch();
}

} // namespace

QDate PlainTextArticleParser::parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*%1%2$").arg(datePattern(), tailPattern()),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QDate();
    return dateFromMatch(m, 1);
}

QDate PlainTextArticleParser::dateFromLine(const QString &rawLine, bool *updated)
{
    const QString line = stripMarkers(rawLine);
    if (updated)
        *updated = false;
    if (!hasFourDigits(QStringView(line).left(DatelineLimit)))
        return QDate();
    // A dateline opens the story's first paragraph, however long that is.
    if (line.size() > 200)
        return datelineDate(line.left(DatelineLimit));

    // "Published: 3 November 2025", "Updated Nov 3, 2025 10:00 AM ET", a date alone.
    static const QRegularExpression labelled(
        QStringLiteral("^(?:(published|posted|updated|last updated|first published|originally published|"
                       "date|dated|released)(?:\\s+on)?\\s*[:–—-]?\\s*)?%1%2$")
            .arg(datePattern(), tailPattern()),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = labelled.match(line);
    if (m.hasMatch() && line.size() <= MetaLineLimit) {
        if (updated)
            *updated = m.captured(1).contains(QLatin1String("updated"), Qt::CaseInsensitive);
        return dateFromMatch(m, 2);
    }

    // "By Jane Roe | November 3, 2025", "By Jane Roe, Nov. 3, 2025".
    static const QRegularExpression byline(
        QStringLiteral("^by\\s+[^|,·•\\d]{2,60}?\\s*[|,·•—–-]\\s*(?:(published|updated)(?:\\s+on)?\\s*:?\\s*)?%1%2$")
            .arg(datePattern(), tailPattern()),
        QRegularExpression::CaseInsensitiveOption);
    m = byline.match(line);
    if (m.hasMatch() && line.size() <= MetaLineLimit) {
        if (updated)
            *updated = m.captured(1).compare(QLatin1String("updated"), Qt::CaseInsensitive) == 0;
        return dateFromMatch(m, 2);
    }

    return datelineDate(line);
}

QDate PlainTextArticleParser::datelineDate(const QString &line)
{
    // A dateline with its year: "LONDON, 3 March 2025 (Agency) – The …", or
    // the date alone before the agency: "June 1, 2017 (Reuters) - …".
    // Without a year ("SEATTLE, Nov 3 (Reuters) -") the date stays unknown.
    static const QRegularExpression dateline(
        QStringLiteral("^(?:([A-Z][A-Z .'-]{1,40}),\\s*)?%1\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]").arg(datePattern()),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = dateline.match(line);
    if (!m.hasMatch())
        return QDate();
    // The city must be in capitals; only the month name may be in any case.
    const QString city = m.captured(1);
    return city == city.toUpper() ? dateFromMatch(m, 2) : QDate();
}

QString PlainTextArticleParser::publisherFromLine(const QString &rawLine)
{
    const QString line = stripMarkers(rawLine);
    if (line.size() > MetaLineLimit)
        return QString();
    static const QRegularExpression publishedBy(
        QStringLiteral("^(?:published|posted|brought to you|originally published)\\s+(?:by|on|in)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression byFor(
        QStringLiteral("^[Bb]y\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}\\s+for\\s+(.+)$"));
    QString name;
    QRegularExpressionMatch m = publishedBy.match(line);
    if (m.hasMatch())
        name = m.captured(1);
    else if ((m = byFor.match(line)).hasMatch())
        name = m.captured(1);
    else
        return QString();

    // Drop a slogan or date after the name: "X - Be the smartest", "X | Nov 3".
    static const QRegularExpression separator(QStringLiteral("\\s+[-–—|·•]\\s+|\\s*[|·•]\\s*|,\\s+|:\\s+|\\s+on\\s+"));
    const qsizetype cut = name.indexOf(separator);
    if (cut > 0)
        name.truncate(cut);
    name = name.trimmed();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('!')))
        name.chop(1);
    // A name, not a sentence: short, capitalised, no figures.
    static const QRegularExpression digits(QStringLiteral("\\d"));
    if (name.isEmpty() || !name.at(0).isUpper() || name.size() > 60 || name.count(QLatin1Char(' ')) > 7
        || name.contains(digits))
        return QString();
    return name;
}

QString PlainTextArticleParser::titleFromLine(const QString &rawLine)
{
    QString line = stripMarkers(rawLine);
    static const QRegularExpression titleLabel(QStringLiteral("^(?:title|headline)\\s*:\\s*"),
                                               QRegularExpression::CaseInsensitiveOption);
    line.remove(titleLabel);
    line.remove(QStringLiteral("**"));
    line = line.simplified();
    // A sentence used as a title loses its full stop, not an ellipsis.
    if (line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1String("..")))
        line.chop(1);
    if (line.size() <= TitleLimit)
        return line;

    // A paragraph: its first sentence, if that is short enough.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"'”’)]?\\s+(?=[A-Z\"“‘(])"));
    const QRegularExpressionMatch m = sentenceEnd.match(line);
    if (m.hasMatch() && m.capturedStart() + 1 <= SentenceTitleLimit)
        return line.left(m.capturedStart());
    if (!m.hasMatch() && line.size() <= SentenceTitleLimit)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), TitleLimit);
    if (cut < TitleLimit / 2)
        cut = TitleLimit;
    QString title = line.left(cut);
    while (!title.isEmpty() && (title.endsWith(QLatin1Char(',')) || title.endsWith(QLatin1Char(';'))
                                || title.endsWith(QLatin1Char(':')) || title.endsWith(QLatin1Char(' '))))
        title.chop(1);
    return title + QChar(0x2026);
}

void PlainTextArticleParser::parse(const QString &text, Article &article)
{
    article.text = text;
    const QStringList lines = text.split(QLatin1Char('\n'));

    QDate updatedDate;
    int seen = 0;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        ++seen;
        const QString bare = stripMarkers(trimmed);
        bool updated = false;
        const QDate date = seen <= HeaderLines ? dateFromLine(trimmed, &updated) : QDate();
        if (date.isValid()) {
            if (!updated && !article.date.isValid())
                article.date = date;
            else if (updated && !updatedDate.isValid())
                updatedDate = date;
        }
        if (article.title.isEmpty() && !bare.isEmpty() && !date.isValid() && !isLabelLine(bare)
            && !isBylineLine(bare))
            article.title = titleFromLine(trimmed);
        if (article.publisher.isEmpty() && seen <= HeaderLines)
            article.publisher = publisherFromLine(trimmed);
        if (seen > HeaderLines && !article.title.isEmpty())
            break;
    }
    if (!article.date.isValid())
        article.date = updatedDate;

    // A closing "Published by X" line names the site too.
    if (article.publisher.isEmpty()) {
        int tail = 0;
        for (auto it = lines.crbegin(); it != lines.crend() && tail < 3; ++it) {
            if (it->trimmed().isEmpty())
                continue;
            ++tail;
            article.publisher = publisherFromLine(*it);
            if (!article.publisher.isEmpty())
                break;
        }
    }
    if (article.title.isEmpty())
        article.title = titleFromLine(text.trimmed().section(QLatin1Char('\n'), 0, 0));
}

} // namespace DealScope
