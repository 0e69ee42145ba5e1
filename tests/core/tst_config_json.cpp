// Config file layer: JSON <-> RunConfig, the validation messages (field path
// plus allowed range or names), the input-shape checks, and file handling.

#include <QtTest>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/config_json.h"
#include "io/config_validation.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

// The example from the issue that specified the config format.
const char* const kIssueExample = R"({
  "dataset": {
    "name": "fashion-mnist",
    "path": "/usr/share/datasets/fashion-mnist",
    "validation_fraction": 0.1,
    "seed": 7,
    "limit": 20000
  },
  "model": {
    "conv_layers": [
      {"filters": 16, "kernel_size": 3, "stride": 1, "padding": "same", "pool": "max", "pool_size": 2},
      {"filters": 32, "kernel_size": 3, "padding": "same", "pool": "max", "pool_size": 2}
    ],
    "hidden_layers": [128],
    "activation": "relu",
    "dropout": 0.2,
    "init": "kaiming_uniform",
    "batch_norm": false
  },
  "training": {
    "loss": "cross_entropy",
    "optimizer": "sgd",
    "learning_rate": 0.01,
    "momentum": 0.9,
    "nesterov": true,
    "weight_decay": 0.0005,
    "lr_schedule": {"type": "step", "step_size": 5, "gamma": 0.5},
    "epochs": 20,
    "batch_size": 64,
    "seed": 42,
    "early_stopping": {"patience": 3, "min_delta": 0.001, "monitor": "val_accuracy"}
  }
})";

/// A config in which every field differs from its default.
RunConfig everyFieldChanged() {
    RunConfig c;
    DatasetConfig& d = c.dataset;
    d.name = "csv";
    d.samples = 777;
    d.noise = 0.37;
    d.seed = 18446744073709551615ULL;  // the largest seed must survive JSON
    d.testFraction = 0.15;
    d.validationFraction = 0.25;
    d.path = "data/table.csv";
    d.images = "images.idx";
    d.labels = "labels.idx";
    d.labelColumn = "species";
    d.csvTask = "regression";
    d.limit = 123;

    ModelConfig& m = c.model;
    ConvLayerConfig conv;
    conv.filters = 8;
    conv.kernelSize = 5;
    conv.stride = 2;
    conv.padding = "valid";
    conv.pool = "avg";
    conv.poolSize = 3;
    conv.poolStride = 1;
    m.convLayers = {conv, ConvLayerConfig{}};
    m.hiddenLayers = {100, 50, 25};
    m.activation = "tanh";
    m.activationParameter = 0.2;
    m.dropout = 0.3;
    m.init = "xavier_normal";
    m.initScale = 0.1;
    m.batchNorm = true;

    TrainingConfig& t = c.training;
    t.loss = "huber";
    t.huberDelta = 0.5;
    t.optimizer = "adamw";
    t.learningRate = 0.0031415926535897933;  // needs all 17 digits
    t.momentum = 0.8;
    t.nesterov = true;
    t.beta1 = 0.85;
    t.beta2 = 0.995;
    t.epsilon = 1e-6;
    t.rho = 0.9;
    t.weightDecay = 0.01;
    t.gradientClip = 2.5;
    t.schedule.type = "cosine";
    t.schedule.stepSize = 7;
    t.schedule.gamma = 0.9;
    t.schedule.milestones = {10, 20, 35};
    t.schedule.minLr = 1e-5;
    t.schedule.warmupEpochs = 3;
    t.schedule.factor = 0.2;
    t.schedule.patience = 4;
    t.schedule.maxLr = 0.1;
    t.schedule.pctStart = 0.25;
    t.epochs = 45;
    t.batchSize = 128;
    t.seed = 9;
    t.earlyStopping.patience = 6;
    t.earlyStopping.minDelta = 0.002;
    t.earlyStopping.monitor = "val_accuracy";
    return c;
}

std::string readFile(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const QString& path, const QByteArray& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(text.constData(), text.size());
}

}  // namespace

class TestConfigJson : public QObject {
    Q_OBJECT

private slots:
    void issueExampleParses() {
        RunConfig c = runConfigFromJson(json::parse(kIssueExample));
        QCOMPARE(c.dataset.name, std::string("fashion-mnist"));
        QCOMPARE(c.dataset.seed, std::uint64_t(7));
        QCOMPARE(c.dataset.limit, 20000);
        QCOMPARE(c.dataset.samples, DatasetConfig{}.samples);  // left out: default
        QCOMPARE(c.model.convLayers.size(), std::size_t(2));
        QCOMPARE(c.model.convLayers[0].pool, std::string("max"));
        QCOMPARE(c.model.convLayers[1].filters, 32);
        QCOMPARE(c.model.convLayers[1].stride, 1);  // default inside a list item
        QCOMPARE(c.model.convLayers[1].poolStride, 0);
        QCOMPARE(c.model.hiddenLayers, std::vector<int>{128});
        QCOMPARE(c.model.dropout, 0.2);
        QCOMPARE(c.training.momentum, 0.9);
        QVERIFY(c.training.nesterov);
        QCOMPARE(c.training.schedule.type, std::string("step"));
        QCOMPARE(c.training.schedule.stepSize, 5);
        QCOMPARE(c.training.batchSize, 64);
        QCOMPARE(c.training.earlyStopping.monitor, std::string("val_accuracy"));
        // It builds on 28x28 grey images with 10 classes.
        validateAgainstInput(c, Shape{1, 28, 28}, Task::Classification, 10);
    }

