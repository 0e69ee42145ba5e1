#include "widgets/conv_layers_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

namespace {

enum Column { Filters, Kernel, Stride, Padding, Pool, PoolSize, PoolStride, ColumnCount };

const char* const kColumnPaths[ColumnCount] = {
    "model.conv_layers.*.filters",    "model.conv_layers.*.kernel_size",
    "model.conv_layers.*.stride",     "model.conv_layers.*.padding",
    "model.conv_layers.*.pool",       "model.conv_layers.*.pool_size",
    "model.conv_layers.*.pool_stride"};

QSpinBox* spinAt(const QTableWidget* table, int row, int column) {
    return qobject_cast<QSpinBox*>(table->cellWidget(row, column));
}
QComboBox* comboAt(const QTableWidget* table, int row, int column) {
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

}  // namespace

ConvLayersEditor::ConvLayersEditor(QWidget* parent) : QWidget(parent) {
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("convLayersTable"));
    QStringList headers;
    for (const char* path : kColumnPaths)
        headers << HyperparameterHelp::label(QString::fromLatin1(path));
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(
            HyperparameterHelp::tooltip(QString::fromLatin1(kColumnPaths[c])));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    fitHeight();

    auto* add = new QPushButton(tr("Add conv layer"), this);
    add->setObjectName(QStringLiteral("addConvLayer"));
    auto* remove = new QPushButton(tr("Remove selected"), this);
    connect(add, &QPushButton::clicked, this, &ConvLayersEditor::addLayer);
    connect(remove, &QPushButton::clicked, this, &ConvLayersEditor::removeSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setToolTip(HyperparameterHelp::tooltip(QStringLiteral("model.conv_layers")));
}

std::vector<ConvLayerConfig> ConvLayersEditor::layers() const {
    std::vector<ConvLayerConfig> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ConvLayerConfig c;
        c.filters = spinAt(m_table, row, Filters)->value();
        c.kernelSize = spinAt(m_table, row, Kernel)->value();
        c.stride = spinAt(m_table, row, Stride)->value();
        c.padding = comboAt(m_table, row, Padding)->currentData().toString().toStdString();
        c.pool = comboAt(m_table, row, Pool)->currentData().toString().toStdString();
        c.poolSize = spinAt(m_table, row, PoolSize)->value();
        c.poolStride = spinAt(m_table, row, PoolStride)->value();
        out.push_back(c);
    }
    return out;
}

void ConvLayersEditor::setLayers(const std::vector<ConvLayerConfig>& layers) {
    m_table->setRowCount(0);
    for (const ConvLayerConfig& layer : layers)
        appendRow(layer);
    fitHeight();
}

void ConvLayersEditor::addLayer() {
    ConvLayerConfig layer;
    layer.pool = "max";
    const auto current = layers();
    if (!current.empty())
        layer = current.back();
    appendRow(layer);
    Q_EMIT changed();
}

void ConvLayersEditor::removeSelected() {
    int row = m_table->currentRow();
    if (row < 0)
        row = m_table->rowCount() - 1;
    if (row < 0)
        return;
    m_table->removeRow(row);
    fitHeight();
    Q_EMIT changed();
}

void ConvLayersEditor::fitHeight() {
    // As tall as its rows (up to five), so an empty stack takes little room.
    const int rows = std::clamp(m_table->rowCount(), 1, 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + 4 +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            m_table->horizontalScrollBar()->sizeHint().height());
}

void ConvLayersEditor::appendRow(const ConvLayerConfig& layer) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto spin = [this](int lo, int hi, int value, int column) {
        auto* s = new QSpinBox(m_table);
        s->setRange(lo, hi);
        s->setValue(value);
        s->setFrame(false);
        s->setToolTip(HyperparameterHelp::tooltip(QString::fromLatin1(kColumnPaths[column])));
        s->setProperty("configPath", QString::fromLatin1(kColumnPaths[column]));  // F1 help
        connect(s, &QSpinBox::valueChanged, this, &ConvLayersEditor::changed);
        return s;
    };
    auto combo = [this](const QStringList& values, const QString& current, int column) {
        auto* c = new QComboBox(m_table);
        for (const QString& v : values)
            c->addItem(v, v);
        // An unknown value (from a hand-edited file) is kept so validation can name it.
        if (c->findData(current) < 0)
            c->addItem(current, current);
        c->setCurrentIndex(c->findData(current));
        c->setFrame(false);
        c->setToolTip(HyperparameterHelp::tooltip(QString::fromLatin1(kColumnPaths[column])));
        c->setProperty("configPath", QString::fromLatin1(kColumnPaths[column]));  // F1 help
        connect(c, &QComboBox::currentIndexChanged, this, &ConvLayersEditor::changed);
        return c;
    };
    m_table->setCellWidget(row, Filters, spin(1, 1024, layer.filters, Filters));
    m_table->setCellWidget(row, Kernel, spin(1, 31, layer.kernelSize, Kernel));
    m_table->setCellWidget(row, Stride, spin(1, 8, layer.stride, Stride));
    m_table->setCellWidget(row, Padding,
                           combo({QStringLiteral("same"), QStringLiteral("valid")},
                                 QString::fromStdString(layer.padding), Padding));
    m_table->setCellWidget(row, Pool,
                           combo({QStringLiteral("none"), QStringLiteral("max"),
                                  QStringLiteral("avg"), QStringLiteral("global_avg")},
                                 QString::fromStdString(layer.pool), Pool));
    m_table->setCellWidget(row, PoolSize, spin(1, 8, layer.poolSize, PoolSize));
    m_table->setCellWidget(row, PoolStride, spin(0, 8, layer.poolStride, PoolStride));
    fitHeight();
}

}  // namespace hyperlab::ui
