#pragma once

#include <cstddef>
#include <functional>

#include "common/tensor.h"

namespace hyperlab {

/// Runs body(begin, end) over [0, count) split into chunks whose boundaries
/// depend only on count and grain, never on the number of threads. Each chunk
/// is computed the same way whichever thread runs it, so results are bit
/// identical with 1 or N threads as long as chunks write disjoint outputs.
/// Runs on oneTBB; nested calls compose with outer TBB parallelism.
void parallelChunks(std::ptrdiff_t count, std::ptrdiff_t grain,
                    const std::function<void(std::ptrdiff_t begin, std::ptrdiff_t end)>& body);

/// out = a * b, parallel over fixed column blocks of b (samples of a batch).
/// Deterministic: see parallelChunks.
void parallelProduct(const Matrix& a, const Matrix& b, Matrix& out);

/// out = a * b^T (e.g. weight gradient dY * X^T), parallel over fixed row
/// blocks of b (column blocks of out). The reduction over the shared
/// dimension runs inside one chunk, so it is deterministic.
void parallelProductTransposedB(const Matrix& a, const Matrix& b, Matrix& out);

/// out = a^T * b (e.g. input gradient W^T * dY), parallel over fixed column
/// blocks of a (row blocks of out).
void parallelProductTransposedA(const Matrix& a, const Matrix& b, Matrix& out);

/// Limits how many threads this process's TBB work may use (0 = all cores).
/// Keep the returned object alive for as long as the limit should hold.
class ThreadLimit {
public:
    explicit ThreadLimit(int threads);
    ~ThreadLimit();
    ThreadLimit(const ThreadLimit&) = delete;
    ThreadLimit& operator=(const ThreadLimit&) = delete;

private:
    void* m_control = nullptr;  // tbb::global_control, kept out of this header
};

/// Number of threads TBB will use now.
int availableThreads();

}  // namespace hyperlab
