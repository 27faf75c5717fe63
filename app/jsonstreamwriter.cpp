// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamwriter.h"

#include <QJsonDocument>

namespace DealScope {

JsonStreamWriter::JsonStreamWriter(FILE *out, const QString &arrayKey)
    : m_out(out)
{
    std::fprintf(m_out, "{\"%s\": [", arrayKey.toUtf8().constData());
}

JsonStreamWriter::~JsonStreamWriter()
{
    finish();
}

void JsonStreamWriter::append(const QJsonObject &item)
{
    const QByteArray json = QJsonDocument(item).toJson(QJsonDocument::Compact);
    std::fputs(m_first ? "\n" : ",\n", m_out);
    std::fwrite(json.constData(), 1, size_t(json.size()), m_out);
    m_first = false;
}

void JsonStreamWriter::finish()
{
    if (m_finished)
        return;
    std::fputs("\n]}\n", m_out);
    std::fflush(m_out);
    m_finished = true;
}

} // namespace DealScope
