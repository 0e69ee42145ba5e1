#include "nn/layers/conv2d.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "common/errors.h"
#include "common/parallel.h"
#include "nn/initializers/initializer.h"

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
enum ScratchSlot { kColumns, kColumnGradient, kPadded, kPaddedGradient, kSlots };

Scalar* scratch(ScratchSlot slot, Eigen::Index size) {
    thread_local std::vector<Scalar> buffers[kSlots];
    std::vector<Scalar>& buffer = buffers[slot];
    if (Eigen::Index(buffer.size()) < size)
        buffer.resize(std::size_t(size));
    return buffer.data();
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

Eigen::Index Conv2D::chunkSize(Eigen::Index batch) const {
    // About 16 chunks: enough to balance a few cores, few enough that summing
    // the chunks' partial weight gradients stays negligible.
    return std::max<Eigen::Index>(1, (batch + 15) / 16);
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

void Conv2D::im2col(const Scalar* padded, Scalar* columns) const {
    const int outH = m_output.height, outW = m_output.width;
    const int s = m_stride, pw = m_paddedWidth;
    const Eigen::Index ld = m_pixels;
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

void Conv2D::col2im(const Scalar* columnGradient, Scalar* padded) const {
    const int outH = m_output.height, outW = m_output.width;
    const int s = m_stride, pw = m_paddedWidth;
    const Eigen::Index ld = m_pixels;
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

void Conv2D::forward(const Matrix& input, Matrix& output, ForwardContext&) {
    const Eigen::Index batch = input.cols();
    const Eigen::Index pixels = m_pixels;
    output.resize(Eigen::Index(m_filters) * pixels, batch);
    const ConstMatrixMap weights(m_parameters, m_filters, m_patch);
    const Eigen::Map<const Eigen::Matrix<Scalar, 1, Eigen::Dynamic>> bias(
        m_parameters + weights.size(), m_filters);

    parallelChunks(batch, chunkSize(batch), [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        Scalar* columnBuffer = scratch(kColumns, pixels * m_patch + kSlack);
        const MatrixMap columns(columnBuffer, pixels, m_patch);
        // Zeroed once per chunk: only the interior is overwritten per sample.
        Scalar* padded = scratch(kPadded, paddedSize() + kSlack);
        std::fill(padded, padded + paddedSize() + kSlack, Scalar(0));
        for (std::ptrdiff_t n = begin; n < end; ++n) {
            padSample(input.col(n).data(), padded);
            im2col(padded, columnBuffer);
            // Sample n's output viewed as pixels x filters is exactly its
            // channel-major column, so the product lands in place.
            // Starting from the bias and accumulating saves the separate
            // zero fill that a plain assignment of a product does.
            MatrixMap out(output.col(n).data(), pixels, m_filters);
            out.rowwise() = bias;
            out.noalias() += columns * weights.transpose();
        }
    });
}

void Conv2D::backward(const Matrix& input, const Matrix&, const Matrix& outputGradient,
                      Matrix& inputGradient, bool needInputGradient) {
    const Eigen::Index batch = outputGradient.cols();
    const Eigen::Index pixels = m_pixels;
    const Eigen::Index chunk = chunkSize(batch);
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
    const ConstMatrixMap weights(m_parameters, m_filters, m_patch);

    parallelChunks(batch, chunk, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        Matrix& weightGradient = m_partialWeightGradients[begin / chunk];
        Vector& biasGradient = m_partialBiasGradients[begin / chunk];
        weightGradient.setZero(m_filters, m_patch);
        biasGradient.setZero(m_filters);
        Scalar* columnBuffer = scratch(kColumns, pixels * m_patch + kSlack);
        const MatrixMap columns(columnBuffer, pixels, m_patch);
        Scalar* padded = scratch(kPadded, paddedSize() + kSlack);
        std::fill(padded, padded + paddedSize() + kSlack, Scalar(0));
        Scalar* gradientBuffer = nullptr;
        Scalar* paddedGradient = nullptr;
        if (needInputGradient) {
            // The slack past the column gradient is read (and masked) by
            // col2im's tail blocks: keep it finite.
            gradientBuffer = scratch(kColumnGradient, pixels * m_patch + kSlack);
            std::fill(gradientBuffer + pixels * m_patch, gradientBuffer + pixels * m_patch + kSlack,
                      Scalar(0));
            paddedGradient = scratch(kPaddedGradient, paddedSize() + kSlack);
        }
        MatrixMap columnGradient(gradientBuffer, pixels, m_patch);
        for (std::ptrdiff_t n = begin; n < end; ++n) {
            const ConstMatrixMap dy(outputGradient.col(n).data(), pixels, m_filters);
            padSample(input.col(n).data(), padded);
            im2col(padded, columnBuffer);
            weightGradient.noalias() += dy.transpose() * columns;
            biasGradient += dy.colwise().sum().transpose();
            if (!needInputGradient)
                continue;
            columnGradient.noalias() = dy * weights;
            std::fill(paddedGradient, paddedGradient + paddedSize() + kSlack, Scalar(0));
            col2im(gradientBuffer, paddedGradient);
            unpadSample(paddedGradient, inputGradient.col(n).data());
        }
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
