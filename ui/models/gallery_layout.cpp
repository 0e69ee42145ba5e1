#include "models/gallery_layout.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "models/trial_labels.h"

namespace hyperlab::ui {

namespace {

const std::string kLearningRate = "training.learning_rate";

QString formatNumber(double v) {
    return formatParamValue(nlohmann::json(v));
}

}  // namespace

void GalleryLayout::setTrials(const std::vector<TrialSnapshot>& trials) {
    m_trials.clear();
    for (const TrialSnapshot& t : trials)
        if (t)
            m_trials.push_back(t);
    std::sort(m_trials.begin(), m_trials.end(),
              [](const auto& a, const auto& b) { return a->number < b->number; });
    std::map<std::string, std::set<std::string>> distinct;
    for (const TrialSnapshot& t : m_trials)
        for (const auto& [path, value] : t->params)
            distinct[path].insert(value.dump());
    m_varying.clear();
    for (const auto& [path, values] : distinct)
        if (values.size() > 1)
            m_varying.push_back(path);
    std::stable_sort(m_varying.begin(), m_varying.end(),
                     [&](const std::string& a, const std::string& b) {
                         if (distinct[a].size() != distinct[b].size())
                             return distinct[a].size() > distinct[b].size();
                         return a == kLearningRate && b != kLearningRate;
                     });
    const auto varies = [&](const std::string& p) {
        return std::find(m_varying.begin(), m_varying.end(), p) != m_varying.end();
    };
    if (!m_userAxes || !varies(m_columnPath) || (!m_rowPath.empty() && !varies(m_rowPath))) {
        m_userAxes = false;
        m_columnPath = m_varying.size() > 0 ? m_varying[0] : std::string();
        m_rowPath = m_varying.size() > 1 ? m_varying[1] : std::string();
    }
    relayout();
}

void GalleryLayout::setAxes(const std::string& columns, const std::string& rows) {
    const auto varies = [&](const std::string& p) {
        return p.empty() || std::find(m_varying.begin(), m_varying.end(), p) != m_varying.end();
    };
    if (!varies(columns) || !varies(rows) || (columns == rows && !columns.empty()))
        return;
    m_columnPath = columns;
    m_rowPath = rows;
    m_userAxes = true;
    relayout();
}

GalleryLayout::Axis GalleryLayout::buildAxis(const std::string& path) const {
    Axis axis;
    if (path.empty())
        return axis;
    std::vector<double> numbers;
    std::set<std::string> texts;
    bool numeric = true, missing = false;
    for (const TrialSnapshot& t : m_trials) {
        const auto it = t->params.find(path);
        if (it == t->params.end()) {
            missing = true;
            continue;
        }
        if (it->second.is_number())
            numbers.push_back(it->second.get<double>());
        else
            numeric = false;
        texts.insert(it->second.dump());
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    const int missingBin = [&] {
        if (!numeric)
            return int(texts.size());
        return int(numbers.size()) > kMaxBins ? kMaxBins : int(numbers.size());
    }();
    std::vector<std::string> orderedTexts(texts.begin(), texts.end());
    // Bin edges for many numbers: log-spaced when positive over a wide range.
    const bool binned = numeric && int(numbers.size()) > kMaxBins;
    const bool logScale = binned && numbers.front() > 0 && numbers.back() / numbers.front() > 10;
    const auto scale = [&](double v) { return logScale ? std::log(v) : v; };
    const double low = binned ? scale(numbers.front()) : 0,
                 high = binned ? scale(numbers.back()) : 0;
    const auto binOf = [&](double v) {
        if (!binned)
            return int(std::lower_bound(numbers.begin(), numbers.end(), v) - numbers.begin());
        return std::clamp(int((scale(v) - low) / (high - low) * kMaxBins), 0, kMaxBins - 1);
    };
    if (!numeric) {
        for (const std::string& text : orderedTexts)
            axis.labels << formatParamValue(nlohmann::json::parse(text));
    } else if (!binned) {
        for (double v : numbers)
            axis.labels << formatNumber(v);
    } else {
        for (int b = 0; b < kMaxBins; ++b) {
            const auto edge = [&](int i) {
                const double s = low + (high - low) * i / kMaxBins;
                return logScale ? std::exp(s) : s;
            };
            axis.labels << formatNumber(edge(b)) + QStringLiteral("–") + formatNumber(edge(b + 1));
        }
    }
    if (missing)
        axis.labels << QStringLiteral("–");
    for (const TrialSnapshot& t : m_trials) {
        const auto it = t->params.find(path);
        int bin = missingBin;
        if (it != t->params.end())
            bin = numeric
                      ? binOf(it->second.get<double>())
                      : int(std::find(orderedTexts.begin(), orderedTexts.end(), it->second.dump()) -
                            orderedTexts.begin());
        axis.binOfTrial[t->number] = bin;
    }
    return axis;
}

void GalleryLayout::relayout() {
    m_cells.clear();
    const Axis columns = buildAxis(m_columnPath);
    const Axis rows = buildAxis(m_rowPath);
    m_columnLabels = columns.labels;
    m_rowLabels = rows.labels;
    if (m_columnPath.empty()) {
        // Nothing varies: one strip in trial order.
        m_columnLabels.clear();
        for (std::size_t i = 0; i < m_trials.size(); ++i) {
            m_columnLabels << QString();
            m_cells[m_trials[i]->number] = {int(i), 0};
        }
        return;
    }
    for (const TrialSnapshot& t : m_trials) {
        const int row = m_rowPath.empty() ? 0 : rows.binOfTrial.at(t->number);
        m_cells[t->number] = {columns.binOfTrial.at(t->number), row};
    }
}

std::vector<int> GalleryLayout::trialsAt(int column, int row) const {
    std::vector<int> out;
    for (const auto& [trial, cell] : m_cells)
        if (cell.first == column && cell.second == row)
            out.push_back(trial);
    return out;
}

std::pair<int, int> GalleryLayout::cellOf(int trial) const {
    const auto it = m_cells.find(trial);
    return it == m_cells.end() ? std::pair{-1, -1} : it->second;
}

int GalleryLayout::maxTrialsPerCell() const {
    std::map<std::pair<int, int>, int> counts;
    int most = 0;
    for (const auto& [trial, cell] : m_cells)
        most = std::max(most, ++counts[cell]);
    return most;
}

}  // namespace hyperlab::ui
