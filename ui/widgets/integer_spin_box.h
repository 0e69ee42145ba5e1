#pragma once

#include <QSpinBox>

namespace hyperlab::ui {

/// An integer field where what is typed is what the value is: QSpinBox
/// refuses or silently puts back a typed value outside its range (batch size
/// 0, 20000 epochs), so the run would use a number the form no longer
/// shows. Here any integer can be typed; the range only bounds the arrows and
/// the wheel, and the form's validation says what is allowed. An optional
/// word stands for the lowest value ("off" for a patience of 0).
class IntegerSpinBox : public QSpinBox {
    Q_OBJECT

public:
    IntegerSpinBox(int minimum, int maximum, QWidget* parent = nullptr);

    /// Shown instead of the lowest value of the range, and accepted as it.
    void setLowestValueText(const QString& text);

    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Every keystroke, also one that leaves no number (then
    /// hasAcceptableInput() is false and value() is the last number).
    void textEdited();

protected:
    StepEnabled stepEnabled() const override;
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;

private:
    int m_low;
    int m_high;
    QString m_lowestText;
};

}  // namespace hyperlab::ui
