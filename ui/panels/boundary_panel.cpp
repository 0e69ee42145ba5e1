#include "panels/boundary_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "charts/boundary_view.h"
#include "charts/chart_export.h"
#include "charts/image_predictions_view.h"
#include "models/boundary_store.h"
#include "models/trial_labels.h"

namespace hyperlab::ui {

BoundaryPanel::BoundaryPanel(BoundaryStore* store, QWidget* parent)
    : QWidget(parent), m_store(store) {
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_views = new QStackedWidget(this);
    m_view = new BoundaryView(m_views);
    m_imageView = new ImagePredictionsView(m_views);
    m_views->addWidget(m_view);
    m_views->addWidget(m_imageView);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(
        tr("Save the decision boundary as a PNG image or an SVG vector drawing"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const bool images = currentView() == m_imageView;
        exportWidgetImageInteractive(
            currentView(), this,
            (images ? QStringLiteral("trial_%1_predictions") : QStringLiteral("trial_%1_boundary"))
                .arg(trialNumber()));
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);
    connect(m_store, &BoundaryStore::changed, this, [this](const QSet<int>& trials) {
        if (trials.contains(trialNumber()))
            refresh();
    });
    connect(m_store, &BoundaryStore::epochChanged, this, &BoundaryPanel::refresh);
    refresh();
}

void BoundaryPanel::setTrial(const TrialSnapshot& trial) {
    if (!trial || !m_trial || trial->number != m_trial->number) {
        m_samplesLoaded = false;
        m_view->setSamples(nullptr);
    }
    m_trial = trial;
    refresh();
}

QWidget* BoundaryPanel::currentView() const {
    return m_views->currentWidget();
}

void BoundaryPanel::refresh() {
    const auto predictions = m_trial ? m_store->imagePredictions(m_trial->number) : nullptr;
    m_imageView->setPredictions(predictions);
    m_views->setCurrentWidget(predictions ? static_cast<QWidget*>(m_imageView) : m_view);
    if (predictions) {
        m_caption->setText(
            tr("Trial %1, epoch %2: predictions on 16 fixed test images (red frame = wrong, with "
               "the true class) and the validation confusion matrix (rows = true class)")
                .arg(m_trial->number)
                .arg(predictions->epoch));
        return;
    }
    const auto snapshot = m_trial ? m_store->snapshot(m_trial->number) : nullptr;
    m_view->setSnapshot(snapshot);
    if (snapshot && !m_samplesLoaded) {
        m_view->setSamples(m_store->samples(m_trial->config));
        m_samplesLoaded = true;
    }
    if (!m_trial) {
        m_caption->setText(tr("Decision boundary of the selected or running trial"));
        m_view->setPlaceholder(
            tr("Select a trial, or start a study on a 2-D dataset (circle, "
               "xor, gaussians, spiral, moons, a two-column CSV)."));
        return;
    }
    m_caption->setText(snapshot ? tr("Trial %1, epoch %2: colour = predicted class, paler = less "
                                     "sure; dots = training samples, rings = validation samples")
                                      .arg(m_trial->number)
                                      .arg(snapshot->epoch)
                                : tr("Trial %1").arg(m_trial->number));
    m_view->setPlaceholder(
        m_trial->config.is_null()
            ? tr("This trial evaluates a test function: there is no network to draw.")
        : trainsOnImages(m_trial->config)
            ? tr("No predictions: the predictions on the gallery images are recorded while a "
                 "study runs (not for studies opened from disk).")
            : tr("No decision boundary: boundaries are recorded while a study on a 2-D "
                 "classification dataset runs (not for images, regression, or studies opened "
                 "from disk)."));
}

}  // namespace hyperlab::ui
