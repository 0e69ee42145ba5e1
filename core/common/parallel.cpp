#include "common/parallel.h"

#include "common/float_mode.h"
#include "common/thread_handoff.h"

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/partitioner.h>

#include <algorithm>

namespace hyperlab {

void parallelChunks(std::ptrdiff_t count, std::ptrdiff_t grain,
                    const std::function<void(std::ptrdiff_t, std::ptrdiff_t)>& body) {
    if (count <= 0)
        return;
    grain = std::max<std::ptrdiff_t>(1, grain);
    const std::ptrdiff_t chunks = (count + grain - 1) / grain;
    if (chunks == 1) {
        FlushDenormals flush;
        body(0, count);
        return;
    }
    // simple_partitioner with grainsize 1 over chunk indices: every chunk is
    // exactly [i*grain, min((i+1)*grain, count)), whatever the thread count.
    // handedOver / handOff / takeOver spell out for TSan what parallel_for
    // guarantees (common/thread_handoff.h): everything before it happens
    // before each chunk, each chunk before its return; chunks stay unordered
    // with each other, so overlapping chunks would still be reported.
    char done = 0;
    oneapi::tbb::parallel_for(oneapi::tbb::blocked_range<std::ptrdiff_t>(0, chunks, 1),
                              handedOver([&](const oneapi::tbb::blocked_range<std::ptrdiff_t>& r) {
                                  FlushDenormals flush;  // same float mode on every worker thread
                                  for (std::ptrdiff_t c = r.begin(); c != r.end(); ++c)
                                      body(c * grain, std::min(count, (c + 1) * grain));
                                  handOff(&done);
                              }),
                              oneapi::tbb::simple_partitioner());
    takeOver(&done);
}

namespace {
// Below this many multiply-adds a product runs on one thread: splitting costs
// more than it saves.
constexpr double kParallelWork = 2.0e5;

std::ptrdiff_t blockFor(std::ptrdiff_t n, double work) {
    if (work < kParallelWork || n < 16)
        return n;
    // Fixed blocks of 32..128 columns: enough chunks to balance a few cores,
    // large enough that each chunk's repacking of the shared operand (Eigen
    // packs it per product) stays small next to the multiply itself.
    const std::ptrdiff_t block = std::clamp<std::ptrdiff_t>((n + 3) / 4, 32, 128);
    return (block + 7) / 8 * 8;
}
}  // namespace

void parallelProduct(const Matrix& a, const Matrix& b, Matrix& out) {
    out.resize(a.rows(), b.cols());
    const double work = double(a.rows()) * a.cols() * b.cols();
    const auto grain = blockFor(b.cols(), work);
    parallelChunks(b.cols(), grain, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        out.middleCols(begin, end - begin).noalias() = a * b.middleCols(begin, end - begin);
    });
}

// The two transposed products are split along the operand that is not the
// batch (b's rows, a's columns: a dense layer's inputs), so each chunk packs
// only its own slice of the large operand and the small one (batch x units)
// again. Split along the other side, every chunk packed all of it (the
// 3136 x 64 input of the benchmark CNN's dense layer four times).

void parallelProductTransposedB(const Matrix& a, const Matrix& b, Matrix& out) {
    out.resize(a.rows(), b.rows());
    const double work = double(a.rows()) * a.cols() * b.rows();
    const auto grain = blockFor(b.rows(), work);
    parallelChunks(b.rows(), grain, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        out.middleCols(begin, end - begin).noalias() =
            a * b.middleRows(begin, end - begin).transpose();
    });
}

void parallelProductTransposedA(const Matrix& a, const Matrix& b, Matrix& out) {
    out.resize(a.cols(), b.cols());
    const double work = double(a.rows()) * a.cols() * b.cols();
    const auto grain = blockFor(a.cols(), work);
    parallelChunks(a.cols(), grain, [&](std::ptrdiff_t begin, std::ptrdiff_t end) {
        out.middleRows(begin, end - begin).noalias() =
            a.middleCols(begin, end - begin).transpose() * b;
    });
}

ThreadLimit::ThreadLimit(int threads) {
    if (threads > 0)
        m_control = new oneapi::tbb::global_control(
            oneapi::tbb::global_control::max_allowed_parallelism, std::size_t(threads));
}

ThreadLimit::~ThreadLimit() {
    delete static_cast<oneapi::tbb::global_control*>(m_control);
}

int availableThreads() {
    return int(oneapi::tbb::global_control::active_value(
        oneapi::tbb::global_control::max_allowed_parallelism));
}

}  // namespace hyperlab
