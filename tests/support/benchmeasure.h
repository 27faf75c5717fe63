// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace DealScope {

// What every benchmark measures the same way.
class BenchMeasure
{
public:
    // The nearest-rank percentile (p in 0..1) of `values`; 0 for none.
    static double percentile(QList<double> values, double p);
    // This process's peak resident memory so far, in MB (getrusage).
    static double peakRssMegabytes();
};

} // namespace DealScope
