// SPDX-License-Identifier: GPL-3.0-or-later
#include "factmention.h"

namespace DealScope {

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Investment: return QStringLiteral("investment");
    case Metric::StakePercent: return QStringLiteral("stake_percent");
    case Metric::StakeValue: return QStringLiteral("stake_value");
    case Metric::ValuationPre: return QStringLiteral("valuation_pre");
    case Metric::ValuationPost: return QStringLiteral("valuation_post");
    case Metric::Valuation: return QStringLiteral("valuation");
    case Metric::RoundTotal: return QStringLiteral("round_total");
    case Metric::ComputeCommitment: return QStringLiteral("compute_commitment");
    case Metric::ContractValue: return QStringLiteral("contract_value");
    case Metric::CapacityPower: return QStringLiteral("capacity_power");
    case Metric::Chips: return QStringLiteral("chips");
    case Metric::Other: return QStringLiteral("other");
    }
    return QString();
}

std::optional<Metric> metricFromName(const QString &name)
{
    for (int m = 0; m <= int(Metric::Other); ++m)
        if (metricName(Metric(m)) == name)
            return Metric(m);
    return std::nullopt;
}

QString timePrecisionName(TimePrecision precision)
{
    switch (precision) {
    case TimePrecision::Day: return QStringLiteral("day");
    case TimePrecision::Month: return QStringLiteral("month");
    case TimePrecision::Year: return QStringLiteral("year");
    case TimePrecision::Undated: return QStringLiteral("undated");
    }
    return QString();
}

TimePrecision timePrecisionOf(const QString &iso)
{
    switch (iso.size()) {
    case 10: return TimePrecision::Day;
    case 7: return TimePrecision::Month;
    case 4: return TimePrecision::Year;
    default: return TimePrecision::Undated;
    }
}

QDate timeStart(const QString &iso)
{
    switch (timePrecisionOf(iso)) {
    case TimePrecision::Day: return QDate::fromString(iso, Qt::ISODate);
    case TimePrecision::Month: return QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate);
    case TimePrecision::Year: return QDate(iso.toInt(), 1, 1);
    case TimePrecision::Undated: break;
    }
    return QDate();
}

} // namespace DealScope
