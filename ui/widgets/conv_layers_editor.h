#pragma once

#include <QWidget>
#include <vector>

#include "train/run_config.h"

class QTableWidget;

namespace hyperlab::ui {

/// The convolution blocks as a table: one row per layer with filters, kernel
/// size, stride, padding, pooling type, pool size and pool stride; buttons add
/// (a copy of the last row, or 16 3x3 filters with 2x2 max pooling) and remove
/// the selected row.
class ConvLayersEditor : public QWidget {
    Q_OBJECT

public:
    explicit ConvLayersEditor(QWidget* parent = nullptr);

    std::vector<ConvLayerConfig> layers() const;
    void setLayers(const std::vector<ConvLayerConfig>& layers);
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addLayer();
    void removeSelected();

Q_SIGNALS:
    void changed();

private:
    void appendRow(const ConvLayerConfig& layer);
    void fitHeight();

    QTableWidget* m_table;
};

}  // namespace hyperlab::ui
