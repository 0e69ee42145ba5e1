#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

#include "study/model/trial.h"

namespace hyperlab::ui {

/// Where the gallery puts each trial: the layout logic of the small-multiples
/// view, kept out of the paint code so it can be tested.
///
/// Axes: the searched hyperparameters ranked by how many distinct values the
/// trials gave them (ties: the learning rate first, then path order); the
/// top one is the columns, the next the rows, unless the user picked others.
/// Values on an axis are ordered by number (so learning rates run in log
/// order), other values by their text. An axis with more than kMaxBins
/// distinct numbers (a random or Bayesian search) is binned into kMaxBins
/// ranges, on a log scale when every value is positive and they span more
/// than a factor of 10. Trials without an axis' parameter go to a last "–"
/// bin. With one varying parameter the layout is one row (a strip); with
/// none, a plain row in trial order.
class GalleryLayout {
public:
    static constexpr int kMaxBins = 6;

    /// Replaces the trials (in any order; each trial's cell keeps trial order).
    void setTrials(const std::vector<TrialSnapshot>& trials);
    /// The parameters that vary, most distinct values first.
    const std::vector<std::string>& varyingParameters() const { return m_varying; }
    /// Chooses the axes (an empty path: none); a path that does not vary is
    /// ignored (the default is kept).
    void setAxes(const std::string& columns, const std::string& rows);
    const std::string& columnParameter() const { return m_columnPath; }
    const std::string& rowParameter() const { return m_rowPath; }

    int columnCount() const { return std::max<int>(1, int(m_columnLabels.size())); }
    int rowCount() const { return std::max<int>(1, int(m_rowLabels.size())); }
    /// Labels of the bins ("0.001", or "0.001–0.01" for a binned range).
    const QStringList& columnLabels() const { return m_columnLabels; }
    const QStringList& rowLabels() const { return m_rowLabels; }
    /// Trials of one cell, in trial-number order.
    std::vector<int> trialsAt(int column, int row) const;
    /// The cell of a trial; {-1, -1} when unknown.
    std::pair<int, int> cellOf(int trial) const;
    /// The most trials any one cell holds (tiles per cell side by side).
    int maxTrialsPerCell() const;
    int trialCount() const { return int(m_trials.size()); }

private:
    struct Axis {
        QStringList labels;
        std::map<int, int> binOfTrial;
    };
    Axis buildAxis(const std::string& path) const;
    void relayout();

    std::vector<TrialSnapshot> m_trials;
    std::vector<std::string> m_varying;
    std::string m_columnPath, m_rowPath;
    bool m_userAxes = false;
    QStringList m_columnLabels, m_rowLabels;
    std::map<int, std::pair<int, int>> m_cells;
};

}  // namespace hyperlab::ui
