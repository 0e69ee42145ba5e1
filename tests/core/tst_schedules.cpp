// Learning-rate schedules: rates at chosen steps against values worked out by
// hand from the torch.optim.lr_scheduler formulas, the plateau logic, the
// one-cycle shape and the registry contract.

#include <QtTest>

#include <cmath>
#include <memory>
#include <vector>

#include "common/errors.h"
#include "nn/schedules/lr_schedule.h"

using namespace hyperlab;

namespace {

std::unique_ptr<LrSchedule> makeSchedule(const QString& name, const ScheduleSettings& settings) {
    return scheduleRegistry().create(name.toStdString(), "training.lr_schedule.type", settings);
}

bool close(double actual, double expected) {
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

QString describe(double actual, double expected) {
    return QString("rate %1, expected %2").arg(actual, 0, 'g', 15).arg(expected, 0, 'g', 15);
}

ScheduleSettings stepSettings() {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.gamma = 0.5;
    s.stepSize = 10;
    s.epochs = 30;
    s.stepsPerEpoch = 3;
    return s;
}

ScheduleSettings multiStepSettings() {
    ScheduleSettings s;
    s.baseLr = 1.0;
    s.gamma = 0.1;
    s.milestones = {8, 5};  // out of order on purpose
    s.epochs = 20;
    s.stepsPerEpoch = 2;
    return s;
}

ScheduleSettings exponentialSettings() {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.gamma = 0.9;
    s.epochs = 10;
    s.stepsPerEpoch = 2;
    return s;
}

ScheduleSettings cosineSettings() {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.minLr = 0.001;
    s.epochs = 10;
    s.stepsPerEpoch = 10;  // T = 100 annealing steps
    return s;
}

ScheduleSettings warmupSettings() {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.minLr = 0.0;
    s.warmupEpochs = 2;
    s.epochs = 12;
    s.stepsPerEpoch = 5;  // W = 10 warm-up steps, T = 50 annealing steps
    return s;
}

ScheduleSettings oneCycleSettings(double maxLr) {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.maxLr = maxLr;
    s.pctStart = 0.3;
    s.epochs = 10;
    s.stepsPerEpoch = 10;  // N = 100 steps; last rising step E = 0.3 * 100 - 1 = 29
    return s;
}

ScheduleSettings plateauSettings() {
    ScheduleSettings s;
    s.baseLr = 0.1;
    s.factor = 0.5;
    s.patience = 2;
    s.threshold = 1e-4;
    s.minLr = 0.03;
    return s;
}

}  // namespace

Q_DECLARE_METATYPE(ScheduleSettings)

class TestSchedules : public QObject {
    Q_OBJECT

private slots:
    void rateAtStep_data();
    void rateAtStep();
    void cosineChangesEveryStep();
    void oneCycleRisesThenFalls();
    void plateauReducesOnlyAfterPatience();
    void plateauNeverGoesBelowMinLr();
    void plateauCountsNanAsNoImprovement();
    void invalidSettingsThrow_data();
    void invalidSettingsThrow();
    void registryListsAllSchedules();
    void unknownNameThrowsWithValidNames();
};

void TestSchedules::rateAtStep_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<ScheduleSettings>("settings");
    QTest::addColumn<qlonglong>("step");
    QTest::addColumn<double>("expected");

    ScheduleSettings constant;
    constant.baseLr = 0.03;
    QTest::newRow("constant 0") << "constant" << constant << 0LL << 0.03;
    QTest::newRow("constant 12345") << "constant" << constant << 12345LL << 0.03;

    // step: 0.1 * 0.5^floor(epoch / 10), 3 steps per epoch.
    const ScheduleSettings step = stepSettings();
    QTest::newRow("step epoch 0") << "step" << step << 0LL << 0.1;
    QTest::newRow("step epoch 9 first") << "step" << step << 27LL << 0.1;
    QTest::newRow("step epoch 9 last") << "step" << step << 29LL << 0.1;
    QTest::newRow("step epoch 10") << "step" << step << 30LL << 0.05;  // 0.1 * 0.5
    QTest::newRow("step epoch 19") << "step" << step << 59LL << 0.05;
    QTest::newRow("step epoch 20") << "step" << step << 60LL << 0.025;  // 0.1 * 0.5^2
    QTest::newRow("step negative step") << "step" << step << -5LL << 0.1;

