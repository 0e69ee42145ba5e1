// tiledProduct (nn/layers/tiled_product.h), the convolution's matrix product:
// against a plain double-precision product over shapes with partial tiles in
// every dimension, with the strides the convolution uses, and independent of
// where the operands lie in memory.

#include <QtTest>

#include <cstring>
#include <vector>

#include "gradient_check.h"
#include "nn/layers/tiled_product.h"

using namespace hyperlab;
using namespace hyperlab::testing;

namespace {

// Offsets: through offset tables, rows in reverse order and columns spaced
// unevenly, as a convolution reads receptive fields from a padded input.
enum class Layout { ColumnMajor, RowMajor, Offsets };

// b as depth x cols in the given layout, with one spare value between
// columns (or rows) so the stride is not the matrix's size.
struct Operand {
    std::vector<Scalar> values;
    std::vector<Eigen::Index> rowOffsets, colOffsets;
    StridedOperand view;
};

Operand makeOperand(const Matrix& b, Layout layout) {
    Operand out;
    if (layout == Layout::ColumnMajor) {
        const Eigen::Index stride = b.rows() + 1;
        out.values.assign(std::size_t(stride * b.cols()), Scalar(0));
        for (Eigen::Index c = 0; c < b.cols(); ++c)
            for (Eigen::Index r = 0; r < b.rows(); ++r)
                out.values[std::size_t(c * stride + r)] = b(r, c);
        out.view = {out.values.data(), 1, stride};
    } else if (layout == Layout::Offsets) {
        for (Eigen::Index r = 0; r < b.rows(); ++r)
            out.rowOffsets.push_back((b.rows() - 1 - r) * 4 * b.cols());
        for (Eigen::Index c = 0; c < b.cols(); ++c)
            out.colOffsets.push_back(c * 3 + c % 2);
        out.values.assign(std::size_t(4 * b.cols() * std::max<Eigen::Index>(b.rows(), 1)),
                          Scalar(0));
        for (Eigen::Index r = 0; r < b.rows(); ++r)
            for (Eigen::Index c = 0; c < b.cols(); ++c)
                out.values[std::size_t(out.rowOffsets[r] + out.colOffsets[c])] = b(r, c);
        out.view = {out.values.data(), 0, 0, out.rowOffsets.data(), out.colOffsets.data()};
    } else {
        const Eigen::Index stride = b.cols() + 1;
        out.values.assign(std::size_t(stride * b.rows()), Scalar(0));
        for (Eigen::Index r = 0; r < b.rows(); ++r)
            for (Eigen::Index c = 0; c < b.cols(); ++c)
                out.values[std::size_t(r * stride + c)] = b(r, c);
        out.view = {out.values.data(), stride, 1};
    }
    return out;
}

}  // namespace

Q_DECLARE_METATYPE(Layout)

class TestTiledProduct : public QObject {
    Q_OBJECT

private slots:
    void matchesPlainProduct_data();
    void matchesPlainProduct();
    void sameBitsAtAnyAddress_data();
    void sameBitsAtAnyAddress();
};

void TestTiledProduct::matchesPlainProduct_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("depth");
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<bool>("withStart");
    QTest::addColumn<bool>("portable");
    const auto col = Layout::ColumnMajor, row = Layout::RowMajor;
    QTest::newRow("1x1x1") << 1 << 1 << 1 << col << false << false;
    QTest::newRow("depth 0 gives the start values") << 5 << 3 << 0 << col << true << false;
    QTest::newRow("15 rows (one masked vector)") << 15 << 7 << 9 << row << true << false;
    QTest::newRow("17 rows, 13 columns") << 17 << 13 << 33 << col << false << false;
    QTest::newRow("64 rows (one whole tile), 6 columns") << 64 << 6 << 20 << row << false << false;
    QTest::newRow("65 rows, 5 columns") << 65 << 5 << 40 << col << true << false;
    QTest::newRow("130 rows, depth 300 (three depth blocks)")
        << 130 << 11 << 300 << row << true << false;
    QTest::newRow("forward of 64x5x5 on 14x14") << 64 << 196 << 800 << row << false << false;
    QTest::newRow("input gradient of 64x5x5") << 196 << 800 << 64 << col << false << false;
    QTest::newRow("1x1x1, portable") << 1 << 1 << 1 << col << false << true;
    QTest::newRow("depth 0 gives the start values, portable") << 5 << 3 << 0 << col << true << true;
    QTest::newRow("15 rows (one masked vector), portable") << 15 << 7 << 9 << row << true << true;
    QTest::newRow("17 rows, 13 columns, portable") << 17 << 13 << 33 << col << false << true;
    QTest::newRow("64 rows (one whole tile), 6 columns, portable")
        << 64 << 6 << 20 << row << false << true;
    QTest::newRow("65 rows, 5 columns, portable") << 65 << 5 << 40 << col << true << true;
    QTest::newRow("130 rows, depth 300 (three depth blocks), portable")
        << 130 << 11 << 300 << row << true << true;
    QTest::newRow("forward of 64x5x5 on 14x14, portable")
        << 64 << 196 << 800 << row << false << true;
    QTest::newRow("input gradient of 64x5x5, portable") << 196 << 800 << 64 << col << false << true;
    const auto offsets = Layout::Offsets;
    for (const bool portable : {false, true}) {
        const char* path = portable ? ", portable" : "";
        QTest::addRow("offsets, 17 rows, 13 columns%s", path)
            << 17 << 13 << 33 << offsets << false << portable;
        QTest::addRow("offsets, 130 rows, depth 300%s", path)
            << 130 << 11 << 300 << offsets << true << portable;
        QTest::addRow("offsets, weight gradient of 64x5x5%s", path)
            << 64 << 800 << 588 << offsets << false << portable;
    }
}

