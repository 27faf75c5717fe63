// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttreemodel.h"

#include "itemroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>


namespace DealScope {

namespace {

// internalId layout: 0 for a group; for a fact, its group + 1; for a source,
// (fact row + 1) << 32 | (group + 1).
constexpr quintptr GroupBits = 0xffffffffu;

QString partiesOf(const ExplorerSource::FactSummary &f)
{
    if (f.object.isEmpty())
        return f.subject;
    return f.subject + QStringLiteral(" → ") + f.object;
}

int articleCount(const ExplorerSource::FactSummary &f)
{
    QSet<qint64> ids;
    for (const ExplorerSource::FactSource &s : f.sources)
        ids.insert(s.articleId);
    return int(ids.size());
}

// Made once: views ask for the font of every cell they measure and paint.
QVariant boldFont(bool struckOut)
{
    static const QVariant fonts[2] = {[] {
                                          QFont f;
                                          f.setBold(true);
                                          return QVariant(f);
                                      }(),
                                      [] {
                                          QFont f;
                                          f.setBold(true);
                                          f.setStrikeOut(true);
                                          return QVariant(f);
                                      }()};
    return fonts[struckOut ? 1 : 0];
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale::c().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

FactTreeModel::FactTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FactTreeModel::setFacts(const QList<ExplorerSource::FactSummary> &facts)
{
    QHash<qint64, ExplorerSource::FactSummary> byId;
    for (const ExplorerSource::FactSummary &f : facts)
        byId.insert(f.id, f);
    const FactLoader loader = [byId](qint64 id) -> std::optional<ExplorerSource::FactSummary> {
        const auto it = byId.constFind(id);
        if (it == byId.constEnd())
            return std::nullopt;
        return *it;
    };
    setGroups(ExplorerSource::groupFacts(facts), loader, loader);
}

void FactTreeModel::setGroups(const QList<ExplorerSource::FactGroup> &groups, const FactLoader &listLoader,
                              const FactLoader &loader)
{
    beginResetModel();
    m_groups = groups;
    m_listLoader = listLoader;
    m_loader = loader;
    m_loaded.clear();
    m_count = 0;
    for (const ExplorerSource::FactGroup &g : groups)
        m_count += int(g.ids.size());
    endResetModel();
}

const ExplorerSource::FactSummary *FactTreeModel::find(qint64 id, bool full) const
{
    auto it = m_loaded.find(id);
    if (it == m_loaded.end()) {
        const FactLoader &loader = full ? m_loader : m_listLoader;
        it = m_loaded.emplace(id, Loaded{loader ? loader(id) : std::nullopt, full}).first;
    } else if (full && !it->second.full && it->second.fact) {
        // Read again with quotes; the node stays, so do references to it.
        if (std::optional<ExplorerSource::FactSummary> f = m_loader ? m_loader(id) : std::nullopt)
            it->second.fact = std::move(f);
        it->second.full = true;
    }
    return it->second.fact ? &*it->second.fact : nullptr;
}

const ExplorerSource::FactSummary &FactTreeModel::load(qint64 id, bool full) const
{
    if (const ExplorerSource::FactSummary *f = find(id, full))
        return *f;
    // Gone from the store since the list was made: an empty row.
    Loaded &slot = m_loaded[id];
    slot.fact.emplace();
    slot.fact->id = id;
    slot.full = true;
    return *slot.fact;
}

const ExplorerSource::FactSummary &FactTreeModel::factOf(int group, int row) const
{
    return load(m_groups.at(group).ids.at(row));
}

QList<ExplorerSource::FactSummary> FactTreeModel::facts() const
{
    QList<ExplorerSource::FactSummary> list;
    list.reserve(m_count);
    for (const ExplorerSource::FactGroup &g : m_groups) {
        for (qint64 id : g.ids)
            list.append(load(id, true));
    }
    return list;
}

QModelIndex FactTreeModel::indexOfFact(qint64 factId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype r = m_groups.at(g).ids.indexOf(factId);
        if (r >= 0)
            return createIndex(int(r), 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex FactTreeModel::indexOfSource(qint64 factId, qint64 articleId, qsizetype start) const
{
    const QModelIndex fact = indexOfFact(factId);
    if (!fact.isValid())
        return {};
    const ExplorerSource::FactSummary &f = factOf(fact.parent().row(), fact.row());
    for (int i = 0; i < f.sources.size(); ++i) {
        if (f.sources.at(i).articleId == articleId && f.sources.at(i).start == start)
            return index(i, 0, fact);
    }
    return {};
}

QString FactTreeModel::statusBadge(const ExplorerSource::FactSummary &fact)
{
    switch (fact.status) {
    case ExplorerSource::Status::Single: return tr("single");
    case ExplorerSource::Status::Corroborated: return tr("corroborated ×%1").arg(articleCount(fact));
    case ExplorerSource::Status::Conflict: return tr("conflict");
    case ExplorerSource::Status::Retracted: return tr("retracted");
    }
    return QString();
}

QModelIndex FactTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const quintptr id = parent.internalId();
    if (id == 0)
        return createIndex(row, column, quintptr(parent.row() + 1));
    if ((id >> 32) == 0)
        return createIndex(row, column, (quintptr(parent.row() + 1) << 32) | id);
    return {};
}

QModelIndex FactTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    const int group = int(id & GroupBits) - 1;
    if ((id >> 32) == 0)
        return createIndex(group, 0, quintptr(0));
    const int factRow = int(id >> 32) - 1;
    return createIndex(factRow, 0, quintptr(group + 1));
}

int FactTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_groups.at(parent.row()).ids.size());
    if ((id >> 32) == 0)
        return int(factOf(int(id & GroupBits) - 1, parent.row()).sources.size());
    return 0;
}

bool FactTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() == 0 || parent.column() != 0)
        return rowCount(parent) > 0;
    const quintptr id = parent.internalId();
    if ((id >> 32) != 0)
        return false;
    // Every stored fact has a source: a view laying out thousands of fact
    // rows need not read them to draw their expand arrows.
    const qint64 factId = m_groups.at(int(id & GroupBits) - 1).ids.at(parent.row());
    const auto it = m_loaded.find(factId);
    return it == m_loaded.end() || (it->second.fact && !it->second.fact->sources.isEmpty());
}

int FactTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FactTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    // Answered without reading the fact: a view measuring row heights asks
    // it of rows it may never show.
    if (role == ItemRole::OneLine)
        return (id >> 32) == 0; // groups and facts; sources wrap their quotes
    if (id == 0)
        return groupData(index.row(), index.column(), role);
    const int group = int(id & GroupBits) - 1;
    if ((id >> 32) == 0)
        return factData(factOf(group, index.row()), index.column(), role);
    const int factRow = int(id >> 32) - 1;
    // A source row shows its quote: the fact read in full.
    const ExplorerSource::FactSummary &fact = load(m_groups.at(group).ids.at(factRow), true);
    return sourceData(fact, fact.sources.at(index.row()), index.column(), role);
}

QVariant FactTreeModel::groupData(int group, int column, int role) const
{
    const ExplorerSource::FactGroup &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ValueColumn) {
            QString name = g.metric;
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper();
            return tr("%1 (%2)").arg(name).arg(g.ids.size());
        }
        break;
    case Qt::FontRole:
        if (column == ValueColumn)
            return boldFont(false);
        break;
    case ItemRole::RowKind:
        return RowKind::Group;
    }
    return {};
}

QString FactTreeModel::otherValues(const ExplorerSource::FactSummary &fact) const
{
    if (fact.status == ExplorerSource::Status::Retracted)
        return fact.correction.isEmpty() ? tr("withdrawn by the text") : tr("corrected to %1").arg(fact.correction);
    QStringList values;
    for (qint64 alt : fact.alternatives) {
        if (const ExplorerSource::FactSummary *f = find(alt))
            values.append(tr("%1 (%2)").arg(f->valueText, f->firstReportedBy()));
    }
    return values.isEmpty() ? QString() : tr("vs %1").arg(values.join(QStringLiteral("; ")));
}

