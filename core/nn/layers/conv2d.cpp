#include "nn/layers/conv2d.h"

#include <immintrin.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "common/errors.h"
#include "common/parallel.h"
#include "nn/initializers/initializer.h"
#include "nn/layers/tiled_product.h"

namespace hyperlab {

Padding paddingFromName(const std::string& name, const std::string& field) {
    if (name == "same")
        return Padding::Same;
    if (name == "valid")
        return Padding::Valid;
    throw InputError(field, problem(ProblemCode::UnknownName, {"padding", name, "same, valid"}));
}

std::string paddingName(Padding padding) {
    return padding == Padding::Same ? "same" : "valid";
}

namespace {

// Rows of a window are copied in whole blocks of kBlock values, possibly
// running past the row's end: the overrun lands where a later row or tap
// writes anyway (or in kSlack spare values at the end of a buffer), and a
// fixed-size copy compiles to a few vector moves instead of a loop with a
// scalar tail, which matters for the 5..30 wide rows of typical images.
constexpr int kBlock = 8;
constexpr int kSlack = 2 * kBlock;

// Column-matrix values per chunk (see Conv2D::chunkSize). Forward reads a
// chunk's columns once per block of 64 filters, so they should stay in the
// L2 cache: 1 MB (for the 5x5x64 benchmark layer: 1 sample per chunk; 2 took
// 8 % longer, 4 took 35 %). The weight gradient streams them once and gains
// from summing more pixels per product: 2 MB (2-3 samples).
constexpr Eigen::Index kForwardColumnValues = Eigen::Index(1) << 18;
constexpr Eigen::Index kBackwardColumnValues = Eigen::Index(1) << 19;

// Forward computes W x columns^T (filters as the rows of tiledProduct's
// tiles, read contiguously) from this many filters on, and columns x W^T
// (pixels as the rows, read with a stride per tap) below. The 5x5x64
// layer's forward product alone: 166 against 142 GFLOP/s; but 5x5x32 on
// 28x28 (25 taps), where 32 filters fill only half a tile, took 2.2-2.3 ms
// per batch of 64 that way against 1.1-1.2 ms the other way round. Since the
// receptive fields are read in place (no im2col), fewer filters over more
// taps gain too: the student CNN's 32x3x3 layers (144 and 288 taps) took
// 1.0-1.1 and 0.5 ms against 1.5-1.7 and 0.85 with columns x W^T.
constexpr int kFiltersForTransposedForward = 48;
constexpr int kTapsForTransposedForward = 128;

inline void copyRow(Scalar* out, const Scalar* in, int count) {
    for (int i = 0; i < count; i += kBlock)
        std::memcpy(out + i, in + i, sizeof(Scalar) * kBlock);
}

// out[0, count) += in[0, count). The tail block reads up to kBlock - 1 values
// past both rows (so both buffers need slack) but adds zero to them.
inline void addRow(Scalar* out, const Scalar* in, int count) {
    int i = 0;
    for (; i + kBlock <= count; i += kBlock)
        for (int j = 0; j < kBlock; ++j)
            out[i + j] += in[i + j];
    if (i < count) {
        const int rest = count - i;
        // Unconditional loads so the compiler can blend instead of branching.
        for (int j = 0; j < kBlock; ++j) {
            const Scalar value = in[i + j];
            out[i + j] += j < rest ? value : Scalar(0);
        }
    }
}

// Per-thread scratch reused across chunks, batches and layers. Allocating
// these megabyte-sized buffers per chunk instead costs page faults on every
// call (the allocator hands large blocks back to the system), which showed
// up as several percent of a training step. Contents never carry over:
// every user overwrites or zeroes what it reads. Safe because a chunk body
// never waits on other TBB work, so a thread runs one body at a time.
enum ScratchSlot {
    kColumns,
    kColumnGradient,
    kPadded,
    kPaddedGradient,
    kProduct,
    kTransposedGradient,
    kSlots
};

// Aligned like Eigen's own matrices: Eigen's vectorised sums (the bias
// gradient) start with scalar steps up to the first aligned address, so an
// address that differs per thread would change the summation order.
using ScratchBuffer = std::vector<Scalar, Eigen::aligned_allocator<Scalar>>;

Scalar* scratch(ScratchSlot slot, Eigen::Index size) {
    thread_local ScratchBuffer buffers[kSlots];
    ScratchBuffer& buffer = buffers[slot];
    if (Eigen::Index(buffer.size()) < size)
        buffer.resize(std::size_t(size));
    return buffer.data();
}

// Lanes lo..hi-1 of a 16-lane mask (clamped to 0..16).
inline __mmask16 laneRange(int lo, int hi) {
    lo = std::max(lo, 0);
    hi = std::min(hi, 16);
    if (hi <= lo)
        return 0;
    return __mmask16(((1u << hi) - 1u) & ~((1u << lo) - 1u));
}

// The adjoint of im2col for stride 1, written straight into one sample's
// input gradient (C x H x W): each input value is the sum of the column
// gradient values of every tap that read it, gathered 16 values of a row at
// a time with masked loads (the masks cut off what lies outside the output,
// i.e. the zero padding) and stored once. No zero fill, no padded buffer,
// no read-modify-write: the scatter-add of col2im took 3.9 ms per batch of
// 64 on the 5x5x64 benchmark layer (zero fill and unpadding included:
// many short overlapping read-modify-writes of the same rows); this takes
// 1.1 ms (thread CPU time, load 6 on 2 cores). Each value adds its terms in
// (ky, kx) order.
__attribute__((target("avx512f"))) void gatherColumnGradient(const Scalar* columns, Eigen::Index ld,
                                                             Shape in, Shape out, int kernel,
                                                             int padTop, Scalar* inputGradient) {
    // Four rows at a time: four independent sums, so the additions overlap
    // instead of waiting for each other.
    constexpr int kRows = 4;
    const int vectors = (in.width + 15) / 16;
    for (int c = 0; c < in.channels; ++c) {
        Scalar* channel = inputGradient + Eigen::Index(c) * in.height * in.width;
        for (int y = 0; y < in.height; y += kRows) {
            for (int v = 0; v < vectors; ++v) {
                const int x0 = 16 * v;
                __m512 sum0 = _mm512_setzero_ps(), sum1 = sum0, sum2 = sum0, sum3 = sum0;
                for (int ky = 0; ky < kernel; ++ky) {
                    // Input row y + r is read by output row y + r + padTop - ky.
                    const int oy = y + padTop - ky;
                    for (int kx = 0; kx < kernel; ++kx) {
                        // Lane l is input x = x0 + l, read by output ox = x + padTop - kx.
                        const int shift = padTop - kx;
                        const __mmask16 lanes =
                            laneRange(-shift - x0, std::min(out.width - shift, in.width) - x0);
                        const Scalar* tap =
                            columns + ((c * kernel + ky) * kernel + kx) * ld + x0 + shift;
#define HYPERLAB_GATHER_ROW(r)                                   \
    if (y + r < in.height && oy + r >= 0 && oy + r < out.height) \
        sum##r = _mm512_add_ps(sum##r, _mm512_maskz_loadu_ps(lanes, tap + (oy + r) * out.width));
                        HYPERLAB_GATHER_ROW(0)
                        HYPERLAB_GATHER_ROW(1)
                        HYPERLAB_GATHER_ROW(2)
                        HYPERLAB_GATHER_ROW(3)
#undef HYPERLAB_GATHER_ROW
                    }
                }
                const __mmask16 inside = laneRange(0, in.width - x0);
                Scalar* row = channel + Eigen::Index(y) * in.width + x0;
                _mm512_mask_storeu_ps(row, inside, sum0);
                if (y + 1 < in.height)
                    _mm512_mask_storeu_ps(row + in.width, inside, sum1);
                if (y + 2 < in.height)
                    _mm512_mask_storeu_ps(row + 2 * in.width, inside, sum2);
                if (y + 3 < in.height)
                    _mm512_mask_storeu_ps(row + 3 * in.width, inside, sum3);
            }
        }
    }
}

int outputSize(int size, int kernel, int stride, Padding padding) {
    if (padding == Padding::Same)
        return (size + stride - 1) / stride;
    return size >= kernel ? (size - kernel) / stride + 1 : 0;
}

}  // namespace

Conv2D::Conv2D(Shape input, int filters, int kernelSize, int stride, Padding padding)
    : m_input(input),
      m_filters(filters),
      m_kernel(kernelSize),
      m_stride(stride),
      m_padding(padding) {
    if (filters < 1 || kernelSize < 1 || stride < 1)
        throw std::invalid_argument("Conv2D: filters, kernel size and stride must be at least 1");
    if (input.size() < 1)
        throw std::invalid_argument("Conv2D: empty input shape");
    const int height = outputSize(input.height, kernelSize, stride, padding);
    const int width = outputSize(input.width, kernelSize, stride, padding);
    if (height < 1 || width < 1)
        throw std::invalid_argument("Conv2D: kernel " + std::to_string(kernelSize) +
                                    " does not fit a " + std::to_string(input.height) + "x" +
                                    std::to_string(input.width) + " input");
    m_output = {filters, height, width};
    m_padTop = padding == Padding::Same ? (kernelSize - 1) / 2 : 0;
    // The padded input must hold every position a kernel reaches; with "same"
    // and an even kernel that needs one more row/column at the bottom/right
    // than at the top/left, and with a stride some trailing rows are never
    // reached at all.
    m_paddedHeight = std::max((height - 1) * stride + kernelSize, m_padTop + input.height);
    m_paddedWidth = std::max((width - 1) * stride + kernelSize, m_padTop + input.width);
    m_patch = input.channels * kernelSize * kernelSize;
    m_pixels = height * width;
    m_tapOffsets.resize(std::size_t(m_patch));
    for (int c = 0; c < input.channels; ++c)
        for (int ky = 0; ky < kernelSize; ++ky)
            for (int kx = 0; kx < kernelSize; ++kx)
                m_tapOffsets[std::size_t((c * kernelSize + ky) * kernelSize + kx)] =
                    (Eigen::Index(c) * m_paddedHeight + ky) * m_paddedWidth + kx;
    preparePixelOffsets();
}

std::string Conv2D::describe() const {
    const std::string k = std::to_string(m_kernel);
    return "conv2d " + std::to_string(m_filters) + "x" + k + "x" + k + " s" +
           std::to_string(m_stride) + " " + paddingName(m_padding);
}

Eigen::Index Conv2D::parameterCount() const {
    return Eigen::Index(m_filters) * m_patch + m_filters;
}

void Conv2D::bind(Scalar* parameters, Scalar* gradients) {
    m_parameters = parameters;
    m_gradients = gradients;
}

void Conv2D::initialize(const Initializer& weights, Random& random) {
    MatrixMap w(m_parameters, m_filters, m_patch);
    const int area = m_kernel * m_kernel;
    weights.fill(w, m_patch, m_filters * area, random);
    VectorMap(m_parameters + w.size(), m_filters).setZero();
}

Eigen::Index Conv2D::chunkSize(Eigen::Index batch, Eigen::Index columnValues) const {
    // Samples per chunk: as many as keep the chunk's column matrix (samples x
    // pixels x C*k*k values) within columnValues, and at least 8 chunks per
    // batch when the batch allows, to balance a few cores. Depends on the
    // batch size and the geometry only.
    const Eigen::Index perSample = Eigen::Index(m_pixels) * m_patch;
    const Eigen::Index byCache = std::max<Eigen::Index>(1, columnValues / perSample);
    const Eigen::Index byBalance = std::max<Eigen::Index>(1, batch / 8);
    return std::min(byCache, byBalance);
}

Eigen::Index Conv2D::columnStride(Eigen::Index samples) const {
    // Room for im2col's block overrun after the last sample, rounded to whole
    // cache lines so every tap's column starts aligned.
    return (samples * m_pixels + kBlock + 15) / 16 * 16;
}

void Conv2D::padSample(const Scalar* sample, Scalar* padded) const {
    const int h = m_input.height, w = m_input.width;
    for (int c = 0; c < m_input.channels; ++c) {
        for (int y = 0; y < h; ++y) {
            const Scalar* src = sample + (c * h + y) * w;
            Scalar* dst = padded + (c * m_paddedHeight + y + m_padTop) * m_paddedWidth + m_padTop;
            std::copy(src, src + w, dst);
        }
    }
}

void Conv2D::unpadSample(const Scalar* padded, Scalar* sample) const {
    const int h = m_input.height, w = m_input.width;
    for (int c = 0; c < m_input.channels; ++c) {
        for (int y = 0; y < h; ++y) {
            const Scalar* src =
                padded + (c * m_paddedHeight + y + m_padTop) * m_paddedWidth + m_padTop;
            std::copy(src, src + w, sample + (c * h + y) * w);
        }
    }
}

void Conv2D::im2col(const Scalar* padded, Scalar* columns, Eigen::Index ld) const {
    const int outH = m_output.height, outW = m_output.width;
    const int s = m_stride, pw = m_paddedWidth;
    for (int c = 0; c < m_input.channels; ++c) {
        for (int ky = 0; ky < m_kernel; ++ky) {
            for (int kx = 0; kx < m_kernel; ++kx) {
                const int tap = (c * m_kernel + ky) * m_kernel + kx;
                Scalar* dst = columns + tap * ld;
                const Scalar* src = padded + (c * m_paddedHeight + ky) * pw + kx;
                for (int oy = 0; oy < outH; ++oy) {
                    const Scalar* in = src + oy * s * pw;
                    Scalar* out = dst + oy * outW;
                    if (s == 1) {
                        copyRow(out, in, outW);
                    } else {
                        for (int ox = 0; ox < outW; ++ox)
                            out[ox] = in[ox * s];
                    }
                }
            }
        }
    }
}

void Conv2D::col2im(const Scalar* columnGradient, Eigen::Index ld, Scalar* padded) const {
    const int outH = m_output.height, outW = m_output.width;
    const int s = m_stride, pw = m_paddedWidth;
    for (int c = 0; c < m_input.channels; ++c) {
        for (int ky = 0; ky < m_kernel; ++ky) {
            for (int kx = 0; kx < m_kernel; ++kx) {
                const int tap = (c * m_kernel + ky) * m_kernel + kx;
                const Scalar* src = columnGradient + tap * ld;
                Scalar* dst = padded + (c * m_paddedHeight + ky) * pw + kx;
                for (int oy = 0; oy < outH; ++oy) {
                    const Scalar* in = src + oy * outW;
                    Scalar* out = dst + oy * s * pw;
                    if (s == 1) {
                        addRow(out, in, outW);
                    } else {
                        for (int ox = 0; ox < outW; ++ox)
                            out[ox * s] += in[ox];
                    }
                }
            }
        }
    }
}

Eigen::Index Conv2D::paddedSize() const {
    return Eigen::Index(m_input.channels) * m_paddedHeight * m_paddedWidth;
}

void Conv2D::chunkColumns(const Matrix& input, std::ptrdiff_t begin, std::ptrdiff_t end,
                          Scalar* columns, Eigen::Index ld) const {
    // Zeroed once per chunk: only the interior is overwritten per sample.
    Scalar* padded = scratch(kPadded, paddedSize() + kSlack);
    std::fill(padded, padded + paddedSize() + kSlack, Scalar(0));
    // In sample order: a row's block overrun lands on the next row or sample,
    // which is written afterwards.
    for (std::ptrdiff_t n = begin; n < end; ++n) {
        padSample(input.col(n).data(), padded);
        im2col(padded, columns + (n - begin) * m_pixels, ld);
    }
}

void Conv2D::preparePixelOffsets() {
    // For the largest chunk either pass can use (chunkSize: at most the
    // cache budget's samples, the backward one being the larger), once, so
    // forward and backward only read the table.
    static_assert(kBackwardColumnValues >= kForwardColumnValues);
    const Eigen::Index samples =
        std::max<Eigen::Index>(1, kBackwardColumnValues / (Eigen::Index(m_pixels) * m_patch));
    m_pixelOffsets.resize(std::size_t(samples * m_pixels));
    const int outW = m_output.width, s = m_stride;
    for (Eigen::Index i = 0; i < samples; ++i)
        for (int oy = 0; oy < m_output.height; ++oy)
            for (int ox = 0; ox < outW; ++ox)
                m_pixelOffsets[std::size_t((i * m_output.height + oy) * outW + ox)] =
                    i * paddedSize() + Eigen::Index(oy) * s * m_paddedWidth + ox * s;
}

const Scalar* Conv2D::paddedChunk(const Matrix& input, std::ptrdiff_t begin,
                                  std::ptrdiff_t end) const {
    const Eigen::Index size = paddedSize();
    Scalar* padded = scratch(kPadded, (end - begin) * size);
    std::fill(padded, padded + (end - begin) * size, Scalar(0));
    for (std::ptrdiff_t n = begin; n < end; ++n)
        padSample(input.col(n).data(), padded + (n - begin) * size);
    return padded;
}

StridedOperand Conv2D::receptiveFields(const Scalar* padded, bool tapsAsRows) const {
    StridedOperand fields{padded, 0, 0};
    fields.rowOffsets = tapsAsRows ? m_tapOffsets.data() : m_pixelOffsets.data();
    fields.colOffsets = tapsAsRows ? m_pixelOffsets.data() : m_tapOffsets.data();
    return fields;
}

void Conv2D::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index batch = input.cols();
    const Eigen::Index pixels = m_pixels;
    output.resize(Eigen::Index(m_filters) * pixels, batch);
    const ConstMatrixMap weights(m_parameters, m_filters, m_patch);
    const Eigen::Map<const Vector> bias(m_parameters + weights.size(), m_filters);

