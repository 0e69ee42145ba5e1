#pragma once

#include <QStringList>
#include <QWidget>

#include "train/confusion_matrix.h"

namespace hyperlab::ui {

/// Draws a confusion matrix as a heat map: rows are true classes, columns
/// predicted ones; each cell shows its count and is shaded by its share of
/// the row (so recall reads off the diagonal whatever the class sizes), with
/// per-class recall at the right and precision at the bottom.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setMatrix(const ConfusionMatrix& matrix, const QStringList& classNames);
    void clear();
    const ConfusionMatrix& matrix() const { return m_matrix; }
    bool hasMatrix() const { return m_matrix.classCount > 0; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ConfusionMatrix m_matrix;
    QStringList m_classNames;
};

}  // namespace hyperlab::ui
