// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace DealScope {

// General knowledge about how news text writes currencies: symbols ("$",
// "HK$", "€"), ISO codes ("CHF") and words ("rupees", "Swiss francs").
// Every lookup returns a static ISO 4217 code (or nullptr) so the figure
// scanner never allocates while matching.
class CurrencyTable
{
public:
    // A currency sign that starts at `pos` ("$", "US$", "A$", "€", "Rs."...).
    // Returns its code and sets `length` to the UTF-16 units it covers.
    static const char *symbolAt(QStringView text, qsizetype pos, qsizetype *length);

    // The signs that open with an ASCII letter ("US$", "Rs", "RM"), for
    // callers that filter words before asking symbolAt().
    static QList<QStringView> letterSigns();

    // An upper-case ISO code as written in text ("USD", "RMB" -> "CNY").
    static const char *isoCode(QStringView word);

    // A currency name after a number, lower-cased ASCII ("dollars", "yen").
    // `qualifier` is the lower-cased word before it ("australian", "swiss")
    // or empty; it may change the code ("australian dollars" -> "AUD").
    // Sets `usesQualifier` when the qualifier word is part of the name.
    static const char *currencyWord(QStringView word, QStringView qualifier, bool *usesQualifier);

    // Every word a currency name after a number can open with, lower-case:
    // the names ("dollars") and the words that qualify them ("australian").
    static QList<const char *> nameOpeners();

    // A code returned above as a QString over static data: copies of it
    // neither allocate nor count references (a figure list holds thousands).
    static QString codeString(const char *code);
};

} // namespace DealScope
