// The Model & Training form and the Dataset panel edit every config field
// and give back exactly what they were given (config JSON round trip); the
// core's validation is shown inline on the field it names.
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "io/config_json.h"
#include "panels/dataset_panel.h"
#include "panels/model_training_form.h"
#include "search/apply_params.h"
#include "train/default_config.h"
#include "widgets/hidden_layers_editor.h"
#include "widgets/number_spin_box.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

Q_DECLARE_METATYPE(json)

class TestFormRoundTrip : public QObject {
    Q_OBJECT

private:
    /// Form + dataset panel -> one config, as MainWindow assembles it.
    static RunConfig roundTrip(const RunConfig& in) {
        ModelTrainingForm form;
        DatasetPanel dataset;
        dataset.setConfig(in.dataset);
        form.setConfig(in);
        RunConfig out = form.config();
        out.dataset = dataset.config();
        return out;
    }

private Q_SLOTS:
    void defaultsRoundTrip() {
        for (const RunConfig& c : {RunConfig{}, defaultRunConfig()}) {
            const RunConfig out = roundTrip(c);
            QCOMPARE(toJson(out).dump(), toJson(c).dump());
            QVERIFY(out == c);
        }
    }

    void everyField_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<json>("value");
        auto row = [](const char* path, json value) {
            QTest::newRow(path) << QString::fromLatin1(path) << value;
        };
        row("dataset.name", "moons");
        row("dataset.samples", 4321);
        row("dataset.noise", 0.123456789012345);
        row("dataset.seed", 18446744073709551615ull);
        row("dataset.test_fraction", 0.25);
        row("dataset.validation_fraction", 0.15);
        row("dataset.limit", 777);
        row("model.hidden_layers", json::array({7, 300, 5}));
        row("model.hidden_layers#empty", json::array());
        row("model.conv_layers",
            json::parse(R"([{"filters": 8, "kernel_size": 5, "stride": 2, "padding": "valid",
                            "pool": "avg", "pool_size": 3, "pool_stride": 1},
                           {"filters": 32, "kernel_size": 3, "stride": 1, "padding": "same",
                            "pool": "global_avg", "pool_size": 2, "pool_stride": 0}])"));
        row("model.activation", "leaky_relu");
        row("model.activation_parameter", 0.2);
        row("model.dropout", 0.35);
        row("model.init", "xavier_normal");
        row("model.init_scale", 0.0731);
        row("model.batch_norm", true);
        row("training.loss", "huber");
        row("training.huber_delta", 2.5);
        row("training.optimizer", "rmsprop");
        row("training.learning_rate", 0.0031622776601683794);
        row("training.momentum", 0.87);
        row("training.nesterov#with momentum", true);
        row("training.beta1", 0.85);
        row("training.beta2", 0.9995);
        row("training.epsilon", 1e-7);
        row("training.rho", 0.95);
        row("training.weight_decay", 0.00042);
        row("training.gradient_clip", 1.5);
        row("training.lr_schedule.type", "multi_step");
        row("training.lr_schedule.step_size", 7);
        row("training.lr_schedule.gamma", 0.3);
        row("training.lr_schedule.milestones", json::array({5, 10, 20}));
        row("training.lr_schedule.min_lr", 1e-5);
        row("training.lr_schedule.warmup_epochs", 3);
        row("training.lr_schedule.factor", 0.25);
        row("training.lr_schedule.patience", 4);
        row("training.lr_schedule.max_lr", 0.4);
        row("training.lr_schedule.pct_start", 0.45);
        row("training.epochs", 17);
        row("training.batch_size", 100);
        row("training.seed", 9007199254740993ull);
        row("training.early_stopping.patience", 6);
        row("training.early_stopping.min_delta", 0.001);
        row("training.early_stopping.monitor", "val_accuracy");
        row("dataset.csv", json::parse(R"({"name": "csv", "path": "/tmp/x.csv",
                                            "label_column": "species", "task": "classification"})"));
        row("dataset.idx", json::parse(R"({"name": "idx", "images": "/a/img.gz",
                                            "labels": "/a/lab.gz"})"));
        row("dataset.fashion", json::parse(R"({"name": "fashion-mnist", "path": "/data/fm"})"));
    }

    void everyField() {
        QFETCH(QString, path);
        QFETCH(json, value);
        json config = toJson(RunConfig{});
        const std::string p = path.section(QLatin1Char('#'), 0, 0).toStdString();
        if (p == "training.nesterov")
            setConfigPath(config, "training.momentum", 0.9);
        if (p == "dataset.csv" || p == "dataset.idx" || p == "dataset.fashion")
            for (const auto& [key, v] : value.items())
                config["dataset"][key] = v;
        else
            setConfigPath(config, p, value);
        const RunConfig in = runConfigFromJson(config);  // valid by construction
        QVERIFY(!(in == RunConfig{}));
        const RunConfig out = roundTrip(in);
        QCOMPARE(QString::fromStdString(toJson(out).dump()), QString::fromStdString(config.dump()));
        QVERIFY(out == in);
        // And the JSON of the form reads back to the same config.
        QVERIFY(runConfigFromJson(toJson(out)) == in);
    }

    void invalidCombinations_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        QTest::newRow("nesterov without momentum") << "training.nesterov" << 0;
        QTest::newRow("warm-up as long as the run") << "training.lr_schedule.warmup_epochs" << 1;
        QTest::newRow("milestones not increasing") << "training.lr_schedule.milestones.1" << 2;
        QTest::newRow("cosine floor above the rate") << "training.lr_schedule.min_lr" << 3;
        QTest::newRow("early stopping without validation")
            << "training.early_stopping.patience" << 4;
        QTest::newRow("conv layers on point data") << "model.conv_layers" << 5;
        QTest::newRow("mse on classes") << "training.loss" << 6;
    }

    void invalidCombinations() {
        QFETCH(QString, field);
        QFETCH(int, kind);
        RunConfig c = defaultRunConfig();
        switch (kind) {
            case 0:
                c.training.optimizer = "sgd";
                c.training.nesterov = true;
                c.training.momentum = 0;
                break;
            case 1:
                c.training.epochs = 5;
                c.training.schedule.warmupEpochs = 5;
                break;
            case 2:
                c.training.schedule.type = "multi_step";
                c.training.schedule.milestones = {10, 5};
                break;
            case 3:
                c.training.schedule.type = "cosine";
                c.training.schedule.minLr = 0.5;
                break;
            case 4:
                c.dataset.validationFraction = 0;
                c.training.earlyStopping.patience = 3;
                break;
            case 5:
                c.model.convLayers = {ConvLayerConfig{}};
                break;
            case 6:
                c.training.loss = "mse";
                break;
        }
        ModelTrainingForm form;
        form.setInputInfo(ModelTrainingForm::InputInfo{Shape{2, 1, 1}, Task::Classification, 2});
        form.setConfig(c);
        QVERIFY(!form.isValid());
        QCOMPARE(form.invalidField(), field);
        // Named by its label and its config path: "Loss function (training.loss): ...".
        QVERIFY2(
            form.validationMessage().contains(QLatin1Char('(') + field + QStringLiteral("): ")),
            qPrintable(form.validationMessage()));
        // The message is shown inline and the field's editor is outlined.
        auto* label = form.findChild<QLabel*>(QStringLiteral("validationMessage"));
        QVERIFY(label && !label->isHidden());
        QVERIFY(label->text().contains(form.validationMessage()));
        QWidget* editor = form.editorFor(field);
        QVERIFY(editor);
        QVERIFY(editor->property("invalid").toBool());
        // The form still round-trips what it cannot run.
        QVERIFY(form.config().training == c.training);
    }

    void editingFlagsAndClears() {
        ModelTrainingForm form;
        RunConfig c = defaultRunConfig();
        c.training.optimizer = "sgd";
        form.setConfig(c);
        QVERIFY(form.isValid());
        QSignalSpy validity(&form, &ModelTrainingForm::validityChanged);
        auto* nesterov = form.findChild<QCheckBox*>(QStringLiteral("training.nesterov"));
        QVERIFY(nesterov);
        nesterov->setChecked(true);  // momentum is 0: invalid
        QVERIFY(!form.isValid());
        QCOMPARE(form.invalidField(), QStringLiteral("training.nesterov"));
        QVERIFY(nesterov->property("invalid").toBool());
        auto* momentum = form.findChild<NumberSpinBox*>(QStringLiteral("training.momentum"));
        QVERIFY(momentum);
        momentum->setValue(0.9);
        QVERIFY(form.isValid());
        QVERIFY(!nesterov->property("invalid").toBool());
        QCOMPARE(validity.count(), 2);
        QCOMPARE(form.config().training.momentum, 0.9);
    }

    void optimizerSettingsShownOnlyWhenRelevant() {
        ModelTrainingForm form;
        RunConfig c = defaultRunConfig();
        c.training.optimizer = "adam";
        form.setConfig(c);
        auto rowVisible = [&](const char* name) {
            QWidget* w = form.findChild<QWidget*>(QString::fromLatin1(name));
            auto* layout = qobject_cast<QFormLayout*>(w->parentWidget()->layout());
            return layout->isRowVisible(w);
        };
        QVERIFY(rowVisible("training.beta1"));
        QVERIFY(!rowVisible("training.momentum"));
        QVERIFY(!rowVisible("training.rho"));
        auto* optimizer = form.findChild<QComboBox*>(QStringLiteral("training.optimizer"));
        optimizer->setCurrentIndex(optimizer->findData(QStringLiteral("sgd")));
        QVERIFY(rowVisible("training.momentum"));
        QVERIFY(rowVisible("training.nesterov"));
        QVERIFY(!rowVisible("training.beta1"));
        auto* schedule = form.findChild<QComboBox*>(QStringLiteral("training.lr_schedule.type"));
        QVERIFY(!rowVisible("training.lr_schedule.gamma"));
        schedule->setCurrentIndex(schedule->findData(QStringLiteral("step")));
        QVERIFY(rowVisible("training.lr_schedule.gamma"));
        QVERIFY(rowVisible("training.lr_schedule.step_size"));
        QVERIFY(!rowVisible("training.lr_schedule.factor"));
    }

    void hiddenLayersAddRemove() {
        ModelTrainingForm form;
        form.setConfig(defaultRunConfig());
        auto* editor = form.findChild<HiddenLayersEditor*>();
        QVERIFY(editor);
        editor->addLayer();
        QCOMPARE(form.config().model.hiddenLayers, (std::vector<int>{64, 64, 64}));
        editor->removeLayer(0);
        editor->removeLayer(0);
        QCOMPARE(form.config().model.hiddenLayers, (std::vector<int>{64}));
    }

    void csvImportPreviewAndLabelColumn() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("iris.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("length,width,species\n");
        for (int i = 0; i < 30; ++i)
            file.write(QStringLiteral("%1,%2,%3\n")
                           .arg(1.0 + i % 3 + 0.01 * i)
                           .arg(0.5 * (i % 3))
                           .arg(i % 3 == 0   ? "setosa"
                                : i % 3 == 1 ? "virginica"
                                             : "versicolor")
                           .toUtf8());
        file.close();
        DatasetPanel panel;
        DatasetConfig c;
        c.name = "csv";
        c.path = path.toStdString();
        c.labelColumn = "species";
        panel.setConfig(c);
        auto* table = panel.findChild<QTableWidget*>(QStringLiteral("csvPreview"));
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->rowCount(), 20);  // a preview, not the whole file
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("species"));
        auto* label = panel.findChild<QComboBox*>(QStringLiteral("dataset.label_column"));
        QVERIFY(label);
        QVERIFY(label->findText(QStringLiteral("width")) >= 0);
        QCOMPARE(label->currentText(), QStringLiteral("species"));
        panel.refreshPreview();
        QVERIFY2(panel.previewDataset(), qPrintable(panel.previewError()));
        QCOMPARE(panel.previewDataset()->classCount(), 3);
        QCOMPARE(panel.previewDataset()->inputShape.size(), 2);
        QVERIFY(panel.config() == c);
        // Another label column predicts the width instead.
        label->setCurrentText(QStringLiteral("width"));
        QCOMPARE(panel.config().labelColumn, std::string("width"));
    }

    void fashionMnistHintWhenMissing() {
        DatasetPanel panel;
        DatasetConfig c;
        c.name = "fashion-mnist";
        c.path = "/nonexistent/fashion";
        panel.setConfig(c);
        auto* status = panel.findChild<QLabel*>(QStringLiteral("fashionStatus"));
        QVERIFY(status);
        QVERIFY(
            status->text().contains(QStringLiteral("sudo apt-get install dataset-fashion-mnist")));
        panel.refreshPreview();
        QVERIFY(!panel.previewDataset());
        QVERIFY(!panel.previewError().isEmpty());
    }

    void everyFieldHasATooltip() {
        ModelTrainingForm form;
        DatasetPanel dataset;
        int checked = 0;
        for (QWidget* parent : {static_cast<QWidget*>(&form), static_cast<QWidget*>(&dataset)})
            for (QWidget* w : parent->findChildren<QWidget*>()) {
                const QString name = w->objectName();
                if (!name.startsWith(QLatin1String("model.")) &&
                    !name.startsWith(QLatin1String("training.")) &&
                    !name.startsWith(QLatin1String("dataset.")))
                    continue;
                QVERIFY2(w->toolTip().size() > 20, qPrintable(name));
                ++checked;
            }
        QVERIFY(checked >= 45);
    }
};

QTEST_MAIN(TestFormRoundTrip)
#include "tst_form_roundtrip.moc"
