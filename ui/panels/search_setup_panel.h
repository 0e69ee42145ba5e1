#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

#include <nlohmann/json.hpp>

#include "train/run_config.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace hyperlab::ui {

class SearchStrategyBox;

/// The Search setup panel: which config fields a study varies and how it
/// searches them. Each field is fixed (the form's value) or searched over a
/// range (low/high, optionally log-scaled, integer step) or a list of values,
/// optionally active only when another field has given values
/// ("training.optimizer = sgd, rmsprop"). Then the strategy and its settings,
/// the pruner, the objective and the budget (trials, time, workers, seeds
/// per config). The panel shows how many trials will run (the grid size for
/// grid search) and a time estimate, and builds the study JSON
/// (docs/study.md) that the core's StudyDefinition reads.
class SearchSetupPanel : public QWidget {
    Q_OBJECT

public:
    explicit SearchSetupPanel(QWidget* parent = nullptr);

    /// The config the search starts from (adds rows for its conv layers and
    /// checks the study against it).
    void setBaseConfig(const RunConfig& base);

    /// The study JSON for the current settings around `base` (a canonical
    /// config JSON).
    nlohmann::json studyJson(const nlohmann::json& base) const;
    /// A one-trial manual study of `base` with this panel's objective.
    nlohmann::json singleRunJson(const nlohmann::json& base) const;
    /// Restores the panel from a study JSON (an opened study). Unknown
    /// space paths get a row of their own.
    void setStudyJson(const nlohmann::json& study);

    /// The "space" object of the current settings (searched rows only).
    nlohmann::json spaceJson() const;
    /// Sets one row: `spec` as a study space entry ({"type": "float", "low":
    /// ..., "log": true}, {"type": "categorical", "values": [...]}, optional
    /// "active_if"); null makes the field fixed. Adds a row for unknown paths.
    void setDimension(const QString& path, const nlohmann::json& spec);
    void setStrategy(const QString& strategy);
    QString strategy() const;
    void setTrials(int trials);
    void setWorkers(int workers);
    int workers() const;

    /// Trials the study will run: the grid size for grid search (capped by
    /// the budget), else the budget.
    int plannedTrials() const;
    /// Empty when the study is valid for the base config, else the core's
    /// message.
    QString problem() const { return m_problem; }
    /// Seconds one trial takes (measured, or a rough guess before any trial
    /// ran) for the time estimate.
    void setSecondsPerTrial(double seconds, bool measured);

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QString path;
        enum Kind { Float, Int, Choice } kind;
        QStringList choices;  // suggested values for Choice rows
    };
    void addRow(const Row& row);
    int rowOf(const QString& path) const;
    nlohmann::json rowSpec(int row) const;
    void updateRowEditors(int row);
    void refresh();

    std::vector<Row> m_rows;
    nlohmann::json m_base;
    QString m_problem;
    double m_secondsPerTrial = 0.0;
    bool m_measured = false;
    bool m_updating = false;

    QTableWidget* m_table = nullptr;
    SearchStrategyBox* m_strategyBox = nullptr;
    QLabel* m_summary = nullptr;
};

}  // namespace hyperlab::ui
