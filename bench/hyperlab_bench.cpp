// hyperlab-bench: training throughput (and optionally accuracy) of the two
// reference models of issue 2, printed as one JSON document. The PyTorch
// counterpart is bench/torch_reference.py; scripts/bench.sh runs both and
// prints the ratios. docs/performance.md explains the method and the figures.

#include <sys/resource.h>
#include <sys/utsname.h>

#include <oneapi/tbb/version.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "common/errors.h"
#include "common/float_mode.h"
#include "common/parallel.h"
#include "common/random.h"
#include "data/dataset.h"
#include "data/fashion_mnist.h"
#include "data/split.h"
#include "fma_peak.h"
#include "nn/initializers/initializer.h"
#include "nn/layers/conv2d.h"
#include "nn/losses/loss.h"
#include "nn/network.h"
#include "nn/optimizers/optimizer.h"
#include "train/model_builder.h"
#include "train/run_config.h"
#include "train/trainer.h"

namespace hyperlab {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

constexpr int kBatch = 64;
constexpr double kLearningRate = 1e-3;
constexpr std::uint64_t kSeed = 42;
constexpr int kClasses = 10;

const char* const kUsage =
    "usage: hyperlab-bench [--quick] [--accuracy] [--profile] [--threads 1,2]\n"
    "                      [--models mlp,cnn,student_cnn,strided_cnn] [--data DIR]\n"
    "Prints training samples/second at batch 64 with Adam (lr 1e-3), on\n"
    "Fashion-MNIST when installed (else synthetic data of the same shape), as one\n"
    "JSON document, of:\n"
    "  mlp          784-256-128-10\n"
    "  cnn          conv 5x5x32, max-pool 2, conv 5x5x64, max-pool 2, dense 128, 10\n"
    "  student_cnn  3 x (conv 3x3, batch norm): 16, 32 (max-pool 2 after each), 32;\n"
    "               dense 10\n"
    "  strided_cnn  conv 5x5x32 stride 2 valid, conv 3x3x64 stride 2 valid,\n"
    "               dense 128, dense 10\n"
    "and, for each convolution of the CNNs, its GFLOP/s (forward, input gradient,\n"
    "weight gradient; one thread) against the measured FMA peak of one core.\n"
    "  --quick      fewer batches (smoke run)\n"
    "  --accuracy   also train the MLP 10 epochs and the CNN 5 epochs with the\n"
    "               trainer (Adam 1e-3, cosine annealing per step to 0) and\n"
    "               report the Fashion-MNIST test accuracy\n"
    "  --profile    also time every layer's forward and backward pass\n"
    "  --threads    comma-separated thread counts (default 1,2)\n"
    "  --models     comma-separated subset of the models above (default all)\n"
    "  --data DIR   Fashion-MNIST directory (default /usr/share/datasets/fashion-mnist)\n";

struct Options {
    bool quick = false;
    bool accuracy = false;
    bool profile = false;
    std::vector<int> threads{1, 2};
    std::vector<std::string> models{"mlp", "cnn", "student_cnn", "strided_cnn"};
    std::string dataDirectory = kFashionMnistDefaultPath;
};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw InputError(arg, "needs a value");
            return argv[++i];
        };
        if (arg == "--quick") {
            options.quick = true;
        } else if (arg == "--accuracy") {
            options.accuracy = true;
        } else if (arg == "--profile") {
            options.profile = true;
        } else if (arg == "--threads") {
            options.threads.clear();
            for (const std::string& item : splitList(value())) {
                int n = 0;
                try {
                    n = std::stoi(item);
                } catch (const std::exception&) {
                }
                if (n < 1)
                    throw InputError("--threads", "\"" + item + "\" is not a count >= 1");
                options.threads.push_back(n);
            }
            if (options.threads.empty())
                throw InputError("--threads", "empty list");
        } else if (arg == "--models") {
            options.models = splitList(value());
            for (const std::string& m : options.models)
                if (m != "mlp" && m != "cnn" && m != "student_cnn" && m != "strided_cnn")
                    throw InputError("--models", "unknown model \"" + m +
                                                     "\" (allowed: mlp, cnn, student_cnn, "
                                                     "strided_cnn)");
        } else if (arg == "--data") {
            options.dataDirectory = value();
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else {
            throw InputError(arg,
                             "unknown option (allowed: --quick, --accuracy, --profile, "
                             "--threads, --models, --data, --help)");
        }
    }
    return options;
}

