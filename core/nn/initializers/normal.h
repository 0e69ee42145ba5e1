#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Plain normal: W ~ N(0, scale^2), with a fixed scale that
/// ignores the fans, so it suits no activation in particular. Shows why
/// fan-aware schemes exist: a scale that suits a narrow layer makes
/// activations vanish or explode in a wide, deep one.
class Normal final : public Initializer {
public:
    /// Throws InputError unless scale is finite and > 0.
    explicit Normal(double scale);
    std::string name() const override { return "normal"; }
    double scale() const { return m_scale; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;

private:
    double m_scale;
};

}  // namespace hyperlab
