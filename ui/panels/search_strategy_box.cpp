#include "panels/search_strategy_box.h"

#include <map>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <algorithm>

#include "study/model/objective.h"
#include "widgets/number_spin_box.h"

namespace hyperlab::ui {

namespace {

/// What a metric id measures, in the interface language; empty if unknown.
QString metricLabel(const std::string& metric) {
    static const std::map<std::string, const char*> labels{
        {"val_accuracy",
         QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Validation accuracy")},
        {"val_loss", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Validation loss")},
        {"val_r2", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Validation R²")},
        {"val_mae", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Validation MAE")},
        {"train_loss", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Training loss")},
        {"train_accuracy",
         QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Training accuracy")},
        {"train_r2", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Training R²")},
        {"test_accuracy", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Test accuracy")},
        {"test_loss", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Test loss")},
        {"test_r2", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Test R²")},
        {"test_mae", QT_TRANSLATE_NOOP("hyperlab::ui::SearchStrategyBox", "Test MAE")},
    };
    const auto it = labels.find(metric);
    return it == labels.end()
               ? QString()
               : QCoreApplication::translate("hyperlab::ui::SearchStrategyBox", it->second);
}

}  // namespace

using nlohmann::json;

namespace {

/// A string member of a JSON object, or `fallback` when absent or not a string.
QString stringAt(const json& object, const char* key, const char* fallback) {
    if (object.is_object() && object.contains(key) && object.at(key).is_string())
        return QString::fromStdString(object.at(key).get<std::string>());
    return QString::fromLatin1(fallback);
}

QSpinBox* spin(int lo, int hi, int value) {
    auto* s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

}  // namespace

SearchStrategyBox::SearchStrategyBox(QWidget* parent)
    : QGroupBox(tr("Strategy, objective and budget"), parent) {
    auto* form = new QFormLayout(this);
    m_form = form;

    m_strategy = new QComboBox;
    m_strategy->setObjectName(QStringLiteral("strategy"));
    const std::pair<const char*, const char*> strategies[] = {
        {"manual", QT_TR_NOOP("Manual (the form's config)")},
        {"grid", QT_TR_NOOP("Grid search (every combination)")},
        {"random", QT_TR_NOOP("Random search")},
        {"sobol", QT_TR_NOOP("Sobol (quasi-random, even coverage)")},
        {"bayesian", QT_TR_NOOP("Bayesian optimisation (Gaussian process)")},
        {"tpe", QT_TR_NOOP("TPE (tree-structured Parzen estimator)")}};
    for (const auto& [name, label] : strategies)
        m_strategy->addItem(tr(label), QString::fromLatin1(name));
    m_strategy->setToolTip(
        tr("How trials are chosen. Grid tries every combination (brute "
           "force); random draws fresh values each trial; Sobol covers the "
           "space evenly; Bayesian and TPE model past results to pick "
           "promising trials. Tune the learning rate first."));
    form->addRow(tr("Strategy"), m_strategy);

    m_strategySettings = new QStackedWidget;
    auto page = [this](std::initializer_list<std::pair<QString, QWidget*>> rows) {
        auto* w = new QWidget;
        auto* f = new QFormLayout(w);
        f->setContentsMargins(0, 0, 0, 0);
        for (const auto& [label, editor] : rows)
            f->addRow(label, editor);
        m_strategySettings->addWidget(w);
    };
    m_gridPoints = spin(1, 100, 5);
    m_gridPoints->setToolTip(
        tr("Values per range (evenly spaced, geometric on a log range); "
           "lists use all their values."));
    m_gridShuffle = new QCheckBox(tr("visit in random order"));
    m_sobolScramble = new QCheckBox(tr("scramble (recommended)"));
    m_sobolScramble->setChecked(true);
    m_bayesInitial = spin(0, 1000, 0);
    m_bayesInitial->setSpecialValueText(tr("auto"));
    m_bayesInitial->setToolTip(
        tr("Quasi-random trials before the model is used (auto: "
           "max(5, dimensions + 1))."));
    m_bayesCandidates = spin(10, 100000, 2000);
    m_tpeStartup = spin(0, 1000, 10);
    m_tpeStartup->setToolTip(tr("Random trials before TPE starts modelling."));
    m_tpeGamma = new NumberSpinBox;
    m_tpeGamma->setRange(0.01, 0.99);
    m_tpeGamma->setStep(0.05);
    m_tpeGamma->setValue(0.1);
    m_tpeGamma->setToolTip(tr("Share of trials counted as good."));
    m_tpeLiar = new QCheckBox(tr("spread parallel workers (constant liar)"));
    m_tpeLiar->setChecked(true);
    page({});                                                                    // manual
    page({{tr("Points per range"), m_gridPoints}, {QString(), m_gridShuffle}});  // grid
    page({});                                                                    // random
    page({{QString(), m_sobolScramble}});                                        // sobol
    page({{tr("Initial trials"), m_bayesInitial}, {tr("Candidates"), m_bayesCandidates}});
    page({{tr("Startup trials"), m_tpeStartup},
          {tr("Good share (gamma)"), m_tpeGamma},
          {QString(), m_tpeLiar}});
    form->addRow(m_strategySettings);

    m_pruner = new QComboBox;
    m_pruner->setObjectName(QStringLiteral("pruner"));
    m_pruner->addItem(tr("None"), QStringLiteral("none"));
    m_pruner->addItem(tr("Median (stop below the median curve)"), QStringLiteral("median"));
    m_pruner->addItem(tr("ASHA (successive halving)"), QStringLiteral("asha"));
    m_pruner->setToolTip(
        tr("Stops unpromising trials early to save time: median stops a trial "
           "whose objective is worse than the median of earlier trials at the "
           "same epoch; ASHA keeps only the best third at each rung."));
    form->addRow(tr("Pruner"), m_pruner);
    m_prunerWarmup = spin(0, 10000, 2);
    m_prunerWarmup->setToolTip(tr("Never prune during the first epochs (early curves are noisy)."));
    m_prunerMinTrials = spin(0, 1000, 5);
    m_prunerMinTrials->setToolTip(tr("Median: trials that must have finished before pruning."));
    m_prunerReduction = spin(2, 10, 3);
    m_prunerReduction->setToolTip(tr("ASHA: only the best 1/eta go on at each rung."));
    m_prunerMinResource = spin(1, 1000, 1);
    m_prunerMinResource->setToolTip(tr("ASHA: epoch of the first rung."));
    form->addRow(tr("Pruner warm-up epochs"), m_prunerWarmup);
    form->addRow(tr("Median: minimum trials"), m_prunerMinTrials);
    form->addRow(tr("ASHA: reduction factor"), m_prunerReduction);
    form->addRow(tr("ASHA: first rung epoch"), m_prunerMinResource);

    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("objectiveMetric"));
    for (const std::string& m : Objective::metricNames()) {
        const QString id = QString::fromStdString(m);
        const QString name = metricLabel(m);
        // The id stays visible: it is what study files and the leaderboard say.
        m_metric->addItem(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id);
    }
    m_metric->setCurrentIndex(m_metric->findData(QStringLiteral("val_accuracy")));
    m_metric->setToolTip(
        tr("What the study optimises. Validation metrics are the honest "
           "choice; keep the test set for the final check: a search that picks "
           "the config with the best test score has used the test set to choose, "
           "so that score overstates how well the network does on new data."));
    m_direction = new QComboBox;
    m_direction->addItem(tr("natural direction"), QString());
    m_direction->addItem(tr("maximize"), QStringLiteral("maximize"));
    m_direction->addItem(tr("minimize"), QStringLiteral("minimize"));
    auto* objectiveRow = new QHBoxLayout;
    objectiveRow->addWidget(m_metric, 1);
    objectiveRow->addWidget(m_direction);
    form->addRow(tr("Objective"), objectiveRow);
    m_testWarning =
        new QLabel(tr("Tuning on the test set biases it: the best test score found is optimistic. "
                      "Optimise a validation metric and look at the test score once, at the end."));
    m_testWarning->setObjectName(QStringLiteral("testObjectiveWarning"));
    m_testWarning->setWordWrap(true);
    m_testWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    form->addRow(QString(), m_testWarning);

    m_trials = spin(1, 1000000, 12);
    m_trials->setObjectName(QStringLiteral("trials"));
    m_trials->setToolTip(tr("Trial budget. Grid and manual studies default to their size."));
    form->addRow(tr("Trials"), m_trials);
    m_workers = spin(1, 256, std::max(1, std::min(4, QThread::idealThreadCount())));
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setToolTip(
        tr("Trials trained at the same time. More workers than CPU cores "
           "only slows each trial down."));
    form->addRow(tr("Workers"), m_workers);
    m_repeats = spin(1, 100, 1);
    m_repeats->setToolTip(
        tr("Train each config with this many seeds and report the mean: "
           "the random draw alone can move results a lot."));
    form->addRow(tr("Seeds per config"), m_repeats);
    m_maxSeconds = spin(0, 10000000, 0);
    m_maxSeconds->setSpecialValueText(tr("no limit"));
    m_maxSeconds->setSuffix(tr(" s"));
    m_maxSeconds->setToolTip(tr("Wall-time budget: no new trial starts after this."));
    form->addRow(tr("Time limit"), m_maxSeconds);
    m_seed = spin(0, 2147483647, 0);
    m_seed->setToolTip(tr("Seeds the strategy: the same seed proposes the same trials."));
    form->addRow(tr("Search seed"), m_seed);

    for (QComboBox* c : {m_strategy, m_pruner, m_metric, m_direction}) {
        connect(c, &QComboBox::currentIndexChanged, this, &SearchStrategyBox::refresh);
        // Long choices ("Validation accuracy (val_accuracy)") must not set
        // the panel's minimum width: it fits a 1280-pixel window.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    for (QSpinBox* s : {m_gridPoints, m_bayesInitial, m_bayesCandidates, m_tpeStartup,
                        m_prunerWarmup, m_prunerMinTrials, m_prunerReduction, m_prunerMinResource,
                        m_trials, m_workers, m_repeats, m_maxSeconds, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &SearchStrategyBox::refresh);
    for (QCheckBox* c : {m_gridShuffle, m_sobolScramble, m_tpeLiar})
        connect(c, &QCheckBox::toggled, this, &SearchStrategyBox::refresh);
    connect(m_tpeGamma, &NumberSpinBox::valueChanged, this, &SearchStrategyBox::refresh);
    m_strategy->setCurrentIndex(m_strategy->findData(QStringLiteral("random")));
    refresh();
}

json SearchStrategyBox::apply(json study) const {
    const QString type = strategy();
    json strategyJson = {{"type", type.toStdString()}, {"seed", m_seed->value()}};
    if (type == QLatin1String("manual")) {
        strategyJson["configs"] = json::array({json::object()});
    } else {
        strategyJson["trials"] = m_trials->value();
    }
    strategyJson.update(samplerSettings().toJson(type.toStdString()));
    const QString pruner = m_pruner->currentData().toString();
    if (pruner == QLatin1String("median"))
        strategyJson["pruner"] = {{"type", "median"},
                                  {"warmup_epochs", m_prunerWarmup->value()},
                                  {"min_trials", m_prunerMinTrials->value()}};
    else if (pruner == QLatin1String("asha"))
        strategyJson["pruner"] = {{"type", "asha"},
                                  {"warmup_epochs", m_prunerWarmup->value()},
                                  {"reduction_factor", m_prunerReduction->value()},
                                  {"min_resource", m_prunerMinResource->value()}};
    const json objective = objectiveJson();
    study["strategy"] = strategyJson;
    study["objective"] = objective;
    study["workers"] = m_workers->value();
    study["repeats"] = m_repeats->value();
    if (m_maxSeconds->value() > 0)
        study["max_seconds"] = m_maxSeconds->value();
    return study;
}

void SearchStrategyBox::setFromStudyJson(const json& study) {
    if (!study.is_object())
        return;
    const json strategyJson = study.value("strategy", json::object());
    setStrategy(stringAt(strategyJson, "type", "random"));
    if (strategyJson.contains("trials") && strategyJson["trials"].is_number_integer())
        m_trials->setValue(strategyJson["trials"].get<int>());
    if (study.contains("workers") && study["workers"].is_number_integer())
        m_workers->setValue(std::max(1, study["workers"].get<int>()));
    if (study.contains("repeats") && study["repeats"].is_number_integer())
        m_repeats->setValue(study["repeats"].get<int>());
    m_maxSeconds->setValue(study.contains("max_seconds") && study["max_seconds"].is_number()
                               ? int(study["max_seconds"].get<double>())
                               : 0);
    if (strategyJson.contains("seed") && strategyJson["seed"].is_number_integer())
        m_seed->setValue(strategyJson["seed"].get<int>());
    SamplerSettings sampler = samplerSettings();
    sampler.update(strategyJson);
    m_sampler = sampler;
    m_gridPoints->setValue(sampler.pointsPerDimension);
    m_gridShuffle->setChecked(sampler.shuffle);
    m_sobolScramble->setChecked(sampler.scramble);
    m_bayesInitial->setValue(sampler.initialTrials);
    m_bayesCandidates->setValue(sampler.candidates);
    m_tpeStartup->setValue(sampler.tpeStartupTrials);
    m_tpeGamma->setValue(sampler.tpeGamma);
    m_tpeLiar->setChecked(sampler.constantLiar);
    const json pruner = strategyJson.value("pruner", json("none"));
    const QString prunerType = pruner.is_string()
                                   ? QString::fromStdString(pruner.get<std::string>())
                                   : stringAt(pruner, "type", "none");
    m_pruner->setCurrentIndex(std::max(0, m_pruner->findData(prunerType)));
    if (pruner.is_object()) {
        m_prunerWarmup->setValue(pruner.value("warmup_epochs", m_prunerWarmup->value()));
        m_prunerMinTrials->setValue(pruner.value("min_trials", m_prunerMinTrials->value()));
        m_prunerReduction->setValue(pruner.value("reduction_factor", m_prunerReduction->value()));
        m_prunerMinResource->setValue(pruner.value("min_resource", m_prunerMinResource->value()));
    }
    const json objective = study.value("objective", json::object());
    const int metric = m_metric->findData(stringAt(objective, "metric", "val_accuracy"));
    if (metric >= 0)
        m_metric->setCurrentIndex(metric);
    m_direction->setCurrentIndex(
        std::max(0, m_direction->findData(stringAt(objective, "direction", ""))));
}

SamplerSettings SearchStrategyBox::samplerSettings() const {
    SamplerSettings sampler = m_sampler;
    sampler.pointsPerDimension = m_gridPoints->value();
    sampler.shuffle = m_gridShuffle->isChecked();
    sampler.scramble = m_sobolScramble->isChecked();
    sampler.initialTrials = m_bayesInitial->value();
    sampler.candidates = m_bayesCandidates->value();
    sampler.tpeStartupTrials = m_tpeStartup->value();
    sampler.tpeGamma = m_tpeGamma->value();
    sampler.constantLiar = m_tpeLiar->isChecked();
    return sampler;
}

json SearchStrategyBox::objectiveJson() const {
    json objective = {{"metric", m_metric->currentData().toString().toStdString()}};
    if (!m_direction->currentData().toString().isEmpty())
        objective["direction"] = m_direction->currentData().toString().toStdString();
    return objective;
}

void SearchStrategyBox::setStrategy(const QString& strategy) {
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(strategy)));
}
QString SearchStrategyBox::strategy() const {
    return m_strategy->currentData().toString();
}
void SearchStrategyBox::setTrials(int trials) {
    m_trials->setValue(trials);
}
int SearchStrategyBox::trials() const {
    return m_trials->value();
}
void SearchStrategyBox::setWorkers(int workers) {
    m_workers->setValue(workers);
}
int SearchStrategyBox::workers() const {
    return m_workers->value();
}
int SearchStrategyBox::repeats() const {
    return m_repeats->value();
}
int SearchStrategyBox::gridPoints() const {
    return m_gridPoints->value();
}

void SearchStrategyBox::refresh() {
    if (!m_seed)  // still being built
        return;
    m_strategySettings->setCurrentIndex(m_strategy->currentIndex());
    // Only the current page takes space (a stack is as tall as its tallest page).
    for (int i = 0; i < m_strategySettings->count(); ++i)
        m_strategySettings->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == m_strategySettings->currentIndex() ? QSizePolicy::Preferred
                                                                            : QSizePolicy::Ignored);
    m_strategySettings->adjustSize();
    m_trials->setEnabled(strategy() != QLatin1String("manual"));
    // Each pruner's own settings only when it is chosen.
    const QString pruner = m_pruner->currentData().toString();
    m_form->setRowVisible(m_prunerWarmup, pruner != QLatin1String("none"));
    m_form->setRowVisible(m_prunerMinTrials, pruner == QLatin1String("median"));
    m_form->setRowVisible(m_prunerReduction, pruner == QLatin1String("asha"));
    m_form->setRowVisible(m_prunerMinResource, pruner == QLatin1String("asha"));
    m_form->setRowVisible(m_testWarning,
                          m_metric->currentData().toString().startsWith(QLatin1String("test_")));
    Q_EMIT changed();
}

}  // namespace hyperlab::ui
