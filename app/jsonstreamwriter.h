// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace DealScope {

// Writes {"<key>": [ item, item, … ]} to a stream one item at a time, so
// that memory does not grow with the number of items.
class JsonStreamWriter
{
public:
    JsonStreamWriter(FILE *out, const QString &arrayKey);
    ~JsonStreamWriter();
    void append(const QJsonObject &item);
    void finish();

private:
    FILE *m_out;
    bool m_first = true;
    bool m_finished = false;
};

} // namespace DealScope
