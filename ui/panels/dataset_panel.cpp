#include "panels/dataset_panel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include "common/errors.h"
#include "data/dataset_factory.h"
#include "data/fashion_mnist.h"
#include "i18n/class_name.h"
#include "i18n/core_message.h"
#include "i18n/hyperparameter_help.h"
#include "widgets/data_preview.h"
#include "widgets/number_spin_box.h"

namespace hyperlab::ui {

namespace {

enum Page { GeneratedPage, FashionPage, IdxPage, CsvPage };

Page pageOf(const QString& name) {
    if (name == QLatin1String("fashion-mnist"))
        return FashionPage;
    if (name == QLatin1String("idx"))
        return IdxPage;
    if (name == QLatin1String("csv"))
        return CsvPage;
    return GeneratedPage;
}

QString datasetLabel(const QString& name) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("circle"), QT_TRANSLATE_NOOP("DatasetPanel", "Circle (2 classes)")},
        {QStringLiteral("xor"), QT_TRANSLATE_NOOP("DatasetPanel", "XOR (2 classes)")},
        {QStringLiteral("gaussians"), QT_TRANSLATE_NOOP("DatasetPanel", "Gaussians (2 classes)")},
        {QStringLiteral("spiral"), QT_TRANSLATE_NOOP("DatasetPanel", "Spiral (2 classes)")},
        {QStringLiteral("moons"), QT_TRANSLATE_NOOP("DatasetPanel", "Moons (2 classes)")},
        {QStringLiteral("plane"), QT_TRANSLATE_NOOP("DatasetPanel", "Plane (regression)")},
        {QStringLiteral("sine"), QT_TRANSLATE_NOOP("DatasetPanel", "Sine (regression)")},
        {QStringLiteral("fashion-mnist"),
         QT_TRANSLATE_NOOP("DatasetPanel", "Fashion-MNIST (images, 10 classes)")},
        {QStringLiteral("idx"), QT_TRANSLATE_NOOP("DatasetPanel", "IDX files (your images)")},
        {QStringLiteral("csv"), QT_TRANSLATE_NOOP("DatasetPanel", "CSV file (your table)")},
    };
    const auto it = labels.find(name);
    return it == labels.end() ? name : QCoreApplication::translate("DatasetPanel", *it);
}

/// The separator rule of the core's CSV reader: ',' unless the header holds
/// more ';' or tabs.
QChar separatorOf(const QString& header) {
    const int commas = int(header.count(QLatin1Char(',')));
    const int semis = int(header.count(QLatin1Char(';')));
    const int tabs = int(header.count(QLatin1Char('\t')));
    if (semis > commas && semis >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semis)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QStringList splitCsvLine(const QString& line, QChar sep) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

QLineEdit* seedEdit() {
    auto* edit = new QLineEdit;
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), edit));
    return edit;
}

}  // namespace

