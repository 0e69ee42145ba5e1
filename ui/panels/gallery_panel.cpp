#include "panels/gallery_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include "charts/chart_export.h"
#include "models/boundary_store.h"
#include "models/trial_labels.h"
#include "panels/gallery_canvas.h"

namespace hyperlab::ui {

namespace {
// Scrubber playback: frames per second while playing.
constexpr int kPlayFrameMs = 120;
}  // namespace

GalleryPanel::GalleryPanel(BoundaryStore* store, QWidget* parent)
    : QWidget(parent), m_store(store) {
    m_axesLabel = new QLabel(tr("Columns:"), this);
    m_columns = new QComboBox(this);
    m_columns->setToolTip(tr("The hyperparameter laid out left to right"));
    auto* rowsLabel = new QLabel(tr("Rows:"), this);
    m_rows = new QComboBox(this);
    m_rows->setToolTip(tr("The hyperparameter laid out top to bottom"));
    m_play = new QPushButton(tr("Play"), this);
    m_play->setCheckable(true);
    m_play->setToolTip(
        tr("Replay the study epoch by epoch: every tile and the decision boundary "
           "views show the same epoch"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(1, 1);
    m_slider->setToolTip(tr("The epoch every tile and boundary view shows"));
    m_epochLabel = new QLabel(this);
    m_live = new QPushButton(tr("Latest"), this);
    m_live->setToolTip(tr("Show each trial's latest epoch and follow the running ones"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the gallery as a PNG image or an SVG vector drawing"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_axesLabel);
    bar->addWidget(m_columns);
    bar->addWidget(rowsLabel);
    bar->addWidget(m_rows);
    bar->addSpacing(12);
    bar->addWidget(m_play);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_epochLabel);
    bar->addWidget(m_live);
    bar->addWidget(exportButton);

    m_canvas = new GalleryCanvas(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(false);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(kPlayFrameMs);
    connect(m_playTimer, &QTimer::timeout, this, &GalleryPanel::step);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        setScrubbing(on);
        if (on) {
            if (m_store->epoch() < 0 || m_store->epoch() >= m_store->maxEpoch())
                m_store->setEpoch(1);
            m_playTimer->start();
        } else {
            m_playTimer->stop();
        }
        m_play->setText(on ? tr("Pause") : tr("Play"));
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int epoch) {
        if (m_slider->isSliderDown() || m_slider->hasFocus() || m_playTimer->isActive())
            m_store->setEpoch(epoch);
    });
    connect(m_slider, &QSlider::sliderPressed, this, [this] {
        setScrubbing(true);
        m_store->setEpoch(m_slider->value());
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        setScrubbing(m_playTimer->isActive());
        m_canvas->update();
    });
    connect(m_live, &QPushButton::clicked, this, [this] {
        m_play->setChecked(false);
        m_store->setEpoch(-1);
    });
    connect(exportButton, &QPushButton::clicked, this,
            [this] { exportWidgetImageInteractive(m_canvas, this, QStringLiteral("gallery")); });
    const auto axesChosen = [this] {
        m_layout.setAxes(m_columns->currentData().toString().toStdString(),
                         m_rows->currentData().toString().toStdString());
        m_canvas->updateGeometry();
    };
    connect(m_columns, &QComboBox::activated, this, axesChosen);
    connect(m_rows, &QComboBox::activated, this, axesChosen);
    connect(m_canvas, &GalleryCanvas::clicked, this, &GalleryPanel::trialClicked);
    connect(m_store, &BoundaryStore::changed, m_canvas, [this] { m_canvas->update(); });
    connect(m_store, &BoundaryStore::epochChanged, this, [this] {
        updateScrubber();
        m_canvas->update();
    });
    connect(m_store, &BoundaryStore::maxEpochChanged, this, &GalleryPanel::updateScrubber);
    updateScrubber();
    relayout();
}

void GalleryPanel::setObjective(const Objective& objective) {
    m_objective = objective;
    m_canvas->update();
}

void GalleryPanel::setTrials(const std::vector<TrialSnapshot>& trials) {
    m_trials.clear();
    for (const TrialSnapshot& t : trials)
        if (t)
            m_trials[t->number] = t;
    relayout();
}

void GalleryPanel::upsertTrial(const TrialSnapshot& trial) {
    if (!trial)
        return;
    const bool known = m_trials.count(trial->number) > 0;
    const bool paramsChanged = !known || m_trials[trial->number]->params != trial->params;
    m_trials[trial->number] = trial;
    if (paramsChanged)
        relayout();
    else
        m_canvas->update(m_canvas->tileRect(trial->number));
}

TrialSnapshot GalleryPanel::trial(int number) const {
    const auto it = m_trials.find(number);
    return it == m_trials.end() ? nullptr : it->second;
}

QRect GalleryPanel::tileRect(int trial) const {
    return m_canvas->tileRect(trial);
}

QImage GalleryPanel::tileImage(int trial) const {
    return m_canvas->tileImage(trial);
}

QImage GalleryPanel::renderFrame(bool visibleOnly) {
    // Only as large as what is painted: like the screen's backing store, not
    // the whole canvas (tens of MB for a large image study).
    const QRect area = visibleOnly ? m_canvas->visibleRegion().boundingRect() : m_canvas->rect();
    QImage frame(area.size(), QImage::Format_RGB32);
    frame.fill(Qt::white);
    m_canvas->render(&frame, QPoint(), QRegion(area));
    return frame;
}

void GalleryPanel::setScrubbing(bool scrubbing) {
    m_canvas->setSmooth(!scrubbing);
}

void GalleryPanel::setSelectedTrials(const QList<int>& trials) {
    m_canvas->setSelected(QSet<int>(trials.begin(), trials.end()));
}

void GalleryPanel::relayout() {
    std::vector<TrialSnapshot> trials;
    for (const auto& [number, t] : m_trials)
        trials.push_back(t);
    m_layout.setTrials(trials);
    // A study on images gets image tiles from the start (before any epoch).
    m_canvas->setImageTiles(std::any_of(trials.begin(), trials.end(), [](const TrialSnapshot& t) {
        return trainsOnImages(t->config);
    }));
    updateAxisCombos();
    m_canvas->updateGeometry();
}

void GalleryPanel::updateAxisCombos() {
    const auto fill = [this](QComboBox* combo, const std::string& current, bool allowNone) {
        combo->clear();
        if (allowNone)
            combo->addItem(tr("(none)"), QString());
        for (const std::string& path : m_layout.varyingParameters())
            combo->addItem(shortParamName(path), QString::fromStdString(path));
        combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(current))));
    };
    fill(m_columns, m_layout.columnParameter(), false);
    fill(m_rows, m_layout.rowParameter(), true);
    // With two axes or fewer there is nothing to choose.
    const bool choose = m_layout.varyingParameters().size() > 2;
    m_columns->setEnabled(choose);
    m_rows->setEnabled(choose);
}

void GalleryPanel::updateScrubber() {
    const int maxEpoch = std::max(1, m_store->maxEpoch());
    const QSignalBlocker block(m_slider);
    m_slider->setRange(1, maxEpoch);
    m_slider->setValue(m_store->epoch() < 0 ? maxEpoch : m_store->epoch());
    m_slider->setEnabled(m_store->maxEpoch() > 1);
    m_play->setEnabled(m_store->maxEpoch() > 1);
    m_epochLabel->setText(m_store->epoch() < 0 ? tr("Epoch: latest")
                                               : tr("Epoch %1").arg(m_store->epoch()));
}

void GalleryPanel::step() {
    const int next = m_store->epoch() + 1;
    if (next > m_store->maxEpoch()) {
        m_play->setChecked(false);
        return;
    }
    m_store->setEpoch(next);
}

}  // namespace hyperlab::ui
