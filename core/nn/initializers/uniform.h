#pragma once

#include "nn/initializers/initializer.h"

namespace hyperlab {

/// Plain uniform: W ~ U(-scale, scale), Var(W) = scale^2 / 3, with a fixed scale that
/// ignores the fans, so it suits no activation in particular. Shows why
/// fan-aware schemes exist: a scale that suits a narrow layer makes
/// activations vanish or explode in a wide, deep one.
class Uniform final : public Initializer {
public:
    /// Throws InputError unless scale is finite and > 0.
    explicit Uniform(double scale);
    std::string name() const override { return "uniform"; }
    double scale() const { return m_scale; }
    void fill(Eigen::Ref<Matrix> weights, int fanIn, int fanOut, Random& random) const override;

private:
    double m_scale;
};

}  // namespace hyperlab
