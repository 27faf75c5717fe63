// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractcommand.h"

#include "articleanalyzer.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "extractionjson.h"
#include "jsonstreamwriter.h"

#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace DealScope {

namespace {

QString describeValue(const Figure &f)
{
    if (f.kind == FigureKind::Date)
        return f.date.isEmpty() ? QStringLiteral("unresolved")
                                : f.date + (f.dateMax.isEmpty() ? QString() : QStringLiteral("–") + f.dateMax);
    const QLocale c = QLocale::c();
    QString s = c.toString(f.value, 'f', f.value == qint64(f.value) ? 0 : 2);
    if (f.valueMax)
        s += QStringLiteral("–") + c.toString(*f.valueMax, 'f', *f.valueMax == qint64(*f.valueMax) ? 0 : 2);
    return s;
}

void printSummary(QTextStream &out, const ArticleExtraction &x)
{
    const Article &a = x.article;
    out << a.fileName << QStringLiteral("  —  ") << (a.title.isEmpty() ? QStringLiteral("(untitled)") : a.title) << '\n';
    if (!a.publisher.isEmpty() || a.date.isValid())
        out << QLatin1String("  ") << a.publisher << ' ' << a.date.toString(Qt::ISODate) << '\n';
    out << QLatin1String("  ") << x.figures.size() << QLatin1String(" figures, ") << x.entities.size()
        << QLatin1String(" entity mentions, ") << a.excluded.size() << QLatin1String(" excluded regions\n");
    for (const Figure &f : x.figures) {
        QString line = QStringLiteral("    %1  %2  = %3 %4  [%5]")
                           .arg(figureKindName(f.kind), -9)
                           .arg(x.textOf(f), -28)
                           .arg(describeValue(f), f.unit)
                           .arg(qualifierName(f.qualifier));
        if (f.retracted)
            line += QLatin1String(" RETRACTED");
        if (a.isExcluded(f.start, f.end))
            line += QLatin1String(" (excluded)");
        out << line << '\n';
    }
    QStringList names;
    for (const EntityMention &e : x.entities) {
        const QString label = e.name + QLatin1String(" (") + entityTypeName(e.type) + QLatin1Char(')');
        if (!names.contains(label))
            names.append(label);
    }
    if (!names.isEmpty())
        out << QLatin1String("    entities: ") << names.join(QLatin1String(", ")) << '\n';
    out << '\n';
    out.flush();
}

} // namespace

int ExtractCommand::run(const QStringList &files, bool json) const
{
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    const ArticleReader reader;
    QTextStream out(stdout);
    QTextStream err(stderr);
    JsonStreamWriter *writer = nullptr;
    std::optional<JsonStreamWriter> jsonWriter;
    if (json) {
        jsonWriter.emplace(stdout, QStringLiteral("articles"));
        writer = &*jsonWriter;
    }
    int rejected = 0;
    auto handle = [&](const ArticleReader::Result &read) {
        if (!read.ok()) {
            err << read.article.filePath << QLatin1String(": ") << read.error << '\n';
            err.flush();
            ++rejected;
            return;
        }
        const ArticleExtraction x = analyzer.analyze(read.article);
        if (writer)
            writer->append(ExtractionJson::article(x));
        else
            printSummary(out, x);
    };
    if (files.isEmpty()) {
        for (const BundledCorpus::File &file : BundledCorpus::files())
            handle(reader.readBytes(file.bytes, file.fileName));
    } else {
        for (const QString &path : files)
            handle(reader.readFile(path));
    }
    if (writer)
        writer->finish();
    return rejected ? 1 : 0;
}

} // namespace DealScope
