#pragma once

// Finite-difference gradient checks shared by the layer, activation and loss
// tests. Qt-free: a check returns a report; the test asserts on it, e.g.
//   const auto report = hyperlab::testing::checkLayer(layer, input, random);
//   QVERIFY2(report.passed, report.message.c_str());
//
// Everything computes in float (hyperlab::Scalar), so the step and the
// tolerances are chosen for it: a central difference with step 1e-2 on
// inputs of order 1 has truncation error ~1e-5 relative and rounding error
// ~1e-7 * |L| / 1e-2 absolute; both are far below the tolerances, while a
// sign error (relative error 2) or a missing term (relative error of order 1)
// is far above them.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "common/random.h"
#include "common/tensor.h"
#include "nn/layer.h"

namespace hyperlab::testing {

struct GradientCheckOptions {
    /// Central-difference step h: dL/dv ~ (L(v + h) - L(v - h)) / 2h.
    double step = 1e-2;
    /// An entry passes when |analytic - numeric| <= absolute + relative *
    /// max(|analytic|, |numeric|). The absolute part keeps float noise on
    /// near-zero gradients from failing a correct implementation.
    double relative = 1e-2;
    double absolute = 1e-3;
    /// Check at most this many entries of each vector (chosen at random,
    /// always including the first and last); 0 = all.
    int maxEntries = 0;
};

struct GradientCheckReport {
    bool passed = true;
    int checked = 0;
    /// Largest |analytic - numeric| / (absolute + relative * scale); <= 1 passes.
    double worstRatio = 0.0;
    /// The worst entry and every failing entry (the first few), readable.
    std::string message;

    void merge(const GradientCheckReport& other) {
        passed = passed && other.passed;
        checked += other.checked;
        worstRatio = std::max(worstRatio, other.worstRatio);
        if (!other.message.empty())
            message += (message.empty() ? "" : "\n") + other.message;
    }
};

/// sum(a .* b) accumulated in double.
inline double weightedSum(const Matrix& a, const Matrix& b) {
    double sum = 0.0;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        sum += double(a.data()[i]) * double(b.data()[i]);
    return sum;
}

/// A matrix with entries uniform in [low, high).
inline Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, Random& random, double low = -1.0,
                           double high = 1.0) {
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = Scalar(random.uniform(low, high));
    return m;
}

/// A matrix whose entries are a random permutation of evenly spaced values in
/// [-1, 1]: no two are closer than 2 / size, so a finite-difference step
/// smaller than half of that never changes which entry is the largest (max
/// pooling) or crosses a kink between two inputs.
inline Matrix spreadMatrix(Eigen::Index rows, Eigen::Index cols, Random& random) {
    Matrix m(rows, cols);
    const Eigen::Index n = m.size();
    std::vector<Scalar> values(n);
    for (Eigen::Index i = 0; i < n; ++i)
        values[i] = Scalar(n == 1 ? 0.0 : -1.0 + 2.0 * double(i) / double(n - 1));
    random.shuffle(values);
    std::copy(values.begin(), values.end(), m.data());
    return m;
}

/// The core check. `values` points at `count` scalars that `loss` depends on
/// (an input batch, a parameter vector...); `analytic` holds the claimed
/// dLoss/dvalues. Each checked value is perturbed by +-step in place,
/// `loss` re-evaluated, and the value restored exactly.
inline GradientCheckReport compareWithFiniteDifferences(const std::string& name, Scalar* values,
                                                        Eigen::Index count,
                                                        const std::vector<Scalar>& analytic,
                                                        const std::function<double()>& loss,
                                                        const GradientCheckOptions& options,
                                                        Random& random) {
    GradientCheckReport report;
    std::vector<Eigen::Index> indices;
    if (options.maxEntries <= 0 || count <= options.maxEntries) {
        for (Eigen::Index i = 0; i < count; ++i)
            indices.push_back(i);
    } else {
        indices = {0, count - 1};
        while (int(indices.size()) < options.maxEntries)
            indices.push_back(Eigen::Index(random.below(std::uint64_t(count))));
    }
    int failures = 0;
    char line[256];
    for (const Eigen::Index i : indices) {
        const Scalar original = values[i];
        values[i] = Scalar(double(original) + options.step);
        const double up = loss();
        values[i] = Scalar(double(original) - options.step);
        const double down = loss();
        values[i] = original;
        // The perturbation actually applied after rounding to float.
        const double applied = double(Scalar(double(original) + options.step)) -
                               double(Scalar(double(original) - options.step));
        const double numeric = (up - down) / applied;
        const double claimed = analytic[std::size_t(i)];
        const double error = std::abs(claimed - numeric);
        const double allowed =
            options.absolute + options.relative * std::max(std::abs(claimed), std::abs(numeric));
        const double ratio = error / allowed;
        ++report.checked;
        if (ratio > 1.0 || !std::isfinite(ratio)) {
            report.passed = false;
            if (failures++ < 5) {
                std::snprintf(line, sizeof line, "%s[%lld]: analytic %.6g, numeric %.6g\n",
                              name.c_str(), static_cast<long long>(i), claimed, numeric);
                report.message += line;
            }
        }
        if (ratio > report.worstRatio || !std::isfinite(ratio)) {
            report.worstRatio = std::isfinite(ratio) ? ratio : 1e300;
        }
    }
    if (failures > 5)
        report.message += name + ": " + std::to_string(failures - 5) + " more\n";
    if (!report.message.empty())
        report.message.pop_back();
    return report;
}

