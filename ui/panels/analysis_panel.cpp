#include "panels/analysis_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include "charts/chart_export.h"
#include "charts/contour_chart.h"
#include "charts/importance_chart.h"
#include "charts/parallel_coordinates_chart.h"
#include "charts/slice_plots_chart.h"
#include "common/thread_handoff.h"
#include "i18n/core_message.h"
#include "i18n/hyperparameter_help.h"
#include "search/transform.h"
#include "study/analysis/best_region.h"
#include "study/analysis/contour_surrogate.h"
#include "study/analysis/ped_anova.h"
#include "study/analysis/ranked_trials.h"

namespace hyperlab::ui {

namespace {
constexpr double kTopFraction = 0.1;
constexpr int kContourResolution = 60;
}  // namespace

/// What one background computation produced.
struct AnalysisPanel::Result {
    int generation = 0;
    std::optional<ImportanceResult> importance;
    QString importanceError;  // translated on the worker (Qt translation is thread-safe)
    std::shared_ptr<const ContourSurrogate> surrogate;
    QString contourError;
    std::optional<ContourGrid> grid;
    int xAxis = -1, yAxis = -1;
    QRectF bestBox;
    int bestTrial = -1;
};

AnalysisPanel::AnalysisPanel(QWidget* parent) : QWidget(parent) {
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority);  // the GUI thread wins the cores
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AnalysisPanel::refresh);
    buildUi();
}

AnalysisPanel::~AnalysisPanel() {
    // The job posts its result to this object: let it finish first (it takes
    // well under a second at 1,000 trials).
    m_pool.waitForDone();
}

void AnalysisPanel::buildUi() {
    m_tabs = new QTabWidget;
    m_parallel = new ParallelCoordinatesChart;
    m_slices = new SlicePlotsChart;
    m_contour = new ContourChart;
    m_importance = new ImportanceChart;
    m_parallel->setData(&m_view);
    m_slices->setData(&m_view);
    m_contour->setData(&m_view);

    auto* contourPage = new QWidget;
    auto* contourLayout = new QVBoxLayout(contourPage);
    contourLayout->setContentsMargins(0, 4, 0, 0);
    auto* axesRow = new QHBoxLayout;
    m_contourX = new QComboBox;
    m_contourY = new QComboBox;
    axesRow->addWidget(new QLabel(tr("x:")));
    axesRow->addWidget(m_contourX, 1);
    axesRow->addWidget(new QLabel(tr("y:")));
    axesRow->addWidget(m_contourY, 1);
    contourLayout->addLayout(axesRow);
    contourLayout->addWidget(m_contour, 1);
    const auto axesChosen = [this] {
        setContourAxes(m_contourX->currentData().toInt(), m_contourY->currentData().toInt());
    };
    connect(m_contourX, &QComboBox::activated, this, axesChosen);
    connect(m_contourY, &QComboBox::activated, this, axesChosen);

    m_tabs->addTab(m_parallel, tr("Parallel coordinates"));
    m_tabs->addTab(m_slices, tr("Slices"));
    m_tabs->addTab(contourPage, tr("Contour"));
    m_tabs->addTab(m_importance, tr("Importance"));
    m_tabs->setTabToolTip(0, tr("One line per finished trial across every hyperparameter; drag "
                                "along an axis to filter the leaderboard"));
    m_tabs->setTabToolTip(1, tr("The objective against each hyperparameter"));
    m_tabs->setTabToolTip(2, tr("The objective over two hyperparameters, as a Gaussian-process "
                                "surrogate fitted on the finished trials"));
    m_tabs->setTabToolTip(3, tr("How much each hyperparameter decides whether a trial is among "
                                "the best 10% (PED-ANOVA)"));

    m_unscored = new QCheckBox(tr("Show pruned and failed"));
    connect(m_unscored, &QCheckBox::toggled, this, &AnalysisPanel::setShowUnscored);
    auto* clearBrush = new QPushButton(tr("Clear ranges"));
    clearBrush->setToolTip(tr("Remove the ranges selected on the parallel coordinates"));
    connect(clearBrush, &QPushButton::clicked, m_parallel, &ParallelCoordinatesChart::clearBrushes);
    auto* exportButton = new QPushButton(tr("Export image…"));
    exportButton->setToolTip(tr("Save the chart shown as PNG or SVG"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        flushNow();
        QWidget* chart = m_tabs->currentIndex() == 2 ? static_cast<QWidget*>(m_contour)
                                                     : m_tabs->currentWidget();
        exportWidgetImageInteractive(chart, this, QStringLiteral("analysis"));
    });
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_unscored);
    bar->addWidget(clearBrush);
    bar->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_parallel, &ParallelCoordinatesChart::brushChanged, this, &AnalysisPanel::emitBrush);
    connect(m_slices, &SlicePlotsChart::trialClicked, this, &AnalysisPanel::trialClicked);
    clear();
}

