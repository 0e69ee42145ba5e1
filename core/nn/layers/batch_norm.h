#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Batch normalisation (Ioffe & Szegedy 2015, "Batch Normalization:
/// Accelerating Deep Network Training by Reducing Internal Covariate Shift").
///
///   y = gamma * (x - mean) / sqrt(var + eps) + beta
///
/// Statistics are per channel: over the batch and all H x W positions for a
/// conv input C x H x W (BatchNorm2d), over the batch for a dense input
/// {features, 1, 1} (BatchNorm1d). Training uses the batch mean and biased
/// variance and updates the running statistics as PyTorch does:
///   running = (1 - momentum) * running + momentum * batch statistic,
/// with the unbiased variance (times m / (m - 1), m values per channel).
/// Evaluation normalises with the running statistics.
///
/// Parameters in the layer's flat slice: gamma (C), then beta (C). The
/// running statistics are state, not parameters: they are not in the flat
/// vector, so whoever saves or restores weights must also copy them.
class BatchNorm : public Layer {
public:
    static constexpr double kMomentum = 0.1;
    static constexpr double kEpsilon = 1e-5;

    /// Throws std::invalid_argument for an empty input shape.
    explicit BatchNorm(Shape input);

    std::string kind() const override { return "batch_norm"; }
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return m_input; }

    Eigen::Index parameterCount() const override { return 2 * Eigen::Index(m_input.channels); }
    void bind(Scalar* parameters, Scalar* gradients) override;
    /// gamma = 1, beta = 0, running mean 0, running variance 1 (the scheme
    /// is not used: normalisation has no fan-dependent scale).
    void initialize(const Initializer& weights, Random& random) override;

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

    const Vector& runningMean() const { return m_runningMean; }
    const Vector& runningVariance() const { return m_runningVariance; }
    /// Restores running statistics (e.g. from a saved model); sizes must be C.
    void setRunningStatistics(const Vector& mean, const Vector& variance);

private:
    Shape m_input;
    Eigen::Index m_area = 1;  // values per channel per sample (H * W)
    Scalar* m_parameters = nullptr;
    Scalar* m_gradients = nullptr;
    Vector m_runningMean;
    Vector m_runningVariance;

    // Cached by forward for backward.
    bool m_training = false;
    Matrix m_normalized;        // (x - mean) / sqrt(var + eps)
    Vector m_inverseDeviation;  // 1 / sqrt(var + eps) per channel
};

}  // namespace hyperlab
