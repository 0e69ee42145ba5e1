#pragma once

#include <memory>
#include <vector>

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include "train/training_result.h"

namespace hyperlab::ui {

class BandSeries;

/// Learning curves of one or more trials: loss per epoch, accuracy (or R^2
/// for regression) per epoch, and the learning rate, as three charts stacked
/// vertically. Each trial has one colour; validation is drawn solid and
/// training dashed, and each trial appears once per legend under its label.
/// This class and the other files in ui/charts/ are the only ones that use
/// Qt Charts. GUI thread only.
class TrialCurvesChart : public QWidget {
    Q_OBJECT
public:
    enum class Part { Loss, Quality, LearningRate };

    explicit TrialCurvesChart(QWidget* parent = nullptr);
    ~TrialCurvesChart() override;

    /// Accuracy (true) or R^2 (false) on the quality chart.
    void setClassification(bool classification);
    bool isClassification() const;

    /// Adds a trial's curves (empty) or changes its label and colour.
    void setTrial(int trial, const QString& label, const QColor& color);
    void removeTrial(int trial);
    void clear();
    QList<int> trials() const;
    bool hasTrial(int trial) const;
    /// The legend label of a trial; empty when absent.
    QString label(int trial) const;

    /// Replaces a trial's points with `history` (one batch, one repaint).
    void setHistory(int trial, const std::vector<EpochMetrics>& history);
    /// Appends epochs (one batch of series updates). Adds the trial if absent.
    void appendEpochs(int trial, const std::vector<EpochMetrics>& epochs);
    /// Shows progress inside an epoch as the trailing point of the training
    /// loss curve at x = epoch - 1 + batch / batchesPerEpoch; replaced when
    /// the epoch's metrics arrive.
    void setBatchProgress(int trial, const BatchProgress& progress);

    /// The other repeats (seeds) of a trial's config: repeats[r - 1] is
    /// repeat r's per-epoch metrics, the trial's history is repeat 0. With
    /// at least one, the loss and accuracy curves show the mean over the
    /// repeats and the validation curves a shaded min..max band
    /// (core/study/model/trial_repeats.h). Empty: repeat 0 alone.
    void setRepeatHistories(int trial, const std::vector<std::vector<EpochMetrics>>& repeats);
    /// Repeats drawn for the trial: 1 without a band.
    int repeatCount(int trial) const;
    /// The band of a trial on the loss or quality chart as drawn: the
    /// (epoch, bound) points; empty without one.
    QList<QPointF> bandLower(int trial, Part part) const;
    QList<QPointF> bandUpper(int trial, Part part) const;

    /// The scrubber's epoch: a vertical cursor on every chart at that
    /// epoch, and a read-out of each trial's values there. -1 hides it
    /// (following live).
    void setCursorEpoch(int epoch);
    int cursorEpoch() const;
    /// The cursor's x position on a part's chart (scene pixels); NaN when
    /// hidden (tests).
    double cursorPixelX(Part part) const;
    /// Where the first trial's point at `epoch` is drawn on a part's chart
    /// (scene pixels; NaN without a trial) (tests).
    double epochPixelX(Part part, double epoch) const;
    /// The read-out under the charts (rich text; empty when live).
    QString cursorReadout() const;

    /// Epoch points drawn for the trial (its validation-loss curve).
    int pointCount(int trial) const;
    /// How many batched series updates happened (for coalescing tests).
    int updateCount() const { return m_updateCount; }

    /// The learning-rate chart's value axis (always logarithmic): its range
    /// in powers of ten and the decades between two labels (tests).
    struct RateAxis {
        double low = 0, high = 0;
        int decadesPerLabel = 1;
        bool logarithmic = true;
    };
    RateAxis rateAxis() const;

    /// The chart view of one part (for export or embedding).
    QWidget* partWidget(Part part) const;
    /// Saves one part, or the whole stack when `part` is null, as PNG or SVG.
    bool exportImage(const QString& path, const Part* part = nullptr, QString* error = nullptr);

private:
    struct Private;
    const BandSeries* band(int trial, Part part) const;

    std::unique_ptr<Private> d;
    int m_updateCount = 0;
};

}  // namespace hyperlab::ui
