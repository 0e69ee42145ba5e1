#pragma once

#include <QWidget>
#include <vector>

class QVBoxLayout;
class QSpinBox;

namespace hyperlab::ui {

/// The hidden dense layers as a list of neuron counts: one spin box per layer
/// with a remove button, and "Add layer" (which copies the last width).
class HiddenLayersEditor : public QWidget {
    Q_OBJECT

public:
    explicit HiddenLayersEditor(QWidget* parent = nullptr);

    std::vector<int> layers() const;
    void setLayers(const std::vector<int>& layers);
    int count() const { return int(m_spins.size()); }

public Q_SLOTS:
    void addLayer();
    void removeLayer(int index);

Q_SIGNALS:
    void changed();

private:
    void rebuild(const std::vector<int>& layers);

    QVBoxLayout* m_rows;
    std::vector<QSpinBox*> m_spins;
};

}  // namespace hyperlab::ui