// --- models and data ------------------------------------------------------------------------

ConvLayerConfig convLayer(int filters, int kernel, int stride, const char* padding,
                          const char* pool) {
    ConvLayerConfig conv;
    conv.filters = filters;
    conv.kernelSize = kernel;
    conv.stride = stride;
    conv.padding = padding;
    conv.pool = pool;
    conv.poolSize = 2;
    return conv;
}

/// The models of kUsage; torch_reference.py builds the same ones.
ModelConfig modelConfig(const std::string& name) {
    ModelConfig model;
    model.activation = "relu";
    model.init = "kaiming_uniform";
    model.dropout = 0.0;
    model.batchNorm = false;
    if (name == "mlp") {
        model.hiddenLayers = {256, 128};
    } else if (name == "cnn") {
        model.convLayers = {convLayer(32, 5, 1, "same", "max"), convLayer(64, 5, 1, "same", "max")};
        model.hiddenLayers = {128};
    } else if (name == "student_cnn") {
        // What a student would try first: small 3x3 kernels, batch norm.
        model.batchNorm = true;
        model.convLayers = {convLayer(16, 3, 1, "same", "max"), convLayer(32, 3, 1, "same", "max"),
                            convLayer(32, 3, 1, "same", "none")};
        model.hiddenLayers = {};
    } else {  // strided_cnn: downsampling by strides instead of pooling
        model.convLayers = {convLayer(32, 5, 2, "valid", "none"),
                            convLayer(64, 3, 2, "valid", "none")};
        model.hiddenLayers = {128};
    }
    return model;
}

/// Adam 1e-3, batch 64, cross-entropy. `cosine` anneals the rate per step to
/// zero over the run (the accuracy runs: the same budget then reaches about
/// half a point more test accuracy than a constant rate, and the MLP would
/// otherwise end within a few hundredths of a point of 0.88); the throughput
/// runs keep it constant (the schedule costs nothing per step either way).
TrainingConfig trainingConfig(int epochs, bool cosine) {
    TrainingConfig training;
    training.loss = "cross_entropy";
    training.optimizer = "adam";
    training.learningRate = kLearningRate;
    training.epochs = epochs;
    training.batchSize = kBatch;
    training.seed = kSeed;
    training.schedule.type = cosine ? "cosine" : "constant";
    training.schedule.minLr = 0.0;
    return training;
}

RunConfig runConfig(const std::string& model, int epochs, bool cosine) {
    RunConfig config;
    config.dataset.name = "fashion-mnist";
    config.dataset.testFraction = 0.0;
    config.dataset.validationFraction = 0.0;
    config.model = modelConfig(model);
    config.training = trainingConfig(epochs, cosine);
    return config;
}

/// Random images and labels shaped like Fashion-MNIST (60,000 + 10,000): the
/// speed of a training step does not depend on the pixel values.
std::shared_ptr<const Dataset> syntheticImages() {
    auto data = std::make_shared<Dataset>();
    data->name = "synthetic";
    data->inputShape = {1, 28, 28};
    for (int c = 0; c < kClasses; ++c)
        data->classNames.push_back("class " + std::to_string(c));
    const std::ptrdiff_t samples = 70000;
    Random random(kSeed);
    data->pixels.resize(std::size_t(samples) * data->inputShape.size());
    for (auto& p : data->pixels)
        p = std::uint8_t(random.below(256));
    data->labels.resize(samples);
    for (int& label : data->labels)
        label = int(random.below(kClasses));
    data->predefinedTestBegin = 60000;
    return data;
}