    const Eigen::Index chunk = chunkSize(batch, kForwardColumnValues);
    parallelChunks(batch, chunk, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        const Eigen::Index samples = end - begin;
        if (m_filters < kFiltersForTransposedForward && m_patch < kTapsForTransposedForward) {
            const Eigen::Index ld = columnStride(samples);
            Scalar* columns = scratch(kColumns, ld * m_patch + kSlack);
            chunkColumns(input, begin, end, columns, ld);
            // columns x W^T (pixels x filters) is sample n's output as its
            // channel-major column: written in place, starting from the bias.
            const StridedOperand weightsTransposed{weights.data(), m_filters, 1};
            for (Eigen::Index i = 0; i < samples; ++i)
                tiledProduct(pixels, m_filters, m_patch, columns + i * pixels, ld,
                             weightsTransposed, output.col(begin + i).data(), pixels, bias.data());
            return;
        }
        // W x columns^T: filters x (samples * pixels), one product for the
        // chunk with the weights as the contiguous operand a and the
        // receptive fields read from the padded input through offset
        // tables: no column matrix (im2col took 1 of 9 ms per batch of
        // 64 on the 5x5x64 layer, and its 0.6 MB per sample pushed the
        // rest out of the cache).
        Scalar* productValues = scratch(kProduct, samples * pixels * m_filters);
        tiledProduct(m_filters, samples * pixels, m_patch, weights.data(), m_filters,
                     receptiveFields(paddedChunk(input, begin, end), true), productValues,
                     m_filters);
        const ConstMatrixMap product(productValues, m_filters, samples * pixels);
        // Transposed into each sample's channel-major column, plus the bias.
        for (Eigen::Index i = 0; i < samples; ++i)
            MatrixMap(output.col(begin + i).data(), pixels, m_filters) =
                (product.middleCols(i * pixels, pixels).colwise() + bias).transpose();
    });
}

