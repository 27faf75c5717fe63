// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencereader.h"

#include <QRegularExpression>

#include <algorithm>

namespace DealScope {

namespace {

QRegularExpression pattern(const char *source)
{
    return QRegularExpression(QString::fromLatin1(source),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// What a distributor is called, and the verbs of distributing.
const QRegularExpression &distributionWords()
{
    static const QRegularExpression re = pattern(
        R"(\b(?:distributors?|resellers?|distribution\s+(?:provider|partner|platform|agreement|deal|arrangement|rights)s?)"
        R"(|distribute[sd]?|distributing|resell(?:s|ing)?|resold)\b)");
    return re;
}

// Between the tie's words and what is distributed: "for", "of" or nothing, an article.
const QRegularExpression &distributedGap()
{
    static const QRegularExpression re = pattern(R"(^\s+(?:(?:for|of)\s+)?(?:(?:the|its|their)\s+)?$)");
    return re;
}

// Passive voice: "distributed by", "resold exclusively through".
const QRegularExpression &passiveGap()
{
    static const QRegularExpression re = pattern(R"(^\s+(?:(?:exclusively|only|solely)\s+)?(?:by|through|via)\s+(?:the\s+)?$)");
    return re;
}

// "a distribution agreement for Claude Enterprise on Google Cloud": the platform it runs on distributes it.
const QRegularExpression &platformGap()
{
    static const QRegularExpression re = pattern(R"(^(?:['’]s\s+\w+(?:\s+\w+)?)?\s+(?:on|through|via)\s+(?:the\s+)?$)");
    return re;
}

const QRegularExpression &jointVentureWords()
{
    static const QRegularExpression re = pattern(R"(\bjoint[\s-]+ventures?\b)");
    return re;
}

// The venture's name after the words: "a joint venture called Nova", "joint venture, Nova,".
const QRegularExpression &ventureNameGap()
{
    static const QRegularExpression re = pattern(R"(^(?:\s*,\s*|\s+(?:called|named|known\s+as|dubbed)\s+))");
    return re;
}

// A name given as written: "called Helix Cells", "known as Project Nova".
const QRegularExpression &calledNameWords()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s+(?:called|named|dubbed|known\s+as)\s+(\p{Lu}[\w&'’-]*(?:\s+\p{Lu}[\w&'’-]*){0,4}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Members after the words: "with", "between", "of", past a name or a ticker in brackets.
const QRegularExpression &membersGap()
{
    static const QRegularExpression re =
        pattern(R"(^(?:\s*\([^()]{0,40}\))?\s*,?\s+(?:with|between|among|of|by)\s+(?:the\s+)?$)");
    return re;
}

// Between members of a list: ", ", " and ", " & ", past a ticker in brackets.
const QRegularExpression &listGap()
{
    static const QRegularExpression re = pattern(R"(^(?:\s*\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$)");
    return re;
}

// Before the words of a venture its members founded: "formed a", "have set up a new".
const QRegularExpression &foundedGap()
{
    static const QRegularExpression re = pattern(
        R"(^(?:\s*\([^()]{0,40}\))?\s+(?:(?:have|has|had|will|would|plan\s+to|agreed\s+to)\s+)?)"
        R"((?:form|formed|forming|create|created|set\s+up|launch|launched|establish|established|announce|announced|own|owns)\s+)"
        R"((?:a|an|the|their|its)\s+(?:new\s+|\w+\s+)?$)");
    return re;
}

// A speaker between a party and the venture: the party reports it, no more.
const QRegularExpression &reporting()
{
    static const QRegularExpression re = pattern(R"(\b(?:said|says|say|told|tells|according|reported|reports|noted|wrote)\b)");
    return re;
}

const QRegularExpression &negation()
{
    static const QRegularExpression re = pattern(R"(\b(?:not|never|no\s+longer|n['’]t|nor|denied|denies|deny)\b)");
    return re;
}

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

} // namespace

SentenceReader::SentenceReader(const ArticleExtraction &x, SentenceSplitter::Span sentence, QList<Agreement> &out)
    : m_text(x.article.text), m_sentence(sentence), m_out(out)
{
    for (const EntityMention &e : x.entities) {
        if (e.start < sentence.start)
            continue;
        if (e.end > sentence.end)
            break;
        if (e.type == EntityType::Organisation || e.type == EntityType::Product)
            m_parties.append({&e, e.start, e.end});
    }
}

void SentenceReader::readDistribution()
{
    const QStringView sentence = slice(m_sentence.start, m_sentence.end);
    for (auto it = distributionWords().globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m_sentence.start + m.capturedStart();
        const qsizetype end = m_sentence.start + m.capturedEnd();
        if (negated(start))
            continue;
        const QString word = m.captured().toLower();
        const bool passive = word == QLatin1String("distributed") || word == QLatin1String("resold");
        const Party *distributed = nullptr;
        const Party *distributor = nullptr;
        if (passive) {
            // "Copilot Studio will be distributed by Ingram Micro"
            distributor = partyAfter(end, passiveGap(), true);
            distributed = partyBefore(start, false);
        } else {
            distributed = partyAfter(end, distributedGap(), false);
            if (distributed && word.startsWith(QLatin1String("distribution")))
                distributor = partyAfter(distributed->end, platformGap(), true);
            if (!distributor)
                distributor = partyBefore(start, true, distributed);
        }
        if (!distributed || !distributor)
            continue;
        add(Agreement::Kind::Distribution, *distributor->entity, *distributed->entity, start, end);
    }
}

void SentenceReader::readJointVentures()
{
    const QStringView sentence = slice(m_sentence.start, m_sentence.end);
    for (auto it = jointVentureWords().globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m_sentence.start + m.capturedStart();
        const qsizetype end = m_sentence.start + m.capturedEnd();
        if (negated(start))
            continue;
        // Its name: right before the words ("the Ampere joint venture") or after them.
        const Party *name = nullptr;
        if (const Party *p = partyBefore(start, true); p && onlySpaces(p->end, start))
            name = p;
        qsizetype membersFrom = end;
        if (!name)
            name = partyAfter(end, ventureNameGap(), true);
        if (!name)
            name = calledName(end);
        if (name && name->start >= end)
            membersFrom = name->end;
        QList<const Party *> members;
        bool withForm = false;
        if (const Party *first = partyAfter(membersFrom, membersGap(), true)) {
            withForm = slice(membersFrom, first->start).contains(QLatin1String("with"), Qt::CaseInsensitive);
            members = listFrom(first);
        }
        if (members.isEmpty() || withForm) {
            // "Renault ... through the venture with Nissan": the sentence's subject is a member too;
            // "Sony and Honda formed a joint venture": the list before the verb.
            const qsizetype before = name && name->end <= start ? name->start : start;
            const Party *last = partyBefore(before, true);
            // "Microsoft said the venture with ...": a speaker is no member.
            if (last && matches(reporting(), slice(last->end, before)))
                last = nullptr;
            if (members.isEmpty()) {
                if (!last || !matches(foundedGap(), slice(last->end, before)))
                    continue;
                members = listBefore(last);
            } else if (last) {
                members.prepend(last);
            }
        }
        QList<const Party *> distinct;
        for (const Party *p : std::as_const(members))
            if (p != name && std::none_of(distinct.cbegin(), distinct.cend(), [&](const Party *q) {
                    return q->entity->name == p->entity->name;
                }))
                distinct.append(p);
        if (name) {
            for (const Party *member : std::as_const(distinct))
                add(Agreement::Kind::JointVenture, *member->entity, *name->entity, start, end);
        } else {
            // An unnamed venture: its first member tied to each other one.
            for (qsizetype i = 1; i < distinct.size(); ++i)
                add(Agreement::Kind::JointVenture, *distinct.first()->entity, *distinct.at(i)->entity, start, end);
        }
    }
}

QStringView SentenceReader::slice(qsizetype from, qsizetype to) const
{
    return QStringView(m_text).mid(from, std::max<qsizetype>(0, to - from));
}

bool SentenceReader::onlySpaces(qsizetype from, qsizetype to) const
{
    return slice(from, to).trimmed().isEmpty();
}

// "is not the distributor", "no longer part of the venture": the few words before.
bool SentenceReader::negated(qsizetype at) const
{
    const qsizetype from = std::max(m_sentence.start, at - 40);
    return matches(negation(), slice(from, at));
}

// The first party after `from` when the words between match `gap`.
const SentenceReader::Party *SentenceReader::partyAfter(qsizetype from, const QRegularExpression &gap, bool organisationOnly) const
{
    for (const Party &p : m_parties) {
        if (p.start < from)
            continue;
        if (organisationOnly && p.entity->type != EntityType::Organisation)
            return nullptr;
        return matches(gap, slice(from, p.start)) ? &p : nullptr;
    }
    return nullptr;
}

// The nearest party ending before `at`, other than `not_`'s organisation.
const SentenceReader::Party *SentenceReader::partyBefore(qsizetype at, bool organisationOnly, const Party *not_) const
{
    for (qsizetype i = m_parties.size() - 1; i >= 0; --i) {
        const Party &p = m_parties.at(i);
        if (p.end > at)
            continue;
        if (organisationOnly && p.entity->type != EntityType::Organisation)
            continue;
        if (not_ && sameOrganisation(*p.entity, *not_->entity))
            continue;
        return &p;
    }
    return nullptr;
}

bool SentenceReader::sameOrganisation(const EntityMention &a, const EntityMention &b)
{
    const QString &rootA = a.partOf.isEmpty() ? a.name : a.partOf;
    const QString &rootB = b.partOf.isEmpty() ? b.name : b.partOf;
    return rootA == rootB;
}

// "a joint venture called Helix Cells": a name the entity extractor may not know,
// taken as written (capitalised words after "called", "named", "dubbed", "known as").
const SentenceReader::Party *SentenceReader::calledName(qsizetype from)
{
    const QRegularExpressionMatch m = calledNameWords().match(slice(from, m_sentence.end));
    if (!m.hasMatch())
        return nullptr;
    m_calledEntity.name = m.captured(1);
    m_calledEntity.type = EntityType::Organisation;
    m_calledEntity.start = from + m.capturedStart(1);
    m_calledEntity.end = from + m.capturedEnd(1);
    m_called = {&m_calledEntity, m_calledEntity.start, m_calledEntity.end};
    return &m_called;
}

// "Hitachi (HTHIY)": the ticker in brackets right after a name.
bool SentenceReader::inBracketsAfter(const Party &name, const Party &p) const
{
    return slice(name.end, p.start).trimmed() == QLatin1String("(") && p.end < m_text.size()
        && m_text.at(p.end) == u')';
}

// `first` and the organisations listed after it ("Nissan (7201) and Mitsubishi").
QList<const SentenceReader::Party *> SentenceReader::listFrom(const Party *first) const
{
    QList<const Party *> list{first};
    const Party *const endOfParties = m_parties.constData() + m_parties.size();
    for (const Party *p = first + 1; p < endOfParties; ++p) {
        if (inBracketsAfter(*list.last(), *p))
            continue;
        if (p->entity->type != EntityType::Organisation || !matches(listGap(), slice(list.last()->end, p->start)))
            break;
        list.append(p);
    }
    return list;
}

// `last` and the organisations listed before it ("BMW, Daimler and Ford").
QList<const SentenceReader::Party *> SentenceReader::listBefore(const Party *last) const
{
    QList<const Party *> list{last};
    const Party *next = last;
    for (const Party *p = last; p-- != m_parties.constData();) {
        if (inBracketsAfter(*p, *next)) {
            next = p; // a ticker's party stands for the name before it
            continue;
        }
        if (p->entity->type != EntityType::Organisation || !matches(listGap(), slice(p->end, list.first()->start)))
            break;
        list.prepend(p);
        next = p;
    }
    return list;
}

void SentenceReader::add(Agreement::Kind kind, const EntityMention &from, const EntityMention &to, qsizetype start, qsizetype end)
{
    if (from.name == to.name || (kind == Agreement::Kind::Distribution && sameOrganisation(from, to)))
        return;
    Agreement a;
    a.kind = kind;
    a.from = from.name;
    a.to = to.name;
    a.toType = entityTypeName(to.type);
    a.toPartOf = to.partOf;
    a.start = start;
    a.end = end;
    a.sentenceStart = m_sentence.start;
    a.sentenceEnd = m_sentence.end;
    if (!m_out.contains(a))
        m_out.append(a);
}

} // namespace DealScope
