#pragma once

#include <Eigen/Core>

namespace hyperlab {

/// The scalar every network computes in. Float: training speed matters more
/// than the last digits, and gradient checks use tolerances that fit it.
using Scalar = float;

/// A batch of activations: one column per sample, each column the sample's
/// features flattened channel-major (c, y, x) so a column is contiguous.
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
using VectorMap = Eigen::Map<Vector>;
using MatrixMap = Eigen::Map<Matrix>;
using ConstMatrixMap = Eigen::Map<const Matrix>;

/// Shape of one sample as it flows between layers: channels x height x width.
/// Dense data is {features, 1, 1}.
struct Shape {
    int channels = 1;
    int height = 1;
    int width = 1;

    int size() const { return channels * height * width; }
    bool operator==(const Shape&) const = default;
};

}  // namespace hyperlab
