#pragma once

#include <QAbstractSpinBox>

namespace hyperlab::ui {

/// A spin box for real numbers that keeps the exact double it was given
/// (QDoubleSpinBox rounds to a fixed number of decimals, which would break the
/// form <-> JSON round trip) and shows it in the shortest form that reads back
/// identically ("0.05", "1e-08"). Arrow keys and the wheel step linearly, or
/// multiplicatively on a log scale (learning rates, weight decay), within the
/// range.
///
/// What is typed is what the value is: any finite number is taken as typed,
/// also outside the range (the form's validation says what is allowed and
/// shows it as invalid; nothing is put back silently). Text that is not a
/// number yet ("", "1e-") keeps the last value, stays on screen and makes
/// hasValidText() false.
class NumberSpinBox : public QAbstractSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    double value() const { return m_value; }
    void setValue(double value);

    /// The range the arrows and the wheel step within.
    void setRange(double minimum, double maximum);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    /// Linear: add/subtract `step`. Log: multiply/divide by `step` (> 1).
    void setStep(double step, bool logarithmic = false);

    /// False while the text on screen is not a number.
    bool hasValidText() const { return m_textValid; }
    QString text() const;

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void valueChanged(double value);
    /// The text became a number again, or stopped being one.
    void textValidityChanged(bool valid);

protected:
    StepEnabled stepEnabled() const override;

private:
    void commitText();
    void onTextEdited(const QString& text);
    void setTextValid(bool valid);
    static QString format(double value);
    static bool parse(const QString& text, double& value);

    double m_value = 0.0;
    double m_minimum = 0.0;
    double m_maximum = 1e300;
    double m_step = 0.1;
    bool m_log = false;
    bool m_textValid = true;
};

}  // namespace hyperlab::ui