    // multi_step: 1 * 0.1^(milestones <= epoch), milestones {5, 8}, 2 steps per epoch.
    const ScheduleSettings multi = multiStepSettings();
    QTest::newRow("multi_step epoch 0") << "multi_step" << multi << 0LL << 1.0;
    QTest::newRow("multi_step epoch 4") << "multi_step" << multi << 9LL << 1.0;
    QTest::newRow("multi_step epoch 5") << "multi_step" << multi << 10LL << 0.1;
    QTest::newRow("multi_step epoch 7") << "multi_step" << multi << 15LL << 0.1;
    QTest::newRow("multi_step epoch 8") << "multi_step" << multi << 16LL << 0.1 * 0.1;
    QTest::newRow("multi_step epoch 20") << "multi_step" << multi << 40LL << 0.1 * 0.1;
    ScheduleSettings repeated = multi;
    repeated.milestones = {3, 3};  // listed twice: decays twice, as torch's Counter
    QTest::newRow("multi_step repeated epoch 2") << "multi_step" << repeated << 5LL << 1.0;
    QTest::newRow("multi_step repeated epoch 3") << "multi_step" << repeated << 6LL << 0.1 * 0.1;
    ScheduleSettings none = multi;
    none.milestones = {};
    QTest::newRow("multi_step no milestones") << "multi_step" << none << 30LL << 1.0;

    // exponential: 0.1 * 0.9^epoch, 2 steps per epoch.
    const ScheduleSettings exponential = exponentialSettings();
    QTest::newRow("exponential step 0") << "exponential" << exponential << 0LL << 0.1;
    QTest::newRow("exponential step 1") << "exponential" << exponential << 1LL << 0.1;
    QTest::newRow("exponential step 2") << "exponential" << exponential << 2LL << 0.09;
    QTest::newRow("exponential step 7")
        << "exponential" << exponential << 7LL << 0.0729;  // epoch 3: 0.1 * 0.729

    // cosine: 0.001 + 0.099 * (1 + cos(pi * t / 100)) / 2.
    const ScheduleSettings cosine = cosineSettings();
    QTest::newRow("cosine start") << "cosine" << cosine << 0LL << 0.1;
    // cos(pi / 4) = sqrt(1/2)
    QTest::newRow("cosine quarter")
        << "cosine" << cosine << 25LL << 0.001 + 0.099 * (1 + std::sqrt(0.5)) / 2;
    QTest::newRow("cosine middle") << "cosine" << cosine << 50LL << 0.0505;  // (0.1 + 0.001) / 2
    QTest::newRow("cosine three quarters")
        << "cosine" << cosine << 75LL << 0.001 + 0.099 * (1 - std::sqrt(0.5)) / 2;
    QTest::newRow("cosine end") << "cosine" << cosine << 100LL << 0.001;
    QTest::newRow("cosine after end") << "cosine" << cosine << 1000LL << 0.001;

    // cosine with warm-up: 0.1 * (step + 1) / 10 for steps 0..9, then
    // 0.1 * (1 + cos(pi * (step - 10) / 50)) / 2.
    const ScheduleSettings warmup = warmupSettings();
    QTest::newRow("warmup step 0") << "cosine" << warmup << 0LL << 0.01;
    QTest::newRow("warmup step 4") << "cosine" << warmup << 4LL << 0.05;
    QTest::newRow("warmup last step") << "cosine" << warmup << 9LL << 0.1;
    QTest::newRow("warmup then start") << "cosine" << warmup << 10LL << 0.1;
    QTest::newRow("warmup then middle") << "cosine" << warmup << 35LL << 0.05;
    QTest::newRow("warmup then end") << "cosine" << warmup << 60LL << 0.0;

