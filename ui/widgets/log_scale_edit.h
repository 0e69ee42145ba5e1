#pragma once

#include <QWidget>

class QSlider;

namespace hyperlab::ui {

class NumberSpinBox;

/// A positive real value on a log scale: a slider over the decades plus an
/// exact spin box (used for the learning rate, which is tuned by orders of
/// magnitude). The slider moves in 1/20-decade steps; typing keeps any exact
/// value.
class LogScaleEdit : public QWidget {
    Q_OBJECT

public:
    LogScaleEdit(double minimum, double maximum, QWidget* parent = nullptr);

    double value() const;
    void setValue(double value);
    NumberSpinBox* spinBox() const { return m_spin; }

Q_SIGNALS:
    void valueChanged(double value);

private:
    void syncSlider(double value);

    QSlider* m_slider;
    NumberSpinBox* m_spin;
    double m_logMin;
};

}  // namespace hyperlab::ui
