#include "io/config_json.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "common/errors.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::string joinPath(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
}

[[noreturn]] void typeError(const std::string& field, const std::string& expected,
                            const json& value) {
    throw InputError(field, "expected " + expected + ", got " + describeJson(value));
}

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// --- Scalar readers: each checks the JSON type and names the field. ---------

int readInt(const json& value, const std::string& field) {
    return int(jsonInteger(value, field, std::numeric_limits<int>::min(),
                           std::numeric_limits<int>::max()));
}

std::uint64_t readSeed(const json& value, const std::string& field) {
    return jsonUnsigned(value, field, 0, std::numeric_limits<std::uint64_t>::max());
}

double readDouble(const json& value, const std::string& field) {
    if (!value.is_number())
        typeError(field, "a number", value);
    return value.get<double>();
}

bool readBool(const json& value, const std::string& field) {
    if (!value.is_boolean())
        typeError(field, "true or false", value);
    return value.get<bool>();
}

std::string readString(const json& value, const std::string& field) {
    if (!value.is_string())
        typeError(field, "a string", value);
    return value.get<std::string>();
}

std::vector<int> readIntList(const json& value, const std::string& field) {
    if (!value.is_array())
        typeError(field, "a list of integers", value);
    std::vector<int> out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i)
        out.push_back(readInt(value[i], joinPath(field, std::to_string(i))));
    return out;
}

/// CSV label column: a header name, or a 0-based index written as a number.
/// Stored as text either way; the CSV loader decides which it is.
std::string readLabelColumn(const json& value, const std::string& field) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number()) {
        int index = readInt(value, field);
        if (index < 0)
            throw InputError(field,
                             problem(ProblemCode::OutOfRange,
                                     {describeJson(value), "a column name or an index from 0"}));
        return std::to_string(index);
    }
    typeError(field, "a column name or a 0-based column index", value);
}

/// Reads the members of one JSON object. Every key the caller asks about is
/// remembered whether present or not, so finish() can reject the keys nobody
/// asked about and list exactly the ones that are allowed.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string path) : m_object(object), m_path(std::move(path)) {
        if (!m_object.is_object())
            typeError(
                m_path.empty() ? std::string() : m_path,
                m_path.empty() ? "a JSON object with dataset, model and training" : "an object",
                m_object);
    }

    /// Calls read(value, fieldPath) when the key is present.
    template <typename ReadFn>
    void field(const char* key, ReadFn&& read) {
        m_known.emplace_back(key);
        auto it = m_object.find(key);
        if (it != m_object.end())
            read(*it, joinPath(m_path, key));
    }

    void integer(const char* key, int& out) {
        field(key, [&](const json& v, const std::string& f) { out = readInt(v, f); });
    }
    void number(const char* key, double& out) {
        field(key, [&](const json& v, const std::string& f) { out = readDouble(v, f); });
    }
    void boolean(const char* key, bool& out) {
        field(key, [&](const json& v, const std::string& f) { out = readBool(v, f); });
    }
    void string(const char* key, std::string& out) {
        field(key, [&](const json& v, const std::string& f) { out = readString(v, f); });
    }
    void seed(const char* key, std::uint64_t& out) {
        field(key, [&](const json& v, const std::string& f) { out = readSeed(v, f); });
    }
    void integers(const char* key, std::vector<int>& out) {
        field(key, [&](const json& v, const std::string& f) { out = readIntList(v, f); });
    }

    void finish() const {
        for (const auto& [key, _] : m_object.items()) {
            if (std::find(m_known.begin(), m_known.end(), key) != m_known.end())
                continue;
            std::string allowed;
            std::string closest;
            std::size_t closestDistance = 3;  // suggest only near misses
            for (const auto& name : m_known) {
                if (!allowed.empty())
                    allowed += ", ";
                allowed += name;
                std::size_t d = editDistance(key, name);
                if (d < closestDistance) {
                    closestDistance = d;
                    closest = name;
                }
            }
            throw InputError(
                joinPath(m_path, key),
                closest.empty() ? problem(ProblemCode::UnknownField, {allowed})
                                : problem(ProblemCode::UnknownFieldDidYouMean, {closest, allowed}));
        }
    }

