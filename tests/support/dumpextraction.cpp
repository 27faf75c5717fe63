// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-dumpextraction COUNT [SEED] [mixed|txt|md|html] [--bundled]:
// generates COUNT synthetic articles (the generator the benches use), runs
// the extraction pipeline (ArticleAnalyzer) on each and prints every figure,
// entity mention and excluded region with all its fields, one per line.
// `--bundled` adds the bundled articles first. Two builds of the engine that
// print the same bytes extract the same things: a guard for optimisations.
#include "articleanalyzer.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "gazetteer.h"
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace DealScope;

namespace {

// Every double exactly (17 significant digits round-trip), so a value that
// changes in its last bit shows.
QString exact(double v)
{
    return QString::number(v, 'g', 17);
}

QString quoted(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

void dump(QTextStream &out, const ArticleAnalyzer &analyzer, const Article &article)
{
    const ArticleExtraction x = analyzer.analyze(article);
    out << "article " << x.article.fileName << " date=" << x.article.date.toString(Qt::ISODate)
        << " units=" << x.article.text.size() << " figures=" << x.figures.size() << " entities=" << x.entities.size()
        << " excluded=" << x.article.excluded.size() << '\n';
    for (const Figure &f : x.figures) {
        out << "  F " << f.start << ' ' << f.end << ' ' << figureKindName(f.kind) << " value=" << exact(f.value)
            << " max=" << (f.valueMax ? exact(*f.valueMax) : QStringLiteral("-")) << " date=" << quoted(f.date)
            << " dateMax=" << quoted(f.dateMax) << " unit=" << quoted(f.unit) << " q=" << qualifierName(f.qualifier)
            << " retracted=" << int(f.retracted) << " text=" << quoted(x.textOf(f)) << '\n';
    }
    for (const EntityMention &e : x.entities) {
        out << "  E " << e.start << ' ' << e.end << ' ' << entityTypeName(e.type) << " name=" << quoted(e.name)
            << " partOf=" << quoted(e.partOf) << " known=" << int(e.known) << " text=" << quoted(x.textOf(e)) << '\n';
    }
    for (const ExcludedRegion &r : x.article.excluded)
        out << "  X " << r.start << ' ' << r.end << ' ' << exclusionReasonName(r.reason) << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool bundled = args.removeAll(QStringLiteral("--bundled")) > 0;
    QTextStream err(stderr);
    bool countOk = false;
    const qulonglong count = args.isEmpty() ? 0 : args.at(0).toULongLong(&countOk);
    bool seedOk = true;
    const qulonglong seed = args.size() >= 2 ? args.at(1).toULongLong(&seedOk) : 1;
    const QString formatName = args.size() >= 3 ? args.at(2) : QStringLiteral("mixed");
    SyntheticCorpus::Format format = SyntheticCorpus::Format::Mixed;
    if (formatName == QLatin1String("txt"))
        format = SyntheticCorpus::Format::PlainText;
    else if (formatName == QLatin1String("md"))
        format = SyntheticCorpus::Format::Markdown;
    else if (formatName == QLatin1String("html"))
        format = SyntheticCorpus::Format::Html;
    else if (formatName != QLatin1String("mixed"))
        seedOk = false;
    if (!countOk || !seedOk || args.size() > 3) {
        err << "usage: dealscope-dumpextraction COUNT [SEED] [mixed|txt|md|html] [--bundled]\n";
        return 2;
    }

    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    const ArticleReader reader;
    QTextStream out(stdout);
    if (bundled) {
        for (const BundledCorpus::File &file : BundledCorpus::files()) {
            const ArticleReader::Result r = reader.readBytes(file.bytes, file.fileName);
            if (!r.ok()) {
                err << "dealscope-dumpextraction: " << file.fileName << ": " << r.error << '\n';
                return 1;
            }
            dump(out, analyzer, r.article);
        }
    }
    const SyntheticCorpus corpus(seed, format);
    for (qulonglong i = 0; i < count; ++i) {
        const SyntheticCorpus::GeneratedArticle generated = corpus.article(i);
        const ArticleReader::Result r = reader.readBytes(generated.bytes, generated.fileName);
        if (!r.ok()) {
            err << "dealscope-dumpextraction: article " << i << ": " << r.error << '\n';
            return 1;
        }
        dump(out, analyzer, r.article);
    }
    return 0;
}
