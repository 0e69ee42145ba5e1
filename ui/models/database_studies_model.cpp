#include "models/database_studies_model.h"

namespace hyperlab::ui {

void DatabaseStudiesModel::setStudies(std::vector<PgStudyListing> studies) {
    // A new listing (another Connect): the rows are replaced as a whole.
    beginResetModel();
    m_studies = std::move(studies);
    endResetModel();
}

int DatabaseStudiesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_studies.size());
}

int DatabaseStudiesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DatabaseStudiesModel::stateText(const std::string& state) {
    if (state == "paused")
        return tr("paused");
    if (state == "stopped")
        return tr("stopped");
    return tr("running");
}

QVariant DatabaseStudiesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PgStudyListing& s = m_studies[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Name:
                return QString::fromStdString(s.name);
            case Sampler:
                return QString::fromStdString(s.strategy);
            case Trials:
                return tr("%1 / %2").arg(s.done()).arg(s.budget);
            case Running:
                return s.running;
            case State:
                return stateText(s.state);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Trials)
        return tr("%1 completed, %2 pruned, %3 failed, %4 cancelled, %5 queued; budget %6")
            .arg(s.completed)
            .arg(s.pruned)
            .arg(s.failed)
            .arg(s.cancelled)
            .arg(s.queued)
            .arg(s.budget);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Created %1").arg(QString::fromStdString(s.createdAt));
    return {};
}

QVariant DatabaseStudiesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Name:
            return tr("Study");
        case Sampler:
            return tr("Sampler");
        case Trials:
            return tr("Trials done");
        case Running:
            return tr("Running");
        case State:
            return tr("State");
    }
    return {};
}

}  // namespace hyperlab::ui
