#include "widgets/log_scale_edit.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

#include "widgets/number_spin_box.h"

namespace hyperlab::ui {

namespace {
constexpr int kStepsPerDecade = 20;
}

LogScaleEdit::LogScaleEdit(double minimum, double maximum, QWidget* parent)
    : QWidget(parent), m_logMin(std::log10(minimum)) {
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, int(std::lround((std::log10(maximum) - m_logMin) * kStepsPerDecade)));
    m_slider->setPageStep(kStepsPerDecade);
    m_slider->setTickInterval(kStepsPerDecade);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_spin = new NumberSpinBox(this);
    m_spin->setRange(minimum, maximum);
    m_spin->setStep(std::pow(10.0, 0.25), true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double raw = std::pow(10.0, m_logMin + double(position) / kStepsPerDecade);
        // Three significant digits: slider values read as 0.01, 0.0112, 0.0126 ...
        const double scale = std::pow(10.0, std::floor(std::log10(raw)) - 2);
        m_spin->setValue(std::round(raw / scale) * scale);
    });
    connect(m_spin, &NumberSpinBox::valueChanged, this, [this](double v) {
        syncSlider(v);
        Q_EMIT valueChanged(v);
    });
}

double LogScaleEdit::value() const {
    return m_spin->value();
}

void LogScaleEdit::setValue(double value) {
    m_spin->setValue(value);
    syncSlider(value);
}

void LogScaleEdit::syncSlider(double value) {
    if (value <= 0.0)
        return;
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(std::lround((std::log10(value) - m_logMin) * kStepsPerDecade)));
}

}  // namespace hyperlab::ui