QVariant FactTreeModel::factData(const ExplorerSource::FactSummary &fact, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ValueColumn: return fact.valueText;
        case PartiesColumn: return partiesOf(fact);
        case WhenColumn: return fact.when.isEmpty() ? tr("undated") : fact.when;
        case StatusColumn: return statusBadge(fact);
        case FirstReportedColumn: return fact.firstReportedBy();
        case OtherValuesColumn: return otherValues(fact);
        }
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn || column == OtherValuesColumn)
            return otherValues(fact).isEmpty() ? statusBadge(fact) : otherValues(fact);
        break;
    case Qt::FontRole:
        if (column == ValueColumn)
            return boldFont(fact.status == ExplorerSource::Status::Retracted);
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            switch (fact.status) {
            case ExplorerSource::Status::Single: return QBrush(QColor(0x55, 0x55, 0x55));
            case ExplorerSource::Status::Corroborated: return QBrush(QColor(0x1b, 0x7f, 0x3b));
            case ExplorerSource::Status::Conflict: return QBrush(QColor(0xc0, 0x39, 0x2b));
            case ExplorerSource::Status::Retracted: return QBrush(QColor(0x8e, 0x44, 0xad));
            }
        }
        if (column == WhenColumn && fact.when.isEmpty())
            return QBrush(QColor(0x88, 0x88, 0x88));
        break;
    case Qt::BackgroundRole:
        if (fact.status == ExplorerSource::Status::Conflict)
            return QBrush(QColor(0xfd, 0xed, 0xec));
        break;
    case ItemRole::RowKind: return RowKind::Fact;
    case ItemRole::FactId: return fact.id;
    case ItemRole::Status: return int(fact.status);
    case ItemRole::EntityName: return fact.subject;
    case ItemRole::SortValue: return fact.value;
    }
    return {};
}

QVariant FactTreeModel::sourceData(const ExplorerSource::FactSummary &fact, const ExplorerSource::FactSource &source,
                                   int column, int role) const
{
    QStringList heading{source.title};
    if (!source.publisher.isEmpty())
        heading << source.publisher;
    if (source.date.isValid())
        heading << dateText(source.date);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ValueColumn)
            return heading.join(QStringLiteral(" · ")) + QStringLiteral(" — “") + source.quote + QStringLiteral("”");
        break;
    case ItemRole::RichText:
        if (column == ValueColumn) {
            QString quote;
            if (source.quoteStart >= 0 && source.quoteEnd <= source.quote.size() && source.quoteStart < source.quoteEnd) {
                const QString mark = fact.status == ExplorerSource::Status::Retracted ? QStringLiteral("<mark><s>%1</s></mark>")
                                                                                       : QStringLiteral("<mark>%1</mark>");
                quote = source.quote.left(source.quoteStart).toHtmlEscaped()
                    + mark.arg(source.quote.mid(source.quoteStart, source.quoteEnd - source.quoteStart).toHtmlEscaped())
                    + source.quote.mid(source.quoteEnd).toHtmlEscaped();
            } else {
                quote = source.quote.toHtmlEscaped();
            }
            QStringList escapedHeading;
            for (const QString &h : heading)
                escapedHeading << h.toHtmlEscaped();
            return QStringLiteral("<b>%1</b><br><span style=\"color:#444\">“%2”</span>")
                .arg(escapedHeading.join(QStringLiteral(" · ")), quote);
        }
        break;
    case Qt::ToolTipRole:
        return tr("Open in the reader at this figure");
    case ItemRole::RowKind: return RowKind::Source;
    case ItemRole::FactId: return fact.id;
    case ItemRole::ArticleId: return source.articleId;
    case ItemRole::Start: return source.start;
    case ItemRole::End: return source.end;
    }
    return {};
}

QVariant FactTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn: return tr("Value");
    case PartiesColumn: return tr("Parties");
    case WhenColumn: return tr("When");
    case StatusColumn: return tr("Status");
    case FirstReportedColumn: return tr("First reported by");
    case OtherValuesColumn: return tr("Other values");
    }
    return {};
}

} // namespace DealScope
