#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "search/gp/gaussian_process.h"
#include "search/search_space.h"
#include "search/transform.h"
#include "study/model/trial.h"

namespace hyperlab {

/// The objective over two chosen dimensions, on a grid of cells.
struct ContourGrid {
    std::size_t xDimension = 0, yDimension = 0;  ///< space indices
    int resolution = 0;
    /// Unit coordinates of the cell centres along each axis, (i + 0.5) / resolution.
    std::vector<double> u;
    /// Surrogate mean, row = y cell, column = x cell, in the objective's own
    /// units and direction (an accuracy stays an accuracy).
    Eigen::MatrixXd mean;
};

/// The surrogate behind the contour chart: the core Gaussian process
/// (search/gp, the model the Bayesian sampler uses: Matern 5/2 with one
/// length scale per column, fitted by marginal likelihood) fitted on the
/// completed trials in the search space's encoding (unit cube, log ranges
/// on a log scale, categories one-hot, inactive dimensions at the neutral
/// 0.5). Outputs are standardised for the fit and scaled back. Deterministic
/// for a seed (the fit's random restarts).
class ContourSurrogate {
public:
    /// Fewest completed trials a surrogate is fitted on.
    static constexpr std::size_t kMinimumTrials = 3;

    /// `trials`: completed trials with a finite objective (rankCompletedTrials).
    /// Throws InputError ("trials: ...") below kMinimumTrials.
    ContourSurrogate(const SearchSpace& space, const std::vector<TrialSnapshot>& trials,
                     std::uint64_t seed = 0);

    /// The surrogate mean at valid params, in objective units.
    double predict(const Params& params) const;
    /// The mean on a resolution x resolution grid over dimensions xDimension
    /// and yDimension (numeric ones; see numericDimensions), every other
    /// dimension held at its value in `anchor` (usually the best trial): a
    /// slice of the surrogate through that trial.
    ContourGrid grid(std::size_t xDimension, std::size_t yDimension, int resolution,
                     const Params& anchor) const;

    /// Space indices of the varying float and int dimensions (contour axes).
    static std::vector<std::size_t> numericDimensions(const SearchSpace& space);

    const GaussianProcess& process() const { return m_gp; }

private:
    UnitCubeTransform m_transform;
    GaussianProcess m_gp;
    double m_mean = 0.0;
    double m_scale = 1.0;
};

}  // namespace hyperlab
