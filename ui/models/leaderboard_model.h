#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <QAbstractTableModel>

#include "study/model/objective.h"
#include "study/model/trial.h"
#include "train/diagnosis.h"

namespace hyperlab::ui {

/// The trials of a study as a table, one row per trial in arrival order (the
/// proxy sorts). Rows are only ever appended (beginInsertRows) or changed in
/// place (dataChanged), so a live search never resets sort or selection; new
/// hyperparameter columns are inserted with beginInsertColumns when a trial
/// brings a path no earlier trial had. Ranking and "best" come from
/// core/study/model/leaderboard.h.
class LeaderboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// A trial state in the interface language ("completed" -> "已完成").
    static QString stateText(TrialState state);

    /// Kinds of column, in display order; Param stands for one column per
    /// varying hyperparameter (see paramPathAt).
    enum Column {
        NumberColumn,
        StateColumn,
        ObjectiveColumn,
        ValAccuracyColumn,  ///< validation accuracy (R^2 for regression) at the last epoch
        ValLossColumn,
        TrainAccuracyColumn,  ///< training accuracy (R^2), evaluation mode, at the last epoch
        TrainLossColumn,
        TestAccuracyColumn,  ///< test accuracy (R^2 for regression)
        TestLossColumn,
        ParamColumn,
        EpochsColumn,
        DurationColumn,
        ParameterCountColumn,
    };

    enum Role {
        /// Raw value for sorting: a double (NaN when missing), or for the
        /// state column its leaderboard rank group, for text params a string.
        SortRole = Qt::UserRole + 1,
        TrialNumberRole,  ///< int
        StateRole,        ///< int(TrialState)
        IsBestRole,       ///< bool
        /// Everything a text filter should match: number, state, params,
        /// reason, diagnosis titles.
        FilterTextRole,
        /// QStringList: the codes of the trial's diagnosis findings
        /// ("overfitting", ...; see core/train/diagnosis.h). The state cell
        /// shows a warning sign for them and the row's tooltip explains them.
        FindingsRole,
        /// bool: Welch's t-test on the repeats cannot tell this trial from
        /// the best at the 5% level (core/search/study/repeat_comparison.h);
        /// the objective shows "≈" then.
        TiesBestRole,
    };

    explicit LeaderboardModel(QObject* parent = nullptr);
    ~LeaderboardModel() override;

    /// Objective used for ranking, the best trial and the header (call before
    /// a study starts; updates every row).
    void setObjective(const Objective& objective);
    const Objective& objective() const { return m_objective; }

    /// The hyperparameter columns, e.g. the search space's dimension paths.
    /// Resets the model: call when a study starts, not during one.
    void setVaryingParameters(std::vector<std::string> paths);
    const std::vector<std::string>& varyingParameters() const { return m_paths; }

    /// Adds the trial (new number: a row is appended) or replaces it (its row
    /// changes in place). GUI thread.
    void upsertTrial(const TrialSnapshot& trial);
    /// Live metrics of a running trial: its row shows the latest epoch.
    /// Ignored once the trial's final snapshot arrived.
    void appendEpochs(int trial, const std::vector<EpochMetrics>& epochs);
    /// Removes every row (a new study); keeps the objective and columns.
    void clear();

    /// The epoch whose metrics the epoch columns show (the scrubber's):
    /// the objective's intermediate value, the validation and training
    /// metrics of repeat 0 at that epoch, or at a trial's last epoch when it
    /// stopped earlier (marked "(epoch k)"); sorting uses the shown values.
    /// -1 = the final values (live).
    void setEpoch(int epoch);
    int epoch() const { return m_epoch; }
    /// The epoch a row's epoch columns show: the trial's last epoch up to
    /// epoch(); 0 when it has none; -1 when showing the final values.
    int shownEpoch(int row) const;

    int rowOfTrial(int number) const;  ///< -1 when absent
    TrialSnapshot trialAt(int row) const;
    TrialSnapshot trialByNumber(int number) const;
    /// Every trial in row (arrival) order.
    std::vector<TrialSnapshot> trials() const { return m_trials; }
    /// The best completed trial by the objective; null when none completed.
    TrialSnapshot bestTrial() const;
    /// Trials in leaderboard rank order (rankTrials).
    std::vector<TrialSnapshot> rankedTrials() const;

    Column columnKind(int section) const;
    /// The order that puts the best first when a column is sorted the first
    /// time: descending for accuracies, R^2 and a maximised objective,
    /// ascending for losses, durations, sizes and names.
    Qt::SortOrder bestFirstOrder(int section) const;
    /// Section of a column kind (ParamColumn: the first param column).
    int sectionOf(Column column) const;
    /// Dotted path of a param column; empty for other columns.
    std::string paramPathAt(int section) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The best trial changed (number; -1 when there is none).
    void bestTrialChanged(int number);

private:
    QVariant displayValue(const Trial& trial, int section) const;
    /// The metrics the epoch columns show at epoch(); null when final
    /// values are shown or the trial has no epoch up to it.
    const EpochMetrics* scrubbedMetrics(const Trial& trial) const;
    bool isEpochColumn(Column kind) const;
    QVariant sortValue(const Trial& trial, int section) const;
    QString filterText(const Trial& trial) const;
    /// Failure reason or "best" note; empty when there is nothing to say.
    QString baseToolTip(const Trial& trial, bool isBest) const;
    const std::vector<Finding>& findingsOf(const Trial& trial) const;
    bool tiesBest(const Trial& trial) const;
    void addMissingParamColumns(const Params& params);
    void updateBest();

    Objective m_objective;
    std::vector<std::string> m_paths;
    std::vector<TrialSnapshot> m_trials;
    std::unordered_map<int, int> m_rowByNumber;
    /// Diagnosis of each finished trial, by number (computed once when its
    /// final snapshot arrives; painting asks for it many times).
    std::unordered_map<int, std::vector<Finding>> m_findings;
    int m_bestNumber = -1;
    int m_epoch = -1;
};

}  // namespace hyperlab::ui