void AnalysisPanel::setStudy(const StudyDefinition& definition) {
    m_definition = definition;
    clear();
}

void AnalysisPanel::clear() {
    ++m_generation;
    m_trials.clear();
    m_surrogate.reset();
    m_parallel->clearBrushes();
    m_view = AnalysisViewData::build(m_definition, {}, m_showUnscored);
    fillContourAxes();
    m_importance->setMessage(
        tr("The importance of each hyperparameter appears once %n trial(s) "
           "have completed.",
           nullptr, int(kMinimumImportanceTrials)));
    m_contour->setMessage(tr("The contour appears once trials have completed."));
    m_status->setText(tr("No finished trials yet."));
    m_parallel->setData(&m_view);
    m_slices->setData(&m_view);
    m_contour->setData(&m_view);
}

void AnalysisPanel::fillContourAxes() {
    m_contourX->clear();
    m_contourY->clear();
    for (std::size_t i = 0; i < m_view.axes.size(); ++i) {
        if (m_view.axes[i].scale() == DimensionAxis::Scale::Category)
            continue;
        m_contourX->addItem(m_view.axes[i].title(), int(i));
        m_contourY->addItem(m_view.axes[i].title(), int(i));
    }
    m_contourY->setCurrentIndex(std::min(1, m_contourY->count() - 1));
}

void AnalysisPanel::setTrials(const std::vector<TrialSnapshot>& trials) {
    for (const TrialSnapshot& t : trials)
        if (t && isFinal(t->state))
            m_trials[t->number] = t;
    flushNow();
}

void AnalysisPanel::onTrialFinished(const TrialSnapshot& trial) {
    if (!trial)
        return;
    m_trials[trial->number] = trial;
    scheduleRefresh();
}

void AnalysisPanel::scheduleRefresh() {
    if (!m_timer->isActive())
        m_timer->start(kCoalesceMs);
}

void AnalysisPanel::flushNow() {
    m_timer->stop();
    refresh();
}

void AnalysisPanel::refresh() {
    ++m_refreshCount;
    std::vector<TrialSnapshot> finished;
    finished.reserve(m_trials.size());
    for (const auto& [number, t] : m_trials)
        finished.push_back(t);
    m_view = AnalysisViewData::build(m_definition, finished, m_showUnscored);
    if (m_contourX->count() == 0 && !m_view.axes.empty())
        fillContourAxes();
    int scored = 0;
    for (const auto& t : m_view.trials)
        scored += AnalysisViewData::isScored(*t);
    m_status->setText(tr("%n completed trial(s)", nullptr, scored));
    m_parallel->setData(&m_view);
    m_slices->setData(&m_view);
    m_contour->setData(&m_view);
    if (!m_parallel->brushes().empty())
        emitBrush();
    startComputation();
}

void AnalysisPanel::setShowUnscored(bool show) {
    if (show == m_showUnscored)
        return;
    m_showUnscored = show;
    m_unscored->setChecked(show);
    flushNow();
}

void AnalysisPanel::setContourAxes(int xAxis, int yAxis) {
    if (const int i = m_contourX->findData(xAxis); i >= 0)
        m_contourX->setCurrentIndex(i);
    if (const int i = m_contourY->findData(yAxis); i >= 0)
        m_contourY->setCurrentIndex(i);
    startComputation();
}

void AnalysisPanel::setHighlightedTrial(int number) {
    m_parallel->setHighlightedTrial(number);
    m_slices->setHighlightedTrial(number);
}

void AnalysisPanel::emitBrush() {
    Q_EMIT brushChanged(m_parallel->brushedTrials());
}