/// A network with its loss, optimizer and shuffled sample order, stepped one
/// layer at a time so every layer's forward and backward pass can be timed
/// (--profile). The same work as a trainer step, taken apart.
class LayerProfiler {
public:
    LayerProfiler(const std::string& model, std::shared_ptr<const Dataset> data,
                  std::vector<int> train)
        : m_data(std::move(data)),
          m_train(std::move(train)),
          m_network(buildNetwork(modelConfig(model), m_data->inputShape, kClasses)),
          m_loss(lossRegistry().create("cross_entropy", "training.loss", 1.0)),
          m_random(kSeed) {
        Random init(Random::deriveSeed(kSeed, 1));
        m_network.initialize(*initializerRegistry().create("kaiming_uniform", "model.init", 0.05),
                             init);
        m_optimizer = optimizerRegistry().create("adam", "training.optimizer", OptimizerSettings{});
        m_position = m_train.size();  // shuffle before the first batch
    }

    /// Fills m_inputs / m_targets with the next batch (a new shuffle per epoch).
    void nextBatch() {
        if (m_position + kBatch > m_train.size()) {
            m_random.shuffle(m_train);
            m_position = 0;
        }
        const int* indices = m_train.data() + m_position;
        m_position += kBatch;
        m_data->gatherInputs(indices, kBatch, m_inputs);
        m_targets.setZero(kClasses, kBatch);
        for (int j = 0; j < kBatch; ++j)
            m_targets(m_data->labels[indices[j]], j) = 1;
    }

    /// Times each layer's forward and backward pass over `batches` steps, in
    /// milliseconds per batch (the same work as step(), taken apart). With one
    /// thread every piece runs on this thread, so its CPU time is measured and
    /// other processes on the machine barely move the figures; with more, wall
    /// time.
    Json profile(int batches) {
        const bool threadClock = availableThreads() == 1;
        auto now = [threadClock] { return threadClock ? threadCpuSeconds() : wallSeconds(); };
        const std::size_t n = m_network.layerCount();
        std::vector<Matrix> activations(n + 1), gradients(n + 1);
        std::vector<double> forwardSeconds(n, 0.0), backwardSeconds(n, 0.0);
        double lossSeconds = 0, optimizerSeconds = 0, batchSeconds = 0;
        for (int b = 0; b < batches; ++b) {
            double t0 = now();
            nextBatch();
            activations[0] = m_inputs;
            batchSeconds += now() - t0;
            ForwardContext context{true, &m_random};
            for (std::size_t i = 0; i < n; ++i) {
                t0 = now();
                m_network.layer(i).forward(activations[i], activations[i + 1], context);
                forwardSeconds[i] += now() - t0;
            }
            t0 = now();
            m_loss->evaluate(activations[n], m_targets, &gradients[n]);
            lossSeconds += now() - t0;
            for (std::size_t i = n; i-- > 0;) {
                t0 = now();
                m_network.layer(i).backward(activations[i], activations[i + 1], gradients[i + 1],
                                            gradients[i], i > 0);
                backwardSeconds[i] += now() - t0;
            }
            t0 = now();
            m_optimizer->step(m_network.parameters(), m_network.gradients(), kLearningRate);
            optimizerSeconds += now() - t0;
        }
        auto ms = [&](double s) { return 1000.0 * s / batches; };
        Json layers = Json::array();
        double total = batchSeconds + lossSeconds + optimizerSeconds;
        for (std::size_t i = 0; i < n; ++i) {
            layers.push_back({{"layer", m_network.layer(i).describe()},
                              {"forward_ms", ms(forwardSeconds[i])},
                              {"backward_ms", ms(backwardSeconds[i])}});
            total += forwardSeconds[i] + backwardSeconds[i];
        }
        return {{"batches", batches},
                {"clock", threadClock ? "thread_cpu" : "wall"},
                {"gather_ms", ms(batchSeconds)},
                {"layers", layers},
                {"loss_ms", ms(lossSeconds)},
                {"optimizer_ms", ms(optimizerSeconds)},
                {"total_ms", ms(total)}};
    }

