#pragma once

#include <QGroupBox>
#include <QString>

#include <nlohmann/json.hpp>

#include "search/samplers/sampler_settings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QFormLayout;
class QSpinBox;
class QStackedWidget;

namespace hyperlab::ui {

class NumberSpinBox;

/// The lower half of the Search setup: the strategy (manual, grid, random,
/// Sobol, Bayesian, TPE) with the settings of the chosen one, the pruner with
/// its settings, the objective and the budget (trials, workers, seeds per
/// config, time limit, search seed). Reads and writes those parts of a study
/// JSON (docs/study.md).
class SearchStrategyBox : public QGroupBox {
    Q_OBJECT

public:
    explicit SearchStrategyBox(QWidget* parent = nullptr);

    /// `study` with "strategy" (without "configs"), "objective", "workers",
    /// "repeats" and "max_seconds" set from the widgets.
    nlohmann::json apply(nlohmann::json study) const;
    nlohmann::json objectiveJson() const;
    /// Sets the widgets from a study JSON (missing keys leave them as they are).
    void setFromStudyJson(const nlohmann::json& study);

    QString strategy() const;
    void setStrategy(const QString& strategy);
    int trials() const;
    void setTrials(int trials);
    int workers() const;
    void setWorkers(int workers);
    int repeats() const;
    int gridPoints() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();
    /// The sampler settings the widgets show, over those they do not show.
    SamplerSettings samplerSettings() const;

    /// Sampler settings of the last study read: its keys that no widget
    /// shows (refine_starts, max_grid_size, ...) are written back unchanged.
    SamplerSettings m_sampler;
    QFormLayout* m_form = nullptr;
    QComboBox* m_strategy = nullptr;
    QStackedWidget* m_strategySettings = nullptr;
    QSpinBox* m_gridPoints = nullptr;
    QCheckBox* m_gridShuffle = nullptr;
    QCheckBox* m_sobolScramble = nullptr;
    QSpinBox* m_bayesInitial = nullptr;
    QSpinBox* m_bayesCandidates = nullptr;
    QSpinBox* m_tpeStartup = nullptr;
    NumberSpinBox* m_tpeGamma = nullptr;
    QCheckBox* m_tpeLiar = nullptr;
    QComboBox* m_pruner = nullptr;
    QSpinBox* m_prunerWarmup = nullptr;
    QSpinBox* m_prunerMinTrials = nullptr;
    QSpinBox* m_prunerReduction = nullptr;
    QSpinBox* m_prunerMinResource = nullptr;
    QComboBox* m_metric = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_trials = nullptr;
    QSpinBox* m_workers = nullptr;
    QSpinBox* m_repeats = nullptr;
    QSpinBox* m_maxSeconds = nullptr;
    QSpinBox* m_seed = nullptr;
    QLabel* m_testWarning = nullptr;  // shown while the objective is a test metric
};

}  // namespace hyperlab::ui