void TestTiledProduct::matchesPlainProduct() {
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, depth);
    QFETCH(Layout, layout);
    QFETCH(bool, withStart);
    QFETCH(bool, portable);
    Random random(7);
    // a with a leading dimension larger than its rows, as in the convolution.
    const Eigen::Index lda = rows + 3;
    const Matrix aStorage = randomMatrix(lda, std::max(depth, 1), random);
    const Matrix a = aStorage.topRows(rows).leftCols(depth);
    const Matrix b = randomMatrix(depth, cols, random);
    const Vector start = randomMatrix(cols, 1, random);
    const Operand operand = makeOperand(b, layout);
    const Eigen::Index ldc = rows + 2;
    Matrix c = Matrix::Constant(ldc, cols, Scalar(1e30));  // must all be overwritten
    const auto product = portable ? portableTiledProduct : tiledProduct;
    product(rows, cols, depth, aStorage.data(), lda, operand.view, c.data(), ldc,
            withStart ? start.data() : nullptr);

    Eigen::MatrixXd expected = a.cast<double>() * b.cast<double>();
    if (withStart)
        expected.rowwise() += start.cast<double>().transpose();
    const Eigen::MatrixXd got = c.topRows(rows).cast<double>();
    const double error = (got - expected).cwiseAbs().maxCoeff();
    QVERIFY2(error < 1e-4 * std::max(1.0, std::sqrt(double(depth))),
             qPrintable(QString::number(error)));
    // The rows between rows and ldc are left alone.
    QVERIFY((c.bottomRows(ldc - rows).array() == Scalar(1e30)).all());
}

void TestTiledProduct::sameBitsAtAnyAddress_data() {
    QTest::addColumn<bool>("portable");
    QTest::newRow("tiledProduct") << false;
    QTest::newRow("portable") << true;
}

void TestTiledProduct::sameBitsAtAnyAddress() {
    QFETCH(bool, portable);
    const auto product = portable ? portableTiledProduct : tiledProduct;
    // The same product from operands shifted by one value in memory (other
    // alignments): bit-identical results, whatever the code path.
    Random random(11);
    const int rows = 70, cols = 9, depth = 150;
    const Matrix a = randomMatrix(rows, depth, random);
    const Matrix b = randomMatrix(depth, cols, random);
    std::vector<Scalar> shiftedA(std::size_t(a.size() + 1)), shiftedB(std::size_t(b.size() + 1));
    std::memcpy(shiftedA.data() + 1, a.data(), sizeof(Scalar) * std::size_t(a.size()));
    std::memcpy(shiftedB.data() + 1, b.data(), sizeof(Scalar) * std::size_t(b.size()));
    Matrix aligned(rows, cols);
    std::vector<Scalar> shifted(std::size_t(rows * cols + 1));
    product(rows, cols, depth, a.data(), rows, {b.data(), 1, depth}, aligned.data(), rows, nullptr);
    product(rows, cols, depth, shiftedA.data() + 1, rows, {shiftedB.data() + 1, 1, depth},
            shifted.data() + 1, rows, nullptr);
    QVERIFY(std::memcmp(aligned.data(), shifted.data() + 1,
                        sizeof(Scalar) * std::size_t(rows * cols)) == 0);
}

QTEST_APPLESS_MAIN(TestTiledProduct)
#include "tst_tiled_product.moc"
