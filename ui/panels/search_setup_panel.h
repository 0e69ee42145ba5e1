#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "study/execution/study_time_estimate.h"
#include "study/model/study_definition.h"
#include "study/model/trial.h"
#include "train/run_config.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace hyperlab {
class InputError;
}

namespace hyperlab::ui {

class SearchStrategyBox;
class TrialTimeEstimator;

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
    /// A study started: its finished trials correct the time estimate from
    /// now on, as long as the panel still describes that study (another
    /// dataset, model or space starts over from timed steps).
    void studyStarted(const StudyDefinition& study);
    /// A trial of that study ended; completed ones count in the estimate.
    void addFinishedTrial(const TrialSnapshot& trial);
    /// The time estimate shown (empty while there is none).
    QString estimateText() const { return m_estimateText; }

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
    /// Asks for a timed estimate when the study or the concurrency changed.
    void requestEstimate(const StudyDefinition& study, int concurrentRuns);
    QString estimateSentence(int planned, int workers) const;
    /// A core error about the space, in the table's words ("Learning rate,
    /// Low: ..."), with its cell outlined; other errors as the core says them.
    QString problemInFormWords(const InputError& error);
    void markProblemCell(int row, int column);

    std::vector<Row> m_rows;
    nlohmann::json m_base;
    QString m_problem;
    TrialTimeEstimator* m_estimator = nullptr;
    nlohmann::json m_estimatedStudy;  // what m_cost is for (StudyDefinition JSON, no name)
    int m_estimatedRuns = 0;
    std::shared_ptr<const TrialCostModel> m_cost;  // null while timing or unavailable
    double m_loadSeconds = 0.0;
    bool m_timing = false;
    nlohmann::json m_measuredStudy;             // the running study, as m_estimatedStudy
    std::vector<FinishedTrialTime> m_finished;  // completed trials of m_measuredStudy
    QString m_estimateText;
    bool m_updating = false;

    QTableWidget* m_table = nullptr;
    SearchStrategyBox* m_strategyBox = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_runWholeGrid = nullptr;
    std::size_t m_gridSize = 0;
    QWidget* m_markedCell = nullptr;
};

}  // namespace hyperlab::ui