    // one_cycle, max 0.1 (from baseLr): initial 0.1 / 25 = 0.004, final 0.004 / 1e4 = 4e-7.
    const ScheduleSettings cycle = oneCycleSettings(0.0);
    QTest::newRow("one_cycle start") << "one_cycle" << cycle << 0LL << 0.004;
    QTest::newRow("one_cycle peak") << "one_cycle" << cycle << 29LL << 0.1;
    // Half-way down: (64 - 29) / (99 - 29) = 0.5, cos(pi / 2) = 0 -> (0.1 + 4e-7) / 2
    QTest::newRow("one_cycle half-way down") << "one_cycle" << cycle << 64LL << 0.0500002;
    QTest::newRow("one_cycle last step") << "one_cycle" << cycle << 99LL << 4e-7;
    QTest::newRow("one_cycle after end") << "one_cycle" << cycle << 500LL << 4e-7;
    // Explicit max 1: initial 0.04, final 4e-6.
    const ScheduleSettings cycleMax = oneCycleSettings(1.0);
    QTest::newRow("one_cycle max 1 start") << "one_cycle" << cycleMax << 0LL << 0.04;
    QTest::newRow("one_cycle max 1 peak") << "one_cycle" << cycleMax << 29LL << 1.0;
    QTest::newRow("one_cycle max 1 last") << "one_cycle" << cycleMax << 99LL << 4e-6;

    QTest::newRow("plateau before any epoch") << "plateau" << plateauSettings() << 77LL << 0.1;
}

void TestSchedules::rateAtStep() {
    QFETCH(QString, name);
    QFETCH(ScheduleSettings, settings);
    QFETCH(qlonglong, step);
    QFETCH(double, expected);

    auto schedule = makeSchedule(name, settings);
    const double rate = schedule->rateAt(static_cast<long>(step));
    QVERIFY2(close(rate, expected), qPrintable(describe(rate, expected)));
}

void TestSchedules::cosineChangesEveryStep() {
    // Per step, not per epoch: no stairs of stepsPerEpoch equal rates.
    auto schedule = makeSchedule("cosine", cosineSettings());
    double previous = schedule->rateAt(0);
    for (long step = 1; step <= 100; ++step) {
        const double rate = schedule->rateAt(step);
        QVERIFY2(rate < previous, qPrintable(QString("step %1").arg(step)));
        previous = rate;
    }
    QVERIFY(schedule->rateAt(99) > 0.001);  // the floor is reached only after the run
}

void TestSchedules::oneCycleRisesThenFalls() {
    auto schedule = makeSchedule("one_cycle", oneCycleSettings(0.0));
    for (long step = 1; step <= 29; ++step)
        QVERIFY2(schedule->rateAt(step) > schedule->rateAt(step - 1),
                 qPrintable(QString("step %1").arg(step)));
    for (long step = 30; step <= 99; ++step)
        QVERIFY2(schedule->rateAt(step) < schedule->rateAt(step - 1),
                 qPrintable(QString("step %1").arg(step)));
}

void TestSchedules::plateauReducesOnlyAfterPatience() {
    // patience 2, factor 0.5, relative threshold 1e-4.
    auto schedule = makeSchedule("plateau", plateauSettings());
    schedule->epochEnded(0, 1.0);  // first epoch: best = 1.0
    QCOMPARE(schedule->rateAt(10), 0.1);
    schedule->epochEnded(1, 1.0);  // no improvement: 1 bad epoch
    QCOMPARE(schedule->rateAt(20), 0.1);
    // 0.99995 is better, but not by 1e-4 relative (needs < 1.0 * (1 - 1e-4) = 0.9999): 2 bad
    schedule->epochEnded(2, 0.99995);
    QCOMPARE(schedule->rateAt(30), 0.1);  // patience 2 tolerates two bad epochs
    schedule->epochEnded(3, 1.2);         // third bad epoch > patience: 0.1 * 0.5
    QCOMPARE(schedule->rateAt(40), 0.05);
    schedule->epochEnded(4, 0.9998);  // improves by 2e-4 relative: best = 0.9998, count reset
    QCOMPARE(schedule->rateAt(50), 0.05);
    schedule->epochEnded(5, 0.9998);  // bad 1
    schedule->epochEnded(6, 0.9998);  // bad 2
    QCOMPARE(schedule->rateAt(60), 0.05);
    schedule->epochEnded(7, 0.9998);  // bad 3: 0.05 * 0.5 = 0.025, floored at minLr 0.03
    QCOMPARE(schedule->rateAt(70), 0.03);
}

