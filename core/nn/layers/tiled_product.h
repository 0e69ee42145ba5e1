#pragma once

#include "common/tensor.h"

namespace hyperlab {

/// The right-hand operand of tiledProduct, element (r, c) at
/// data[rowOffset(r) + colOffset(c)]: rowOffset(r) = r * rowStride unless a
/// table rowOffsets is given, likewise for columns. With strides only it is
/// a column-major matrix (rowStride 1) or a transposed one (colStride 1);
/// with tables, for instance, a convolution's receptive fields read straight
/// from the zero-bordered input (row: kernel tap, column: output pixel)
/// without writing them out as a column matrix first.
struct StridedOperand {
    const Scalar* data = nullptr;
    Eigen::Index rowStride = 1;
    Eigen::Index colStride = 1;
    const Eigen::Index* rowOffsets = nullptr;  // depth entries, or nullptr
    const Eigen::Index* colOffsets = nullptr;  // cols entries, or nullptr
};

/// c = start + a * b, for the convolution's three products (forward, input
/// gradient, weight gradient; see conv2d.cpp):
/// - a: rows x depth, column-major with leading dimension lda (contiguous
///   along rows);
/// - b: depth x cols, any strides;
/// - c: rows x cols, column-major with leading dimension ldc, overwritten
///   (nothing is read from it, so it needs no zero fill);
/// - columnStart: one start value per column of c (a bias), or nullptr for 0.
///
/// With AVX-512 (checked at run time, so the portable build uses it too) a
/// register-tiled kernel runs that reads both operands in place (b also
/// through offset tables): blocks of
/// 64 rows x 6 columns of c stay in 24 vector registers while the depth
/// loop streams a and b: 165-195 GFLOP/s on the convolution's shapes on
/// the development machine (FMA peak about 230 per core), against 120-150
/// for Eigen's general product, which copies both operands into packed
/// blocks on every call. Otherwise Eigen computes it (b given by offset
/// tables gathered into a matrix first).
///
/// The AVX-512 kernel adds each element's depth terms in ascending order onto
/// its start value; either way the result depends neither on the thread
/// count nor on memory addresses.
void tiledProduct(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth, const Scalar* a,
                  Eigen::Index lda, StridedOperand b, Scalar* c, Eigen::Index ldc,
                  const Scalar* columnStart = nullptr);

/// Whether tiledProduct uses the AVX-512 kernel on this CPU (not when the
/// environment variable HYPERLAB_NO_AVX512 is set: the portable path, for
/// tests and benchmarks on an AVX-512 machine).
bool tiledProductVectorised();

/// tiledProduct's path without AVX-512 (Eigen), callable directly so that
/// tests cover it on any machine.
void portableTiledProduct(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth, const Scalar* a,
                          Eigen::Index lda, StridedOperand b, Scalar* c, Eigen::Index ldc,
                          const Scalar* columnStart = nullptr);

}  // namespace hyperlab
