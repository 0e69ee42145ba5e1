#pragma once

#include <functional>
#include <optional>

#include <Eigen/Core>

#include "common/random.h"
#include "search/transform.h"

namespace hyperlab {

struct AcquisitionOptimizerOptions {
    int randomCandidates = 1000;  ///< uniform draws (through the transform's uniform view)
    int sobolCandidates = 1000;   ///< points of a freshly scrambled Sobol sequence
    int localCandidates = 200;    ///< Gaussian perturbations of the incumbents
    double localScale = 0.05;     ///< their standard deviation (unit-cube units)
    int refineStarts = 5;         ///< best distinct candidates refined by pattern search
    int refineIterations = 40;    ///< pattern-search iterations per start
    /// Points closer than this (Euclidean, encoding) to a row of `avoid`
    /// are never returned.
    double minDistance = 1e-3;
};

/// Scores a batch: one acquisition value per row (higher is better).
using BatchAcquisition = std::function<Eigen::VectorXd(const Eigen::MatrixXd& points)>;

/// Maximises an acquisition over the valid encodings of `transform`:
/// scores random, Sobol and near-incumbent candidates (each projected onto
/// a valid encoding: integers rounded, one-hot blocks set to a single
/// choice, inactive dimensions at the neutral value), then refines the best
/// `refineStarts` by a compass (pattern) search that moves numeric columns
/// by +-h (h halving from 0.1 to 1e-4 when no move helps) and tries every
/// other choice of each categorical. Candidates within minDistance of a row
/// of `avoid` (observed and pending points) are rejected. Returns the best
/// encoding, or std::nullopt if every candidate was rejected (a small
/// discrete space that is used up). `incumbents` rows are the best observed
/// encodings (may be empty).
std::optional<Eigen::VectorXd> maximizeAcquisition(const UnitCubeTransform& transform,
                                                   const BatchAcquisition& acquisition,
                                                   const Eigen::MatrixXd& avoid,
                                                   const Eigen::MatrixXd& incumbents,
                                                   const AcquisitionOptimizerOptions& options,
                                                   Random& rng);

}  // namespace hyperlab