void AnalysisPanel::startComputation() {
    if (m_computing) {
        m_computeAgain = true;
        return;
    }
    m_computeAgain = false;
    m_computing = true;
    const SearchSpace space = m_definition.space;
    const Objective objective = m_definition.objective;
    std::vector<TrialSnapshot> finished;
    for (const auto& [number, t] : m_trials)
        finished.push_back(t);
    const std::vector<std::size_t> varying = varyingDimensions(space);
    const int xAxis = m_contourX->currentData().isValid() ? m_contourX->currentData().toInt() : -1;
    const int yAxis = m_contourY->currentData().isValid() ? m_contourY->currentData().toInt() : -1;
    const int generation = m_generation;
    // handedOver: QThreadPool hands the call to its thread inside the
    // uninstrumented Qt library (common/thread_handoff.h).
    m_pool.start(handedOver([this, space, objective, finished, varying, xAxis, yAxis, generation] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        result->xAxis = xAxis;
        result->yAxis = yAxis;
        const auto ranked = rankCompletedTrials(finished, objective);
        try {
            PedAnovaOptions options;
            options.topFraction = kTopFraction;
            result->importance = pedAnovaImportance(space, ranked, options);
        } catch (const std::exception& e) {
            result->importanceError = translateError(e);
        }
        try {
            if (!ranked.empty()) {
                result->bestTrial = ranked.front()->number;
                const BestRegion region = bestRegion(space, ranked, kTopFraction);
                if (xAxis >= 0 && yAxis >= 0 && xAxis != yAxis) {
                    const auto& rx = region.dimensions[std::size_t(xAxis)];
                    const auto& ry = region.dimensions[std::size_t(yAxis)];
                    const Dimension& dx = space[varying[std::size_t(xAxis)]];
                    const Dimension& dy = space[varying[std::size_t(yAxis)]];
                    if (rx.active > 0 && ry.active > 0) {
                        const auto u = [](const Dimension& d, double v) {
                            return UnitCubeTransform::uniformOf(
                                d, d.as<IntDimension>() ? nlohmann::json(std::int64_t(v))
                                                        : nlohmann::json(v));
                        };
                        result->bestBox = QRectF(QPointF(u(dx, rx.low), u(dy, ry.low)),
                                                 QPointF(u(dx, rx.high), u(dy, ry.high)));
                    }
                }
            }
            auto surrogate = std::make_shared<const ContourSurrogate>(space, ranked, 0);
            if (xAxis >= 0 && yAxis >= 0 && xAxis != yAxis)
                result->grid =
                    surrogate->grid(varying[std::size_t(xAxis)], varying[std::size_t(yAxis)],
                                    kContourResolution, ranked.front()->params);
            result->surrogate = std::move(surrogate);
        } catch (const std::exception& e) {
            result->contourError = translateError(e);
        }
        // handedOver: Qt copies the call inside its uninstrumented library
        // (common/thread_handoff.h).
        QMetaObject::invokeMethod(this, handedOver([this, result] { applyResult(result); }),
                                  Qt::QueuedConnection);
    }));
}

void AnalysisPanel::applyResult(const std::shared_ptr<Result>& result) {
    m_computing = false;
    if (result->generation == m_generation) {
        if (result->importance) {
            std::vector<ImportanceChart::Bar> bars;
            for (const auto& p : result->importance->parameters)
                bars.push_back({HyperparameterHelp::label(QString::fromStdString(p.path)),
                                QString::fromStdString(p.path), p.importance});
            m_importance->setBars(
                std::move(bars),
                tr("PED-ANOVA importance from %1 completed trials (the best %2 against all)")
                    .arg(result->importance->trials)
                    .arg(result->importance->topTrials));
        } else {
            m_importance->setMessage(result->importanceError);
        }
        m_surrogate = result->surrogate;
        if (result->grid)
            m_contour->setGrid(result->xAxis, result->yAxis, result->grid->mean, result->bestBox,
                               result->bestTrial);
        else if (!result->contourError.isEmpty())
            m_contour->setMessage(result->contourError);
        else
            m_contour->setMessage(tr("The contour needs two numeric hyperparameters."));
        Q_EMIT computed();
    }
    if (m_computeAgain)
        startComputation();
}

bool AnalysisPanel::waitForComputation(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while ((m_computing || m_computeAgain || m_timer->isActive()) && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !(m_computing || m_computeAgain || m_timer->isActive());
}

bool AnalysisPanel::exportCurrentChart(const QString& path, QString* error) {
    flushNow();
    QWidget* chart =
        m_tabs->currentIndex() == 2 ? static_cast<QWidget*>(m_contour) : m_tabs->currentWidget();
    return exportWidgetImage(chart, path, error);
}

}  // namespace hyperlab::ui