    void emptyObjectGivesDefaults() {
        QVERIFY(runConfigFromJson(json::object()) == RunConfig{});
        QVERIFY(runConfigFromJson(json::parse(R"({"model": {}, "training": {}})")) == RunConfig{});
    }

    void roundTripKeepsEveryField() {
        const RunConfig changed = everyFieldChanged();
        // Guard the guard: each leaf of the written JSON must differ from the
        // default's, or the round trip would not prove that field survives.
        const json defaults = toJson(RunConfig{}).flatten();
        const json written = toJson(changed);
        const json flat = written.flatten();
        for (const auto& [pointer, value] : defaults.items()) {
            // Lists empty by default flatten to null; checked below.
            if (pointer.rfind("/model/conv_layers", 0) == 0)
                continue;
            if (pointer.rfind("/training/lr_schedule/milestones", 0) == 0)
                continue;
            QVERIFY2(flat.contains(pointer), pointer.c_str());
            QVERIFY2(flat[pointer] != value, pointer.c_str());
        }
        QCOMPARE(written["model"]["conv_layers"].size(), std::size_t(2));
        QCOMPARE(written["training"]["lr_schedule"]["milestones"].size(), std::size_t(3));

        const RunConfig back = runConfigFromJson(written);
        QVERIFY(back.dataset == changed.dataset);
        QVERIFY(back.model == changed.model);
        QVERIFY(back.training.schedule == changed.training.schedule);
        QVERIFY(back.training.earlyStopping == changed.training.earlyStopping);
        QVERIFY(back.training == changed.training);
        QVERIFY(back == changed);

        // Through text as well: doubles need all their digits in the file.
        QVERIFY(runConfigFromJson(json::parse(written.dump(2))) == changed);
    }

    void toJsonWritesTheContractFields() {
        const json j = toJson(RunConfig{});
        auto keys = [](const json& object) {
            QStringList out;
            for (const auto& [key, _] : object.items())
                out << QString::fromStdString(key);
            out.sort();
            return out;
        };
        QCOMPARE(keys(j), (QStringList{"dataset", "model", "training"}));
        QCOMPARE(keys(j["dataset"]),
                 (QStringList{"images", "label_column", "labels", "limit", "name", "noise", "path",
                              "samples", "seed", "task", "test_fraction", "validation_fraction"}));
        QCOMPARE(keys(j["model"]),
                 (QStringList{"activation", "activation_parameter", "batch_norm", "conv_layers",
                              "dropout", "hidden_layers", "init", "init_scale"}));
        QCOMPARE(
            keys(j["training"]),
            (QStringList{"batch_size", "beta1", "beta2", "early_stopping", "epochs", "epsilon",
                         "gradient_clip", "huber_delta", "learning_rate", "loss", "lr_schedule",
                         "momentum", "nesterov", "optimizer", "rho", "seed", "weight_decay"}));
        QCOMPARE(keys(j["training"]["lr_schedule"]),
                 (QStringList{"factor", "gamma", "max_lr", "milestones", "min_lr", "patience",
                              "pct_start", "step_size", "type", "warmup_epochs"}));
        QCOMPARE(keys(j["training"]["early_stopping"]),
                 (QStringList{"min_delta", "monitor", "patience"}));
        RunConfig withConv;
        withConv.model.convLayers.resize(1);
        QCOMPARE(keys(toJson(withConv)["model"]["conv_layers"][0]),
                 (QStringList{"filters", "kernel_size", "padding", "pool", "pool_size",
                              "pool_stride", "stride"}));
        // Empty lists stay lists, so a dotted-path edit can index into them.
        QVERIFY(j["model"]["conv_layers"].is_array());
        QVERIFY(j["training"]["lr_schedule"]["milestones"].is_array());
    }