void Conv2D::backward(const Matrix& input, const Matrix&, const Matrix& outputGradient,
                      Matrix& inputGradient, bool needInputGradient) {
    const Eigen::Index batch = outputGradient.cols();
    const Eigen::Index pixels = m_pixels;
    const Eigen::Index chunk = chunkSize(batch, kBackwardColumnValues);
    const Eigen::Index chunks = (batch + chunk - 1) / chunk;
    if (batch == 0) {
        VectorMap(m_gradients, parameterCount()).setZero();
        inputGradient.resize(m_input.size(), 0);
        return;
    }
    m_partialWeightGradients.resize(chunks);
    m_partialBiasGradients.resize(chunks);
    if (needInputGradient)
        inputGradient.resize(m_input.size(), batch);

    parallelChunks(batch, chunk, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        // Input gradient first, sample by sample, while the cache holds only
        // the weights and one column gradient; then the chunk's columns for
        // the weight gradient (the other way round, the columns pushed the
        // column gradient out of the cache: about 1 ms more per batch of 64
        // on the 5x5x64 layer).
        if (needInputGradient) {
            // Per sample: column gradient dY x W (pixels x taps), written whole
            // (no zero fill), then added back onto the input positions.
            const Eigen::Index sampleLd = columnStride(1);
            Scalar* columnGradient = scratch(kColumnGradient, sampleLd * m_patch + kSlack);
            Scalar* paddedGradient = scratch(kPaddedGradient, paddedSize() + kSlack);
            // Stride 1 on AVX-512: gathered (see gatherColumnGradient);
            // otherwise added back onto a zeroed padded buffer.
            const bool gatherGradient = m_stride == 1 && tiledProductVectorised();
            const StridedOperand weights{m_parameters, 1, m_filters};
            for (std::ptrdiff_t n = begin; n < end; ++n) {
                tiledProduct(pixels, m_patch, m_filters, outputGradient.col(n).data(), pixels,
                             weights, columnGradient, sampleLd);
                if (gatherGradient) {
                    gatherColumnGradient(columnGradient, sampleLd, m_input, m_output, m_kernel,
                                         m_padTop, inputGradient.col(n).data());
                    continue;
                }
                std::fill(paddedGradient, paddedGradient + paddedSize() + kSlack, Scalar(0));
                col2im(columnGradient, sampleLd, paddedGradient);
                unpadSample(paddedGradient, inputGradient.col(n).data());
            }
        }
        const Eigen::Index samples = end - begin;
        // The chunk's output gradients as filters x (samples * pixels): the
        // weight gradient dY^T x columns then sums over all the chunk's
        // pixels in one product, reading both operands along that sum.
        MatrixMap dyTransposed(scratch(kTransposedGradient, samples * pixels * m_filters),
                               m_filters, samples * pixels);
        for (Eigen::Index i = 0; i < samples; ++i)
            dyTransposed.middleCols(i * pixels, pixels) =
                ConstMatrixMap(outputGradient.col(begin + i).data(), pixels, m_filters).transpose();
        Matrix& weightGradient = m_partialWeightGradients[begin / chunk];
        weightGradient.resize(m_filters, m_patch);
        // The receptive fields as the depth x taps operand, read from the
        // padded input through offset tables (no im2col: 2.3 ms per batch
        // of 64 on the 5x5x64 layer).
        tiledProduct(m_filters, m_patch, samples * pixels, dyTransposed.data(), m_filters,
                     receptiveFields(paddedChunk(input, begin, end), false), weightGradient.data(),
                     m_filters);
        m_partialBiasGradients[begin / chunk] = dyTransposed.rowwise().sum();
    });

    // Partial gradients summed in chunk order: the same sum for any thread count.
    MatrixMap weightGradient(m_gradients, m_filters, m_patch);
    VectorMap biasGradient(m_gradients + weightGradient.size(), m_filters);
    weightGradient = m_partialWeightGradients[0];
    biasGradient = m_partialBiasGradients[0];
    for (Eigen::Index i = 1; i < chunks; ++i) {
        weightGradient += m_partialWeightGradients[i];
        biasGradient += m_partialBiasGradients[i];
    }
}

}  // namespace hyperlab
