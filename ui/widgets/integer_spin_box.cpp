#include "widgets/integer_spin_box.h"

#include <QLineEdit>
#include <algorithm>

namespace hyperlab::ui {

namespace {
// Wide enough for any value a config field allows (and some it does not, so
// that the validation can name them); narrow enough that arithmetic on it
// cannot overflow an int.
constexpr int kTypedLimit = 999999999;
}  // namespace

IntegerSpinBox::IntegerSpinBox(int minimum, int maximum, QWidget* parent)
    : QSpinBox(parent), m_low(minimum), m_high(maximum) {
    setRange(-kTypedLimit, kTypedLimit);
    setAccelerated(true);
    connect(lineEdit(), &QLineEdit::textEdited, this, &IntegerSpinBox::textEdited);
}

void IntegerSpinBox::setLowestValueText(const QString& text) {
    m_lowestText = text;
    lineEdit()->setText(textFromValue(value()));
}

void IntegerSpinBox::stepBy(int steps) {
    // From a typed value outside the range the first step lands inside it.
    const long long next = (long long)value() + (long long)steps * singleStep();
    setValue(int(std::clamp<long long>(next, m_low, m_high)));
    selectAll();
}

QAbstractSpinBox::StepEnabled IntegerSpinBox::stepEnabled() const {
    StepEnabled out = StepNone;
    if (value() < m_high)
        out |= StepUpEnabled;
    if (value() > m_low)
        out |= StepDownEnabled;
    return out;
}

QString IntegerSpinBox::textFromValue(int value) const {
    if (!m_lowestText.isEmpty() && value == m_low)
        return m_lowestText;
    return QString::number(value);
}

int IntegerSpinBox::valueFromText(const QString& text) const {
    if (!m_lowestText.isEmpty() && text.trimmed() == m_lowestText)
        return m_low;
    return text.trimmed().toInt();
}

QValidator::State IntegerSpinBox::validate(QString& input, int& pos) const {
    if (!m_lowestText.isEmpty()) {
        const QString typed = input.trimmed();
        if (typed == m_lowestText)
            return QValidator::Acceptable;
        if (!typed.isEmpty() && m_lowestText.startsWith(typed))
            return QValidator::Intermediate;
    }
    return QSpinBox::validate(input, pos);
}

QSize IntegerSpinBox::sizeHint() const {
    // QSpinBox sizes itself for its whole (here very wide) range; the
    // field only needs room for the values people use.
    QSize size = QSpinBox::sizeHint();
    const QString widest = QString(
        QString::number(std::max(std::abs(m_low), std::abs(m_high))).size() + 2, QLatin1Char('9'));
    const int text = std::max(fontMetrics().horizontalAdvance(widest),
                              fontMetrics().horizontalAdvance(m_lowestText + QStringLiteral("  ")));
    size.setWidth(std::min(size.width(), text + 40));
    return size;
}

QSize IntegerSpinBox::minimumSizeHint() const {
    QSize size = QSpinBox::minimumSizeHint();
    size.setWidth(std::min(size.width(), sizeHint().width()));
    return size;
}

}  // namespace hyperlab::ui
