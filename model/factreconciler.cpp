// SPDX-License-Identifier: GPL-3.0-or-later
#include "factreconciler.h"

#include "caselesswords.h"
#include "readingindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace DealScope {

namespace {

struct Cluster
{
    QList<FactMention> mentions;
    QString time;
    bool retracted = false;
};

// A value as twelve significant digits tell it: two mentions of one sentence
// are one source when their values print alike. Bits, so that -0 and 0 stay apart as their text does.
quint64 printedValue(double v)
{
    char text[32];
    const auto printed = std::to_chars(text, text + sizeof text, v, std::chars_format::general, 12);
    double back = v;
    std::from_chars(text, printed.ptr, back);
    quint64 bits = 0;
    std::memcpy(&bits, &back, sizeof bits);
    return bits;
}

int qualifierRank(Qualifier q)
{
    // The most precise wording represents the fact.
    switch (q) {
    case Qualifier::Exact: return 0;
    case Qualifier::Range: return 1;
    case Qualifier::Approx: return 2;
    case Qualifier::UpperBound:
    case Qualifier::LowerBound: return 3;
    case Qualifier::Vague: return 4;
    }
    return 5;
}

// The place of the last significant digit: 13e9 → 1e9, 22.4e9 → 1e8.
double roundingUnit(double v)
{
    // Powers of ten from a table: this runs for every comparison of two values.
    static const auto powers = [] {
        std::array<double, 20> p{};
        for (int k = 15; k >= -4; --k)
            p[std::size_t(15 - k)] = std::pow(10.0, k);
        return p;
    }();
    v = std::abs(v);
    for (const double unit : powers) {
        if (unit > v)
            continue;
        const double q = v / unit;
        if (std::abs(q - std::round(q)) < 1e-6 * q)
            return unit;
    }
    return 1e-4;
}

bool mentionBefore(const FactMention &a, const FactMention &b)
{
    if (a.articleOrder != b.articleOrder)
        return a.articleOrder < b.articleOrder;
    if (a.article != b.article)
        return a.article < b.article;
    return a.start < b.start;
}

} // namespace

std::optional<double> FactReconciler::upperEnd(double value, std::optional<double> valueMax, Qualifier qualifier)
{
    if (valueMax || qualifier != Qualifier::Vague)
        return valueMax;
    return value * 1000;
}

bool FactReconciler::valuesAgree(double a, std::optional<double> aMax, Qualifier aq, double b,
                                 std::optional<double> bMax, Qualifier bq)
{
    // "raised billions of dollars" agrees with "$6 billion" rather than contradicting it.
    aMax = upperEnd(a, aMax, aq);
    bMax = upperEnd(b, bMax, bq);
    const double aHi = aMax.value_or(a), bHi = bMax.value_or(b);
    if (aMax || bMax) {
        if (a <= bHi && b <= aHi)
            return true;
    }
    const double scale = std::max(std::abs(a), std::abs(b));
    if (scale == 0)
        return true;
    const double diff = std::abs(a - b);
    if (aq != Qualifier::Exact || bq != Qualifier::Exact)
        return diff <= 0.05 * scale; // "about €12 billion" and "€12.2 billion"
    // Exact wordings agree when the coarser one is a rounding of the finer one
    // ("$21 billion" and "$21.4 billion"), but never across a wide gap ("$9B" vs "$12B").
    const double unit = std::max(roundingUnit(a), roundingUnit(b));
    return diff <= 0.002 * scale || (diff <= 0.5 * unit && diff <= 0.03 * scale);
}

QString FactReconciler::familyKey(const FactMention &m)
{
    return m.subject + u'\x1f' + m.object + u'\x1f' + metricName(m.metric) + u'\x1f' + m.part + u'\x1f' + m.unit;
}

QString FactReconciler::familyKey(const Fact &f)
{
    return f.subject + u'\x1f' + f.object + u'\x1f' + metricName(f.metric) + u'\x1f' + f.part + u'\x1f' + f.unit;
}

