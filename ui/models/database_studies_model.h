#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "study/storage/postgres/pg_studies.h"

namespace hyperlab::ui {

/// The studies a database holds (the Connect to database dialog): name,
/// sampler, trials done of the budget, running trials, state.
class DatabaseStudiesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Sampler, Trials, Running, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setStudies(std::vector<PgStudyListing> studies);
    const PgStudyListing& study(int row) const { return m_studies[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The state column's words ("running" → translated).
    static QString stateText(const std::string& state);

private:
    std::vector<PgStudyListing> m_studies;
};

}  // namespace hyperlab::ui
