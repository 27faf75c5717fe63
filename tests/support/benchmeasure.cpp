// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmeasure.h"

#include <algorithm>
#include <cmath>

#include <sys/resource.h>

namespace DealScope {

double BenchMeasure::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double BenchMeasure::peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace DealScope
