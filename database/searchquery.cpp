// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QMap>

#include <algorithm>

namespace DealScope {

namespace {

bool isTokenChar(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

char32_t codePointAt(QStringView text, qsizetype i, int *length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

} // namespace

QString SearchQuery::fold(QStringView token)
{
    bool ascii = true;
    for (const QChar c : token) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return token.toString().toLower();
    // Accents go the way the index's remove_diacritics does: decompose, drop marks.
    const QString decomposed = token.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_SpacingCombining && cat != QChar::Mark_Enclosing)
            out.append(c);
    }
    return out.toCaseFolded();
}

QList<SearchQuery::Span> SearchQuery::tokenSpans(QStringView view)
{
    QList<Span> tokens;
    tokens.reserve(view.size() / 6);
    qsizetype i = 0;
    const qsizetype n = view.size();
    while (i < n) {
        int length = 1;
        if (!isTokenChar(codePointAt(view, i, &length))) {
            i += length;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isTokenChar(codePointAt(view, i, &length)))
            i += length;
        tokens.append({start, i});
    }
    return tokens;
}

QList<SearchQuery::Token> SearchQuery::tokenize(const QString &text)
{
    QList<Token> tokens;
    const QStringView view(text);
    for (const Span &s : tokenSpans(view))
        tokens.append({s.start, s.end, fold(view.mid(s.start, s.end - s.start))});
    return tokens;
}

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery q;
    q.m_text = input;
    int group = 0;
    bool groupHasPositive = false;
    bool negateNext = false;
    bool orPending = false;
    bool truncated = false;
    auto addTerm = [&](QStringView body, bool prefix) {
        QStringList tokens;
        for (const Token &t : tokenize(body.toString()))
            tokens.append(t.folded);
        if (tokens.isEmpty()) // only punctuation, e.g. "#" or "$"
            return;
        if (q.m_terms.size() >= MaxTerms) {
            truncated = true;
            return;
        }
        if (orPending && groupHasPositive) {
            ++group;
            groupHasPositive = false;
        }
        orPending = false;
        Term term;
        term.tokens = tokens;
        // A prefix only when the star follows a letter or digit ("gigawat*", not "$*").
        int length = 1;
        term.prefix = prefix && !body.isEmpty() && isTokenChar(codePointAt(body, body.size() - 1, &length));
        if (prefix && body.size() >= 2 && QChar(body.at(body.size() - 1)).isLowSurrogate())
            term.prefix = isTokenChar(codePointAt(body, body.size() - 2, &length));
        term.negated = negateNext;
        term.group = group;
        negateNext = false;
        if (!term.negated)
            groupHasPositive = true;
        q.m_terms.append(term);
    };

    const QStringView text(input);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) { // an unmatched quote is only punctuation
                ++i;
                continue;
            }
            const QStringView phrase = text.mid(i + 1, close - i - 1);
            i = close + 1;
            bool prefix = false;
            while (i < n && text.at(i) == u'*') {
                prefix = true;
                ++i;
            }
            addTerm(phrase, prefix);
            continue;
        }
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != u'"')
            ++i;
        QStringView word = text.mid(start, i - start);
        if (word == u"OR") {
            orPending = true;
        } else if (word == u"NOT") {
            negateNext = true;
        } else if (word != u"AND") {
            bool prefix = false;
            while (word.endsWith(u'*')) {
                prefix = true;
                word.chop(1);
            }
            addTerm(word, prefix);
        }
    }

    if (truncated)
        q.m_warnings.append(QStringLiteral("the query has more than %1 words; only the first %1 are used").arg(MaxTerms));
    const bool anyPositive = std::any_of(q.m_terms.cbegin(), q.m_terms.cend(), [](const Term &t) { return !t.negated; });
    if (input.trimmed().isEmpty())
        q.m_error = QStringLiteral("the query is empty");
    else if (!anyPositive && !q.m_terms.isEmpty())
        q.m_error = QStringLiteral("the query only excludes words (NOT …); give at least one word to look for");
    else if (!anyPositive)
        q.m_error = QStringLiteral("the query has no word to look for (only operators or punctuation)");
    return q;
}

namespace {

QString quoted(const SearchQuery::Term &term)
{
    QString s = QLatin1Char('"') + term.tokens.join(QLatin1Char(' ')).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
    if (term.prefix)
        s += QLatin1String(" *");
    return s;
}

} // namespace

QString SearchQuery::ftsExpression() const
{
    QMap<int, QStringList> groups;
    QStringList excluded;
    for (const Term &t : m_terms) {
        if (t.negated)
            excluded.append(quoted(t));
        else
            groups[t.group].append(quoted(t));
    }
    QStringList alternatives;
    for (const QStringList &all : std::as_const(groups))
        alternatives.append(QLatin1Char('(') + all.join(QLatin1String(" AND ")) + QLatin1Char(')'));
    QString expression = alternatives.join(QLatin1String(" OR "));
    for (const QString &e : std::as_const(excluded))
        expression = QLatin1Char('(') + expression + QLatin1String(") NOT ") + e;
    return expression;
}

namespace {

// Whether a token of the text, unfolded, matches a folded query token. An
// ASCII token folds to its lower case, so a case-insensitive comparison
// needs no folded copy; others are folded as the index folds them.
bool tokenMatches(QStringView token, const QString &want, bool prefix)
{
    const bool ascii = std::all_of(token.begin(), token.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        if (prefix ? token.size() < want.size() : token.size() != want.size())
            return false;
        return token.left(want.size()).compare(want, Qt::CaseInsensitive) == 0;
    }
    const QString folded = SearchQuery::fold(token);
    return prefix ? folded.startsWith(want) : folded == want;
}

} // namespace

QList<SearchQuery::Span> SearchQuery::findHits(const QString &text) const
{
    return findHits(text, tokenSpans(text));
}

QList<SearchQuery::Span> SearchQuery::findHits(const QString &text, const QList<Span> &tokens) const
{
    QList<Span> spans;
    const QStringView view(text);
    auto tokenAt = [&](qsizetype i) { return view.mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start); };
    for (const Term &term : m_terms) {
        if (term.negated)
            continue;
        const qsizetype length = term.tokens.size();
        for (qsizetype i = 0; i + length <= tokens.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < length && match; ++k)
                match = tokenMatches(tokenAt(i + k), term.tokens.at(k), term.prefix && k == length - 1);
            if (match)
                spans.append({tokens.at(i).start, tokens.at(i + length - 1).end});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        // Words of the query standing side by side ("38 billion") make one hit.
        if (!merged.isEmpty()
            && (s.start < merged.last().end
                || QStringView(text).mid(merged.last().end, s.start - merged.last().end).trimmed().isEmpty()))
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

} // namespace DealScope
