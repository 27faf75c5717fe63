// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureformat.h"

#include <QLocale>

#include <cmath>

namespace DealScope {

namespace {

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (code == QLatin1String("INR"))
        return QStringLiteral("₹");
    return QString();
}

struct Scale
{
    double factor;
    const char *word;
};

} // namespace

QString FigureFormat::number(double value)
{
    // Up to two decimals, none when the value is whole.
    const double rounded = std::round(value * 100.0) / 100.0;
    const bool whole = std::fabs(rounded - std::round(rounded)) < 1e-9;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    QString text = c.toString(rounded, 'f', whole ? 0 : 2);
    if (!whole) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

QString FigureFormat::money(double amount, const QString &currency)
{
    static const Scale scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    QString digits = number(amount);
    for (const Scale &s : scales) {
        if (std::fabs(amount) >= s.factor) {
            digits = number(amount / s.factor) + QLatin1Char(' ') + QLatin1String(s.word);
            break;
        }
    }
    const QString symbol = currencySymbol(currency);
    if (!symbol.isEmpty())
        return symbol + digits;
    return currency.isEmpty() ? digits : currency + QLatin1Char(' ') + digits;
}

QString FigureFormat::bare(FigureKind kind, double value, const QString &unit)
{
    switch (kind) {
    case FigureKind::Money:
        return money(value, unit);
    case FigureKind::Percent:
        return number(value) + QLatin1Char('%');
    case FigureKind::Power: {
        static const Scale scales[] = {{1e12, "TW"}, {1e9, "GW"}, {1e6, "MW"}, {1e3, "kW"}};
        for (const Scale &s : scales) {
            if (std::fabs(value) >= s.factor)
                return number(value / s.factor) + QLatin1Char(' ') + QLatin1String(s.word);
        }
        return number(value) + QStringLiteral(" W");
    }
    case FigureKind::Count:
    case FigureKind::Duration:
        return unit.isEmpty() ? number(value) : number(value) + QLatin1Char(' ') + unit;
    case FigureKind::Date:
        break;
    }
    return number(value);
}

QString FigureFormat::value(FigureKind kind, double value, const std::optional<double> &valueMax,
                            const QString &unit, Qualifier qualifier, const QString &date,
                            const QString &dateMax)
{
    if (kind == FigureKind::Date) {
        if (date.isEmpty())
            return QObject::tr("undated");
        return dateMax.isEmpty() ? date : date + QStringLiteral("–") + dateMax;
    }
    QString text = bare(kind, value, unit);
    if (valueMax)
        text = bare(kind, value, unit) + QStringLiteral("–") + bare(kind, *valueMax, unit);
    switch (qualifier) {
    case Qualifier::Exact:
    case Qualifier::Range:
        return text;
    case Qualifier::Approx:
        return QObject::tr("about %1").arg(text);
    case Qualifier::UpperBound:
        return QObject::tr("up to %1").arg(text);
    case Qualifier::LowerBound:
        return QObject::tr("at least %1").arg(text);
    case Qualifier::Vague:
        return QObject::tr("some %1").arg(text);
    }
    return text;
}

QString FigureFormat::value(const Figure &f)
{
    return value(f.kind, f.value, f.valueMax, f.unit, f.qualifier, f.date, f.dateMax);
}

} // namespace DealScope
