#include "models/leaderboard_filter_proxy.h"

#include <cmath>

#include "models/leaderboard_model.h"

namespace hyperlab::ui {

LeaderboardFilterProxy::LeaderboardFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(LeaderboardModel::SortRole);
    setDynamicSortFilter(true);
}

void LeaderboardFilterProxy::setStateFilter(std::optional<TrialState> state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void LeaderboardFilterProxy::setTextFilter(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void LeaderboardFilterProxy::setTrialFilter(std::optional<QSet<int>> trials) {
    if (trials == m_trials)
        return;
    m_trials = std::move(trials);
    invalidateFilter();
}

bool LeaderboardFilterProxy::filterAcceptsRow(int sourceRow,
                                              const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(LeaderboardModel::StateRole).toInt() != int(*m_state))
        return false;
    if (m_trials && !m_trials->contains(index.data(LeaderboardModel::TrialNumberRole).toInt()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(LeaderboardModel::FilterTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool LeaderboardFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Ties go by trial number, ascending in both directions (the view
    // reverses lessThan for descending order, so reverse it here first).
    const auto byNumber = [&] {
        const int a = left.data(LeaderboardModel::TrialNumberRole).toInt();
        const int b = right.data(LeaderboardModel::TrialNumberRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
    };
    const bool aNumeric = a.typeId() == QMetaType::Double;
    const bool bNumeric = b.typeId() == QMetaType::Double;
    if (aNumeric && bNumeric) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        const bool xMissing = std::isnan(x);
        const bool yMissing = std::isnan(y);
        // Missing values last in both directions: the view reverses lessThan
        // for descending order, so flip the answer there.
        if (xMissing != yMissing)
            return (sortOrder() == Qt::AscendingOrder) ? yMissing : xMissing;
        if (!xMissing && x != y)
            return x < y;
        return byNumber();
    }
    if (aNumeric != bNumeric)  // numbers before text (mixed param types)
        return aNumeric;
    const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    if (c != 0)
        return c < 0;
    return byNumber();
}

}  // namespace hyperlab::ui
