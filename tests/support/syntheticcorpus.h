// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace DealScope {

// Writes invented but realistic news articles about technology deals, for
// tests and benchmarks. Article i depends only on (seed, i): a benchmark can
// stream any number of articles in constant memory, and a failing article
// can be regenerated from its index alone.
class SyntheticCorpus
{
public:
    enum class Format { Mixed, PlainText, Markdown, Html };

    // How many figures of each kind the generator wrote. Approximate by
    // nature (the generator's idea of a figure), good for sanity checks.
    struct FigureCounts
    {
        int money = 0;
        int percent = 0;
        int power = 0;
        int count = 0;
        int date = 0;
        int duration = 0;
        int total() const { return money + percent + power + count + date + duration; }
    };

    // What the generator put where: figures of the story itself, figures in
    // parts that are not the story (teasers, furniture, repeated blocks,
    // HTML outside the body), and the cast.
    struct Truth
    {
        FigureCounts story;
        FigureCounts excluded;
        int retracted = 0;      // story figures withdrawn by a correction
        int repeatedBlocks = 0; // blocks the article repeats verbatim
        int teasers = 0;        // headlines of other stories after the end
        QStringList organisations;
        QStringList people;
        QList<int> patterns;    // indexes of the story sentence patterns used
    };

    struct GeneratedArticle
    {
        quint64 index = 0;
        QString fileName; // "000042_velora-raises-2bn.txt"
        QString format;   // "txt", "md" or "html"
        QString title;
        QString publisher;
        QDate date;       // the publication date, stated in the file or not
        QByteArray bytes; // the file, UTF-8 (some with BOM or CRLF)
        Truth truth;
    };

    explicit SyntheticCorpus(quint64 seed = 1, Format format = Format::Mixed);

    GeneratedArticle article(quint64 index) const;

    quint64 seed() const { return m_seed; }
    Format format() const { return m_format; }

    // The number of distinct story sentence patterns the generator knows.
    static int storyPatternCount();

private:
    quint64 m_seed;
    Format m_format;
};

} // namespace DealScope