private:
    const json& m_object;
    std::string m_path;
    std::vector<std::string> m_known;
};

void readDataset(const json& j, const std::string& path, DatasetConfig& d) {
    ObjectReader r(j, path);
    r.string("name", d.name);
    r.integer("samples", d.samples);
    r.number("noise", d.noise);
    r.seed("seed", d.seed);
    r.number("test_fraction", d.testFraction);
    r.number("validation_fraction", d.validationFraction);
    r.string("path", d.path);
    r.string("images", d.images);
    r.string("labels", d.labels);
    r.field("label_column",
            [&](const json& v, const std::string& f) { d.labelColumn = readLabelColumn(v, f); });
    r.string("task", d.csvTask);
    r.integer("limit", d.limit);
    r.finish();
}

void readConvLayer(const json& j, const std::string& path, ConvLayerConfig& c) {
    ObjectReader r(j, path);
    r.integer("filters", c.filters);
    r.integer("kernel_size", c.kernelSize);
    r.integer("stride", c.stride);
    r.string("padding", c.padding);
    r.string("pool", c.pool);
    r.integer("pool_size", c.poolSize);
    r.integer("pool_stride", c.poolStride);
    r.finish();
}

void readModel(const json& j, const std::string& path, ModelConfig& m) {
    ObjectReader r(j, path);
    r.field("conv_layers", [&](const json& v, const std::string& f) {
        if (!v.is_array())
            typeError(f, "a list of conv layer objects", v);
        m.convLayers.assign(v.size(), ConvLayerConfig{});
        for (std::size_t i = 0; i < v.size(); ++i)
            readConvLayer(v[i], joinPath(f, std::to_string(i)), m.convLayers[i]);
    });
    r.integers("hidden_layers", m.hiddenLayers);
    r.string("activation", m.activation);
    r.number("activation_parameter", m.activationParameter);
    r.number("dropout", m.dropout);
    r.string("init", m.init);
    r.number("init_scale", m.initScale);
    r.boolean("batch_norm", m.batchNorm);
    r.finish();
}

void readSchedule(const json& j, const std::string& path, ScheduleConfig& s) {
    ObjectReader r(j, path);
    r.string("type", s.type);
    r.integer("step_size", s.stepSize);
    r.number("gamma", s.gamma);
    r.integers("milestones", s.milestones);
    r.number("min_lr", s.minLr);
    r.integer("warmup_epochs", s.warmupEpochs);
    r.number("factor", s.factor);
    r.integer("patience", s.patience);
    r.number("max_lr", s.maxLr);
    r.number("pct_start", s.pctStart);
    r.finish();
}

void readEarlyStopping(const json& j, const std::string& path, EarlyStoppingConfig& e) {
    ObjectReader r(j, path);
    r.integer("patience", e.patience);
    r.number("min_delta", e.minDelta);
    r.string("monitor", e.monitor);
    r.finish();
}

void readTraining(const json& j, const std::string& path, TrainingConfig& t) {
    ObjectReader r(j, path);
    r.string("loss", t.loss);
    r.number("huber_delta", t.huberDelta);
    r.string("optimizer", t.optimizer);
    r.number("learning_rate", t.learningRate);
    r.number("momentum", t.momentum);
    r.boolean("nesterov", t.nesterov);
    r.number("beta1", t.beta1);
    r.number("beta2", t.beta2);
    r.number("epsilon", t.epsilon);
    r.number("rho", t.rho);
    r.number("weight_decay", t.weightDecay);
    r.number("gradient_clip", t.gradientClip);
    r.field("lr_schedule",
            [&](const json& v, const std::string& f) { readSchedule(v, f, t.schedule); });
    r.integer("epochs", t.epochs);
    r.integer("batch_size", t.batchSize);
    r.seed("seed", t.seed);
    r.field("early_stopping",
            [&](const json& v, const std::string& f) { readEarlyStopping(v, f, t.earlyStopping); });
    r.finish();
}

}  // namespace

