#pragma once

namespace hyperlab {

/// What one core of this machine can multiply-add: a loop of independent
/// fused multiply-adds on the widest vectors the CPU has (AVX-512, else
/// AVX2 + FMA), timed on the calling thread's CPU clock. In GFLOP/s
/// (2 per multiply-add), the ceiling for the convolutions' figures.
struct FmaPeak {
    double gflops = 0.0;
    const char* instructions = "";
};

FmaPeak measureFmaPeak();

}  // namespace hyperlab
