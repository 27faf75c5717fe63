// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "database.h"
#include "defaultdatabase.h"
#include "searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace DealScope {

int SearchCommand::run(const QString &databasePath, const QString &queryText, bool json, int limit) const
{
    QTextStream err(stderr);
    const SearchQuery query = SearchQuery::parse(queryText);
    if (!query.isValid()) {
        err << "dealscope: search: " << query.error() << '\n';
        return 2;
    }
    for (const QString &warning : query.warnings())
        err << "dealscope: search: " << warning << '\n';
    err.flush();

    Database db;
    QString error;
    if (!DefaultDatabase::open(db, databasePath, &error)) {
        err << "dealscope: " << error << '\n';
        return 2;
    }
    const QList<SearchIndex::Result> results = SearchIndex(db).search(query, limit, &error);
    if (!error.isEmpty()) {
        err << "dealscope: search: the search could not be run: " << error << '\n';
        return 2;
    }

    if (json) {
        QJsonArray array;
        for (const SearchIndex::Result &r : results) {
            QJsonArray hits;
            for (const SearchQuery::Span &h : r.hits)
                hits.append(QJsonObject{{QStringLiteral("start"), qint64(h.start)}, {QStringLiteral("end"), qint64(h.end)}});
            array.append(QJsonObject{
                {QStringLiteral("article"), r.fileName},
                {QStringLiteral("path"), r.path},
                {QStringLiteral("id"), r.articleId},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("rank"), r.rank},
                {QStringLiteral("score"), r.score},
                {QStringLiteral("snippet"), r.snippet},
                {QStringLiteral("hits"), hits},
            });
        }
        const QJsonObject root{{QStringLiteral("query"), queryText}, {QStringLiteral("results"), array}};
        const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QTextStream out(stdout);
    if (results.isEmpty())
        out << "no article matches\n";
    for (const SearchIndex::Result &r : results) {
        out << r.rank << ". " << r.fileName << QStringLiteral("  —  ") << (r.title.isEmpty() ? QStringLiteral("(untitled)") : r.title)
            << "  (" << r.hits.size() << (r.hits.size() == 1 ? " hit)\n" : " hits)\n");
        out << "   " << r.snippet << "\n";
    }
    return 0;
}

} // namespace DealScope
