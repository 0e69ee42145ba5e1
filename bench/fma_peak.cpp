#include "fma_peak.h"

#include <immintrin.h>

#include <ctime>

namespace hyperlab {

namespace {

double threadSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

constexpr long kSteps = 20'000'000;

// 16 independent accumulators: more than FMA latency x FMA ports on current
// x86 cores (4 x 2), so the loop is limited by throughput alone. x slightly
// above 1 and a small negative y keep the values finite and normal however
// long it runs. A macro, not a template taking lambdas: lambdas would not
// inherit the functions' target attributes, which the portable build needs.
#define HYPERLAB_FMA_LOOP(V, set, fma, lanes)                                                   \
    V a0 = set(0.f), a1 = set(1.f), a2 = set(2.f), a3 = set(3.f), a4 = set(4.f), a5 = set(5.f), \
      a6 = set(6.f), a7 = set(7.f), a8 = set(8.f), a9 = set(9.f), a10 = set(10.f),              \
      a11 = set(11.f), a12 = set(12.f), a13 = set(13.f), a14 = set(14.f), a15 = set(15.f);      \
    const V x = set(1.0000001f), y = set(-1e-7f);                                               \
    const double start = threadSeconds();                                                       \
    for (long i = 0; i < kSteps; ++i) {                                                         \
        a0 = fma(a0, x, y), a1 = fma(a1, x, y), a2 = fma(a2, x, y), a3 = fma(a3, x, y);         \
        a4 = fma(a4, x, y), a5 = fma(a5, x, y), a6 = fma(a6, x, y), a7 = fma(a7, x, y);         \
        a8 = fma(a8, x, y), a9 = fma(a9, x, y), a10 = fma(a10, x, y), a11 = fma(a11, x, y);     \
        a12 = fma(a12, x, y), a13 = fma(a13, x, y), a14 = fma(a14, x, y), a15 = fma(a15, x, y); \
    }                                                                                           \
    const double seconds = threadSeconds() - start;                                             \
    /* Stored so that the loop is not optimised away. */                                        \
    const V total =                                                                             \
        a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15;    \
    g_sink = total[0];                                                                          \
    return 2.0 * 16 * lanes * double(kSteps) / seconds / 1e9

volatile float g_sink = 0;

__attribute__((target("avx512f"))) double avx512() {
    HYPERLAB_FMA_LOOP(__m512, _mm512_set1_ps, _mm512_fmadd_ps, 16);
}

__attribute__((target("avx2,fma"))) double avx2() {
    HYPERLAB_FMA_LOOP(__m256, _mm256_set1_ps, _mm256_fmadd_ps, 8);
}

#undef HYPERLAB_FMA_LOOP

}  // namespace

FmaPeak measureFmaPeak() {
    if (__builtin_cpu_supports("avx512f"))
        return {avx512(), "avx512f"};
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return {avx2(), "avx2+fma"};
    return {0.0, "none (no FMA instructions)"};
}

}  // namespace hyperlab