    void lenientButExactReading() {
        // label_column may be an index; integral floats count as integers (a
        // search engine writing 64.0 for 64 must not fail).
        RunConfig c = runConfigFromJson(json::parse(
            R"({"dataset": {"name": "csv", "path": "x.csv", "label_column": 3},
                "model": {"hidden_layers": [64.0, 8]}, "training": {"epochs": 1e2}})"));
        QCOMPARE(c.dataset.labelColumn, std::string("3"));
        QCOMPARE(c.model.hiddenLayers, (std::vector<int>{64, 8}));
        QCOMPARE(c.training.epochs, 100);
        // No hidden layers is a valid (linear) model.
        QVERIFY(runConfigFromJson(json::parse(R"({"model": {"hidden_layers": []}})"))
                    .model.hiddenLayers.empty());
        // Fashion-MNIST tests on its own files, so its test fraction is ignored.
        runConfigFromJson(json::parse(
            R"({"dataset": {"name": "fashion-mnist", "test_fraction": 0.5,
                            "validation_fraction": 0.6}})"));
    }

    void errors_data() {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");

        auto row = [](const char* name, const char* snippet, const char* field,
                      QStringList expected) {
            QTest::newRow(name) << snippet << field << expected;
        };
        // --- dataset
        row("dataset name", R"({"dataset": {"name": "spirals"}})", "dataset.name",
            {"unknown dataset \"spirals\"",
             "(allowed: circle, xor, gaussians, spiral, moons, plane, sine, fashion-mnist, idx, "
             "csv)"});
        row("samples low", R"({"dataset": {"samples": 5}})", "dataset.samples",
            {"5 is out of range (allowed: 10 to 1000000)"});
        row("samples high", R"({"dataset": {"samples": 2000000}})", "dataset.samples",
            {"2000000 is out of range (allowed: 10 to 1000000)"});
        row("noise", R"({"dataset": {"noise": 6}})", "dataset.noise",
            {"6 is out of range (allowed: 0 to 5)"});
        row("noise negative", R"({"dataset": {"noise": -0.1}})", "dataset.noise",
            {"-0.1 is out of range (allowed: 0 to 5)"});
        row("test fraction 1", R"({"dataset": {"test_fraction": 1}})", "dataset.test_fraction",
            {"1 is out of range (allowed: 0 to 1, excluding 1)"});
        row("validation fraction", R"({"dataset": {"validation_fraction": -0.1}})",
            "dataset.validation_fraction", {"(allowed: 0 to 1, excluding 1)"});
        row("fractions sum", R"({"dataset": {"test_fraction": 0.5, "validation_fraction": 0.6}})",
            "dataset.validation_fraction",
            {"leaves no training data", "(allowed: test_fraction + validation_fraction below 1)"});
        row("idx images", R"({"dataset": {"name": "idx", "labels": "l.idx"}})", "dataset.images",
            {"idx dataset needs an images file", "(allowed: "});
        row("idx labels", R"({"dataset": {"name": "idx", "images": "i.idx"}})", "dataset.labels",
            {"idx dataset needs a labels file", "(allowed: "});
        row("csv path", R"({"dataset": {"name": "csv"}})", "dataset.path",
            {"csv dataset needs a file", "(allowed: "});
        row("csv task", R"({"dataset": {"task": "clustering"}})", "dataset.task",
            {"(allowed: auto, classification, regression)"});
        row("limit", R"({"dataset": {"limit": -1}})", "dataset.limit",
            {"-1 is out of range (allowed: 0 or more)"});
        // --- conv layers
        row("filters 0", R"({"model": {"conv_layers": [{"filters": 0}]}})",
            "model.conv_layers.0.filters", {"0 is out of range (allowed: 1 to 1024)"});
        row("filters big", R"({"model": {"conv_layers": [{}, {"filters": 2000}]}})",
            "model.conv_layers.1.filters", {"(allowed: 1 to 1024)"});
        row("kernel 0", R"({"model": {"conv_layers": [{"kernel_size": 0}]}})",
            "model.conv_layers.0.kernel_size", {"0 is out of range (allowed: 1 to 31)"});
        row("kernel 33", R"({"model": {"conv_layers": [{"kernel_size": 33}]}})",
            "model.conv_layers.0.kernel_size", {"(allowed: 1 to 31)"});
        row("stride", R"({"model": {"conv_layers": [{"stride": 9}]}})",
            "model.conv_layers.0.stride", {"9 is out of range (allowed: 1 to 8)"});
        row("padding", R"({"model": {"conv_layers": [{"padding": "full"}]}})",
            "model.conv_layers.0.padding", {"unknown padding \"full\" (allowed: same, valid)"});
        row("pool", R"({"model": {"conv_layers": [{"pool": "min"}]}})", "model.conv_layers.0.pool",
            {"(allowed: none, max, avg, global_avg)"});
        row("pool size", R"({"model": {"conv_layers": [{"pool": "max", "pool_size": 9}]}})",
            "model.conv_layers.0.pool_size", {"9 is out of range (allowed: 1 to 8)"});
        row("pool size 0", R"({"model": {"conv_layers": [{"pool_size": 0}]}})",
            "model.conv_layers.0.pool_size", {"(allowed: 1 to 8)"});
        row("pool stride", R"({"model": {"conv_layers": [{"pool_stride": 9}]}})",
            "model.conv_layers.0.pool_stride", {"(allowed: 0 to 8)"});
        // --- dense part
        row("zero neurons", R"({"model": {"hidden_layers": [32, 0]}})", "model.hidden_layers.1",
            {"0 is out of range (allowed: 1 to 65536)"});
        row("too many neurons", R"({"model": {"hidden_layers": [70000]}})", "model.hidden_layers.0",
            {"70000 is out of range (allowed: 1 to 65536)"});
        row("activation", R"({"model": {"activation": "relux"}})", "model.activation",
            {"unknown activation \"relux\" (allowed: ", "relu", "tanh", "sigmoid"});
        row("activation parameter", R"({"model": {"activation_parameter": -1}})",
            "model.activation_parameter", {"(allowed: 0 to 10)"});
        row("dropout 1", R"({"model": {"dropout": 1}})", "model.dropout",
            {"1 is out of range (allowed: 0 to 1, excluding 1)"});
        row("dropout 1.5", R"({"model": {"dropout": 1.5}})", "model.dropout",
            {"1.5 is out of range"});
        row("init", R"({"model": {"init": "he"}})", "model.init",
            {"unknown initializer \"he\" (allowed: ", "kaiming_uniform", "xavier_normal"});
        row("init scale", R"({"model": {"init_scale": 0}})", "model.init_scale",
            {"0 is out of range (allowed: 0 to 10, excluding 0)"});
        // --- training
        row("loss", R"({"training": {"loss": "nll"}})", "training.loss",
            {"unknown loss \"nll\" (allowed: ", "cross_entropy", "huber", "mse"});
        row("huber delta", R"({"training": {"huber_delta": 0}})", "training.huber_delta",
            {"0 is out of range (allowed: greater than 0)"});
        row("optimizer", R"({"training": {"optimizer": "adamax"}})", "training.optimizer",
            {"unknown optimizer \"adamax\" (allowed: ", "adam", "sgd", "rmsprop"});
        row("learning rate high", R"({"training": {"learning_rate": 1e9}})",
            "training.learning_rate", {"1e+09 is out of range (allowed: 1e-07 to 10)"});
        row("learning rate 0", R"({"training": {"learning_rate": 0}})", "training.learning_rate",
            {"0 is out of range (allowed: 1e-07 to 10)"});
        row("momentum 1", R"({"training": {"momentum": 1}})", "training.momentum",
            {"1 is out of range (allowed: 0 to 1, excluding 1)"});
        row("nesterov", R"({"training": {"optimizer": "sgd", "nesterov": true}})",
            "training.nesterov", {"needs training.momentum above 0", "(allowed: "});
        row("beta1", R"({"training": {"beta1": 1}})", "training.beta1",
            {"(allowed: 0 to 1, excluding 1)"});
        row("beta2", R"({"training": {"beta2": -0.5}})", "training.beta2",
            {"(allowed: 0 to 1, excluding 1)"});
        row("epsilon", R"({"training": {"epsilon": 0}})", "training.epsilon",
            {"(allowed: 0 to 1, excluding 0)"});
        row("rho", R"({"training": {"rho": 1}})", "training.rho",
            {"(allowed: 0 to 1, excluding 1)"});
        row("weight decay", R"({"training": {"weight_decay": 2}})", "training.weight_decay",
            {"2 is out of range (allowed: 0 to 1)"});
        row("gradient clip", R"({"training": {"gradient_clip": -1}})", "training.gradient_clip",
            {"(allowed: 0 or more)"});
        row("epochs 0", R"({"training": {"epochs": 0}})", "training.epochs",
            {"0 is out of range (allowed: 1 to 10000)"});
        row("epochs big", R"({"training": {"epochs": 20000}})", "training.epochs",
            {"(allowed: 1 to 10000)"});
        row("batch size 0", R"({"training": {"batch_size": 0}})", "training.batch_size",
            {"0 is out of range (allowed: 1 to 65536)"});
        row("batch size big", R"({"training": {"batch_size": 100000}})", "training.batch_size",
            {"(allowed: 1 to 65536)"});
        // --- schedule
        row("schedule type", R"({"training": {"lr_schedule": {"type": "linear"}}})",
            "training.lr_schedule.type",
            {"unknown schedule \"linear\" (allowed: ", "cosine", "step", "one_cycle"});
        row("step size", R"({"training": {"lr_schedule": {"step_size": 0}}})",
            "training.lr_schedule.step_size", {"0 is out of range (allowed: 1 to 10000)"});
        row("gamma 0", R"({"training": {"lr_schedule": {"gamma": 0}}})",
            "training.lr_schedule.gamma", {"(allowed: 0 to 1, excluding 0)"});
        row("gamma 1.5", R"({"training": {"lr_schedule": {"gamma": 1.5}}})",
            "training.lr_schedule.gamma", {"1.5 is out of range"});
        row("milestones order", R"({"training": {"lr_schedule": {"milestones": [10, 20, 15]}}})",
            "training.lr_schedule.milestones.2",
            {"15 does not come after the previous milestone 20", "(allowed: increasing"});
        row("milestone 0", R"({"training": {"lr_schedule": {"milestones": [0, 5]}}})",
            "training.lr_schedule.milestones.0", {"(allowed: 1 to 10000)"});
        row("min lr above rate",
            R"({"training": {"learning_rate": 0.01, "lr_schedule": {"type": "cosine", "min_lr": 0.1}}})",
            "training.lr_schedule.min_lr", {"0.1 is out of range (allowed: 0 to 0.01)"});
        row("min lr negative", R"({"training": {"lr_schedule": {"min_lr": -1}}})",
            "training.lr_schedule.min_lr", {"(allowed: 0 or more)"});
        row("warmup", R"({"training": {"epochs": 30, "lr_schedule": {"warmup_epochs": 30}}})",
            "training.lr_schedule.warmup_epochs",
            {"30 is out of range (allowed: 0 to 29, fewer than training.epochs)"});
        row("factor", R"({"training": {"lr_schedule": {"factor": 1}}})",
            "training.lr_schedule.factor", {"(allowed: 0 to 1, excluding both)"});
        row("schedule patience", R"({"training": {"lr_schedule": {"patience": -1}}})",
            "training.lr_schedule.patience", {"(allowed: 0 to 10000)"});
        row("max lr", R"({"training": {"lr_schedule": {"max_lr": 20}}})",
            "training.lr_schedule.max_lr",
            {"20 is out of range (allowed: 0 for the learning rate"});
        row("pct start", R"({"training": {"lr_schedule": {"pct_start": 0}}})",
            "training.lr_schedule.pct_start", {"(allowed: 0 to 1, excluding both)"});
        // --- early stopping
        row("early patience", R"({"training": {"early_stopping": {"patience": -1}}})",
            "training.early_stopping.patience", {"-1 is out of range (allowed: 0 to 10000)"});
        row("early min delta", R"({"training": {"early_stopping": {"min_delta": -0.1}}})",
            "training.early_stopping.min_delta", {"(allowed: 0 or more)"});
        row("early monitor", R"({"training": {"early_stopping": {"monitor": "loss"}}})",
            "training.early_stopping.monitor", {"(allowed: val_loss, val_accuracy)"});
        row("early without validation",
            R"({"dataset": {"validation_fraction": 0}, "training": {"early_stopping": {"patience": 5}}})",
            "training.early_stopping.patience", {"validation_fraction is 0", "(allowed: "});
        // --- JSON types
        row("epochs as text", R"({"training": {"epochs": "ten"}})", "training.epochs",
            {"expected an integer, got \"ten\""});
        row("epochs fractional", R"({"training": {"epochs": 10.5}})", "training.epochs",
            {"expected an integer, got 10.5"});
        row("int overflow", R"({"training": {"batch_size": 1e12}})", "training.batch_size",
            {"too large for an integer"});
        row("rate as text", R"({"training": {"learning_rate": "fast"}})", "training.learning_rate",
            {"expected a number, got \"fast\""});
        row("bool as number", R"({"model": {"batch_norm": 1}})", "model.batch_norm",
            {"expected true or false, got 1"});
        row("name as number", R"({"dataset": {"name": 5}})", "dataset.name",
            {"expected a string, got 5"});
        row("null", R"({"training": {"momentum": null}})", "training.momentum",
            {"expected a number, got null"});
        row("hidden not a list", R"({"model": {"hidden_layers": 64}})", "model.hidden_layers",
            {"expected a list of integers, got 64"});
        row("hidden item", R"({"model": {"hidden_layers": [64, "a"]}})", "model.hidden_layers.1",
            {"expected an integer, got \"a\""});
        row("conv not a list", R"({"model": {"conv_layers": {}}})", "model.conv_layers",
            {"expected a list of conv layer objects"});
        row("conv item", R"({"model": {"conv_layers": [3]}})", "model.conv_layers.0",
            {"expected an object, got 3"});
        row("section type", R"({"model": [1, 2]})", "model", {"expected an object, got [1,2]"});
        row("seed negative", R"({"dataset": {"seed": -1}})", "dataset.seed",
            {"-1 is out of range (allowed: 0 to 18446744073709551615)"});
        row("seed text", R"({"training": {"seed": "x"}})", "training.seed",
            {"expected a non-negative integer"});
        row("label column bool", R"({"dataset": {"label_column": true}})", "dataset.label_column",
            {"expected a column name or a 0-based column index, got true"});
        row("label column negative", R"({"dataset": {"label_column": -2}})", "dataset.label_column",
            {"(allowed: a column name or an index from 0)"});
        // --- unknown fields
        row("typo in model", R"({"model": {"hiden_layers": [8]}})", "model.hiden_layers",
            {"unknown field", "did you mean hidden_layers?",
             "(allowed: conv_layers, hidden_layers, activation, activation_parameter, dropout, "
             "init, init_scale, batch_norm)"});
        row("typo at top", R"({"trainig": {}})", "trainig",
            {"unknown field", "(allowed: dataset, model, training)"});
        row("unknown in conv", R"({"model": {"conv_layers": [{}, {"kernel": 3}]}})",
            "model.conv_layers.1.kernel",
            {"unknown field",
             "(allowed: filters, kernel_size, stride, padding, pool, pool_size, "
             "pool_stride)"});
        row("unknown in schedule", R"({"training": {"lr_schedule": {"steps": 3}}})",
            "training.lr_schedule.steps", {"unknown field", "(allowed: type, step_size, gamma"});
        row("unknown in early stopping", R"({"training": {"early_stopping": {"mode": "min"}}})",
            "training.early_stopping.mode",
            {"unknown field (allowed: patience, min_delta, monitor)"});
    }

    void errors() {
        QFETCH(QString, snippet);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        const json input = json::parse(snippet.toStdString());
        try {
            runConfigFromJson(input);
            QFAIL("no error");
        } catch (const InputError& error) {
            const QString message = QString::fromStdString(error.what());
            QCOMPARE(QString::fromStdString(error.field()), field);
            QVERIFY2(message.startsWith(field + ": "), qPrintable(message));
            for (const QString& part : expected)
                QVERIFY2(message.contains(part), qPrintable(message + "\n  lacks: " + part));
        }
    }

    void validateAgreesWithReading() {
        // validate() on a config built in code catches what reading would.
        RunConfig c;
        c.training.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, validate(c));
        c = RunConfig{};
        c.model.hiddenLayers = {16, 0};
        try {
            validate(c);
            QFAIL("no error");
        } catch (const InputError& error) {
            QCOMPARE(error.field(), std::string("model.hidden_layers.1"));
        }
        validate(RunConfig{});
        validate(everyFieldChanged());
    }

    void notAnObject() {
        try {
            runConfigFromJson(json::array({1, 2}));
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY(QString(error.what()).contains("expected a JSON object"));
        }
    }

    void againstInput_data() {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("regression");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("field");  // empty: valid
        QTest::addColumn<QString>("expected");

        // 8x8 -> conv 3 valid -> 6x6 -> max pool 2 -> 3x3, then a 5x5 kernel.
        QTest::newRow("kernel larger than input")
            << R"({"model": {"conv_layers": [
                    {"kernel_size": 3, "padding": "valid", "pool": "max", "pool_size": 2},
                    {"kernel_size": 5}]}})"
            << 1 << 8 << 8 << false << 10 << "model.conv_layers.1.kernel_size"
            << "model.conv_layers.1.kernel_size: 5 is larger than its 3x3 input (allowed: 1 to 3)";
        QTest::newRow("kernel fits exactly") << R"({"model": {"conv_layers": [
                    {"kernel_size": 3, "padding": "valid", "pool": "max", "pool_size": 2},
                    {"kernel_size": 3, "padding": "valid"}]}})"
                                             << 1 << 8 << 8 << false << 10 << ""
                                             << "";
        QTest::newRow("first kernel") << R"({"model": {"conv_layers": [{"kernel_size": 7}]}})" << 3
                                      << 5 << 5 << false << 10 << "model.conv_layers.0.kernel_size"
                                      << "7 is larger than its 5x5 input (allowed: 1 to 5)";
        QTest::newRow("non-square") << R"({"model": {"conv_layers": [{"kernel_size": 5}]}})" << 1
                                    << 4 << 10 << false << 10 << "model.conv_layers.0.kernel_size"
                                    << "5 is larger than its 4x10 input (allowed: 1 to 4)";
        // 28 -> 14 -> 7 -> 4 with same padding and stride 2 (ceil(in/2)).
        QTest::newRow("strides")
            << R"({"model": {"conv_layers": [{"stride": 2}, {"stride": 2}, {"stride": 2},
                                             {"kernel_size": 5}]}})"
            << 1 << 28 << 28 << false << 10 << "model.conv_layers.3.kernel_size"
            << "5 is larger than its 4x4 input (allowed: 1 to 4)";
        // 11 -> valid 5 stride 3 -> (11-5)/3+1 = 3.
        QTest::newRow("valid stride fits") << R"({"model": {"conv_layers": [
                    {"kernel_size": 5, "stride": 3, "padding": "valid"}, {"kernel_size": 3}]}})"
                                           << 1 << 11 << 11 << false << 10 << ""
                                           << "";
        QTest::newRow("valid stride")
            << R"({"model": {"conv_layers": [
                    {"kernel_size": 5, "stride": 3, "padding": "valid"}, {"kernel_size": 4}]}})"
            << 1 << 11 << 11 << false << 10 << "model.conv_layers.1.kernel_size"
            << "4 is larger than its 3x3 input (allowed: 1 to 3)";
        // An even kernel with same padding keeps the size (as Conv2D does).
        QTest::newRow("even same kernel")
            << R"({"model": {"conv_layers": [{"kernel_size": 4}, {"kernel_size": 5}]}})" << 1 << 5
            << 5 << false << 10 << ""
            << "";
        QTest::newRow("pool larger than input")
            << R"({"model": {"conv_layers": [{"kernel_size": 3, "pool": "max", "pool_size": 4}]}})"
            << 1 << 3 << 3 << false << 10 << "model.conv_layers.0.pool_size"
            << "4 is larger than its 3x3 input (allowed: 1 to 3)";
        // 9 -> avg pool 3 stride 1 -> 7 -> pool 3 stride 3 -> 2 -> pool 3 fails.
        QTest::newRow("pool strides")
            << R"({"model": {"conv_layers": [
                    {"pool": "avg", "pool_size": 3, "pool_stride": 1},
                    {"pool": "max", "pool_size": 3},
                    {"kernel_size": 1, "pool": "max", "pool_size": 3}]}})"
            << 2 << 9 << 9 << false << 10 << "model.conv_layers.2.pool_size"
            << "3 is larger than its 2x2 input (allowed: 1 to 2)";
        QTest::newRow("after global pool")
            << R"({"model": {"conv_layers": [{"pool": "global_avg"}, {"kernel_size": 3}]}})" << 1
            << 28 << 28 << false << 10 << "model.conv_layers.1.kernel_size"
            << "3 is larger than its 1x1 input (allowed: 1 to 1)";
        QTest::newRow("conv on points") << R"({"model": {"conv_layers": [{}]}})" << 2 << 1 << 1
                                        << false << 2 << "model.conv_layers"
                                        << "convolution needs image data";
        QTest::newRow("mse on classes")
            << R"({"training": {"loss": "mse"}})" << 2 << 1 << 1 << false << 3 << "training.loss"
            << "training.loss: mse needs a regression dataset";
        QTest::newRow("cross entropy on regression")
            << R"({"training": {"loss": "cross_entropy"}})" << 1 << 1 << 1 << true << 0
            << "training.loss"
            << "cross_entropy needs a classification dataset";
        QTest::newRow("bce on 3 classes") << R"({"training": {"loss": "binary_cross_entropy"}})"
                                          << 2 << 1 << 1 << false << 3 << "training.loss"
                                          << "binary_cross_entropy needs exactly 2 classes";
        QTest::newRow("bce on 2 classes") << R"({"training": {"loss": "binary_cross_entropy"}})"
                                          << 2 << 1 << 1 << false << 2 << ""
                                          << "";
        QTest::newRow("huber on regression")
            << R"({"training": {"loss": "huber"}})" << 1 << 1 << 1 << true << 0 << ""
            << "";
        QTest::newRow("accuracy on regression")
            << R"({"training": {"loss": "mse", "early_stopping": {"patience": 3,
                  "monitor": "val_accuracy"}}})"
            << 1 << 1 << 1 << true << 0 << "training.early_stopping.monitor"
            << "(allowed: val_loss)";
        QTest::newRow("issue example") << kIssueExample << 1 << 28 << 28 << false << 10 << ""
                                       << "";
    }

    void againstInput() {
        QFETCH(QString, snippet);
        QFETCH(int, channels);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(bool, regression);
        QFETCH(int, classes);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const RunConfig config = runConfigFromJson(json::parse(snippet.toStdString()));
        const Task task = regression ? Task::Regression : Task::Classification;
        try {
            validateAgainstInput(config, Shape{channels, height, width}, task, classes);
            if (!field.isEmpty())
                QFAIL("no error");
        } catch (const InputError& error) {
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(!field.isEmpty(), qPrintable("unexpected: " + message));
            QCOMPARE(QString::fromStdString(error.field()), field);
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void malformedJson_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");

        QTest::newRow("missing comma") << QByteArray(
                                              "{\n"
                                              "  \"training\": {\n"
                                              "    \"epochs\": 10\n"
                                              "    \"batch_size\": 32\n"
                                              "  }\n"
                                              "}\n")
                                       << 4 << 16 << "unexpected string literal";
        QTest::newRow("trailing comma") << QByteArray(
                                               "{\n"
                                               "  \"model\": {\n"
                                               "    \"dropout\": 0.2,\n"
                                               "  }\n"
                                               "}\n")
                                        << 4 << 3 << "unexpected '}'";
        QTest::newRow("bad literal")
            << QByteArray("{\"model\": {\"batch_norm\": tru}}") << 1 << 29 << "invalid literal";
        // Columns count characters, not UTF-8 bytes.
        QTest::newRow("after utf-8")
            << QByteArray("{\"dataset\": {\"path\": \"\xc3\xa9t\xc3\xa9\" x}}") << 1 << 28
            << "invalid literal";
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << "unexpected end of input";
        // The end of input is after the last newline.
        QTest::newRow("unclosed") << QByteArray("{\n  \"model\": {}\n") << 3 << 1
                                  << "unexpected end of input";
    }

    void malformedJson() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("config.json");
        writeFile(path, text);
        try {
            loadRunConfig(path.toStdString());
            QFAIL("no error");
        } catch (const InputError& error) {
            const QString message = QString::fromStdString(error.what());
            const QString location =
                QString("%1:%2:%3: syntax error: ").arg(path).arg(line).arg(column);
            QVERIFY2(message.startsWith(location), qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void commentsAreAllowed() {
        RunConfig c = runConfigFromJson(parseJsonText(
            "{\n  // the default demo, longer\n  \"training\": {\"epochs\": 99} /* ok */\n}",
            "inline"));
        QCOMPARE(c.training.epochs, 99);
    }

    void missingFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("nowhere/config.json").toStdString();
        try {
            loadRunConfig(path);
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains(QString::fromStdString(path)), error.what());
            QVERIFY2(QString(error.what()).contains("not found"), error.what());
        }
        try {
            loadRunConfig(dir.path().toStdString());
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY2(QString(error.what()).contains("directory"), error.what());
        }
    }

    void loadReportsFieldErrors() {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        writeFile(path, "{\"training\": {\"epochs\": \"ten\"}}");
        try {
            loadRunConfig(path.toStdString());
            QFAIL("no error");
        } catch (const InputError& error) {
            QCOMPARE(QString(error.what()),
                     QString("training.epochs: expected an integer, got \"ten\""));
        }
    }

    void saveAndLoad() {
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.json");
        const RunConfig config = everyFieldChanged();
        saveRunConfig(config, path.toStdString());
        const std::string text = readFile(path);
        QVERIFY2(text.rfind("{\n  \"dataset\": {\n    \"", 0) == 0, text.c_str());  // 2 spaces
        QVERIFY(text.back() == '\n');
        QVERIFY(!QFile::exists(path + ".tmp"));
        QVERIFY(loadRunConfig(path.toStdString()) == config);
        // Overwriting an existing file works too.
        saveRunConfig(RunConfig{}, path.toStdString());
        QVERIFY(loadRunConfig(path.toStdString()) == RunConfig{});
        QVERIFY_THROWS_EXCEPTION(
            InputError, saveRunConfig(config, dir.filePath("no/such/dir.json").toStdString()));
    }

    void exampleFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("classes");
        QTest::newRow("spiral_mlp") << "spiral_mlp.json" << 2 << 1 << 1 << 2;
        QTest::newRow("fashion_mlp") << "fashion_mlp.json" << 1 << 28 << 28 << 10;
        QTest::newRow("fashion_cnn") << "fashion_cnn.json" << 1 << 28 << 28 << 10;
    }

    void exampleFiles() {
        QFETCH(QString, file);
        QFETCH(int, channels);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(int, classes);
        // ctest passes the source tree (as to the CLI tests); QFINDTESTDATA
        // alone follows __FILE__, which ccache's base_dir makes relative.
        const QString sourceDir = qEnvironmentVariable("HYPERLAB_SOURCE_DIR");
        const QString path =
            !sourceDir.isEmpty() && QFileInfo::exists(sourceDir + "/resources/examples/" + file)
                ? sourceDir + "/resources/examples/" + file
                : QFINDTESTDATA("../../resources/examples/" + file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const RunConfig config = loadRunConfig(path.toStdString());
        validateAgainstInput(config, Shape{channels, height, width}, Task::Classification, classes);
        // Examples are written in full, so saving one reproduces its values.
        QVERIFY(runConfigFromJson(toJson(config)) == config);
    }
};

QTEST_APPLESS_MAIN(TestConfigJson)
#include "tst_config_json.moc"
