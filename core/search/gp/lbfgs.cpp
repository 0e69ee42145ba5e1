#include "search/gp/lbfgs.h"

#include <cmath>
#include <deque>
#include <vector>

namespace hyperlab {

LbfgsResult minimizeLbfgs(const DifferentiableFunction& f, Eigen::VectorXd x0,
                          const LbfgsOptions& options) {
    LbfgsResult result;
    const Eigen::Index n = x0.size();
    Eigen::VectorXd g(n), gNew(n);
    double fx = f(x0, g);
    result.evaluations = 1;
    result.x = x0;
    result.value = fx;
    if (!std::isfinite(fx) || !g.allFinite())
        return result;

    std::deque<Eigen::VectorXd> ss, ys;
    std::deque<double> rhos;
    Eigen::VectorXd x = x0, xNew(n), direction(n);
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        if (g.cwiseAbs().maxCoeff() < options.gradientTolerance)
            break;
        // Two-loop recursion: direction = -H g.
        direction = -g;
        std::vector<double> alphas(ss.size());
        for (int i = static_cast<int>(ss.size()) - 1; i >= 0; --i) {
            alphas[static_cast<std::size_t>(i)] =
                rhos[static_cast<std::size_t>(i)] * ss[static_cast<std::size_t>(i)].dot(direction);
            direction -= alphas[static_cast<std::size_t>(i)] * ys[static_cast<std::size_t>(i)];
        }
        if (!ss.empty())
            direction *= ss.back().dot(ys.back()) / ys.back().squaredNorm();
        for (std::size_t i = 0; i < ss.size(); ++i) {
            const double beta = rhos[i] * ys[i].dot(direction);
            direction += (alphas[i] - beta) * ss[i];
        }
        double slope = g.dot(direction);
        if (!(slope < 0.0)) {  // not a descent direction: forget the curvature pairs
            ss.clear();
            ys.clear();
            rhos.clear();
            direction = -g;
            slope = -g.squaredNorm();
        }
        // The first step has no curvature information: keep it short.
        double step = ss.empty() ? std::min(1.0, 1.0 / direction.norm()) : 1.0;
        double fNew = 0.0;
        bool accepted = false;
        for (int k = 0; k < options.maxLineSearchSteps; ++k) {
            xNew = x + step * direction;
            fNew = f(xNew, gNew);
            ++result.evaluations;
            if (std::isfinite(fNew) && gNew.allFinite() && fNew <= fx + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break;
        const Eigen::VectorXd s = xNew - x, y = gNew - g;
        const double sy = s.dot(y);
        if (sy > 1e-12 * s.norm() * y.norm()) {
            ss.push_back(s);
            ys.push_back(y);
            rhos.push_back(1.0 / sy);
            if (static_cast<int>(ss.size()) > options.memory) {
                ss.pop_front();
                ys.pop_front();
                rhos.pop_front();
            }
        }
        const double change = std::abs(fx - fNew);
        x = xNew;
        g = gNew;
        const double previous = fx;
        fx = fNew;
        result.iterations = iteration + 1;
        if (change <= options.relativeTolerance * (1.0 + std::abs(previous)))
            break;
    }
    result.x = x;
    result.value = fx;
    return result;
}

}  // namespace hyperlab
