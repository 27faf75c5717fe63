// SPDX-License-Identifier: GPL-3.0-or-later
// dealscope-gencorpus OUTDIR COUNT [SEED]: writes COUNT synthetic articles
// (.txt, .md, .html) into OUTDIR, the same files for the same seed.
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace DealScope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3 || args.size() > 4) {
        err << "usage: dealscope-gencorpus OUTDIR COUNT [SEED]\n";
        return 2;
    }
    bool countOk = false;
    const qulonglong count = args.at(2).toULongLong(&countOk);
    bool seedOk = true;
    const qulonglong seed = args.size() == 4 ? args.at(3).toULongLong(&seedOk) : 1;
    if (!countOk || !seedOk) {
        err << "dealscope-gencorpus: COUNT and SEED must be non-negative integers\n";
        return 2;
    }
    const QDir dir(args.at(1));
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "dealscope-gencorpus: cannot create " << args.at(1) << '\n';
        return 2;
    }
    const SyntheticCorpus corpus(seed);
    qint64 bytes = 0;
    for (qulonglong i = 0; i < count; ++i) {
        const SyntheticCorpus::GeneratedArticle article = corpus.article(i);
        QFile file(dir.filePath(article.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(article.bytes) != article.bytes.size()) {
            err << "dealscope-gencorpus: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        bytes += article.bytes.size();
    }
    QTextStream(stdout) << "wrote " << count << " articles, " << bytes << " bytes, seed " << seed << ", into "
                        << QDir::toNativeSeparators(dir.absolutePath()) << '\n';
    return 0;
}
