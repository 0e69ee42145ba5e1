#pragma once

#include <QWidget>

#include "train/lr_range_test.h"

namespace hyperlab::ui {

/// The learning-rate range test's curve: smoothed training loss against the
/// learning rate on a log axis, with the suggested range shaded and the
/// suggested rate marked. Updates live while the test runs (setPoints),
/// then shows the suggestion (setResult).
class LrRangeChart : public QWidget {
    Q_OBJECT
public:
    explicit LrRangeChart(QWidget* parent = nullptr);
    ~LrRangeChart() override;

    void setPoints(const std::vector<LrRangePoint>& points);
    /// The points and the suggestion of a finished test.
    void setResult(const LrRangeTestResult& result);
    void clear();

    /// Points shown (tests).
    int pointCount() const;
    /// The marked rate; 0 when none is marked (tests).
    double markedRate() const;

private:
    struct Private;
    Private* d;
};

}  // namespace hyperlab::ui
