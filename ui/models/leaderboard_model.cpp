#include "models/leaderboard_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include "i18n/core_message.h"
#include "i18n/finding_text.h"
#include "models/diagnosis_icon.h"
#include "models/trial_labels.h"
#include "study/execution/repeat_comparison.h"
#include "study/execution/trial_diagnosis.h"
#include "study/model/leaderboard.h"
#include "train/history_at_epoch.h"

namespace hyperlab::ui {

namespace {

constexpr int kLeadingColumns = LeaderboardModel::ParamColumn;  // before the params
constexpr int kTrailingColumns =
    LeaderboardModel::ParameterCountColumn - LeaderboardModel::ParamColumn;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

QString LeaderboardModel::stateText(TrialState state) {
    switch (state) {
        case TrialState::Queued:
            return tr("queued");
        case TrialState::Running:
            return tr("running");
        case TrialState::Completed:
            return tr("completed");
        case TrialState::Pruned:
            return tr("pruned");
        case TrialState::Failed:
            return tr("failed");
        case TrialState::Cancelled:
            return tr("cancelled");
    }
    return {};
}

namespace {

QString formatMetric(double value) {
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QString();
}

QString formatSeconds(double seconds) {
    if (!(seconds > 0))
        return {};
    if (seconds < 60)
        return LeaderboardModel::tr("%1 s").arg(seconds, 0, 'f', 1);
    const int s = int(std::lround(seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

const EpochMetrics* lastEpoch(const Trial& t) {
    return t.history.empty() ? nullptr : &t.history.back();
}

/// A metric of the last epoch; NaN without one.
double atLastEpoch(const Trial& t, double (*metric)(const Trial&, const EpochMetrics&)) {
    const EpochMetrics* e = lastEpoch(t);
    return e ? metric(t, *e) : kNaN;
}

double valQualityOf(const Trial& t, const EpochMetrics& m) {
    return t.classification ? m.valAccuracy : m.valR2;
}
double valLossOf(const Trial&, const EpochMetrics& m) {
    return m.valLoss;
}
double trainQualityOf(const Trial& t, const EpochMetrics& m) {
    return t.classification ? m.trainAccuracy : m.trainR2;
}
double trainLossOf(const Trial&, const EpochMetrics& m) {
    return m.trainLoss;
}

double valQuality(const Trial& t) {
    return atLastEpoch(t, valQualityOf);
}
double valLoss(const Trial& t) {
    return atLastEpoch(t, valLossOf);
}
double trainQuality(const Trial& t) {
    return atLastEpoch(t, trainQualityOf);
}
double trainLoss(const Trial& t) {
    return atLastEpoch(t, trainLossOf);
}

double testQuality(const Trial& t) {
    if (t.test.samples == 0)
        return kNaN;
    return t.classification ? t.test.accuracy : t.test.r2;
}

double testLoss(const Trial& t) {
    return t.test.samples == 0 ? kNaN : t.test.loss;
}

}  // namespace

LeaderboardModel::LeaderboardModel(QObject* parent) : QAbstractTableModel(parent) {}

LeaderboardModel::~LeaderboardModel() = default;

void LeaderboardModel::setObjective(const Objective& objective) {
    m_objective = objective;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    updateBest();
    if (!m_trials.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void LeaderboardModel::setVaryingParameters(std::vector<std::string> paths) {
    beginResetModel();
    m_paths = std::move(paths);
    endResetModel();
}

void LeaderboardModel::addMissingParamColumns(const Params& params) {
    for (const auto& [path, value] : params) {
        if (std::find(m_paths.begin(), m_paths.end(), path) != m_paths.end())
            continue;
        const int section = kLeadingColumns + int(m_paths.size());
        beginInsertColumns({}, section, section);
        m_paths.push_back(path);
        endInsertColumns();
    }
}

void LeaderboardModel::upsertTrial(const TrialSnapshot& trial) {
    if (!trial)
        return;
    addMissingParamColumns(trial->params);
    m_findings[trial->number] = diagnoseTrial(*trial);
    auto it = m_rowByNumber.find(trial->number);
    if (it == m_rowByNumber.end()) {
        const int row = int(m_trials.size());
        beginInsertRows({}, row, row);
        m_trials.push_back(trial);
        m_rowByNumber.emplace(trial->number, row);
        endInsertRows();
    } else {
        const int row = it->second;
        m_trials[std::size_t(row)] = trial;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    updateBest();
}

void LeaderboardModel::appendEpochs(int number, const std::vector<EpochMetrics>& epochs) {
    auto it = m_rowByNumber.find(number);
    if (it == m_rowByNumber.end() || epochs.empty())
        return;
    const int row = it->second;
    const TrialSnapshot& current = m_trials[std::size_t(row)];
    if (current->state != TrialState::Running)
        return;  // a finished trial's snapshot is final
    auto updated = std::make_shared<Trial>(*current);
    for (const EpochMetrics& m : epochs)
        if (updated->history.empty() || m.epoch > updated->history.back().epoch)
            updated->history.push_back(m);
    m_trials[std::size_t(row)] = updated;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void LeaderboardModel::clear() {
    if (m_trials.empty())
        return;
    beginRemoveRows({}, 0, int(m_trials.size()) - 1);
    m_trials.clear();
    m_rowByNumber.clear();
    m_findings.clear();
    endRemoveRows();
    updateBest();
}

void LeaderboardModel::updateBest() {
    const Trial* best = nullptr;
    for (const TrialSnapshot& t : m_trials) {
        if (t->state != TrialState::Completed || !std::isfinite(t->value))
            continue;
        if (!best || ranksBefore(*t, *best, m_objective))
            best = t.get();
    }
    const int number = best ? best->number : -1;
    if (number == m_bestNumber)
        return;
    const int oldRow = rowOfTrial(m_bestNumber);
    m_bestNumber = number;
    // Only the highlight changes: repaint the two rows involved.
    const QList<int> roles{Qt::BackgroundRole, Qt::FontRole, IsBestRole, Qt::ToolTipRole};
    for (int row : {oldRow, rowOfTrial(number)})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), roles);
    // Which trials tie with the best ("≈") depends on the best.
    if (!m_trials.empty()) {
        const int objective = sectionOf(ObjectiveColumn);
        Q_EMIT dataChanged(index(0, objective), index(rowCount() - 1, objective));
    }
    Q_EMIT bestTrialChanged(number);
}

int LeaderboardModel::rowOfTrial(int number) const {
    auto it = m_rowByNumber.find(number);
    return it == m_rowByNumber.end() ? -1 : it->second;
}

TrialSnapshot LeaderboardModel::trialAt(int row) const {
    if (row < 0 || row >= int(m_trials.size()))
        return {};
    return m_trials[std::size_t(row)];
}

TrialSnapshot LeaderboardModel::trialByNumber(int number) const {
    return trialAt(rowOfTrial(number));
}

TrialSnapshot LeaderboardModel::bestTrial() const {
    return trialByNumber(m_bestNumber);
}

std::vector<TrialSnapshot> LeaderboardModel::rankedTrials() const {
    return rankTrials(m_trials, m_objective);
}

LeaderboardModel::Column LeaderboardModel::columnKind(int section) const {
    if (section < kLeadingColumns)
        return Column(section);
    const int params = int(m_paths.size());
    if (section < kLeadingColumns + params)
        return ParamColumn;
    return Column(ParamColumn + 1 + (section - kLeadingColumns - params));
}

Qt::SortOrder LeaderboardModel::bestFirstOrder(int section) const {
    switch (columnKind(section)) {
        case ObjectiveColumn:
            return m_objective.direction == Direction::Maximize ? Qt::DescendingOrder
                                                                : Qt::AscendingOrder;
        case ValAccuracyColumn:
        case TrainAccuracyColumn:
        case TestAccuracyColumn:
            return Qt::DescendingOrder;
        default:
            return Qt::AscendingOrder;
    }
}

int LeaderboardModel::sectionOf(Column column) const {
    if (column <= ParamColumn)
        return int(column);
    return int(column) - 1 + int(m_paths.size());
}

std::string LeaderboardModel::paramPathAt(int section) const {
    if (columnKind(section) != ParamColumn)
        return {};
    return m_paths[std::size_t(section - kLeadingColumns)];
}

int LeaderboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_trials.size());
}

int LeaderboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kLeadingColumns + int(m_paths.size()) + kTrailingColumns;
}

void LeaderboardModel::setEpoch(int epoch) {
    epoch = std::max(-1, epoch);
    if (epoch == m_epoch)
        return;
    m_epoch = epoch;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_trials.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int LeaderboardModel::shownEpoch(int row) const {
    if (m_epoch < 0 || row < 0 || row >= rowCount())
        return -1;
    const EpochMetrics* m = scrubbedMetrics(*m_trials[std::size_t(row)]);
    return m ? m->epoch : 0;
}

const EpochMetrics* LeaderboardModel::scrubbedMetrics(const Trial& t) const {
    return m_epoch < 0 ? nullptr : metricsAtEpoch(t.history, m_epoch);
}

bool LeaderboardModel::isEpochColumn(Column kind) const {
    switch (kind) {
        case ObjectiveColumn:
        case ValAccuracyColumn:
        case ValLossColumn:
        case TrainAccuracyColumn:
        case TrainLossColumn:
            return true;
        default:
            return false;
    }
}

QVariant LeaderboardModel::displayValue(const Trial& t, int section) const {
    const Column kind = columnKind(section);
    if (m_epoch >= 0 && isEpochColumn(kind)) {
        const EpochMetrics* m = scrubbedMetrics(t);
        if (!m)
            return QString();
        const QString value = formatMetric(sortValue(t, section).toDouble());
        // A trial that stopped before the scrubber's epoch shows its last one.
        return m->epoch == m_epoch ? value : tr("%1 (epoch %2)").arg(value).arg(m->epoch);
    }
    switch (kind) {
        case NumberColumn:
            return t.number;
        case StateColumn:
            return stateText(t.state);
        case ObjectiveColumn:
            if (std::isfinite(t.value) && std::isfinite(t.valueStd))
                return QStringLiteral("%1 ± %2").arg(formatMetric(t.value),
                                                     QString::number(t.valueStd, 'f', 4)) +
                       (tiesBest(t) ? QStringLiteral(" ≈") : QString());
            return formatMetric(t.value);
        case ValAccuracyColumn:
            return formatMetric(valQuality(t));
        case ValLossColumn:
            return formatMetric(valLoss(t));
        case TrainAccuracyColumn:
            return formatMetric(trainQuality(t));
        case TrainLossColumn:
            return formatMetric(trainLoss(t));
        case TestAccuracyColumn:
            return formatMetric(testQuality(t));
        case TestLossColumn:
            return formatMetric(testLoss(t));
        case ParamColumn: {
            auto it = t.params.find(paramPathAt(section));
            return it == t.params.end() ? QString() : formatParamValue(it->second);
        }
        case EpochsColumn:
            return t.history.empty() ? QVariant() : QVariant(int(t.history.size()));
        case DurationColumn:
            return formatSeconds(t.seconds);
        case ParameterCountColumn:
            return t.parameterCount > 0 ? QLocale().toString(qlonglong(t.parameterCount))
                                        : QString();
    }
    return {};
}

QVariant LeaderboardModel::sortValue(const Trial& t, int section) const {
    const Column kind = columnKind(section);
    if (m_epoch >= 0 && isEpochColumn(kind)) {
        const EpochMetrics* m = scrubbedMetrics(t);
        if (!m)
            return kNaN;
        switch (kind) {
            case ObjectiveColumn:
                return m_objective.epochValue(*m);
            case ValAccuracyColumn:
                return valQualityOf(t, *m);
            case ValLossColumn:
                return valLossOf(t, *m);
            case TrainAccuracyColumn:
                return trainQualityOf(t, *m);
            default:
                return trainLossOf(t, *m);
        }
    }
    switch (kind) {
        case NumberColumn:
            return double(t.number);
        case StateColumn:
            return double(rankGroup(t.state));
        case ObjectiveColumn:
            return t.value;
        case ValAccuracyColumn:
            return valQuality(t);
        case ValLossColumn:
            return valLoss(t);
        case TrainAccuracyColumn:
            return trainQuality(t);
        case TrainLossColumn:
            return trainLoss(t);
        case TestAccuracyColumn:
            return testQuality(t);
        case TestLossColumn:
            return testLoss(t);
        case ParamColumn: {
            auto it = t.params.find(paramPathAt(section));
            if (it == t.params.end())
                return kNaN;
            if (it->second.is_number())
                return it->second.get<double>();
            if (it->second.is_boolean())
                return it->second.get<bool>() ? 1.0 : 0.0;
            return formatParamValue(it->second);
        }
        case EpochsColumn:
            return t.history.empty() ? kNaN : double(t.history.size());
        case DurationColumn:
            return t.seconds > 0 ? t.seconds : kNaN;
        case ParameterCountColumn:
            return t.parameterCount > 0 ? double(t.parameterCount) : kNaN;
    }
    return {};
}

QString LeaderboardModel::filterText(const Trial& t) const {
    QStringList words{QString::number(t.number), stateText(t.state),
                      QString::fromUtf8(trialStateName(t.state).data(),
                                        qsizetype(trialStateName(t.state).size()))};
    // Both the displayed name and the English abbreviation, so "lr=0.1"
    // finds a trial in any interface language.
    for (const auto& [path, value] : t.params) {
        const QString shown = formatParamValue(value);
        words << shortParamName(path) + QLatin1Char('=') + shown
              << paramAbbreviation(path) + QLatin1Char('=') + shown << QString::fromStdString(path);
    }
    words << QString::fromStdString(t.reason) << translateProblem(t.reasonProblem);
    for (const Finding& f : findingsOf(t))
        words << FindingText::title(f.code) << QString::fromUtf8(toString(f.code));
    return words.join(QLatin1Char(' '));
}

QVariant LeaderboardModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trial& t = *m_trials[std::size_t(index.row())];
    const bool isBest = t.number == m_bestNumber;
    switch (role) {
        case Qt::DisplayRole:
            return displayValue(t, index.column());
        case SortRole:
            return sortValue(t, index.column());
        case TrialNumberRole:
            return t.number;
        case StateRole:
            return int(t.state);
        case IsBestRole:
            return isBest;
        case FilterTextRole:
            return filterText(t);
        case TiesBestRole:
            return tiesBest(t);
        case FindingsRole: {
            QStringList codes;
            for (const Finding& f : findingsOf(t))
                codes << QString::fromUtf8(toString(f.code));
            return codes;
        }
        case Qt::DecorationRole:
            if (columnKind(index.column()) == StateColumn && !findingsOf(t).empty())
                return diagnosisIcon(findingsOf(t));
            return {};
        case Qt::TextAlignmentRole: {
            const Column kind = columnKind(index.column());
            if (kind == StateColumn ||
                (kind == ParamColumn && !sortValue(t, index.column()).canConvert<double>()))
                return int(Qt::AlignLeft | Qt::AlignVCenter);
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        case Qt::BackgroundRole:
            if (isBest)
                return QBrush(QColor(0xd7, 0xf2, 0xd0));
            return {};
        case Qt::ForegroundRole:
            if (isBest)
                return QBrush(QColor(0x10, 0x3a, 0x10));  // readable on the green in dark themes
            if (columnKind(index.column()) == StateColumn) {
                if (t.state == TrialState::Failed)
                    return QBrush(QColor(0xc0, 0x20, 0x20));
                if (t.state == TrialState::Pruned || t.state == TrialState::Cancelled)
                    return QBrush(QColor(0x80, 0x80, 0x80));
                if (t.state == TrialState::Running)
                    return QBrush(QColor(0x10, 0x60, 0xc0));
            }
            return {};
        case Qt::FontRole: {
            const EpochMetrics* m = scrubbedMetrics(t);
            const bool earlier =
                m && m->epoch != m_epoch && isEpochColumn(columnKind(index.column()));
            if (!isBest && !earlier)
                return {};
            QFont font;
            font.setBold(isBest);
            font.setItalic(earlier);  // a value from before the scrubber's epoch
            return font;
        }
        case Qt::ToolTipRole: {
            QString base = baseToolTip(t, isBest);
            if (columnKind(index.column()) == ObjectiveColumn && tiesBest(t)) {
                const Trial& best = *bestTrial();
                const QString tie =
                    tr("≈ Not distinguishable from the best trial (%1) at the 5% level: Welch's "
                       "t-test on the %2 and %3 repeat values gives p = %4.")
                        .arg(best.number)
                        .arg(qsizetype(t.repeatValues.size()))
                        .arg(qsizetype(best.repeatValues.size()))
                        .arg(compareRepeats(t, best)->p, 0, 'f', 2);
                base = base.isEmpty() ? tie : base + QStringLiteral("\n") + tie;
            }
            if (m_epoch >= 0 && isEpochColumn(columnKind(index.column()))) {
                const EpochMetrics* m = scrubbedMetrics(t);
                const QString at =
                    !m ? tr("No epoch up to %1 yet.").arg(m_epoch)
                    : m->epoch == m_epoch
                        ? tr("Value at epoch %1 (the scrubber's), of the first repeat.")
                              .arg(m_epoch)
                        : tr("This trial stopped at epoch %1, before the scrubber's epoch %2: "
                             "its last epoch is shown.")
                              .arg(m->epoch)
                              .arg(m_epoch);
                base = base.isEmpty() ? at : base + QStringLiteral("\n") + at;
            }
            const QString diagnosis = FindingText::summary(findingsOf(t));
            if (diagnosis.isEmpty())
                return base.isEmpty() ? QVariant() : QVariant(base);
            return base.isEmpty() ? diagnosis : base + QStringLiteral("\n\n") + diagnosis;
        }
        default:
            return {};
    }
}

bool LeaderboardModel::tiesBest(const Trial& t) const {
    const TrialSnapshot best = bestTrial();
    return best && tiesWithBest(t, *best);
}

const std::vector<Finding>& LeaderboardModel::findingsOf(const Trial& t) const {
    static const std::vector<Finding> kNone;
    auto it = m_findings.find(t.number);
    return it == m_findings.end() ? kNone : it->second;
}

QString LeaderboardModel::baseToolTip(const Trial& t, bool isBest) const {
    if (!t.reason.empty()) {
        const QString why = translateReason(t.reasonProblem, t.reason);
        switch (t.state) {
            case TrialState::Failed:
                return tr("Failed: %1").arg(why);
            case TrialState::Pruned:
                return tr("Pruned: %1").arg(why);
            case TrialState::Cancelled:
                return tr("Cancelled: %1").arg(why);
            default:
                return why;
        }
    }
    if (isBest)
        return tr("Best trial so far by %1").arg(QString::fromStdString(m_objective.describe()));
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column kind = columnKind(section);
    if (role == Qt::DisplayRole && m_epoch >= 0 && isEpochColumn(kind)) {
        //: a leaderboard column shown at the scrubber's epoch: "Val loss @ 12"
        return tr("%1 @ %2")
            .arg(headerData(section, orientation, Qt::UserRole).toString())
            .arg(m_epoch);
    }
    if (role == Qt::DisplayRole || role == Qt::UserRole) {  // UserRole: without the epoch
        switch (kind) {
            case NumberColumn:
                return tr("Trial");
            case StateColumn:
                return tr("State");
            case ObjectiveColumn:
                return QString::fromStdString(m_objective.metric);
            case ValAccuracyColumn:
                return tr("Val acc / R²");
            case ValLossColumn:
                return tr("Val loss");
            case TrainAccuracyColumn:
                return tr("Train acc / R²");
            case TrainLossColumn:
                return tr("Train loss");
            case TestAccuracyColumn:
                return tr("Test acc / R²");
            case TestLossColumn:
                return tr("Test loss");
            case ParamColumn:
                return shortParamName(paramPathAt(section));
            case EpochsColumn:
                return tr("Epochs");
            case DurationColumn:
                return tr("Duration");
            case ParameterCountColumn:
                return tr("Parameters");
        }
    }
    if (role == Qt::ToolTipRole && m_epoch >= 0 && isEpochColumn(kind))
        return tr("At epoch %1 (the epoch scrubber): the objective's intermediate value and the "
                  "metrics of the first repeat at that epoch; a trial that stopped earlier shows "
                  "its last epoch, in italics and marked with its number. Sorting uses these "
                  "values.")
            .arg(m_epoch);
    if (role == Qt::ToolTipRole) {
        switch (kind) {
            case NumberColumn:
                return tr("Trial number, in the order the search created them");
            case StateColumn:
                return tr(
                    "Queued, running, completed, pruned (stopped early by the pruner), "
                    "failed (hover for the reason) or cancelled");
            case ObjectiveColumn:
                return tr("The objective the search optimises: %1; mean ± standard deviation "
                          "when trials are repeated, and ≈ where Welch's t-test on the repeats "
                          "cannot tell a trial from the best at the 5% level")
                    .arg(QString::fromStdString(m_objective.describe()));
            case ValAccuracyColumn:
                return tr("Validation accuracy (R² for regression) after the last epoch");
            case ValLossColumn:
                return tr("Validation loss after the last epoch");
            case TrainAccuracyColumn:
                return tr(
                    "Training accuracy (R² for regression) after the last epoch, measured "
                    "in evaluation mode on a fixed sample of the training set");
            case TrainLossColumn:
                return tr(
                    "Training loss after the last epoch, measured in evaluation mode on a "
                    "fixed sample of the training set");
            case TestAccuracyColumn:
                return tr("Accuracy (R² for regression) on the held-out test set");
            case TestLossColumn:
                return tr("Loss on the held-out test set");
            case ParamColumn:
                return QString::fromStdString(paramPathAt(section));
            case EpochsColumn:
                return tr("Epochs trained (fewer when stopped early or pruned)");
            case DurationColumn:
                return tr("Wall time of the trial (all repeats)");
            case ParameterCountColumn:
                return tr("Trainable parameters of the network");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace hyperlab::ui
