// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsourcescan.h"

#include "database.h"
#include "factsourcecodec.h"

#include <algorithm>
#include <vector>

namespace DealScope {

namespace {

struct Wanted
{
    qint64 articleId;
    qint64 ord;
    qint64 factId;
    qint32 position;
};

} // namespace

FactSourceScan::FactSourceScan(const Database &db, const char *mentionColumns)
    : m_db(db)
    , m_mentionSql(QStringLiteral("SELECT family, article_id, ord, %1 FROM fact_mentions ORDER BY family, article_id, ord")
                       .arg(QString::fromUtf8(mentionColumns)))
{
}

bool FactSourceScan::run(const std::function<bool(qint64, qint32, const Statement &)> &visit, QString *error) const
{
    Statement facts = m_db.prepare("SELECT id, sources FROM facts ORDER BY id");
    Statement mentions = m_db.prepare(m_mentionSql.toUtf8().constData());
    if (!facts.isValid() || !mentions.isValid()) {
        if (error)
            *error = facts.isValid() ? mentions.prepareError() : facts.prepareError();
        return false;
    }
    std::vector<Wanted> wanted; // one family's sources, in mention key order
    QList<FactSourceCodec::Source> sources;
    bool factRow = facts.step();
    bool mentionRow = mentions.step();
    while (factRow) {
        const qint64 family = facts.columnInt(0) >> 20;
        wanted.clear();
        for (; factRow && facts.columnInt(0) >> 20 == family; factRow = facts.step()) {
            sources.clear();
            if (!FactSourceCodec::decode(facts.columnBlobView(1), sources)) {
                if (error)
                    *error = QStringLiteral("fact %1: damaged sources").arg(facts.columnInt(0));
                return false;
            }
            for (qsizetype i = 0; i < sources.size(); ++i)
                wanted.push_back({sources.at(i).articleId, sources.at(i).ord, facts.columnInt(0), qint32(i)});
        }
        std::sort(wanted.begin(), wanted.end(), [](const Wanted &a, const Wanted &b) {
            return a.articleId != b.articleId ? a.articleId < b.articleId : a.ord < b.ord;
        });
        while (mentionRow && mentions.columnInt(0) < family)
            mentionRow = mentions.step();
        size_t w = 0;
        for (; mentionRow && mentions.columnInt(0) == family && w < wanted.size(); mentionRow = mentions.step()) {
            const qint64 article = mentions.columnInt(1), ord = mentions.columnInt(2);
            while (w < wanted.size() && (wanted[w].articleId < article
                                         || (wanted[w].articleId == article && wanted[w].ord < ord)))
                ++w; // no such mention
            if (w < wanted.size() && wanted[w].articleId == article && wanted[w].ord == ord
                && !visit(wanted[w].factId, wanted[w].position, mentions))
                return false;
        }
    }
    if (!facts.succeeded())
        return facts.fail(error);
    if (!mentions.succeeded())
        return mentions.fail(error);
    return true;
}

} // namespace DealScope
