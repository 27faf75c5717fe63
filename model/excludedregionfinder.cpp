// SPDX-License-Identifier: GPL-3.0-or-later
#include "excludedregionfinder.h"

#include "caselesswords.h"
#include "stopfinder.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace DealScope {

namespace {

// A repeated block shorter than this (normalised characters) may be a
// common phrase; it is only excluded next to a longer repeat.
constexpr qsizetype MinRepeat = 60;
constexpr qsizetype MinSupportedRepeat = 20;
constexpr qsizetype MinSentence = 15;    // shorter sentences neither make nor break a repeat
constexpr qsizetype HeadingLimit = 100;  // longer lines are prose, not headings
constexpr qsizetype FurnitureLimit = 110; // navigation lines are short
constexpr qsizetype TeaserLimit = 320;   // a teaser is a sentence or two

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Line
{
    Span span;               // trimmed, in the text
    QString bare;            // without bullets and Markdown markers
    QList<Span> sentences;   // in the text
    std::optional<ExclusionReason> reason; // whole line excluded
};

bool isBullet(QChar c)
{
    static const QString bullets = QStringLiteral("-*•·‣◦▪▫■□●○►▶→»›>#+–—|");
    return bullets.contains(c);
}

QString bareLine(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i).isSpace() || isBullet(line.at(i))))
        ++i;
    QString bare = line.mid(i);
    // Most lines have no Markdown emphasis: a search for one character is
    // cheaper than two substring searches.
    if (bare.contains(QLatin1Char('*')))
        bare.remove(QStringLiteral("**"));
    if (bare.contains(QLatin1Char('_')))
        bare.remove(QStringLiteral("__"));
    return bare.trimmed();
}

// Sentences of a line: split after . ! ? (and closing quotes) before a space
// and a capital, digit, quote or bullet — the same way in every copy.
QList<Span> splitSentences(const QString &text, Span line)
{
    QList<Span> sentences;
    qsizetype start = line.start;
    auto isCloser = [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201D) || c == QChar(0x2019)
            || c == QLatin1Char(')');
    };
    StopFinder stops(text, line.end, {u'.', u'!', u'?'});
    qsizetype resume = line.start; // where the search goes on
    for (qsizetype i = stops.next(resume); i < line.end; i = stops.next(resume)) {
        resume = i + 1;
        qsizetype j = i + 1;
        while (j < line.end && isCloser(text.at(j)))
            ++j;
        if (j >= line.end || text.at(j).isSpace()) {
            qsizetype k = j;
            while (k < line.end && text.at(k).isSpace())
                ++k;
            bool breaks = true;
            if (k < line.end) {
                const QChar after = text.at(k);
                breaks = after.isUpper() || after.isDigit() || isCloser(after) || after == QChar(0x201C)
                    || after == QLatin1Char('"') || isBullet(after) || after == QLatin1Char('$');
            }
            if (breaks) {
                sentences.append({start, j});
                start = k;
                resume = k;
            }
        }
    }
    if (start < line.end)
        sentences.append({start, line.end});
    return sentences;
}

// A hash of the sentence's letters and digits in lower case, words joined
// by single spaces: the same for copies that differ in bullets, indentation,
// quotes or white space. Hashing instead of building the normalised string
// keeps the repeat search free of allocations.
struct NormalisedKey
{
    quint64 hash = 1469598103934665603ULL; // FNV-1a
    qsizetype length = 0;
};

