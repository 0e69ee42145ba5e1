#include "widgets/number_spin_box.h"

#include <QLineEdit>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace hyperlab::ui {

NumberSpinBox::NumberSpinBox(QWidget* parent) : QAbstractSpinBox(parent) {
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    lineEdit()->setText(format(m_value));
    connect(lineEdit(), &QLineEdit::editingFinished, this, &NumberSpinBox::commitText);
    // Commit while typing too, so a form read right after typing sees the value.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) {
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok && v >= m_minimum && v <= m_maximum && v != m_value) {
            m_value = v;
            Q_EMIT valueChanged(m_value);
        }
    });
}

QString NumberSpinBox::format(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

void NumberSpinBox::setValue(double value) {
    const bool changed = value != m_value;
    m_value = value;
    lineEdit()->setText(format(value));
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
    const QString text = input.trimmed();
    if (text.isEmpty() || text == QLatin1String("-") ||
        text.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) ||
        text.endsWith(QLatin1String("e-"), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return QValidator::Invalid;
    return v >= m_minimum && v <= m_maximum ? QValidator::Acceptable : QValidator::Intermediate;
}

void NumberSpinBox::fixup(QString& input) const {
    input = format(m_value);
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
    bool ok = false;
    const double v = QLocale::c().toDouble(lineEdit()->text().trimmed(), &ok);
    if (ok && v >= m_minimum && v <= m_maximum)
        setValue(v);
    else
        lineEdit()->setText(format(m_value));
}

}  // namespace hyperlab::ui
