#pragma once

#include <QWidget>

#include "train/seed_spread.h"

namespace hyperlab::ui {

/// Validation quality per epoch over several seeds: the mean as a line and
/// the min..max band shaded around it.
class SeedBandChart : public QWidget {
    Q_OBJECT
public:
    explicit SeedBandChart(QWidget* parent = nullptr);
    ~SeedBandChart() override;

    void setBand(const EpochBand& band, int seeds, bool classification);
    /// Epochs drawn (tests).
    int epochCount() const;

private:
    struct Private;
    Private* d;
};

}  // namespace hyperlab::ui