RunConfig runConfigFromJson(const json& j) {
    RunConfig config;
    ObjectReader r(j, "");
    r.field("dataset",
            [&](const json& v, const std::string& f) { readDataset(v, f, config.dataset); });
    r.field("model", [&](const json& v, const std::string& f) { readModel(v, f, config.model); });
    r.field("training",
            [&](const json& v, const std::string& f) { readTraining(v, f, config.training); });
    r.finish();
    validate(config);
    return config;
}

json toJson(const RunConfig& config) {
    const DatasetConfig& d = config.dataset;
    const ModelConfig& m = config.model;
    const TrainingConfig& t = config.training;
    const ScheduleConfig& s = t.schedule;
    const EarlyStoppingConfig& e = t.earlyStopping;

    json conv = json::array();
    for (const ConvLayerConfig& c : m.convLayers) {
        conv.push_back({{"filters", c.filters},
                        {"kernel_size", c.kernelSize},
                        {"stride", c.stride},
                        {"padding", c.padding},
                        {"pool", c.pool},
                        {"pool_size", c.poolSize},
                        {"pool_stride", c.poolStride}});
    }

    // json(vector) of an empty vector is null, not [], so build lists explicitly.
    auto intList = [](const std::vector<int>& values) {
        json list = json::array();
        for (int v : values)
            list.push_back(v);
        return list;
    };

    json out;
    out["dataset"] = {{"name", d.name},
                      {"samples", d.samples},
                      {"noise", d.noise},
                      {"seed", d.seed},
                      {"test_fraction", d.testFraction},
                      {"validation_fraction", d.validationFraction},
                      {"path", d.path},
                      {"images", d.images},
                      {"labels", d.labels},
                      {"label_column", d.labelColumn},
                      {"task", d.csvTask},
                      {"limit", d.limit}};
    out["model"] = {{"conv_layers", conv},        {"hidden_layers", intList(m.hiddenLayers)},
                    {"activation", m.activation}, {"activation_parameter", m.activationParameter},
                    {"dropout", m.dropout},       {"init", m.init},
                    {"init_scale", m.initScale},  {"batch_norm", m.batchNorm}};
    out["training"] = {
        {"loss", t.loss},
        {"huber_delta", t.huberDelta},
        {"optimizer", t.optimizer},
        {"learning_rate", t.learningRate},
        {"momentum", t.momentum},
        {"nesterov", t.nesterov},
        {"beta1", t.beta1},
        {"beta2", t.beta2},
        {"epsilon", t.epsilon},
        {"rho", t.rho},
        {"weight_decay", t.weightDecay},
        {"gradient_clip", t.gradientClip},
        {"lr_schedule",
         {{"type", s.type},
          {"step_size", s.stepSize},
          {"gamma", s.gamma},
          {"milestones", intList(s.milestones)},
          {"min_lr", s.minLr},
          {"warmup_epochs", s.warmupEpochs},
          {"factor", s.factor},
          {"patience", s.patience},
          {"max_lr", s.maxLr},
          {"pct_start", s.pctStart}}},
        {"epochs", t.epochs},
        {"batch_size", t.batchSize},
        {"seed", t.seed},
        {"early_stopping",
         {{"patience", e.patience}, {"min_delta", e.minDelta}, {"monitor", e.monitor}}}};
    return out;
}

RunConfig loadRunConfig(const std::string& path) {
    return runConfigFromJson(readJsonFile(path, "config file"));
}

void saveRunConfig(const RunConfig& config, const std::string& path) {
    const std::string text = toJson(config).dump(2) + "\n";
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError("", "cannot write config file " + path + ": " + std::strerror(errno));
        out << text;
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw InputError("", "cannot write config file " + path);
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::remove(temporary.c_str());
        throw InputError("", "cannot write config file " + path + ": " + ec.message());
    }
}

}  // namespace hyperlab
