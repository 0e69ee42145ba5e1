#include "common/student_t.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace hyperlab {

namespace {

/// The continued fraction of I_x(a, b) (Numerical Recipes' betacf), modified
/// Lentz's method; converges fast for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x) {
    constexpr int kMaxIterations = 300;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1, d = 1 - qab * x / qap;
    if (std::abs(d) < kTiny)
        d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::abs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::abs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1) < kEpsilon)
            break;
    }
    return h;
}

}  // namespace

double regularizedIncompleteBeta(double a, double b, double x) {
    if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1))
        throw std::invalid_argument("regularizedIncompleteBeta: needs a, b > 0 and x in [0, 1]");
    if (x == 0 || x == 1)
        return x;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The fraction converges where x is below the mean; use the symmetry
    // I_x(a, b) = 1 - I_{1-x}(b, a) elsewhere.
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

double studentTCdf(double t, double dof) {
    if (!(dof > 0))
        throw std::invalid_argument("studentTCdf: needs dof > 0");
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = 0.5 * regularizedIncompleteBeta(dof / 2, 0.5, dof / (dof + t * t));
    return t > 0 ? 1 - tail : tail;
}

WelchTTest welchTTest(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() < 2 || b.size() < 2)
        throw std::invalid_argument("welchTTest: needs at least two values per sample");
    const auto moments = [](const std::vector<double>& v, double& mean, double& variance) {
        mean = 0;
        for (double x : v)
            mean += x;
        mean /= double(v.size());
        variance = 0;
        for (double x : v)
            variance += (x - mean) * (x - mean);
        variance /= double(v.size() - 1);
    };
    double meanA, varA, meanB, varB;
    moments(a, meanA, varA);
    moments(b, meanB, varB);
    const double na = double(a.size()), nb = double(b.size());
    const double sa = varA / na, sb = varB / nb;
    WelchTTest r;
    if (sa + sb == 0) {
        r.t = meanA == meanB
                  ? 0
                  : std::copysign(std::numeric_limits<double>::infinity(), meanA - meanB);
        r.dof = na + nb - 2;
        r.p = meanA == meanB ? 1 : 0;
        return r;
    }
    r.t = (meanA - meanB) / std::sqrt(sa + sb);
    r.dof = (sa + sb) * (sa + sb) / (sa * sa / (na - 1) + sb * sb / (nb - 1));
    r.p = 2 * studentTCdf(-std::abs(r.t), r.dof);
    return r;
}

}  // namespace hyperlab