NormalisedKey normalisedKey(const QString &text, Span span)
{
    // ASCII letters and digits as they enter the key (lower case), 0 for the rest.
    static constexpr std::array<char16_t, 128> asciiKeyChar = [] {
        std::array<char16_t, 128> t{};
        for (char16_t c = u'0'; c <= u'9'; ++c)
            t[c] = c;
        for (char16_t c = u'a'; c <= u'z'; ++c)
            t[c] = t[c - u'a' + u'A'] = c;
        return t;
    }();
    NormalisedKey key;
    // Four characters (never 0) are packed per multiplication: FNV-1a over
    // 64-bit blocks, a quarter of the serial multiplications of one per character.
    quint64 block = 0;
    int inBlock = 0;
    auto add = [&](char16_t c) {
        block = block << 16 | c;
        ++key.length;
        if (++inBlock == 4) {
            key.hash = (key.hash ^ block) * 1099511628211ULL;
            block = 0;
            inBlock = 0;
        }
    };
    bool space = false;
    for (qsizetype i = span.start; i < span.end; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        char16_t k = 0;
        if (u < 0x80)
            k = asciiKeyChar[u];
        else if (c.isLetterOrNumber())
            k = c.toLower().unicode();
        if (k) {
            if (space && key.length > 0)
                add(u' ');
            space = false;
            add(k);
        } else {
            space = true;
        }
    }
    if (inBlock > 0)
        key.hash = (key.hash ^ block) * 1099511628211ULL;
    return key;
}

bool hasDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

int wordCount(const QString &s)
{
    return int(s.simplified().count(QLatin1Char(' '))) + (s.trimmed().isEmpty() ? 0 : 1);
}

bool isHeadingLike(const Line &line)
{
    const QString &b = line.bare;
    if (b.isEmpty() || b.size() > HeadingLimit || line.sentences.size() > 1 || wordCount(b) > 14)
        return false;
    const QChar last = b.back();
    return last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char(',');
}

