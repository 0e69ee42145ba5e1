#pragma once

#include <string>

#include "nn/layer.h"

namespace hyperlab {

/// Inverted dropout (Srivastava et al. 2014, "Dropout: A Simple Way to
/// Prevent Neural Networks from Overfitting").
///
/// Training: each value is kept with probability 1 - rate and scaled by
/// 1 / (1 - rate), otherwise zeroed, so the expected output equals the input
/// and evaluation needs no rescaling. The mask is drawn from
/// ForwardContext::random one value at a time in column-major order, so a
/// seed fixes it whatever the thread count. Evaluation, and rate 0, are the
/// identity.
class Dropout : public Layer {
public:
    /// Throws std::invalid_argument unless 0 <= rate < 1.
    Dropout(Shape input, double rate);

    std::string kind() const override { return "dropout"; }
    /// "dropout 0.2".
    std::string describe() const override;
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return m_input; }
    double rate() const { return m_rate; }

    /// Throws std::logic_error when training with rate > 0 and no
    /// context.random.
    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    Shape m_input;
    double m_rate = 0.0;
    bool m_masked = false;  // whether the last forward applied m_mask
    Matrix m_mask;          // 0 or 1 / (1 - rate) per value of the last batch
};

}  // namespace hyperlab
