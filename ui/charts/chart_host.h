#pragma once

#include <initializer_list>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QWidget;

namespace hyperlab::ui {

/// Adds `x` (bottom) and `y` (left) to `chart` and attaches every series to
/// both: the set-up of a two-axis chart.
void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y,
                std::initializer_list<QAbstractSeries*> series);

/// Fills `host` with an antialiased view of `chart` (no margins).
void showChartIn(QWidget* host, QChart* chart);

}  // namespace hyperlab::ui