    static double threadCpuSeconds() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
    }

    static double wallSeconds() {
        return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
    }

private:
    std::shared_ptr<const Dataset> m_data;
    std::vector<int> m_train;
    Network m_network;
    std::unique_ptr<Loss> m_loss;
    std::unique_ptr<Optimizer> m_optimizer;
    Random m_random;
    std::size_t m_position = 0;
    Matrix m_inputs, m_targets;
};

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto s = [](const timeval& t) { return double(t.tv_sec) + 1e-6 * double(t.tv_usec); };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

double peakMemoryMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

/// Samples/second of the real Trainer (the code path of the CLI and the GUI)
/// over timed windows after a warm-up; the same procedure as
/// torch_reference.py's measure(). The per-batch callback marks time; the
/// stop token ends the run after the last window. A window is at least
/// `windowSeconds` and `minBatches` long; the median window is the figure.
Json measure(const std::string& model, const std::shared_ptr<const Dataset>& data,
             const std::vector<int>& train, const Options& options) {
    // The warm-up lasts 2 s as well: after some hundred Adam steps the first
    // moments of weights whose gradient is always zero (the MLP's weights from
    // blank border pixels) decay into denormal floats, which makes steps
    // slower; the figure should be that steady state, as in a real run.
    const int minWarmupBatches = options.quick ? 3 : 20;
    const double warmupSeconds = options.quick ? 0.0 : 2.0;
    const int windows = options.quick ? 1 : 3;
    const double windowSeconds = options.quick ? 0.3 : 2.0;
    const int minBatches = options.quick ? 3 : 10;

    // No validation or test samples: the run is only the training steps.
    Trainer trainer(runConfig(model, 10000, false), DataSplit{data, train, {}, {}});
    std::stop_source stop;
    int warmupBatches = 0;
    bool warmingUp = true;
    long windowBatches = 0, totalBatches = 0;
    double totalWall = 0, totalCpu = 0, windowCpu = 0;
    Clock::time_point windowStart = Clock::now();
    std::vector<double> rates;
    auto startWindow = [&] {
        windowBatches = 0;
        windowCpu = cpuSeconds();
        windowStart = Clock::now();
    };
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress&) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - windowStart).count();
        if (warmingUp) {
            if (++warmupBatches >= minWarmupBatches && elapsed >= warmupSeconds) {
                warmingUp = false;
                startWindow();
            }
            return;
        }
        if (++windowBatches < minBatches || elapsed < windowSeconds)
            return;
        totalCpu += cpuSeconds() - windowCpu;
        totalWall += elapsed;
        totalBatches += windowBatches;
        rates.push_back(double(windowBatches) * kBatch / elapsed);
        if (int(rates.size()) == windows)
            stop.request_stop();
        else
            startWindow();
    };
    const TrainingResult run = trainer.run(callbacks, stop.get_token());
    if (run.status == RunStatus::Failed || int(rates.size()) < windows)
        throw std::runtime_error(model + " run ended early: " + run.reason);

    Json result = {{"model", model},
                   {"threads", availableThreads()},
                   {"samples_per_second", median(rates)},
                   {"best_samples_per_second", *std::max_element(rates.begin(), rates.end())},
                   {"window_samples_per_second", rates},
                   {"ms_per_batch", 1000.0 * totalWall / double(totalBatches)},
                   {"batches", totalBatches},
                   {"warmup_batches", warmupBatches},
                   {"cpu_utilisation", totalCpu / totalWall},
                   {"samples_per_cpu_second", double(totalBatches) * kBatch / totalCpu},
                   {"parameters", run.parameterCount}};
    if (options.profile) {
        LayerProfiler profiler(model, data, train);
        profiler.profile(options.quick ? 2 : 10);  // warm-up
        result["profile"] = profiler.profile(options.quick ? 3 : 20);
    }
    return result;
}

