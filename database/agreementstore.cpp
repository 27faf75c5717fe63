// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstore.h"

#include "database.h"

namespace DealScope {

AgreementStore::AgreementStore(Database &db)
    : m_db(db)
    , m_insert(db.prepare("INSERT INTO agreements (article_id, kind, from_name, to_name, to_type, to_part_of, start, "
                          "\"end\", sentence_start, sentence_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
{
}

bool AgreementStore::add(qint64 articleId, const QList<Agreement> &agreements, QString *error)
{
    for (const Agreement &a : agreements) {
        m_insert.bind(1, articleId);
        m_insert.bind(2, agreementKindName(a.kind));
        m_insert.bind(3, a.from);
        m_insert.bind(4, a.to);
        m_insert.bind(5, a.toType);
        m_insert.bind(6, a.toPartOf.isEmpty() ? QString() : a.toPartOf);
        m_insert.bind(7, qint64(a.start));
        m_insert.bind(8, qint64(a.end));
        m_insert.bind(9, qint64(a.sentenceStart));
        m_insert.bind(10, qint64(a.sentenceEnd));
        if (!m_insert.execute(error))
            return false;
    }
    return true;
}

QList<AgreementSource> AgreementStore::all(QString *error) const
{
    QList<AgreementSource> out;
    Statement s = m_db.prepare("SELECT g.article_id, a.file_name, g.kind, g.from_name, g.to_name, g.to_type, "
                               "coalesce(g.to_part_of, ''), g.start, g.\"end\", g.sentence_start, g.sentence_end "
                               "FROM agreements g JOIN articles a ON a.id = g.article_id "
                               "ORDER BY g.article_id, g.start, g.rowid");
    while (s.step()) {
        AgreementSource src;
        src.articleId = s.columnInt(0);
        src.fileName = s.columnText(1);
        Agreement &a = src.agreement;
        if (!agreementKindFromName(s.columnText(2), &a.kind))
            continue; // a kind a newer DealScope wrote
        a.from = s.columnText(3);
        a.to = s.columnText(4);
        a.toType = s.columnText(5);
        a.toPartOf = s.columnText(6);
        a.start = s.columnInt(7);
        a.end = s.columnInt(8);
        a.sentenceStart = s.columnInt(9);
        a.sentenceEnd = s.columnInt(10);
        out.append(src);
    }
    if (!s.succeeded())
        s.fail(error);
    return out;
}

} // namespace DealScope
