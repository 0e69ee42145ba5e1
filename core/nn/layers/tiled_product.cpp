#include "nn/layers/tiled_product.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>
#include <vector>

namespace hyperlab {

namespace {

using Index = Eigen::Index;

// Tile of c: kRowVectors x 16 rows by kColumns columns, 24 accumulators out
// of AVX-512's 32 registers; per depth step 4 vector loads of a and 6
// broadcasts of b feed 24 FMAs, so the loads stay well under the FMA rate.
constexpr int kRowVectors = 4;
constexpr int kTileRows = 16 * kRowVectors;
constexpr int kColumns = 6;
// Depth steps per pass over c: a tile's rows of a for one block (64 x 128
// floats, 32 KB) stay in the L1 cache while the column blocks pass over them.
constexpr Index kDepthBlock = 128;

// One tile of MV row vectors (the last one masked to the rows that exist)
// by NB columns, over the whole depth. The accumulators are named variables,
// not an array: GCC 12 keeps an array of 24 vectors on the stack and stores
// it back every iteration, which halves the speed.
#define HYPERLAB_FOR_ROWS(X, j)     \
    X(0, j) if constexpr (MV > 1) { \
        X(1, j)                     \
    }                               \
    if constexpr (MV > 2) {         \
        X(2, j)                     \
    }                               \
    if constexpr (MV > 3) {         \
        X(3, j)                     \
    }
#define HYPERLAB_FOR_TILE(X)                        \
    HYPERLAB_FOR_ROWS(X, 0) if constexpr (NB > 1) { \
        HYPERLAB_FOR_ROWS(X, 1)                     \
    }                                               \
    if constexpr (NB > 2) {                         \
        HYPERLAB_FOR_ROWS(X, 2)                     \
    }                                               \
    if constexpr (NB > 3) {                         \
        HYPERLAB_FOR_ROWS(X, 3)                     \
    }                                               \
    if constexpr (NB > 4) {                         \
        HYPERLAB_FOR_ROWS(X, 4)                     \
    }                                               \
    if constexpr (NB > 5) {                         \
        HYPERLAB_FOR_ROWS(X, 5)                     \
    }

// b's depth step p starts at b + p * rowStride, or at b + rowOffsets[p]
// with RowTable; column j at colOffsets[j] from there.
template <int MV, int NB, bool RowTable>
__attribute__((target("avx512f"))) void tile(Index depth, const Scalar* a, Index lda,
                                             const Scalar* b, Index rowStride,
                                             const Index* rowOffsets, const Index* colOffsets,
                                             Scalar* c, Index ldc, const Scalar* columnStart,
                                             bool accumulate, __mmask16 lastRows) {
    static_assert(MV >= 1 && MV <= kRowVectors && NB >= 1 && NB <= kColumns);
    // Row vector m's mask: all lanes but for the last row vector. (Macros,
    // not lambdas: a lambda would not inherit the target attribute, and the
    // portable build could not inline the intrinsics into it.)
#define HYPERLAB_ROW_MASK(m) ((m) == MV - 1 ? lastRows : __mmask16(0xffff))
    // All 24 declared (unused ones are optimised away), the tile's set.
    __m512 acc00, acc10, acc20, acc30, acc01, acc11, acc21, acc31, acc02, acc12, acc22, acc32,
        acc03, acc13, acc23, acc33, acc04, acc14, acc24, acc34, acc05, acc15, acc25, acc35;
#define HYPERLAB_START(m, j)                                                                      \
    acc##m##j = accumulate    ? _mm512_maskz_loadu_ps(HYPERLAB_ROW_MASK(m), c + j * ldc + 16 * m) \
                : columnStart ? _mm512_set1_ps(columnStart[j])                                    \
                              : _mm512_setzero_ps();
    HYPERLAB_FOR_TILE(HYPERLAB_START)
#undef HYPERLAB_START
    // Column j's b pointer; with fewer than 6 columns the unused ones are
    // neither set nor read.
    const Scalar *b0 = b + colOffsets[0], *b1 = b0, *b2 = b0, *b3 = b0, *b4 = b0, *b5 = b0;
    if constexpr (NB > 1)
        b1 = b + colOffsets[1];
    if constexpr (NB > 2)
        b2 = b + colOffsets[2];
    if constexpr (NB > 3)
        b3 = b + colOffsets[3];
    if constexpr (NB > 4)
        b4 = b + colOffsets[4];
    if constexpr (NB > 5)
        b5 = b + colOffsets[5];
    __m512 a0, a1, a2, a3, bj;
    for (Index p = 0; p < depth; ++p) {
        const Scalar* ap = a + p * lda;
        const Index bp = RowTable ? rowOffsets[p] : p * rowStride;
        a0 = _mm512_maskz_loadu_ps(HYPERLAB_ROW_MASK(0), ap);
        if constexpr (MV > 1)
            a1 = _mm512_maskz_loadu_ps(HYPERLAB_ROW_MASK(1), ap + 16);
        if constexpr (MV > 2)
            a2 = _mm512_maskz_loadu_ps(HYPERLAB_ROW_MASK(2), ap + 32);
        if constexpr (MV > 3)
            a3 = _mm512_maskz_loadu_ps(HYPERLAB_ROW_MASK(3), ap + 48);
#define HYPERLAB_FMA(m, j) acc##m##j = _mm512_fmadd_ps(a##m, bj, acc##m##j);
#define HYPERLAB_COLUMN(j)         \
    bj = _mm512_set1_ps(b##j[bp]); \
    HYPERLAB_FOR_ROWS(HYPERLAB_FMA, j)
        HYPERLAB_COLUMN(0)
        if constexpr (NB > 1) {
            HYPERLAB_COLUMN(1)
        }
        if constexpr (NB > 2) {
            HYPERLAB_COLUMN(2)
        }
        if constexpr (NB > 3) {
            HYPERLAB_COLUMN(3)
        }
        if constexpr (NB > 4) {
            HYPERLAB_COLUMN(4)
        }
        if constexpr (NB > 5) {
            HYPERLAB_COLUMN(5)
        }
#undef HYPERLAB_COLUMN
#undef HYPERLAB_FMA
    }
#define HYPERLAB_STORE(m, j) \
    _mm512_mask_storeu_ps(c + j * ldc + 16 * m, HYPERLAB_ROW_MASK(m), acc##m##j);
    HYPERLAB_FOR_TILE(HYPERLAB_STORE)
#undef HYPERLAB_STORE
#undef HYPERLAB_ROW_MASK
}

#undef HYPERLAB_FOR_TILE
#undef HYPERLAB_FOR_ROWS

using TileFunction = void (*)(Index, const Scalar*, Index, const Scalar*, Index, const Index*,
                              const Index*, Scalar*, Index, const Scalar*, bool, __mmask16);

template <int MV, bool RowTable, int... NB>
constexpr auto tileRow(std::integer_sequence<int, NB...>) {
    return std::array<TileFunction, sizeof...(NB)>{&tile<MV, NB + 1, RowTable>...};
}

using TileTable = std::array<std::array<TileFunction, kColumns>, kRowVectors>;

template <bool RowTable>
constexpr TileTable tileTable() {
    constexpr auto columns = std::make_integer_sequence<int, kColumns>();
    return {tileRow<1, RowTable>(columns), tileRow<2, RowTable>(columns),
            tileRow<3, RowTable>(columns), tileRow<4, RowTable>(columns)};
}

// tiles[rowTable][mv - 1][nb - 1]
const std::array<TileTable, 2> tiles = {tileTable<false>(), tileTable<true>()};

void vectorisedProduct(Index rows, Index cols, Index depth, const Scalar* a, Index lda,
                       StridedOperand b, Scalar* c, Index ldc, const Scalar* columnStart) {
    const bool rowTable = b.rowOffsets != nullptr;
    // c is carried from one depth block to the next (loaded, not restarted).
    for (Index p = 0; p < depth || p == 0; p += kDepthBlock) {
        const Index steps = std::min(kDepthBlock, depth - p);
        const bool accumulate = p > 0;
        const Scalar* bBlock = rowTable ? b.data : b.data + p * b.rowStride;
        const Index* rowOffsets = rowTable ? b.rowOffsets + p : nullptr;
        for (Index i = 0; i < rows; i += kTileRows) {
            const int tileRows = int(std::min<Index>(kTileRows, rows - i));
            const int mv = (tileRows + 15) / 16;
            const int last = tileRows - 16 * (mv - 1);
            const auto mask = __mmask16((1u << last) - 1u);
            for (Index j = 0; j < cols; j += kColumns) {
                const int nb = int(std::min<Index>(kColumns, cols - j));
                Index stridedOffsets[kColumns];
                const Index* colOffsets = b.colOffsets + j;
                if (!b.colOffsets) {
                    for (int k = 0; k < nb; ++k)
                        stridedOffsets[k] = (j + k) * b.colStride;
                    colOffsets = stridedOffsets;
                }
                tiles[rowTable][mv - 1][nb - 1](steps, a + p * lda + i, lda, bBlock, b.rowStride,
                                                rowOffsets, colOffsets, c + j * ldc + i, ldc,
                                                columnStart ? columnStart + j : nullptr, accumulate,
                                                mask);
            }
        }
    }
}

}  // namespace

bool tiledProductVectorised() {
    // HYPERLAB_NO_AVX512 set (to anything) takes the portable path on an
    // AVX-512 machine too, so that tests and benchmarks can run it there.
    static const bool available =
        __builtin_cpu_supports("avx512f") && std::getenv("HYPERLAB_NO_AVX512") == nullptr;
    return available;
}

void tiledProduct(Index rows, Index cols, Index depth, const Scalar* a, Index lda, StridedOperand b,
                  Scalar* c, Index ldc, const Scalar* columnStart) {
    if (rows <= 0 || cols <= 0)
        return;
    if (tiledProductVectorised())
        vectorisedProduct(rows, cols, depth, a, lda, b, c, ldc, columnStart);
    else
        portableTiledProduct(rows, cols, depth, a, lda, b, c, ldc, columnStart);
}

void portableTiledProduct(Index rows, Index cols, Index depth, const Scalar* a, Index lda,
                          StridedOperand b, Scalar* c, Index ldc, const Scalar* columnStart) {
    if (rows <= 0 || cols <= 0)
        return;
    using Stride = Eigen::OuterStride<>;
    using RowMajor = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const Matrix, 0, Stride> left(a, rows, depth, Stride(lda));
    Eigen::Map<Matrix, 0, Stride> out(c, rows, cols, Stride(ldc));
    if (columnStart)
        out.rowwise() =
            Eigen::Map<const Eigen::Matrix<Scalar, 1, Eigen::Dynamic>>(columnStart, cols);
    else
        out.setZero();
    // The convolution passes b either column-major or row-major (a
    // transposed weight matrix), which Eigen multiplies in place, or through
    // offset tables, which are gathered into a matrix first.
    if (b.rowOffsets || b.colOffsets) {
        // Kept per thread: a convolution calls this per chunk, and a fresh
        // megabyte-sized block each time costs page faults.
        thread_local std::vector<Scalar, Eigen::aligned_allocator<Scalar>> buffer;
        buffer.resize(std::max<std::size_t>(buffer.size(), std::size_t(depth * cols)));
        MatrixMap gathered(buffer.data(), depth, cols);
        for (Index j = 0; j < cols; ++j) {
            const Scalar* column = b.data + (b.colOffsets ? b.colOffsets[j] : j * b.colStride);
            for (Index r = 0; r < depth; ++r)
                gathered(r, j) = column[b.rowOffsets ? b.rowOffsets[r] : r * b.rowStride];
        }
        out.noalias() += left * gathered;
    } else if (b.rowStride == 1) {
        out.noalias() +=
            left * Eigen::Map<const Matrix, 0, Stride>(b.data, depth, cols, Stride(b.colStride));
    } else if (b.colStride == 1) {
        out.noalias() +=
            left * Eigen::Map<const RowMajor, 0, Stride>(b.data, depth, cols, Stride(b.rowStride));
    } else {
        using Strides = Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>;
        out.noalias() += left * Eigen::Map<const Matrix, 0, Strides>(
                                    b.data, depth, cols, Strides(b.colStride, b.rowStride));
    }
}

}  // namespace hyperlab