/// Per convolution of `model`: the time of its forward pass, input gradient
/// and weight gradient for a batch of 64 with one thread (thread CPU time,
/// best of several calls, so other processes barely move it) and the GFLOP/s
/// each reaches (2 x batch x output values x C*k*k), also as a fraction of
/// one core's measured FMA peak: how far each product is from the limit.
/// The input gradient is backward with it minus backward without it.
Json convolutionFigures(const std::string& model, const FmaPeak& peak, bool quick) {
    ThreadLimit limit(1);
    FlushDenormals flush;  // as in the trainer
    Network network = buildNetwork(modelConfig(model), {1, 28, 28}, kClasses);
    Random random(kSeed);
    network.initialize(*initializerRegistry().create("kaiming_uniform", "model.init", 0.05),
                       random);
    const int calls = quick ? 2 : 10;
    const auto now = LayerProfiler::threadCpuSeconds;
    Json layers = Json::array();
    for (std::size_t i = 0; i < network.layerCount(); ++i) {
        auto* conv = dynamic_cast<Conv2D*>(&network.layer(i));
        if (!conv)
            continue;
        const Shape in = conv->inputShape(), out = conv->outputShape();
        const Matrix x = Matrix::Random(in.size(), kBatch);
        const Matrix dy = Matrix::Random(out.size(), kBatch);
        Matrix y, dx;
        ForwardContext context;
        double forward = 1e30, weightGradient = 1e30, backward = 1e30;
        for (int call = 0; call < calls; ++call) {
            double t0 = now();
            conv->forward(x, y, context);
            forward = std::min(forward, now() - t0);
            t0 = now();
            conv->backward(x, y, dy, dx, false);
            weightGradient = std::min(weightGradient, now() - t0);
            t0 = now();
            conv->backward(x, y, dy, dx, true);
            backward = std::min(backward, now() - t0);
        }
        const double flop = 2.0 * kBatch * double(out.size()) * in.channels * conv->kernelSize() *
                            conv->kernelSize();
        auto figure = [&](double seconds) {
            seconds = std::max(seconds, 1e-9);
            const double gflops = flop / seconds / 1e9;
            return Json{{"ms", 1000.0 * seconds},
                        {"gflops", gflops},
                        {"fraction_of_fma_peak", peak.gflops > 0 ? gflops / peak.gflops : 0.0}};
        };
        auto shape = [](Shape s) {
            return std::to_string(s.channels) + "x" + std::to_string(s.height) + "x" +
                   std::to_string(s.width);
        };
        layers.push_back({{"layer", conv->describe()},
                          {"input", shape(in)},
                          {"output", shape(out)},
                          {"mflop_per_sample_per_product", flop / kBatch / 1e6},
                          {"forward", figure(forward)},
                          {"input_gradient", figure(backward - weightGradient)},
                          {"weight_gradient", figure(weightGradient)}});
    }
    return {{"model", model},
            {"threads", 1},
            {"batch_size", kBatch},
            {"calls", calls},
            {"clock", "thread_cpu, best call"},
            {"layers", layers}};
}

/// Trains with the real Trainer (the CLI's code path) for the epoch
/// budgets and reports the test accuracy.
Json accuracy(const std::string& model, int epochs, const std::shared_ptr<const Dataset>& data) {
    const RunConfig config = runConfig(model, epochs, true);
    // All 60,000 training images train; the official 10,000 test images test.
    DataSplit split = splitDataset(data, 0.0, 0.0, config.dataset.seed);
    const std::size_t trainSamples = split.train.size();
    Trainer trainer(config, std::move(split));
    const TrainingResult result = trainer.run();
    Json history = Json::array();
    for (const EpochMetrics& e : result.history)
        history.push_back({{"epoch", e.epoch},
                           {"train_loss", e.trainLoss},
                           {"train_accuracy", e.trainAccuracy},
                           {"seconds", e.seconds},
                           {"samples_per_second", double(trainSamples) / e.seconds}});
    return {{"epochs", result.epochsRun},
            {"status", toString(result.status)},
            {"reason", result.reason},
            {"test_accuracy", result.test.accuracy},
            {"test_loss", result.test.loss},
            {"test_samples", result.test.samples},
            {"seconds", result.seconds},
            {"threads", availableThreads()},
            {"history", history}};
}