bool addressesReader(const QString &line)
{
    static const QRegularExpression you(QStringLiteral("\\b(you|your|yours)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    return you.match(line).hasMatch();
}

// The run of ASCII letters that opens a line (from `from` on), lower-cased
// into a buffer, with no allocation.
struct LeadingWord
{
    char text[16];
    qsizetype length = 0; // the whole run's; text holds its first 16 letters
    bool ascii = true;    // false: a non-ASCII character within or right after the run
};

// Whether the run is one of `words` (sorted); a run longer than 16 is none.
template<typename Words>
bool isOneOf(const LeadingWord &w, const Words &words)
{
    return w.length > 0 && w.length <= 16
        && std::binary_search(std::begin(words), std::end(words), std::string_view(w.text, size_t(w.length)));
}

// General Punctuation (quotes, dashes, spaces): no letters, no case.
inline bool isGeneralPunctuation(char16_t c)
{
    return c >= 0x2000 && c <= 0x206F;
}

LeadingWord leadingWord(const QString &line, qsizetype from = 0)
{
    LeadingWord w;
    const char16_t *d = reinterpret_cast<const char16_t *>(line.utf16());
    for (qsizetype i = from; i < line.size(); ++i) {
        const char16_t c = d[i];
        // a line opening with a quotation mark or a dash opens with no word
        if (c >= 0x80) {
            w.ascii = i == from && isGeneralPunctuation(c);
            break;
        }
        const char16_t lower = c | 0x20;
        if (lower < u'a' || lower > u'z')
            break;
        if (w.length < 16)
            w.text[w.length] = char(lower);
        ++w.length;
    }
    return w;
}

// Whether `line` may open with one of `words` (lower-case ASCII, sorted),
// read as a pattern anchored at the line's start and ignoring case would
// read it: a cheap test before such a pattern, for the patterns whose every
// branch opens with one of a few words. Only says no when sure: the line
// opens with an ASCII non-letter (after one optional "(" when `paren`), or
// with a run of ASCII letters that is none of the words and is not glued to
// a non-ASCII character (caseless matching folds a few of those to ASCII letters).
template<typename Words>
bool mayOpenWith(const LeadingWord &w, const Words &words)
{
    Q_ASSERT(std::is_sorted(std::begin(words), std::end(words)));
    return !w.ascii || isOneOf(w, words);
}

template<typename Words>
bool mayOpenWith(const QString &line, const Words &words, bool paren = false)
{
    return mayOpenWith(leadingWord(line, paren && line.startsWith(QLatin1Char('(')) ? 1 : 0), words);
}

bool isEndMarker(const QString &line)
{
    // A note that closes the story: the teaser and links come after it.
    static constexpr std::string_view firstWords[] = {"additional", "disclaimer", "disclosure", "editing", "editor",
                                                      "editors", "generated", "reporting", "summary", "the",
                                                      "this", "with", "writing", "written"};
    if (!mayOpenWith(line, firstWords, true))
        return false;
    static const QRegularExpression marker(
        QStringLiteral("^(?:\\(?(?:this|the) (?:article|story|report|piece|post|summary|text)\\b.{0,40}\\b"
                       "(?:drafted|written|generated|produced|created|prepared|compiled|assisted|edited)\\b"
                       "|editor'?s note|editor’s note|\\(?(?:additional )?reporting by|\\(?writing by|\\(?editing by"
                       "|summary generated|generated (?:by|with)|written with the (?:help|assistance)"
                       "|with assistance from|disclosure:|disclaimer:)"),
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(line).hasMatch();
}

bool isRelatedHeading(const QString &line)
{
    // the first words of both patterns below, and of the second alone (longer lines)
    static constexpr std::string_view firstWords[] = {"also", "don", "dont", "editor", "editors", "further",
                                                      "in", "keep", "latest", "more", "most", "other",
                                                      "read", "recommended", "related", "see", "similar",
                                                      "top", "trending", "up", "what", "you"};
    static constexpr std::string_view blurbWords[] = {"more", "other", "related", "similar"};
    if (line.size() > 200 || !(line.size() <= 60 ? mayOpenWith(line, firstWords) : mayOpenWith(line, blurbWords)))
        return false;
    static const QRegularExpression related(
        QStringLiteral("^(?:related(?: articles| stories| content| coverage| news)?|more (?:from|on|about|in|stories|news)\\b.*"
                       "|recommended(?: for you| stories| reading)?|read next|up next|what to read next|you may also like"
                       "|you might also like|trending(?: now| stories)?|most (?:read|popular|viewed)|top stories"
                       "|editor'?s picks|latest (?:news|stories)|also in the news|further reading|in other news"
                       "|don'?t miss|more like this|related (?:posts|reading|links)|you may have missed|more to read"
                       "|more reading)\\s*:?$"
                       // a link's own label ("Read more" under a teaser) has no colon; a list's heading has one
                       "|^(?:read more|read also|also read|see also|keep reading)\\s*:$"),
        QRegularExpression::CaseInsensitiveOption);
    // "Similar News: You can also read stories similar to this one…": the heading with its blurb on one line.
    static const QRegularExpression withBlurb(
        QStringLiteral("^(?:similar|related|more|other) (?:news|stories|articles|reads)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return (line.size() <= 60 && related.match(line).hasMatch())
        || (line.size() <= 200 && withBlurb.match(line).hasMatch());
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *list[] = {
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "there", "here",
            "what", "when", "where", "which", "who", "why", "how", "if", "while", "after", "before", "into",
            "over", "under", "about", "also", "than", "then", "so", "not", "no", "all", "some", "such",
            "more", "most", "other", "new", "will", "would", "could", "should", "has", "have", "had", "can",
            "may", "said", "says", "just", "now", "one", "two", "with", "have", "been", "being", "does",
        };
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Content words, lower case, with plural and possessive endings removed.
QStringList contentWords(const QString &text)
{
    QStringList words;
    QString word;
    auto flush = [&] {
        if (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("’s")))
            word.chop(2);
        if (word.size() > 4 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
            word.chop(1);
        if (word.size() >= 4 && !stopWords().contains(word))
            words.append(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() || ((c == QLatin1Char('\'') || c == QChar(0x2019)) && !word.isEmpty()))
            word.append(c.toLower());
        else
            flush();
    }
    flush();
    return words;
}

double novelty(const QString &candidate, const QSet<QString> &body)
{
    const QStringList words = contentWords(candidate);
    if (words.size() < 4)
        return 0;
    const auto unseen = std::count_if(words.cbegin(), words.cend(), [&](const QString &w) { return !body.contains(w); });
    return double(unseen) / double(words.size());
}

// "Nvidia becomes first…", "Rivals race to…": a name, then a verb in the
// present tense — the shape of a headline, not of a closing paragraph.
bool isHeadlineShaped(const QString &line)
{
    static const QRegularExpression headline(
        QStringLiteral("^(?:[A-Z][\\w&.'’-]*\\s+){1,3}(?:[a-z]+(?<!ss)s|to|is|are|hits|says|warns|eyes|bets|"
                       "nears|wins|plans|posts|cuts|adds)\\b"));
    static const QSet<QString> determiners = {
        QStringLiteral("The"), QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"),
        QStringLiteral("Those"), QStringLiteral("It"), QStringLiteral("Its"), QStringLiteral("In"),
        QStringLiteral("For"), QStringLiteral("As"), QStringLiteral("But"), QStringLiteral("And"),
        QStringLiteral("Both"), QStringLiteral("With"), QStringLiteral("We"), QStringLiteral("They"),
        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("Our"), QStringLiteral("If"),
    };
    const QString first = line.section(QLatin1Char(' '), 0, 0);
    return !determiners.contains(first) && headline.match(line).hasMatch();
}

bool isCorrectionNote(const QString &line)
{
    static const QRegularExpression note(QStringLiteral("^(?:correction|clarification|update|updated)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return note.match(line).hasMatch();
}

// Every word a furniture pattern anchored at the line's start can open with
// (lower case). A line that opens with another word can only be furniture
// through the patterns that look anywhere in it.
bool opensLikeFurniture(const LeadingWord &word)
{
    static const std::vector<std::string_view> words = [] {
        std::vector<std::string_view> list = {
            // labels of site chrome
            "advertisement", "advertising", "ad", "sponsored", "story", "continue", "read", "show", "load", "back",
            "skip", "share", "tweet", "email", "print", "comment", "comments", "view", "listen",
            // labelled links
            "related", "also", "see", "more", "recommended", "watch", "tags", "topics", "filed",
            // credits and rights
            "additional", "reporting", "writing", "editing", "copyright", "all",
            // the site's own byline
            "published", "posted", "brought", "presented",
            // calls to action, strong and weak, and social networks
            "subscribe", "sign", "log", "login", "register", "download", "click", "tap", "follow", "like",
            "install", "donate", "upgrade", "unlock", "become", "support", "start", "never", "don", "dont",
            "stay", "want", "get", "learn", "find", "check", "go", "join", "explore", "discover", "visit",
            "try", "browse", "catch", "keep",
        };
        std::sort(list.begin(), list.end());
        return list;
    }();
    return isOneOf(word, words);
}

// `line` in lower case: lines of ASCII and punctuation (nearly all) without
// Qt's per-character Unicode lookups, several thousand instructions a line.
QString lowerCased(const QString &line)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(line.utf16());
    QString lower(line.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = d[i];
        if (c >= 0x80 && !isGeneralPunctuation(c))
            return line.toLower();
        out[i] = (c >= u'A' && c <= u'Z') ? char16_t(c | 0x20) : c;
    }
    return lower;
}

// App stores and social networks named in a short call to action, anywhere
// in the (lower-cased, simplified) line.
bool namesAppStore(const QString &plain)
{
    static const QRegularExpression store(
        QStringLiteral("\\b(?:app store|google play|play store|apple podcasts|microsoft store|apple news)\\b"));
    static const QRegularExpression storeAction(
        QStringLiteral("\\b(?:download|get|install|available|listen|find|subscribe|follow)\\b"));
    return store.match(plain).hasMatch() && storeAction.match(plain).hasMatch();
}

// isFurnitureLine on a line already stripped of bullets and markers.
bool isFurnitureBare(const QString &line, bool atEnd);

} // namespace

bool ExcludedRegionFinder::isFurnitureLine(const QString &rawLine, bool atEnd)
{
    return isFurnitureBare(bareLine(rawLine), atEnd);
}

namespace {

bool isFurnitureBare(const QString &line, bool atEnd)
{
    // Every furniture rule below wants a short line; story paragraphs leave here
    // before any lower-casing or matching.
    if (line.isEmpty() || line.size() > 200)
        return false;
    // Story lines open with other words than navigation does: only the
    // patterns that are not anchored at the start are left to try.
    // (a line opening with a digit, a bracket, a sign or a non-ASCII letter
    // may still be any furniture)
    const LeadingWord first = leadingWord(line);
    if (first.length > 0 && first.ascii && !opensLikeFurniture(first)) {
        if (isRelatedHeading(line))
            return true;
        if (line.size() > FurnitureLimit)
            return false;
        // Every store's name holds one of these words; only ASCII letters
        // lower-case to them, so a line without one cannot name a store.
        // (CaselessWords folds as Qt::CaseInsensitive does, in a fraction of the time.)
        static const CaselessWords storeWords{"*store*", "*play*", "*podcasts*", "*news*"};
        return storeWords.in(line) && namesAppStore(lowerCased(line).simplified());
    }
    const QString lower = lowerCased(line);
    const QString plain = lower.simplified();
    // Each pattern below is anchored at the start and opens with one of a few
    // words (sorted lists): a line opening with another word skips it.
    const LeadingWord word = leadingWord(plain);

    // Labels that are nothing but site chrome.
    static const QRegularExpression chrome(
        QStringLiteral("^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?"
                       "|continue reading|read more|read the full (?:story|article)|show more|load more|back to top"
                       "|skip to (?:main )?content|share|share this(?: article| story| post)?|tweet|email|print"
                       "|comments?|view comments|listen to (?:this )?article|\\d+ min(?:ute)?s? read)\\W*$"));
    static constexpr std::string_view chromeWords[] = {
        "ad", "advertisement", "advertising", "back", "comment", "comments", "continue", "email", "listen", "load",
        "print", "read", "share", "show", "skip", "sponsored", "story", "tweet", "view"};
    const bool digitFirst = !plain.isEmpty() && plain.front() >= u'0' && plain.front() <= u'9'; // "5 min read"
    if (((digitFirst || mayOpenWith(word, chromeWords)) && chrome.match(plain).hasMatch()) || isRelatedHeading(line))
        return true;

    // "Related: …", "Read more: …", "Watch: …" — a link with its label.
    static const QRegularExpression labelled(
        QStringLiteral("^(?:related|read more|read also|also read|see also|more|recommended|watch|listen|read|"
                       "sponsored|advertisement|tags|topics|filed under|more from [^:]{1,40})\\s*[:|»›→]\\s*\\S"));
    static constexpr std::string_view labelWords[] = {"advertisement", "also", "filed", "listen", "more", "read",
                                                      "recommended", "related", "see", "sponsored", "tags",
                                                      "topics", "watch"};
    if (line.size() <= 200 && mayOpenWith(word, labelWords) && labelled.match(plain).hasMatch())
        return true;

    // Credits and rights: "(Reporting by …; Editing by …)", "© 2025 …".
    static const QRegularExpression credits(
        QStringLiteral("^(?:\\(?(?:additional )?reporting by|\\(?writing by|\\(?editing by|©|\\(c\\)\\s|copyright\\s"
                       "|all rights reserved)"));
    static constexpr std::string_view creditWords[] = {"additional", "all", "c", "copyright", "editing", "reporting",
                                                       "writing"};
    if (line.size() <= 200 && mayOpenWith(plain, creditWords, true) && credits.match(plain).hasMatch())
        return true;

    // The site's own closing byline: "Published by X - slogan".
    static const QRegularExpression siteByline(QStringLiteral("^(?:published|posted|brought to you|presented) by\\s+\\S"));
    static constexpr std::string_view bylineWords[] = {"brought", "posted", "presented", "published"};
    if (atEnd && line.size() <= 150 && mayOpenWith(word, bylineWords) && siteByline.match(plain).hasMatch())
        return true;

    // App stores and social networks named in a short call to action.
    if (line.size() <= FurnitureLimit && namesAppStore(plain))
        return true;

    if (line.size() > 160)
        return false;
    // Calls to action: a navigation verb first, imperative. Strong ones may carry figures
    // ("Subscribe for $1 a week"); weak ones are also story verbs, so more is asked of them.
    static const QRegularExpression strong(
        QStringLiteral("^(?:subscribe|sign up|sign in|log in|login|register (?:now|for|today|here)|download (?:the|our|now|it)|"
                       "click (?:here|to|below)|tap (?:here|to|below)|follow us|like us|share (?:this|on|via)|"
                       "install (?:the|our)|donate|upgrade (?:to|now|your)|unlock|become a (?:member|subscriber|supporter)|"
                       "support (?:our|us|independent)|start (?:your|a) free|never miss|don'?t miss|don’t miss|"
                       "stay (?:up to date|informed|ahead|in the loop|tuned)|want (?:more|to read)|"
                       "get (?:the|our) (?:app|newsletter|latest)|learn more|find out more|see more|see all|view all|"
                       "check out (?:our|the latest|more)|go to|join (?:us|our|the conversation|now))\\b"));
    static constexpr std::string_view strongWords[] = {
        "become", "check", "click", "don", "donate", "dont", "download", "find", "follow", "get", "go", "install",
        "join", "learn", "like", "log", "login", "never", "register", "see", "share", "sign", "start", "stay",
        "subscribe", "support", "tap", "unlock", "upgrade", "view", "want"};
    if (mayOpenWith(word, strongWords) && strong.match(plain).hasMatch())
        return true;
    static const QRegularExpression weak(
        QStringLiteral("^(?:read|get|download|follow|listen|watch|explore|discover|visit|try|join|see|learn|"
                       "find|browse|catch up|keep up)\\s+(?:a|an|the|our|us|your|this|these|more|on|up|in|for|to|"
                       "now|here|all|free|it|every|today|latest|full|exclusive|what)\\b"));
    static constexpr std::string_view weakWords[] = {"browse", "catch", "discover", "download", "explore", "find",
                                                     "follow", "get", "join", "keep", "learn", "listen", "read",
                                                     "see", "try", "visit", "watch"};
    if (line.size() <= FurnitureLimit && !hasDigit(line) && mayOpenWith(word, weakWords) && weak.match(plain).hasMatch())
        return true;
    static const QRegularExpression social(
        QStringLiteral("^follow\\b.{0,40}\\bon (?:x|twitter|facebook|linkedin|instagram|threads|bluesky|youtube|tiktok|"
                       "mastodon|whatsapp|telegram)\\b"));
    static constexpr std::string_view socialWords[] = {"follow"};
    return mayOpenWith(word, socialWords) && social.match(plain).hasMatch();
}

} // namespace

QList<ExcludedRegion> ExcludedRegionFinder::find(const QString &text) const
{
    // Non-empty lines with their trimmed extent.
    QList<Line> lines;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        qsizetype s = pos, e = eol;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (s < e) {
            Line line;
            line.span = {s, e};
            line.bare = bareLine(text.mid(s, e - s));
            line.sentences = splitSentences(text, line.span);
            lines.append(std::move(line));
        }
        pos = eol + 1;
    }
    if (lines.isEmpty())
        return {};
    const qsizetype n = lines.size();

    QList<std::pair<qsizetype, ExcludedRegion>> partial; // repeated sentence runs inside a line, by line

    // Repeats: a sentence seen before; a line made of them, or a long run of them.
    QSet<quint64> seen;
    QList<bool> candidate(n, false);
    for (qsizetype li = 0; li < n; ++li) {
        Line &line = lines[li];
        qsizetype repeatedLength = 0;
        bool allRepeated = true;
        bool any = false;
        qsizetype runStart = -1, runEnd = -1, runLength = 0;
        QList<Span> runs;
        auto closeRun = [&] {
            if (runStart >= 0 && runLength >= MinRepeat)
                runs.append({runStart, runEnd});
            runStart = -1;
            runLength = 0;
        };
        for (const Span &sentence : std::as_const(line.sentences)) {
            const NormalisedKey key = normalisedKey(text, sentence);
            if (key.length < MinSentence) {
                continue; // a short fragment neither makes nor breaks a run
            }
            const bool repeated = seen.contains(key.hash);
            seen.insert(key.hash);
            if (repeated) {
                any = true;
                repeatedLength += key.length;
                if (runStart < 0)
                    runStart = sentence.start;
                runEnd = sentence.end;
                runLength += key.length;
            } else {
                allRepeated = false;
                closeRun();
            }
        }
        closeRun();
        if (li == 0)
            continue; // the first line can repeat nothing
        if (any && allRepeated) {
            if (repeatedLength >= MinRepeat)
                line.reason = ExclusionReason::Repeat;
            else if (repeatedLength >= MinSupportedRepeat)
                candidate[li] = true;
        } else {
            for (const Span &run : std::as_const(runs))
                partial.append({li, ExcludedRegion{run.start, run.end, ExclusionReason::Repeat}});
        }
    }
    // Short repeated lines join a neighbouring repeat (a "Key numbers" list).
    auto isRepeat = [&](qsizetype i) { return lines[i].reason == ExclusionReason::Repeat; };
    for (qsizetype i = 1; i < n; ++i) {
        if (candidate[i] && isRepeat(i - 1))
            lines[i].reason = ExclusionReason::Repeat;
    }
    for (qsizetype i = n - 2; i >= 1; --i) {
        if (candidate[i] && !lines[i].reason && isRepeat(i + 1))
            lines[i].reason = ExclusionReason::Repeat;
    }
    // Headings of a repeated section go with it ("Key numbers", "Quick answers").
    for (qsizetype i = n - 1; i >= 1; --i) {
        if (!isRepeat(i))
            continue;
        for (qsizetype h = i - 1; h >= 1 && !lines[h].reason && isHeadingLike(lines[h]); --h)
            lines[h].reason = ExclusionReason::Repeat;
    }

    // Furniture: line by line; the title line is never furniture.
    qsizetype contentAfter = 0; // lines still to come that are not furniture
    for (qsizetype i = n - 1; i >= 1; --i) {
        if (lines[i].reason)
            continue;
        const bool atEnd = contentAfter == 0 && i >= n - 3;
        if (isFurnitureBare(lines[i].bare, atEnd))
            lines[i].reason = ExclusionReason::Furniture;
        else
            ++contentAfter;
    }
    // Teasers: after the story ends, short paragraphs about something else.
    qsizetype lastContent = n - 1;
    while (lastContent > 0 && lines[lastContent].reason)
        --lastContent;
    qsizetype firstTail = lastContent + 1; // first line of the tail under test
    qsizetype marker = -1;
    const qsizetype tailFrom = text.size() * 6 / 10;
    for (qsizetype i = lastContent; i >= 1 && lines[i].span.start >= tailFrom; --i) {
        if (lines[i].reason == ExclusionReason::Repeat)
            continue;
        // A credits line is furniture and still ends the story.
        if (isEndMarker(lines[i].bare)) {
            marker = i;
            break;
        }
    }
    qsizetype related = -1;
    // A related-stories heading is a strong sign: it may open a tail that is half of a short article.
    const qsizetype relatedFrom = text.size() * 35 / 100;
    for (qsizetype i = n - 1; i >= 1 && lines[i].span.start >= relatedFrom; --i) {
        if (isRelatedHeading(lines[i].bare))
            related = i;
    }
    if (marker >= 0)
        firstTail = marker + 1;
    else if (related >= 0)
        firstTail = related + 1;
    else
        firstTail = std::max<qsizetype>(1, lastContent - 1);
    firstTail = std::min(firstTail, lastContent + 1);

    const qsizetype bodyEnd = marker >= 0 ? marker : (related >= 0 ? related : firstTail);
    qsizetype contentLines = 0;
    for (qsizetype i = 0; i < bodyEnd; ++i) {
        if (!lines[i].reason)
            ++contentLines;
    }
    // The story's vocabulary, built only once a tail line needs it: most
    // articles have no candidate teaser at all.
    QSet<QString> body;
    bool bodyBuilt = false;
    auto storyWords = [&]() -> const QSet<QString> & {
        if (!bodyBuilt) {
            for (qsizetype i = 0; i < bodyEnd; ++i) {
                if (lines[i].reason)
                    continue;
                for (const QString &w : contentWords(text.mid(lines[i].span.start, lines[i].span.end - lines[i].span.start)))
                    body.insert(w);
            }
            bodyBuilt = true;
        }
        return body;
    };
    // How often the story names a word (the subject of a candidate teaser).
    auto bodyMentions = [&](const QString &word) {
        const qsizetype end = bodyEnd < n ? lines[bodyEnd].span.start : text.size();
        const QStringView story = QStringView(text).left(end);
        qsizetype count = 0;
        for (qsizetype at = story.indexOf(word); at >= 0; at = story.indexOf(word, at + 1)) {
            const bool startsWord = at == 0 || !story.at(at - 1).isLetterOrNumber();
            const bool endsWord = at + word.size() >= story.size() || !story.at(at + word.size()).isLetter();
            if (startsWord && endsWord)
                ++count;
        }
        return count;
    };
    if (contentLines >= 3) {
        for (qsizetype i = firstTail; i <= lastContent; ++i) {
            Line &line = lines[i];
            // A line that speaks to the reader is a promotion, not another story.
            if (line.reason || line.bare.size() > TeaserLimit || line.sentences.size() > 2
                || isCorrectionNote(line.bare) || isEndMarker(line.bare) || addressesReader(line.bare))
                continue;
            const QString content = text.mid(line.span.start, line.span.end - line.span.start);
            // Novelty and mentions cost a pass over the story: ask for them last.
            auto fresh = [&] { return novelty(content, storyWords()); };
            auto subjectMentions = [&] { return bodyMentions(line.bare.section(QLatin1Char(' '), 0, 0)); };
            bool teaser = false;
            if (related >= 0 && i > related && marker < related)
                teaser = true; // listed under "Related stories"
            else if (marker >= 0) { // after the closing note: still about something else
                const double f = fresh();
                teaser = f >= 0.3 && (isHeadlineShaped(line.bare) || f >= 0.5) && subjectMentions() <= 2;
            } else {
                teaser = line.sentences.size() == 1 && isHeadlineShaped(line.bare) && fresh() >= 0.5
                    && subjectMentions() <= 1;
            }
            if (teaser)
                line.reason = ExclusionReason::Teaser;
        }
    }

    // A promo line between two furniture lines ("Get the briefing / It delivers … / Download …").
    auto isFurniture = [&](qsizetype i) { return lines[i].reason == ExclusionReason::Furniture; };
    QList<bool> excludedToEnd(n + 1, true); // every line from i on is excluded
    for (qsizetype i = n - 1; i >= 0; --i)
        excludedToEnd[i] = excludedToEnd[i + 1] && lines[i].reason.has_value();
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const Line &line = lines[i];
        if (line.reason || !isFurniture(i - 1) || !isFurniture(i + 1))
            continue;
        if (line.bare.size() > 160 || hasDigit(line.bare))
            continue;
        if (excludedToEnd[i + 1] || addressesReader(line.bare))
            lines[i].reason = ExclusionReason::Furniture;
    }

    // Whole-line regions, merged across white space when the reason is the same.
    QList<ExcludedRegion> regions;
    for (const Line &line : std::as_const(lines)) {
        if (line.reason)
            regions.append({line.span.start, line.span.end, *line.reason});
    }
    for (const auto &[li, region] : std::as_const(partial)) {
        if (!lines[li].reason) // else the whole line is already excluded
            regions.append(region);
    }
    std::sort(regions.begin(), regions.end(),
              [](const ExcludedRegion &a, const ExcludedRegion &b) { return a.start < b.start; });
    QList<ExcludedRegion> merged;
    for (const ExcludedRegion &r : std::as_const(regions)) {
        if (!merged.isEmpty() && merged.back().reason == r.reason) {
            ExcludedRegion &m = merged.back();
            bool onlySpace = true;
            for (qsizetype k = m.end; k < r.start && onlySpace; ++k)
                onlySpace = text.at(k).isSpace();
            if (onlySpace) {
                m.end = std::max(m.end, r.end);
                continue;
            }
        }
        merged.append(r);
    }
    return merged;
}

} // namespace DealScope