QString FactReconciler::normalisedQuote(const QString &quote)
{
    // Bullets and markup around a repeated sentence do not make it another sentence.
    static const QRegularExpression edges(QStringLiteral("^[^\\w$€£¥]+|[^\\w]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return quote.simplified().remove(edges).toLower();
}

quint32 FactReconciler::quoteKey(const FactMention &m)
{
    return m.quoteKey != 0 ? m.quoteKey : quoteKey(m.quote);
}

quint32 FactReconciler::quoteKey(const QString &quote)
{
    // FNV-1a over the UTF-16 units: stored in the database, so it must not
    // depend on the process (qHash is seeded per run). 0 means "not set".
    std::optional<quint32> h = plainQuoteKey(quote);
    if (!h)
        h = fnv1a(normalisedQuote(quote));
    return *h == 0 ? 1 : *h;
}

// normalisedQuote's hash in one pass, without a regular expression or a
// simplified or lowered copy: ingest keys every quote (it was 14 % of the
// analysis). Only where the result is certain: the stripped edges hold ASCII,
// white space and a few marks that are word characters in no Unicode version
// (quotation marks, bullets, dashes, currency signs); otherwise nothing.
namespace {

// An ASCII character as the key takes it: lowered, white space marked (one table lookup a character).
constexpr char16_t AsciiSpace = 0xFFFF;
constexpr std::array<char16_t, 128> asciiKeyCharacters = [] {
    std::array<char16_t, 128> t{};
    for (char16_t u = 0; u < 128; ++u)
        t[u] = (u == u' ' || (u >= u'\t' && u <= u'\r')) ? AsciiSpace : (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return t;
}();

} // namespace

std::optional<quint32> FactReconciler::plainQuoteKey(const QString &quote)
{
    static const QStringView edgeMarks = u"\u201C\u201D\u2018\u2019\u00AB\u00BB\u2022\u00A9\u2014\u2013\u2026\u20AC\u00A3\u00A5";
    static const QStringView currencies = u"$\u20AC\u00A3\u00A5"; // what the leading edge keeps
    bool marked = false, lowered = false, dottedI = false;
    auto stripped = [&marked](char16_t u) {
        if (u < 0x80 || QChar::isSpace(u))
            return true;
        marked = true;
        return edgeMarks.contains(QChar(u));
    };
    const char16_t *const q = reinterpret_cast<const char16_t *>(quote.constData());
    const qsizetype n = quote.size();
    // The edges the pattern strips, found in the quote itself: before the first word character or
    // currency sign, after the last word character (\w for ASCII, as in CaselessWords).
    qsizetype begin = 0;
    for (; begin < n && !CaselessWords::isWordChar(QChar(q[begin])) && !currencies.contains(QChar(q[begin])); ++begin) {
        if (!stripped(q[begin]))
            return std::nullopt;
    }
    marked |= begin < n && q[begin] >= 0x80; // a currency sign
    qsizetype end = n;
    for (; end > begin && !CaselessWords::isWordChar(QChar(q[end - 1])); --end) {
        if (!stripped(q[end - 1]))
            return std::nullopt;
    }
    // Between the edges, simplified() makes each run of white space one space.
    quint32 h = FnvBasis;
    bool spaceBefore = false;
    for (qsizetype i = begin; i < end; ++i) {
        char16_t u = q[i];
        if (u < 0x80) {
            u = asciiKeyCharacters[u];
            if (u == AsciiSpace) {
                spaceBefore = true;
                continue;
            }
        } else if (QChar::isSpace(u)) {
            spaceBefore = true;
            continue;
        } else if (QChar::isSurrogate(u)) {
            return std::nullopt;
        } else {
            const char16_t lower = char16_t(QChar::toLower(char32_t(u)));
            lowered |= lower != u;
            dottedI |= u == 0x0130;
            u = lower;
        }
        if (spaceBefore)
            h = (h ^ u' ') * FnvPrime;
        spaceBefore = false;
        h = (h ^ u) * FnvPrime;
    }
    // Keys are stored, so they stay what they were: before this function took edge marks
    // and letters to lower, it hashed U+0130 as it stands (toLower() makes it two
    // characters). A quote with one and either of those is left to normalisedQuote().
    if (dottedI && (marked || lowered))
        return std::nullopt;
    return h;
}

quint32 FactReconciler::fnv1a(const QString &text)
{
    quint32 h = FnvBasis;
    for (const QChar c : text)
        h = (h ^ c.unicode()) * FnvPrime;
    return h;
}

QList<Fact> FactReconciler::buildFamily(QList<FactMention> mentions)
{
    // Sorted through their indexes: a mention is large, moving one costs more than comparing two.
    std::vector<qsizetype> order(size_t(mentions.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return mentionBefore(mentions.at(a), mentions.at(b)); });

    // One source per article and sentence: a repeated block is not a second report. Keyed by the article's
    // name (two files of one name count as one article, wherever they sort; numbered, so that one hash holds
    // every article's keys), then quote and retraction, then the value as printed: printing is dear and a
    // repeat rare, so values are printed only when a key comes again.
    // A small family (most of those reconciled) searches its kept mentions in turn instead: building
    // and freeing the two hashes cost more than the search.
    constexpr qsizetype SmallFamily = 16;
    struct Said // a kept mention's key and value (plain data)
    {
        const QString *article;
        quint32 quote;
        bool retracted;
        double value;
    };
    QVarLengthArray<Said, SmallFamily> said;
    QHash<QString, quint64> articleNumbers;
    QHash<quint64, QVarLengthArray<double, 1>> keptValues;
    QList<FactMention> kept;
    kept.reserve(mentions.size()); // never reallocated: `said` points into it
    for (const qsizetype i : order) {
        FactMention &m = mentions[i];
        if (m.keptApart())
            continue;
        if (mentions.size() > 1 && mentions.size() <= SmallFamily) {
            const quint32 quote = quoteKey(m);
            std::optional<quint64> printed;
            auto samePrinted = [&](const Said &s) {
                if (s.quote != quote || s.retracted != m.retracted || *s.article != m.article)
                    return false;
                if (!printed)
                    printed = printedValue(m.value);
                return printedValue(s.value) == *printed;
            };
            if (std::any_of(said.cbegin(), said.cend(), samePrinted))
                continue;
            kept.append(std::move(m));
            said.append({&kept.last().article, quote, kept.last().retracted, kept.last().value});
            continue;
        }
        if (mentions.size() > 1) { // a large family (one mention alone has nothing to be told apart from)
            auto article = articleNumbers.constFind(m.article);
            if (article == articleNumbers.constEnd())
                article = articleNumbers.insert(m.article, quint64(articleNumbers.size()));
            // The article's number above the 32-bit quote key and the retraction bit.
            QVarLengthArray<double, 1> &values
                = keptValues[*article << 33 | quint64(quoteKey(m)) << 1 | quint64(m.retracted)];
            if (!values.isEmpty()) {
                const quint64 printed = printedValue(m.value);
                if (std::any_of(values.cbegin(), values.cend(), [&](double v) { return printedValue(v) == printed; }))
                    continue;
            }
            values.append(m.value);
        }
        kept.append(std::move(m));
    }

    // A correction withdraws a value of this fact wherever it is reported:
    // another article's report of the withdrawn value is shown as retracted.
    QList<const FactMention *> withdrawn;
    for (const FactMention &m : std::as_const(kept))
        if (m.retracted)
            withdrawn.append(&m);
    if (!withdrawn.isEmpty()) {
        QList<FactMention> marked = kept;
        for (FactMention &m : marked) {
            if (m.retracted)
                continue;
            for (const FactMention *r : std::as_const(withdrawn))
                if ((r->time == m.time || r->time.isEmpty() || m.time.isEmpty())
                    && valuesAgree(r->value, r->valueMax, r->qualifier, m.value, m.valueMax, m.qualifier)) {
                    m.retracted = true;
                    break;
                }
        }
        kept = marked;
    }

    // Mentions are moved, not copied, into their clusters: this runs for every stored mention on a rebuild.
    // A mention is compared only with the readings of its own time (and retraction) near its value.
    QList<Cluster> clusters;
    std::array<QHash<QString, ReadingIndex>, 2> byTime; // by retracted, then time
    const bool anyUndated = std::any_of(kept.cbegin(), kept.cend(), [](const FactMention &m) { return m.time.isEmpty(); });
    std::array<ReadingIndex, 2> dated; // every dated cluster, for the undated mentions
    clusters.reserve(kept.size()); // at most one each
    // `index`: the cluster's readings in byTime when the caller has looked them up.
    auto addTo = [&](qsizetype at, FactMention &&m, ReadingIndex *index) {
        Cluster &c = clusters[at];
        (index ? *index : byTime[c.retracted][c.time]).add(m.value, m.valueMax, m.qualifier, at);
        if (anyUndated && !c.time.isEmpty())
            dated[c.retracted].add(m.value, m.valueMax, m.qualifier, at);
        c.mentions.append(std::move(m));
    };
    auto place = [&](FactMention &&m) {
        // Nothing is added to byTime before addTo(): the reference stays valid.
        ReadingIndex &index = byTime[m.retracted][m.time];
        const qsizetype agreeing = index.firstAgreeing(m.value, m.valueMax, m.qualifier);
        if (agreeing >= 0) {
            addTo(agreeing, std::move(m), &index);
            return;
        }
        Cluster c;
        c.time = m.time;
        c.retracted = m.retracted;
        clusters.append(std::move(c));
        addTo(clusters.size() - 1, std::move(m), &index);
    };
    // Vague amounts come last: each joins a precise fact it allows, whichever came first.
    QList<FactMention> undated;
    QList<FactMention> vague;
    for (FactMention &m : kept) {
        if (m.qualifier == Qualifier::Vague)
            vague.append(std::move(m));
        else if (m.time.isEmpty())
            undated.append(std::move(m));
        else
            place(std::move(m));
    }
    for (FactMention &m : vague) {
        if (m.time.isEmpty())
            undated.append(std::move(m));
        else
            place(std::move(m));
    }
    for (FactMention &m : undated) {
        // An undated mention joins the dated fact it agrees with (the best sourced).
        const qsizetype best = dated[m.retracted].heaviestAgreeing(
            m.value, m.valueMax, m.qualifier, [&](qsizetype at) { return clusters.at(at).mentions.size(); });
        if (best >= 0)
            addTo(best, std::move(m), nullptr);
        else
            place(std::move(m));
    }

    QList<Fact> facts;
    facts.reserve(clusters.size());
    for (Cluster &c : clusters) {
        Fact f;
        const FactMention &first = c.mentions.first();
        f.subject = first.subject;
        f.object = first.object;
        f.metric = first.metric;
        f.part = first.part;
        f.unit = first.unit;
        f.time = c.time;
        f.precision = timePrecisionOf(c.time);
        f.sources = std::move(c.mentions); // moved, not copied: this runs for every stored mention on a rebuild
        std::stable_sort(f.sources.begin(), f.sources.end(), mentionBefore);
        const FactMention *rep = &f.sources.first();
        for (const FactMention &m : std::as_const(f.sources))
            if (qualifierRank(m.qualifier) < qualifierRank(rep->qualifier))
                rep = &m;
        f.value = rep->value;
        f.valueMax = rep->valueMax;
        f.qualifier = rep->qualifier;
        // First reported: the earliest dated article, else the first ingested.
        const FactMention *earliest = nullptr;
        for (const FactMention &m : std::as_const(f.sources))
            if (m.articleDate.isValid() && (!earliest || m.articleDate < earliest->articleDate))
                earliest = &m;
        f.firstReportedBy = earliest ? earliest->article : f.sources.first().article;
        if (c.retracted)
            f.status = FactStatus::Retracted;
        else
            f.status = std::any_of(f.sources.cbegin(), f.sources.cend(),
                                   [&](const FactMention &m) { return m.article != f.sources.first().article; })
                ? FactStatus::Corroborated // (not articles(): it compares every pair of a large fact's sources)
                : FactStatus::Single;
        facts.append(std::move(f));
    }
    return facts;
}

namespace {

// Two values are alternatives of one fact only when the fact is fully
// identified: a figure nobody is said to report, a loose figure (metric
// "other") or a two-party relation missing its counterpart may be about
// different things, so its values stand side by side without a conflict.
bool canConflict(const Fact &f)
{
    if (f.metric == Metric::Other || f.subject.isEmpty())
        return false;
    switch (f.metric) {
    case Metric::Investment:
    case Metric::StakePercent:
    case Metric::StakeValue:
    case Metric::ComputeCommitment:
    case Metric::ContractValue:
        // A total or a goal spans several counterparts by design.
        return !f.object.isEmpty() || f.part == QStringLiteral("total") || f.part == QStringLiteral("target");
    default:
        return true;
    }
}

// Ids and alternatives over one family's rebuilt facts. Facts of other times never match or conflict:
// each fact is compared only with those of its time, in their order (a family can hold thousands).
void settle(QList<Fact> &family, const QList<Fact> &previous, qint64 &nextId, QList<qint64> *changed)
{
    QHash<QString, QList<const Fact *>> previousByTime;
    for (const Fact &old : previous)
        previousByTime[old.time].append(&old);
    QSet<qint64> reused;
    for (Fact &f : family) {
        f.id = 0;
        const QList<const Fact *> olds = previousByTime.value(f.time); // const: begin() of an empty QList allocates
        for (const Fact *old : olds)
            if (!reused.contains(old->id) && (old->status == FactStatus::Retracted) == (f.status == FactStatus::Retracted)
                && FactReconciler::valuesAgree(old->value, old->valueMax, old->qualifier, f.value, f.valueMax, f.qualifier)) {
                f.id = old->id;
                reused.insert(old->id);
                break;
            }
        if (f.id == 0)
            f.id = nextId++;
        if (changed)
            changed->append(f.id);
    }
    if (changed)
        for (const Fact &old : previous)
            if (!reused.contains(old.id))
                changed->append(old.id); // gone: the caller deletes it
    if (family.size() < 2) { // no other fact to be an alternative (most families): no hash of times
        for (Fact &f : family)
            f.alternatives.clear();
        return;
    }
    // An undated value every source says was true before ("previously owned
    // 32.5%") is an earlier point of the series, not an alternative to the
    // undated value reported as current.
    auto earlierOnly = [](const Fact &f) {
        return f.time.isEmpty() && !f.sources.isEmpty()
            && std::all_of(f.sources.cbegin(), f.sources.cend(), [](const FactMention &m) { return m.refersToEarlier; });
    };
    // Undated values reported in articles published months apart are
    // probably of different times (a valuation in 2023, another in 2024):
    // they stand side by side. Alternatives need reports close in time.
    struct Candidate
    {
        qint64 id;
        bool earlier;
        QDate firstReport, lastReport; // of its sources' articles; invalid when unknown
    };
    auto candidate = [&](const Fact &f) {
        Candidate c{f.id, earlierOnly(f), {}, {}};
        if (f.time.isEmpty())
            for (const FactMention &m : f.sources)
                if (m.articleDate.isValid()) {
                    if (!c.firstReport.isValid() || m.articleDate < c.firstReport)
                        c.firstReport = m.articleDate;
                    if (!c.lastReport.isValid() || m.articleDate > c.lastReport)
                        c.lastReport = m.articleDate;
                }
        return c;
    };
    auto reportedApart = [](const Candidate &a, const Candidate &b) {
        constexpr qint64 Apart = 92; // days: about a quarter
        if (!a.firstReport.isValid() || !b.firstReport.isValid())
            return false;
        return a.lastReport.daysTo(b.firstReport) > Apart || b.lastReport.daysTo(a.firstReport) > Apart;
    };
    // Candidates for alternatives (not retracted), in family order, each worked out once.
    std::vector<Candidate> open;
    std::vector<qsizetype> openAt(size_t(family.size()), -1); // a fact's candidate
    std::vector<qsizetype> openFact;                          // a candidate's fact
    open.reserve(size_t(family.size()));
    openFact.reserve(size_t(family.size()));
    for (qsizetype i = 0; i < family.size(); ++i)
        if (family.at(i).status != FactStatus::Retracted) {
            openAt[size_t(i)] = qsizetype(open.size());
            open.push_back(candidate(family.at(i)));
            openFact.push_back(i);
        }
    // Those of one time: a few facts compare their times in turn; more are grouped by time in a hash.
    constexpr size_t FewFacts = 16;
    QHash<QString, QList<qsizetype>> byTime;
    if (open.size() > FewFacts)
        for (size_t k = 0; k < open.size(); ++k)
            byTime[family.at(openFact[k]).time].append(qsizetype(k));
    for (qsizetype i = 0; i < family.size(); ++i) {
        Fact &f = family[i];
        f.alternatives.clear();
        if (f.status == FactStatus::Retracted || !canConflict(f))
            continue;
        const Candidate &self = open[size_t(openAt[size_t(i)])];
        auto consider = [&](size_t k) {
            const Candidate &other = open[k];
            if (other.id != f.id && other.earlier == self.earlier && !reportedApart(self, other))
                f.alternatives.append(other.id);
        };
        if (open.size() > FewFacts) {
            const QList<qsizetype> sameTime = byTime.value(f.time); // const: a non-const begin() would copy it
            for (const qsizetype k : sameTime)
                consider(size_t(k));
        } else {
            for (size_t k = 0; k < open.size(); ++k)
                if (family.at(openFact[k]).time == f.time)
                    consider(k);
        }
        if (!f.alternatives.isEmpty())
            f.status = FactStatus::Conflict;
    }
}

} // namespace

QList<Fact> FactReconciler::reconcileFamily(const QList<Fact> &previous, QList<FactMention> mentions)
{
    qint64 nextId = 1;
    for (const Fact &f : previous) {
        nextId = std::max(nextId, f.id + 1);
        mentions.append(f.sources);
    }
    QList<Fact> family = buildFamily(std::move(mentions));
    settle(family, previous, nextId, nullptr);
    return family;
}

QList<Fact> FactReconciler::reconcile(const QList<FactMention> &mentions)
{
    return reconcile(QList<Fact>(), mentions);
}

QList<Fact> FactReconciler::reconcile(const QList<Fact> &existing, const QList<FactMention> &added,
                                      QList<qint64> *changed)
{
    QStringList order; // families in order of first appearance
    QHash<QString, QList<FactMention>> byFamily;
    for (const FactMention &m : added) {
        const QString key = familyKey(m);
        if (!byFamily.contains(key))
            order.append(key);
        byFamily[key].append(m);
    }
    QHash<QString, QList<Fact>> previous;
    qint64 nextId = 1;
    for (const Fact &f : existing) {
        nextId = std::max(nextId, f.id + 1);
        const QString key = familyKey(f);
        if (byFamily.contains(key)) {
            previous[key].append(f);
            byFamily[key].append(f.sources);
        }
    }

    QList<Fact> out;
    QSet<QString> emitted;
    // Untouched facts first, unchanged and in their order; rebuilt families take the place of their first fact.
    for (const Fact &f : existing) {
        const QString key = familyKey(f);
        if (!byFamily.contains(key)) {
            out.append(f);
            continue;
        }
        if (emitted.contains(key))
            continue;
        emitted.insert(key);
        QList<Fact> family = buildFamily(byFamily.value(key));
        settle(family, previous.value(key), nextId, changed);
        out.append(family);
    }
    for (const QString &key : std::as_const(order)) {
        if (emitted.contains(key))
            continue;
        emitted.insert(key);
        QList<Fact> family = buildFamily(byFamily.value(key));
        settle(family, previous.value(key), nextId, changed);
        out.append(family);
    }
    return out;
}

} // namespace DealScope
