#include "nn/layers/batch_norm.h"

#include <cmath>
#include <stdexcept>

#include "common/parallel.h"

namespace hyperlab {

namespace {

// A sum over one channel's values, sampleSum(n) being sample n's share:
// each sample's H x W contiguous values are summed in float by Eigen's
// vectorised reduction (spread over the lanes of a vector, so each lane
// adds a few dozen values), the per-sample sums in double. The whole
// channel summed through a cast to double ran element by element (Eigen
// does not vectorise that cast): batch norm took twice PyTorch's time. The
// order depends only on the shape, not on the thread count.
template <class SampleSum>
double sumOverSamples(Eigen::Index samples, SampleSum sampleSum) {
    double total = 0;
    for (Eigen::Index n = 0; n < samples; ++n)
        total += double(sampleSum(n));
    return total;
}

}  // namespace

BatchNorm::BatchNorm(Shape input)
    : m_input(input),
      m_area(Eigen::Index(input.height) * input.width),
      m_runningMean(Vector::Zero(input.channels)),
      m_runningVariance(Vector::Ones(input.channels)) {
    if (input.size() < 1)
        throw std::invalid_argument("BatchNorm: empty input shape");
}

void BatchNorm::bind(Scalar* parameters, Scalar* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

void BatchNorm::initialize(const Initializer&, Random&) {
    const Eigen::Index channels = m_input.channels;
    VectorMap(m_parameters, channels).setOnes();
    VectorMap(m_parameters + channels, channels).setZero();
    m_runningMean.setZero();
    m_runningVariance.setOnes();
}

void BatchNorm::setRunningStatistics(const Vector& mean, const Vector& variance) {
    if (mean.size() != m_input.channels || variance.size() != m_input.channels)
        throw std::invalid_argument(
            "BatchNorm: running statistics must have one value per channel");
    m_runningMean = mean;
    m_runningVariance = variance;
}

void BatchNorm::forward(const Matrix& input, Matrix& output, ForwardContext& context) {
    const Eigen::Index channels = m_input.channels;
    const Eigen::Index batch = input.cols();
    const Eigen::Index count = m_area * batch;  // values per channel
    m_training = context.training;
    output.resize(input.rows(), batch);
    m_normalized.resize(input.rows(), batch);
    m_inverseDeviation.resize(channels);
    const Scalar* gamma = m_parameters;
    const Scalar* beta = m_parameters + channels;

    // Channels are independent, so each chunk owns its rows and its entries
    // of the running statistics: deterministic for any thread count.
    parallelChunks(channels, 1, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        for (std::ptrdiff_t c = begin; c < end; ++c) {
            const auto x = input.middleRows(c * m_area, m_area);
            double mean, variance;
            if (m_training) {
                // Two passes (mean, then squared deviations): one pass with
                // E[x^2] - mean^2 would lose the digits the variance lives in
                // when the mean is large.
                mean = sumOverSamples(batch, [&](Eigen::Index n) { return x.col(n).sum(); }) /
                       double(count);
                const Scalar shift = Scalar(mean);
                variance = sumOverSamples(batch,
                                          [&](Eigen::Index n) {
                                              return (x.col(n).array() - shift).square().sum();
                                          }) /
                           double(count);
                const double unbiased = count > 1 ? variance * count / (count - 1) : variance;
                m_runningMean[c] = Scalar((1 - kMomentum) * m_runningMean[c] + kMomentum * mean);
                m_runningVariance[c] =
                    Scalar((1 - kMomentum) * m_runningVariance[c] + kMomentum * unbiased);
            } else {
                mean = m_runningMean[c];
                variance = m_runningVariance[c];
            }
            const Scalar inverse = Scalar(1.0 / std::sqrt(variance + kEpsilon));
            m_inverseDeviation[c] = inverse;
            auto normalized = m_normalized.middleRows(c * m_area, m_area);
            normalized = (x.array() - Scalar(mean)) * inverse;
            output.middleRows(c * m_area, m_area) = normalized.array() * gamma[c] + beta[c];
        }
    });
}

void BatchNorm::backward(const Matrix&, const Matrix&, const Matrix& outputGradient,
                         Matrix& inputGradient, bool needInputGradient) {
    const Eigen::Index channels = m_input.channels;
    const Eigen::Index batch = outputGradient.cols();
    const double count = double(m_area * batch);
    const Scalar* gamma = m_parameters;
    if (needInputGradient)
        inputGradient.resize(outputGradient.rows(), batch);

    parallelChunks(channels, 1, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        for (std::ptrdiff_t c = begin; c < end; ++c) {
            const auto dy = outputGradient.middleRows(c * m_area, m_area);
            const auto xhat = m_normalized.middleRows(c * m_area, m_area);
            const double betaGradient =
                sumOverSamples(batch, [&](Eigen::Index n) { return dy.col(n).sum(); });
            const double gammaGradient = sumOverSamples(batch, [&](Eigen::Index n) {
                return (dy.col(n).array() * xhat.col(n).array()).sum();
            });
            m_gradients[c] = Scalar(gammaGradient);
            m_gradients[channels + c] = Scalar(betaGradient);
            if (!needInputGradient)
                continue;
            auto dx = inputGradient.middleRows(c * m_area, m_area);
            const Scalar scale = gamma[c] * m_inverseDeviation[c];
            if (m_training) {
                // The batch mean and variance depend on every input, which
                // adds the two correction terms to the plain scaling.
                const Scalar meanGradient = Scalar(betaGradient / count);
                const Scalar projection = Scalar(gammaGradient / count);
                dx = scale * (dy.array() - meanGradient - xhat.array() * projection);
            } else {
                dx = scale * dy;
            }
        }
    });
}

}  // namespace hyperlab