/// Checks the gradient of a scalar function of a matrix (e.g. a loss of the
/// predictions): `analyticGradient` is the claimed dF/dx at `x`.
inline GradientCheckReport checkScalarFunction(const std::function<double(const Matrix&)>& function,
                                               const Matrix& x, const Matrix& analyticGradient,
                                               Random& random,
                                               const GradientCheckOptions& options = {}) {
    Matrix point = x;
    const std::vector<Scalar> analytic(analyticGradient.data(),
                                       analyticGradient.data() + analyticGradient.size());
    return compareWithFiniteDifferences(
        "input", point.data(), point.size(), analytic, [&] { return function(point); }, options,
        random);
}

/// Checks a parameter-free mapping y = f(x) with its backward pass
/// dx = backward(x, y, dy), through L = sum(f(x) .* R) for a fixed random R
/// (so dL/dy = R). Use for activations and other element-wise functions.
inline GradientCheckReport checkMapping(
    const std::function<void(const Matrix& x, Matrix& y)>& forward,
    const std::function<void(const Matrix& x, const Matrix& y, const Matrix& dy, Matrix& dx)>&
        backward,
    const Matrix& x, Random& random, const GradientCheckOptions& options = {}) {
    Matrix y;
    forward(x, y);
    const Matrix weights = randomMatrix(y.rows(), y.cols(), random);
    Matrix dx;
    backward(x, y, weights, dx);
    Matrix point = x;
    Matrix scratch;
    const std::vector<Scalar> analytic(dx.data(), dx.data() + dx.size());
    return compareWithFiniteDifferences(
        "input", point.data(), point.size(), analytic,
        [&] {
            forward(point, scratch);
            return weightedSum(scratch, weights);
        },
        options, random);
}

/// Checks a layer's input gradient and parameter gradients through
/// L = sum(layer(x) .* R) for a fixed random R. The layer must already be
/// bound to `parameters`/`gradients` (see bindRandomParameters). `training`
/// selects the forward mode; the layer must be deterministic in it.
inline GradientCheckReport checkLayer(Layer& layer, const Matrix& input, Vector& parameters,
                                      Vector& gradients, Random& random, bool training = true,
                                      const GradientCheckOptions& options = {}) {
    ForwardContext context{training, &random};
    Matrix output;
    layer.forward(input, output, context);
    const Matrix weights = randomMatrix(output.rows(), output.cols(), random);
    Matrix inputGradient;
    gradients.setConstant(Scalar(1e30));  // backward must overwrite every entry
    layer.backward(input, output, weights, inputGradient, true);

    Matrix point = input;
    Matrix scratch;
    const auto loss = [&] {
        ForwardContext again{training, &random};
        layer.forward(point, scratch, again);
        return weightedSum(scratch, weights);
    };
    GradientCheckReport report;
    if (inputGradient.rows() != input.rows() || inputGradient.cols() != input.cols()) {
        report.passed = false;
        report.message = "input gradient has the wrong shape";
        return report;
    }
    report.merge(compareWithFiniteDifferences(
        layer.describe() + " input", point.data(), point.size(),
        std::vector<Scalar>(inputGradient.data(), inputGradient.data() + inputGradient.size()),
        loss, options, random));
    if (parameters.size() > 0) {
        report.merge(compareWithFiniteDifferences(
            layer.describe() + " parameter", parameters.data(), parameters.size(),
            std::vector<Scalar>(gradients.data(), gradients.data() + gradients.size()), loss,
            options, random));
    }
    return report;
}

/// Allocates a layer's flat parameter/gradient vectors, binds them and fills
/// the parameters uniformly in [low, high).
inline void bindRandomParameters(Layer& layer, Vector& parameters, Vector& gradients,
                                 Random& random, double low = -1.0, double high = 1.0) {
    parameters.resize(layer.parameterCount());
    gradients.setZero(layer.parameterCount());
    for (Eigen::Index i = 0; i < parameters.size(); ++i)
        parameters[i] = Scalar(random.uniform(low, high));
    layer.bind(parameters.data(), gradients.data());
}

}  // namespace hyperlab::testing
