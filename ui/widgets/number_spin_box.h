#pragma once

#include <QAbstractSpinBox>

namespace hyperlab::ui {

/// A spin box for real numbers that keeps the exact double it was given
/// (QDoubleSpinBox rounds to a fixed number of decimals, which would break the
/// form <-> JSON round trip) and shows it in the shortest form that reads back
/// identically ("0.05", "1e-08"). Arrow keys and the wheel step linearly, or
/// multiplicatively on a log scale (learning rates, weight decay).
class NumberSpinBox : public QAbstractSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    double value() const { return m_value; }
    void setValue(double value);

    void setRange(double minimum, double maximum);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    /// Linear: add/subtract `step`. Log: multiply/divide by `step` (> 1).
    void setStep(double step, bool logarithmic = false);

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void valueChanged(double value);

protected:
    StepEnabled stepEnabled() const override;

private:
    void commitText();
    static QString format(double value);

    double m_value = 0.0;
    double m_minimum = 0.0;
    double m_maximum = 1e300;
    double m_step = 0.1;
    bool m_log = false;
};

}  // namespace hyperlab::ui
