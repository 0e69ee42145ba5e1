#include "widgets/hidden_layers_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

HiddenLayersEditor::HiddenLayersEditor(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    outer->addLayout(m_rows);
    auto* add = new QPushButton(tr("Add layer"), this);
    add->setObjectName(QStringLiteral("addHiddenLayer"));
    add->setToolTip(tr("Append a hidden layer with the width of the last one."));
    connect(add, &QPushButton::clicked, this, &HiddenLayersEditor::addLayer);
    outer->addWidget(add, 0, Qt::AlignLeft);
    setToolTip(HyperparameterHelp::tooltip(QStringLiteral("model.hidden_layers")));
}

std::vector<int> HiddenLayersEditor::layers() const {
    std::vector<int> out;
    for (const QSpinBox* spin : m_spins)
        out.push_back(spin->value());
    return out;
}

void HiddenLayersEditor::setLayers(const std::vector<int>& layers) {
    rebuild(layers);
}

void HiddenLayersEditor::addLayer() {
    std::vector<int> current = layers();
    current.push_back(current.empty() ? 32 : current.back());
    rebuild(current);
    Q_EMIT changed();
}

void HiddenLayersEditor::removeLayer(int index) {
    std::vector<int> current = layers();
    if (index < 0 || index >= int(current.size()))
        return;
    current.erase(current.begin() + index);
    rebuild(current);
    Q_EMIT changed();
}

void HiddenLayersEditor::rebuild(const std::vector<int>& layers) {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();  // gone from the screen now, not at the next event loop turn
            w->deleteLater();
        }
        delete item;
    }
    m_spins.clear();
    if (layers.empty()) {
        auto* none = new QLabel(tr("No hidden layer (linear model)"), this);
        none->setEnabled(false);
        m_rows->addWidget(none);
    }
    for (std::size_t i = 0; i < layers.size(); ++i) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(new QLabel(tr("Layer %1").arg(i + 1), row));
        auto* spin = new QSpinBox(row);
        spin->setObjectName(QStringLiteral("hiddenLayer%1").arg(i));
        spin->setRange(1, 65536);
        spin->setValue(layers[i]);
        spin->setSuffix(tr(" neurons"));
        spin->setToolTip(HyperparameterHelp::tooltip(QStringLiteral("model.hidden_layers.*")));
        spin->setProperty("configPath", QStringLiteral("model.hidden_layers.%1").arg(i));  // F1
        connect(spin, &QSpinBox::valueChanged, this, &HiddenLayersEditor::changed);
        h->addWidget(spin, 1);
        auto* remove = new QToolButton(row);
        remove->setText(QStringLiteral("−"));
        remove->setToolTip(tr("Remove this layer"));
        const int index = int(i);
        connect(remove, &QToolButton::clicked, this, [this, index] { removeLayer(index); });
        h->addWidget(remove);
        m_rows->addWidget(row);
        m_spins.push_back(spin);
    }
}

}  // namespace hyperlab::ui
