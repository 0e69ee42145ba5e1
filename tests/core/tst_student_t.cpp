// Student's t CDF and Welch's t-test: critical values from printed t tables,
// closed forms for 1 and 2 degrees of freedom, fractional degrees checked
// against a numerical integration of the density (Simpson, 200,000 steps,
// done separately in Python), and a Welch test on two samples.
#include <QtTest>

#include <cmath>
#include <numbers>
#include <stdexcept>

#include "common/student_t.h"

using namespace hyperlab;

class TestStudentT : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableValues_data() {
        QTest::addColumn<double>("dof");
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("cdf");
        // One-sided critical values (e.g. Table A.2 of any statistics text).
        QTest::newRow("1 dof, 97.5%") << 1.0 << 12.706 << 0.975;
        QTest::newRow("2 dof, 95%") << 2.0 << 2.920 << 0.95;
        QTest::newRow("5 dof, 97.5%") << 5.0 << 2.571 << 0.975;
        QTest::newRow("10 dof, 95%") << 10.0 << 1.812 << 0.95;
        QTest::newRow("10 dof, 99.5%") << 10.0 << 3.169 << 0.995;
        QTest::newRow("30 dof, 97.5%") << 30.0 << 2.042 << 0.975;
        QTest::newRow("120 dof, 90%") << 120.0 << 1.289 << 0.90;
        QTest::newRow("1e6 dof, normal 97.5%") << 1e6 << 1.95996 << 0.975;
    }
    void tableValues() {
        QFETCH(double, dof);
        QFETCH(double, t);
        QFETCH(double, cdf);
        // Tables print three decimals of t: the CDF agrees to ~1e-4.
        QVERIFY2(std::abs(studentTCdf(t, dof) - cdf) < 2e-4,
                 qPrintable(QString::number(studentTCdf(t, dof), 'g', 10)));
        QVERIFY(std::abs(studentTCdf(-t, dof) - (1 - cdf)) < 2e-4);
    }

    void closedForms() {
        for (double t : {-30.0, -3.0, -0.5, 0.0, 0.25, 1.0, 7.0}) {
            // Cauchy, and the 2-dof form t / (2 sqrt(2 + t^2)) + 1/2.
            QVERIFY(std::abs(studentTCdf(t, 1) - (0.5 + std::atan(t) / std::numbers::pi)) < 1e-12);
            QVERIFY(std::abs(studentTCdf(t, 2) - (0.5 + t / (2 * std::sqrt(2 + t * t)))) < 1e-12);
        }
        QCOMPARE(studentTCdf(0, 3.3), 0.5);
        QCOMPARE(studentTCdf(INFINITY, 4), 1.0);
        QCOMPARE(studentTCdf(-INFINITY, 4), 0.0);
    }

    void fractionalDegreesOfFreedom() {
        QVERIFY(std::abs(studentTCdf(1.5, 3.7) - 0.8932009153989899) < 1e-9);
        QVERIFY(std::abs(studentTCdf(-0.7, 7.3) - 0.2528085700931273) < 1e-9);
        QVERIFY(std::abs(studentTCdf(2.5, 0.6) - 0.8218897322731009) < 1e-9);
    }

    void welch() {
        const std::vector<double> a{19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0};
        const std::vector<double> b{28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7,
                                    23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 23.9, 13.3};
        const WelchTTest r = welchTTest(a, b);
        QVERIFY(std::abs(r.t - -2.225512039969852) < 1e-9);
        QVERIFY(std::abs(r.dof - 24.524634944257343) < 1e-9);
        QVERIFY(std::abs(r.p - 0.03548453083001302) < 1e-8);
        // Symmetric in its samples.
        QVERIFY(std::abs(welchTTest(b, a).p - r.p) < 1e-15);
        // Identical samples cannot be told apart; constant different ones can.
        QCOMPARE(welchTTest({0.9, 0.9, 0.9}, {0.9, 0.9}).p, 1.0);
        QCOMPARE(welchTTest({0.9, 0.9}, {0.8, 0.8}).p, 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, welchTTest({0.9}, {0.8, 0.7}));
    }
};

QTEST_GUILESS_MAIN(TestStudentT)
#include "tst_student_t.moc"