DatasetPanel::DatasetPanel(QWidget* parent) : QWidget(parent) {
    m_name = new QComboBox;
    m_name->setObjectName(QStringLiteral("dataset.name"));
    for (const std::string& n : datasetNames())
        m_name->addItem(datasetLabel(QString::fromStdString(n)), QString::fromStdString(n));
    m_name->setToolTip(HyperparameterHelp::tooltip(QStringLiteral("dataset.name")));

    auto tip = [](QWidget* w, const char* path) {
        w->setObjectName(QString::fromLatin1(path));
        w->setToolTip(HyperparameterHelp::tooltip(QString::fromLatin1(path)));
        return w;
    };
    auto label = [](const char* path) {
        auto* l = new QLabel(HyperparameterHelp::label(QString::fromLatin1(path)));
        l->setToolTip(HyperparameterHelp::tooltip(QString::fromLatin1(path)));
        return l;
    };

    // Generated sets.
    auto* generated = new QWidget;
    auto* gForm = new QFormLayout(generated);
    gForm->setContentsMargins(0, 0, 0, 0);
    m_samples = new QSpinBox;
    m_samples->setRange(10, 1000000);
    m_samples->setSingleStep(100);
    gForm->addRow(label("dataset.samples"), tip(m_samples, "dataset.samples"));
    m_noise = new NumberSpinBox;
    m_noise->setRange(0.0, 5.0);
    m_noise->setStep(0.05);
    gForm->addRow(label("dataset.noise"), tip(m_noise, "dataset.noise"));

    // Fashion-MNIST.
    auto* fashion = new QWidget;
    auto* fForm = new QFormLayout(fashion);
    fForm->setContentsMargins(0, 0, 0, 0);
    m_fashionPath = new QLineEdit;
    m_fashionPath->setObjectName(QStringLiteral("dataset.path"));
    m_fashionPath->setPlaceholderText(QString::fromLatin1(kFashionMnistDefaultPath));
    m_fashionPath->setToolTip(tr("Directory with the four Fashion-MNIST IDX files; empty means "
                                 "%1, where the Debian package installs them.")
                                  .arg(QString::fromLatin1(kFashionMnistDefaultPath)));
    auto* fBrowse = new QPushButton(tr("Browse…"));
    connect(fBrowse, &QPushButton::clicked, this, [this] { browse(m_fashionPath, {}, true); });
    auto* fRow = new QHBoxLayout;
    fRow->addWidget(m_fashionPath, 1);
    fRow->addWidget(fBrowse);
    fForm->addRow(tr("Directory"), fRow);
    m_fashionStatus = new QLabel;
    m_fashionStatus->setObjectName(QStringLiteral("fashionStatus"));
    m_fashionStatus->setWordWrap(true);
    m_fashionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fForm->addRow(m_fashionStatus);

    // IDX.
    auto* idx = new QWidget;
    auto* iForm = new QFormLayout(idx);
    iForm->setContentsMargins(0, 0, 0, 0);
    m_idxImages = new QLineEdit;
    m_idxLabels = new QLineEdit;
    m_idxImages->setObjectName(QStringLiteral("dataset.images"));
    m_idxLabels->setObjectName(QStringLiteral("dataset.labels"));
    m_idxImages->setToolTip(tr("The IDX image file, e.g. train-images-idx3-ubyte.gz."));
    m_idxLabels->setToolTip(tr("The IDX label file, e.g. train-labels-idx1-ubyte.gz."));
    const QString idxFilter = tr("IDX files (*idx*ubyte *idx*ubyte.gz);;All files (*)");
    for (QLineEdit* edit : {m_idxImages, m_idxLabels}) {
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto* b = new QPushButton(tr("Browse…"));
        connect(b, &QPushButton::clicked, this,
                [this, edit, idxFilter] { browse(edit, idxFilter); });
        row->addWidget(b);
        iForm->addRow(edit == m_idxImages ? tr("Images") : tr("Labels"), row);
    }

    // CSV.
    auto* csv = new QWidget;
    auto* cForm = new QFormLayout(csv);
    cForm->setContentsMargins(0, 0, 0, 0);
    m_csvPath = new QLineEdit;
    m_csvPath->setObjectName(QStringLiteral("csvPath"));
    m_csvPath->setToolTip(
        tr("The CSV table: a header row, numeric feature columns and one "
           "label column."));
    auto* cBrowse = new QPushButton(tr("Browse…"));
    connect(cBrowse, &QPushButton::clicked, this,
            [this] { browse(m_csvPath, tr("CSV files (*.csv *.tsv *.txt);;All files (*)")); });
    auto* cRow = new QHBoxLayout;
    cRow->addWidget(m_csvPath, 1);
    cRow->addWidget(cBrowse);
    cForm->addRow(tr("File"), cRow);
    m_labelColumn = new QComboBox;
    m_labelColumn->setEditable(true);
    m_labelColumn->setObjectName(QStringLiteral("dataset.label_column"));
    m_labelColumn->lineEdit()->setPlaceholderText(tr("(last column)"));
    m_labelColumn->setToolTip(
        tr("The column to predict, by header name or 0-based index; every "
           "other column is a numeric input. Empty: the last column."));
    cForm->addRow(tr("Label column"), m_labelColumn);
    m_csvTask = new QComboBox;
    m_csvTask->setObjectName(QStringLiteral("dataset.task"));
    m_csvTask->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_csvTask->addItem(tr("Classification"), QStringLiteral("classification"));
    m_csvTask->addItem(tr("Regression"), QStringLiteral("regression"));
    m_csvTask->setToolTip(
        tr("Whether the label column holds classes or values. Automatic picks "
           "classification for text labels or few distinct integers."));
    cForm->addRow(tr("Task"), m_csvTask);
    m_csvTable = new QTableWidget;
    m_csvTable->setObjectName(QStringLiteral("csvPreview"));
    m_csvTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_csvTable->setMinimumHeight(110);
    m_csvTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cForm->addRow(m_csvTable);

    m_pages = new QStackedWidget;
    m_pages->addWidget(generated);
    m_pages->addWidget(fashion);
    m_pages->addWidget(idx);
    m_pages->addWidget(csv);

    // Split and sampling, shared by every kind.
    auto* split = new QGroupBox(tr("Split"));
    auto* sForm = new QFormLayout(split);
    m_seed = seedEdit();
    sForm->addRow(label("dataset.seed"), tip(m_seed, "dataset.seed"));
    m_validationFraction = new NumberSpinBox;
    m_validationFraction->setRange(0.0, 0.95);
    m_validationFraction->setStep(0.05);
    sForm->addRow(label("dataset.validation_fraction"),
                  tip(m_validationFraction, "dataset.validation_fraction"));
    m_testFraction = new NumberSpinBox;
    m_testFraction->setRange(0.0, 0.95);
    m_testFraction->setStep(0.05);
    sForm->addRow(label("dataset.test_fraction"), tip(m_testFraction, "dataset.test_fraction"));
    m_limit = new QSpinBox;
    m_limit->setRange(0, 100000000);
    m_limit->setSingleStep(1000);
    m_limit->setSpecialValueText(tr("all"));
    sForm->addRow(label("dataset.limit"), tip(m_limit, "dataset.limit"));

    m_previewWidget = new DataPreview;
    m_previewWidget->setObjectName(QStringLiteral("datasetPreview"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setWordWrap(true);

    auto* top = new QFormLayout;
    top->addRow(label("dataset.name"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(split);
    layout->addWidget(m_previewWidget, 1);
    layout->addWidget(m_summary);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);  // wait for typing to pause
    connect(m_previewTimer, &QTimer::timeout, this, &DatasetPanel::refreshPreview);

    connect(m_name, &QComboBox::currentIndexChanged, this, [this] {
        updatePage();
        onChanged();
    });
    connect(m_samples, &QSpinBox::valueChanged, this, &DatasetPanel::onChanged);
    connect(m_limit, &QSpinBox::valueChanged, this, &DatasetPanel::onChanged);
    for (NumberSpinBox* n : {m_noise, m_testFraction, m_validationFraction})
        connect(n, &NumberSpinBox::valueChanged, this, &DatasetPanel::onChanged);
    for (QLineEdit* e : {m_seed, m_fashionPath, m_idxImages, m_idxLabels})
        connect(e, &QLineEdit::textChanged, this, &DatasetPanel::onChanged);
    connect(m_csvPath, &QLineEdit::textChanged, this, [this] {
        loadCsvHeader();
        onChanged();
    });
    connect(m_labelColumn, &QComboBox::currentTextChanged, this, &DatasetPanel::onChanged);
    connect(m_csvTask, &QComboBox::currentIndexChanged, this, &DatasetPanel::onChanged);

    setConfig(DatasetConfig{});
}

DatasetConfig DatasetPanel::config() const {
    DatasetConfig c = m_extra;
    c.name = m_name->currentData().toString().toStdString();
    c.samples = m_samples->value();
    c.noise = m_noise->value();
    c.seed = m_seed->text().toULongLong();
    c.testFraction = m_testFraction->value();
    c.validationFraction = m_validationFraction->value();
    const Page page = pageOf(QString::fromStdString(c.name));
    if (page == FashionPage)
        c.path = m_fashionPath->text().toStdString();
    else if (page == CsvPage)
        c.path = m_csvPath->text().toStdString();
    c.images = m_idxImages->text().toStdString();
    c.labels = m_idxLabels->text().toStdString();
    c.labelColumn = m_labelColumn->currentText().toStdString();
    c.csvTask = m_csvTask->currentData().toString().toStdString();
    c.limit = m_limit->value();
    return c;
}

void DatasetPanel::setConfig(const DatasetConfig& config) {
    m_loading = true;
    m_extra = config;
    const QString name = QString::fromStdString(config.name);
    if (m_name->findData(name) < 0)
        m_name->addItem(name, name);
    m_name->setCurrentIndex(m_name->findData(name));
    m_samples->setValue(config.samples);
    m_noise->setValue(config.noise);
    m_seed->setText(QString::number(config.seed));
    m_testFraction->setValue(config.testFraction);
    m_validationFraction->setValue(config.validationFraction);
    const QString path = QString::fromStdString(config.path);
    m_fashionPath->setText(pageOf(name) == FashionPage ? path : QString());
    m_csvPath->setText(pageOf(name) == CsvPage ? path : QString());
    m_idxImages->setText(QString::fromStdString(config.images));
    m_idxLabels->setText(QString::fromStdString(config.labels));
    loadCsvHeader();
    m_labelColumn->setCurrentText(QString::fromStdString(config.labelColumn));
    const int task = m_csvTask->findData(QString::fromStdString(config.csvTask));
    if (task < 0)
        m_csvTask->addItem(QString::fromStdString(config.csvTask),
                           QString::fromStdString(config.csvTask));
    m_csvTask->setCurrentIndex(m_csvTask->findData(QString::fromStdString(config.csvTask)));
    m_limit->setValue(config.limit);
    m_loading = false;
    updatePage();
    onChanged();
}

void DatasetPanel::updatePage() {
    const QString name = m_name->currentData().toString();
    const Page page = pageOf(name);
    m_pages->setCurrentIndex(page);
    // Only the current page takes space (a stack is as tall as its tallest page).
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
    // Fashion-MNIST tests on its own t10k images.
    m_testFraction->setEnabled(page != FashionPage);
    if (page == FashionPage) {
        const QString dir = m_fashionPath->text().isEmpty()
                                ? QString::fromLatin1(kFashionMnistDefaultPath)
                                : m_fashionPath->text();
        if (fashionMnistAvailable(dir.toStdString())) {
            QStringList names;
            for (const std::string& n : fashionMnistClassNames())
                names << translateClassName(n);
            m_fashionStatus->setText(tr("Found in %1: 60,000 training and 10,000 test images, "
                                        "28x28 grey, 10 classes: %2.")
                                         .arg(dir, names.join(tr(", ", "list separator"))));
            m_fashionStatus->setStyleSheet(QString());
        } else {
            m_fashionStatus->setText(tr("Fashion-MNIST is not installed in %1. Install it with:\n"
                                        "sudo apt-get install dataset-fashion-mnist\n"
                                        "or choose a directory holding the four IDX files.")
                                         .arg(dir));
            m_fashionStatus->setStyleSheet(QStringLiteral("color: #a40000;"));
        }
    }
}

void DatasetPanel::onChanged() {
    if (m_loading)
        return;
    if (pageOf(m_name->currentData().toString()) == FashionPage)
        updatePage();  // the directory may have changed
    m_previewTimer->start();
    Q_EMIT configChanged();
}

void DatasetPanel::refreshPreview() {
    m_previewTimer->stop();
    DatasetConfig c = config();
    const Page page = pageOf(QString::fromStdString(c.name));
    // A capped sample is enough to draw and to learn the input's shape.
    const int cap = page == GeneratedPage ? 3000 : page == CsvPage ? 500 : 40;
    c.limit = c.limit > 0 ? std::min(c.limit, cap) : cap;
    try {
        m_preview = loadDataset(c);
        m_previewError.clear();
        m_previewWidget->setDataset(m_preview);
        const Dataset& d = *m_preview;
        const Shape s = d.inputShape;
        QString shape = s.height > 1
                            ? tr("%1x%2x%3 images").arg(s.channels).arg(s.height).arg(s.width)
                            : tr("%n feature(s)", nullptr, s.size());
        QString kind = d.task == Task::Classification
                           ? tr("classification, %n class(es)", nullptr, d.classCount())
                           : tr("regression");
        m_summary->setText(tr("%1; %2.").arg(shape, kind));
    } catch (const std::exception& e) {
        m_preview.reset();
        m_previewError = translateError(e);
        m_previewWidget->setMessage(m_previewError);
        m_summary->setText(QString());
    }
    Q_EMIT previewChanged();
}

void DatasetPanel::loadCsvHeader() {
    const QString current = m_labelColumn->currentText();
    m_labelColumn->blockSignals(true);
    m_labelColumn->clear();
    m_labelColumn->addItem(QString());
    m_csvTable->clear();
    m_csvTable->setRowCount(0);
    m_csvTable->setColumnCount(0);
    QFile file(m_csvPath->text());
    if (!m_csvPath->text().isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        QStringList lines;
        while (!in.atEnd() && lines.size() < 21) {
            const QString line = in.readLine();
            if (!line.trimmed().isEmpty())
                lines << line;
        }
        if (!lines.isEmpty()) {
            const QChar sep = separatorOf(lines.first());
            const QStringList header = splitCsvLine(lines.first(), sep);
            m_csvTable->setColumnCount(int(header.size()));
            m_csvTable->setHorizontalHeaderLabels(header);
            m_csvTable->setRowCount(int(lines.size()) - 1);
            for (int r = 1; r < lines.size(); ++r) {
                const QStringList cells = splitCsvLine(lines[r], sep);
                for (int col = 0; col < cells.size() && col < header.size(); ++col)
                    m_csvTable->setItem(r - 1, col, new QTableWidgetItem(cells[col]));
            }
            m_labelColumn->addItems(header);
        }
    }
    m_labelColumn->setCurrentText(current);
    m_labelColumn->blockSignals(false);
}

QString DatasetPanel::browse(QLineEdit* target, const QString& filter, bool directory) {
    const QString start = target->text().isEmpty() ? QDir::homePath() : target->text();
    const QString chosen =
        directory ? QFileDialog::getExistingDirectory(this, tr("Choose a directory"), start)
                  : QFileDialog::getOpenFileName(this, tr("Choose a file"), start, filter);
    if (!chosen.isEmpty())
        target->setText(chosen);
    return chosen;
}

}  // namespace hyperlab::ui