void TestSchedules::plateauNeverGoesBelowMinLr() {
    ScheduleSettings s = plateauSettings();
    s.patience = 0;  // every epoch without improvement reduces
    auto schedule = makeSchedule("plateau", s);
    schedule->epochEnded(0, 1.0);
    double previous = schedule->rateAt(0);
    for (int epoch = 1; epoch < 20; ++epoch) {
        schedule->epochEnded(epoch, 2.0);
        const double rate = schedule->rateAt(epoch);
        QVERIFY(rate >= 0.03);
        QVERIFY(rate <= previous);
        previous = rate;
    }
    QCOMPARE(previous, 0.03);  // 0.1 -> 0.05 -> 0.03 (0.025 floored) and stays
}

void TestSchedules::plateauCountsNanAsNoImprovement() {
    ScheduleSettings s = plateauSettings();
    s.patience = 0;
    auto schedule = makeSchedule("plateau", s);
    schedule->epochEnded(0, 1.0);
    schedule->epochEnded(1, std::nan(""));
    QCOMPARE(schedule->rateAt(0), 0.05);
}

void TestSchedules::invalidSettingsThrow_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<ScheduleSettings>("settings");
    QTest::addColumn<QString>("field");

    auto with = [](auto change) {
        ScheduleSettings s;
        s.epochs = 10;
        s.stepsPerEpoch = 4;
        change(s);
        return s;
    };
    QTest::newRow("step size 0") << "step" << with([](auto& s) { s.stepSize = 0; })
                                 << "training.lr_schedule.step_size";
    QTest::newRow("step epochs 0")
        << "step" << with([](auto& s) { s.epochs = 0; }) << "training.epochs";
    QTest::newRow("exponential gamma 0")
        << "exponential" << with([](auto& s) { s.gamma = 0; }) << "training.lr_schedule.gamma";
    QTest::newRow("multi_step negative milestone") << "multi_step" << with([](auto& s) {
        s.milestones = {3, -1};
    }) << "training.lr_schedule.milestones";
    QTest::newRow("cosine warm-up fills the run")
        << "cosine" << with([](auto& s) { s.warmupEpochs = 10; })
        << "training.lr_schedule.warmup_epochs";
    QTest::newRow("cosine negative minLr")
        << "cosine" << with([](auto& s) { s.minLr = -1; }) << "training.lr_schedule.min_lr";
    QTest::newRow("plateau factor 1")
        << "plateau" << with([](auto& s) { s.factor = 1.0; }) << "training.lr_schedule.factor";
    QTest::newRow("plateau negative patience")
        << "plateau" << with([](auto& s) { s.patience = -1; }) << "training.lr_schedule.patience";
    QTest::newRow("one_cycle pctStart 1") << "one_cycle" << with([](auto& s) { s.pctStart = 1.0; })
                                          << "training.lr_schedule.pct_start";
    QTest::newRow("one_cycle negative maxLr")
        << "one_cycle" << with([](auto& s) { s.maxLr = -0.1; }) << "training.lr_schedule.max_lr";
}

void TestSchedules::invalidSettingsThrow() {
    QFETCH(QString, name);
    QFETCH(ScheduleSettings, settings);
    QFETCH(QString, field);
    try {
        makeSchedule(name, settings);
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(QString::fromStdString(error.field()), field);
        QVERIFY2(QString(error.what()).contains("allowed"), error.what());
    }
}

void TestSchedules::registryListsAllSchedules() {
    const std::vector<std::string> expected{"constant",  "cosine",  "exponential", "multi_step",
                                            "one_cycle", "plateau", "step"};
    QCOMPARE(scheduleRegistry().names(), expected);
    for (const std::string& name : expected) {
        auto schedule =
            scheduleRegistry().create(name, "training.lr_schedule.type", ScheduleSettings{});
        QCOMPARE(schedule->name(), name);
    }
}

void TestSchedules::unknownNameThrowsWithValidNames() {
    try {
        scheduleRegistry().create("linear", "training.lr_schedule.type", ScheduleSettings{});
        QFAIL("no InputError");
    } catch (const InputError& error) {
        QCOMPARE(error.field(), std::string("training.lr_schedule.type"));
        const QString message = error.what();
        QVERIFY2(message.contains("\"linear\""), error.what());
        for (const char* name :
             {"constant", "step", "multi_step", "exponential", "cosine", "plateau", "one_cycle"})
            QVERIFY2(message.contains(name), error.what());
    }
}

QTEST_APPLESS_MAIN(TestSchedules)
#include "tst_schedules.moc"
