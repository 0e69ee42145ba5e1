#pragma once

#include <string>
#include <vector>

#include "nn/layer.h"
#include "nn/layers/tiled_product.h"

namespace hyperlab {

/// How a convolution treats the border.
enum class Padding {
    /// Zero padding so the output is ceil(H / stride) x ceil(W / stride).
    /// The top/left pad is always (k - 1) / 2. For odd k that is PyTorch's
    /// Conv2d(padding = (k - 1) / 2), also with a stride: output
    /// floor((H + 2 pad - k) / stride) + 1 = ceil(H / stride). For even k the
    /// one extra row/column of padding goes to the bottom/right, as with
    /// PyTorch's padding="same" at stride 1. (TensorFlow's SAME can pad one
    /// less at the top for strides > 1; we keep PyTorch's alignment.)
    Same,
    /// No padding: output floor((H - k) / stride) + 1.
    Valid,
};

/// "same" / "valid" -> Padding; anything else throws InputError(field, ...).
Padding paddingFromName(const std::string& name, const std::string& field);
std::string paddingName(Padding padding);

/// 2-D convolution (cross-correlation, as in every deep-learning framework)
/// with `filters` square kernels of size kernelSize over all input channels.
///
/// Parameters in the layer's flat slice: W (filters x C*k*k, column-major;
/// column index (c * k + ky) * k + kx, so row f read in that order is
/// PyTorch's weight[f] flattened), then one bias per filter.
///
/// Implementation: matrix products on tiledProduct
/// (nn/layers/tiled_product.h) over the receptive fields (one row of
/// C*k*k taps per output pixel). The weight gradient and, with 48 or more
/// filters or 128 or more taps, the forward pass read them in place from a
/// chunk of zero-bordered samples through offset tables (tap offset + pixel
/// offset); a forward pass with fewer filters and taps (a first layer)
/// writes them out as an im2col column matrix (pixels as the product's
/// rows). The weight gradient
/// is one product per chunk over all its samples' pixels; the input
/// gradient is dY x W per sample, folded back onto the input (for stride 1
/// gathered with vector loads, otherwise by col2im). Nothing of the
/// forward pass is kept for backward but the input itself. The batch is cut into chunks whose
/// boundaries depend only on the batch size and the geometry; each chunk sums its samples' weight
/// gradients and the chunks' partial sums are added in chunk order, so results are bit identical
/// for any thread count.
class Conv2D : public Layer {
public:
    /// Throws std::invalid_argument if filters, kernelSize or stride is < 1,
    /// or if the kernel does not fit the (padded) input (output size < 1).
    Conv2D(Shape input, int filters, int kernelSize, int stride = 1,
           Padding padding = Padding::Same);

    std::string kind() const override { return "conv2d"; }
    /// "conv2d 16x3x3 s1 same".
    std::string describe() const override;
    Shape inputShape() const override { return m_input; }
    Shape outputShape() const override { return m_output; }

    int filters() const { return m_filters; }
    int kernelSize() const { return m_kernel; }
    int stride() const { return m_stride; }
    Padding padding() const { return m_padding; }

    Eigen::Index parameterCount() const override;
    void bind(Scalar* parameters, Scalar* gradients) override;
    /// Weights with fanIn = C*k*k, fanOut = filters*k*k; biases zero.
    void initialize(const Initializer& weights, Random& random) override;

    void forward(const Matrix& input, Matrix& output, ForwardContext& context) override;
    void backward(const Matrix& input, const Matrix& output, const Matrix& outputGradient,
                  Matrix& inputGradient, bool needInputGradient) override;

private:
    /// Samples per chunk for a batch whose chunks' column matrices should
    /// hold at most about columnValues values; a function of the batch size
    /// and the layer geometry only.
    Eigen::Index chunkSize(Eigen::Index batch, Eigen::Index columnValues) const;
    /// Values in one zero-bordered sample (C x Hp x Wp).
    Eigen::Index paddedSize() const;
    /// Copies one sample into the interior of `padded` (C x Hp x Wp), whose
    /// border the caller keeps at zero.
    void padSample(const Scalar* sample, Scalar* padded) const;
    /// Leading dimension of a chunk's column matrix: its samples' pixels plus
    /// slack for im2col's block overrun.
    Eigen::Index columnStride(Eigen::Index samples) const;
    /// Writes the receptive fields of samples [begin, end) into `columns`
    /// ((end - begin) * P x C*k*k, leading dimension ld = columnStride).
    void chunkColumns(const Matrix& input, std::ptrdiff_t begin, std::ptrdiff_t end,
                      Scalar* columns, Eigen::Index ld) const;
    /// Writes a padded sample's receptive fields into `columns` (P rows of a
    /// column-major matrix with leading dimension ld, one column per kernel
    /// tap). Both buffers need kSlack spare values at the end (see conv2d.cpp).
    void im2col(const Scalar* padded, Scalar* columns, Eigen::Index ld) const;
    /// Adds a sample's P x C*k*k column gradient (leading dimension ld) back
    /// onto a zeroed padded input gradient (the adjoint of im2col). Same
    /// slack requirement.
    void col2im(const Scalar* columnGradient, Eigen::Index ld, Scalar* padded) const;
    /// Fills m_pixelOffsets for the largest chunk chunkSize() can return
    /// (constructor only).
    void preparePixelOffsets();
    /// Samples [begin, end) zero-bordered one after the other (paddedSize()
    /// values each) in this thread's scratch.
    const Scalar* paddedChunk(const Matrix& input, std::ptrdiff_t begin, std::ptrdiff_t end) const;
    /// The receptive fields of a padded chunk as a product operand: taps x
    /// pixels (tapsAsRows) or pixels x taps, read in place through
    /// m_tapOffsets and m_pixelOffsets.
    StridedOperand receptiveFields(const Scalar* padded, bool tapsAsRows) const;
    /// Copies the interior of a padded gradient into a sample's gradient.
    void unpadSample(const Scalar* padded, Scalar* sample) const;

    Shape m_input;
    Shape m_output;
    int m_filters = 0;
    int m_kernel = 0;
    int m_stride = 1;
    Padding m_padding = Padding::Same;
    int m_padTop = 0;        // top and left padding; bottom/right follow from m_paddedHeight/Width
    int m_paddedHeight = 0;  // rows of the zero-bordered input that the kernel reaches
    int m_paddedWidth = 0;
    int m_patch = 0;   // C*k*k
    int m_pixels = 0;  // output height * width
    Scalar* m_parameters = nullptr;
    Scalar* m_gradients = nullptr;

    // Where each kernel tap (c, ky, kx) and each output pixel of a chunk's
    // samples starts in paddedChunk(): their sum is the input value that
    // tap reads for that pixel.
    std::vector<Eigen::Index> m_tapOffsets;
    std::vector<Eigen::Index> m_pixelOffsets;
    std::vector<Matrix> m_partialWeightGradients;  // per chunk: filters x C*k*k
    std::vector<Vector> m_partialBiasGradients;    // per chunk: filters
};

}  // namespace hyperlab
