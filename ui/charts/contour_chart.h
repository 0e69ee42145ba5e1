#pragma once

#include <QRectF>
#include <QString>
#include <QWidget>

#include <Eigen/Core>

#include "charts/analysis_view_data.h"

namespace hyperlab::ui {

/// The objective over two numeric hyperparameters: the surrogate's mean
/// (study/analysis/contour_surrogate) as a filled colour map (bright =
/// better), the completed trials as dots, the best trial ringed and the
/// best region (the range the top 10% of trials span) as a dashed box.
/// Axes are the dimensions' own (log where log). GUI thread only.
class ContourChart : public QWidget {
    Q_OBJECT
public:
    explicit ContourChart(QWidget* parent = nullptr);

    void setData(const AnalysisViewData* data);
    /// The surrogate mean on a grid over axes xAxis, yAxis (indices into
    /// data->axes); rows run along y from its low end. bestBox: the best
    /// region in axis positions (x, y from low to high); empty for none.
    void setGrid(int xAxis, int yAxis, Eigen::MatrixXd mean, QRectF bestBox, int bestTrial);
    /// No map to show, and why.
    void setMessage(const QString& message);
    bool hasGrid() const { return m_mean.size() > 0; }
    int xAxis() const { return m_xAxis; }
    int yAxis() const { return m_yAxis; }
    double lastPaintMs() const { return m_lastPaintMs; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF plotRect() const;

    const AnalysisViewData* m_data = nullptr;
    int m_xAxis = -1, m_yAxis = -1;
    Eigen::MatrixXd m_mean;
    QRectF m_bestBox;
    int m_bestTrial = -1;
    QString m_message;
    double m_lastPaintMs = 0.0;
};

}  // namespace hyperlab::ui