std::string firstLineWith(const char* path, const std::string& key) {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(key, 0) == 0) {
            const auto colon = line.find(':');
            std::string value = colon == std::string::npos ? line : line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(" \t"));
            return value;
        }
    }
    return {};
}

Json machine(const FmaPeak& peak) {
    utsname names{};
    uname(&names);
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    return {{"cpu", firstLineWith("/proc/cpuinfo", "model name")},
            {"logical_cpus", int(std::thread::hardware_concurrency())},
            {"kernel", std::string(names.sysname) + " " + names.release},
            {"load_average", {load[0], load[1], load[2]}},
            {"fma_peak_gflops_per_core", peak.gflops},
            {"fma_peak_instructions", peak.instructions}};
}

Json build() {
    std::string simd = Eigen::SimdInstructionSetsInUse();
    return {
        {"hyperlab", HYPERLAB_VERSION},
        {"compiler", "gcc " __VERSION__},
        {"eigen", std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) +
                      "." + std::to_string(EIGEN_MINOR_VERSION)},
        {"onetbb", TBB_VERSION_STRING},
        {"eigen_simd", simd},
#ifdef NDEBUG
        {"optimised", true},
#else
        {"optimised", false},
#endif
    };
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d", std::localtime(&now));
    return text;
}

int run(const Options& options) {
    const bool real = fashionMnistAvailable(options.dataDirectory);
    const std::shared_ptr<const Dataset> data =
        real ? loadFashionMnist(options.dataDirectory) : syntheticImages();
    std::vector<int> train(std::size_t(data->predefinedTestBegin));
    std::iota(train.begin(), train.end(), 0);

    const FmaPeak peak = measureFmaPeak();
    Json doc = {{"engine", "hyperlab"},
                {"date", today()},
                {"batch_size", kBatch},
                {"optimizer",
                 {{"name", "adam"},
                  {"learning_rate", kLearningRate},
                  {"accuracy_schedule", "cosine per step to 0"}}},
                {"init", "kaiming_uniform"},
                {"quick", options.quick},
                {"machine", machine(peak)},
                {"build", build()},
                {"data", real ? "fashion-mnist" : "synthetic"},
                {"results", Json::array()}};
    for (int threads : options.threads) {
        ThreadLimit limit(threads);
        for (const std::string& model : options.models)
            doc["results"].push_back(measure(model, data, train, options));
    }
    doc["convolutions"] = Json::array();
    for (const std::string& model : options.models)
        if (model != "mlp")
            doc["convolutions"].push_back(convolutionFigures(model, peak, options.quick));
    if (options.accuracy) {
        if (!real) {
            doc["accuracy"] = {{"skipped", "Fashion-MNIST is not installed"}};
        } else {
            // The largest thread count asked for, as torch_reference.py does.
            ThreadLimit limit(*std::max_element(options.threads.begin(), options.threads.end()));
            Json acc = Json::object();
            // The accuracy targets of issue 2 are for these two models.
            for (const std::string& model : options.models)
                if (model == "mlp" || model == "cnn")
                    acc[model] = accuracy(model, model == "mlp" ? 10 : 5, data);
            doc["accuracy"] = acc;
        }
    }
    doc["peak_memory_mb"] = peakMemoryMb();
    std::cout << doc.dump(2) << std::endl;
    return 0;
}

}  // namespace
}  // namespace hyperlab

int main(int argc, char** argv) {
    try {
        return hyperlab::run(hyperlab::parseOptions(argc, argv));
    } catch (const hyperlab::InputError& e) {
        std::cerr << "hyperlab-bench: " << e.what() << "\n" << hyperlab::kUsage;
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "hyperlab-bench: " << e.what() << "\n";
        return 1;
    }
}
