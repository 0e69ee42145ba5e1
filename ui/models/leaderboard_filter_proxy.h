#pragma once

#include <optional>

#include <QSet>
#include <QSortFilterProxyModel>

#include "search/trial_state.h"

namespace hyperlab::ui {

/// Sorts a LeaderboardModel numerically by its SortRole (9 < 10 < 100, NaN
/// always last in either direction, ties by trial number) and filters rows by
/// trial state and by a case-insensitive text that must occur in the trial's
/// number, state, parameters or failure reason. The proxy keeps sorting while
/// rows are appended (dynamicSortFilter), so a live search keeps its order.
class LeaderboardFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LeaderboardFilterProxy(QObject* parent = nullptr);

    /// Only trials in this state; nullopt shows all.
    void setStateFilter(std::optional<TrialState> state);
    std::optional<TrialState> stateFilter() const { return m_state; }
    /// Words that must all occur (AND); empty shows all.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }
    /// Only these trial numbers (the Analysis view's brushed ranges);
    /// nullopt shows all.
    void setTrialFilter(std::optional<QSet<int>> trials);
    const std::optional<QSet<int>>& trialFilter() const { return m_trials; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<TrialState> m_state;
    QString m_text;
    QStringList m_words;
    std::optional<QSet<int>> m_trials;
};

}  // namespace hyperlab::ui
