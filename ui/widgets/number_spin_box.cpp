#include "widgets/number_spin_box.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace hyperlab::ui {

NumberSpinBox::NumberSpinBox(QWidget* parent) : QAbstractSpinBox(parent) {
    setAccelerated(true);
    lineEdit()->setText(format(m_value));
    connect(lineEdit(), &QLineEdit::editingFinished, this, &NumberSpinBox::commitText);
    // Commit while typing too, so a form read right after typing (Ctrl+R
    // without leaving the field) sees exactly what is on screen.
    connect(lineEdit(), &QLineEdit::textEdited, this, &NumberSpinBox::onTextEdited);
}

bool NumberSpinBox::parse(const QString& text, double& value) {
    bool ok = false;
    value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(value);
}

QString NumberSpinBox::text() const {
    return lineEdit()->text();
}

void NumberSpinBox::onTextEdited(const QString& text) {
    double v = 0.0;
    if (!parse(text, v)) {
        setTextValid(false);
        return;
    }
    const bool changed = v != m_value;
    m_value = v;
    setTextValid(true);
    if (changed)
        Q_EMIT valueChanged(m_value);
}

void NumberSpinBox::setTextValid(bool valid) {
    if (valid == m_textValid)
        return;
    m_textValid = valid;
    Q_EMIT textValidityChanged(valid);
}

QString NumberSpinBox::format(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

void NumberSpinBox::setValue(double value) {
    const bool changed = value != m_value;
    m_value = value;
    lineEdit()->setText(format(value));
    setTextValid(true);
    if (changed)
        Q_EMIT valueChanged(m_value);
}

void NumberSpinBox::setRange(double minimum, double maximum) {
    m_minimum = minimum;
    m_maximum = maximum;
}

void NumberSpinBox::setStep(double step, bool logarithmic) {
    m_step = step;
    m_log = logarithmic;
}

void NumberSpinBox::stepBy(int steps) {
    commitText();
    double v = m_value;
    if (m_log) {
        if (v <= 0.0)
            v = std::max(m_minimum, 1e-12);
        v *= std::pow(m_step, steps);
        // Snap to 3 significant digits so stepping gives tidy values (0.001, 0.00316...).
        const double scale = std::pow(10.0, std::floor(std::log10(v)) - 2);
        v = std::round(v / scale) * scale;
    } else {
        v += m_step * steps;
        v = std::round(v / m_step) * m_step;  // avoid 0.30000000000000004
        if (std::abs(v) < m_step * 1e-9)
            v = 0.0;
    }
    setValue(std::clamp(v, m_minimum, m_maximum));
}

QValidator::State NumberSpinBox::validate(QString& input, int&) const {
    // Any finite number is acceptable (the range is the form's to check);
    // what could still become one while typing is intermediate; anything
    // else is refused keystroke by keystroke.
    double v = 0.0;
    if (parse(input, v))
        return QValidator::Acceptable;
    static const QRegularExpression partial(
        QStringLiteral("^\\s*[+-]?(\\d*\\.?\\d*)([eE][+-]?\\d*)?\\s*$"));
    return partial.match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

void NumberSpinBox::fixup(QString&) const {
    // Left as typed: an unfinished number stays on screen, marked invalid by
    // the form, instead of silently turning back into the old value.
}

QSize NumberSpinBox::sizeHint() const {
    QSize size = QAbstractSpinBox::sizeHint();
    size.setWidth(std::max(size.width(),
                           fontMetrics().horizontalAdvance(QStringLiteral("0.000000001")) + 30));
    return size;
}

QAbstractSpinBox::StepEnabled NumberSpinBox::stepEnabled() const {
    StepEnabled out = StepNone;
    if (m_value < m_maximum)
        out |= StepUpEnabled;
    if (m_value > m_minimum)
        out |= StepDownEnabled;
    return out;
}

void NumberSpinBox::commitText() {
    double v = 0.0;
    if (parse(lineEdit()->text(), v))
        setValue(v);
}

}  // namespace hyperlab::ui
