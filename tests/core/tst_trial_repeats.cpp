// Every repeat's (seed's) per-epoch history is kept: the study records
// repeats 1, 2, ... beside repeat 0's history, the journal replays them (and
// journals written before still read, with the repeat-0 history they had),
// trial JSON round-trips them, and the per-epoch mean and min..max band over
// the repeats are those of the numbers.

#include <QtTest>

#include <QTemporaryDir>

#include <cmath>

#include <nlohmann/json.hpp>

#include "io/journal.h"
#include "study/execution/study_runner.h"
#include "study/model/study.h"
#include "study/model/trial_repeats.h"
#include "study/storage/study_directory.h"
#include "study/storage/study_journal.h"
#include "study/storage/trial_json.h"
#include "train/history_at_epoch.h"

using namespace hyperlab;
using nlohmann::json;

namespace {

EpochMetrics epoch(int e, double valLoss, double valAccuracy = 0.5) {
    EpochMetrics m;
    m.epoch = e;
    m.valLoss = valLoss;
    m.trainLoss = valLoss * 0.9;
    m.valAccuracy = valAccuracy;
    m.trainAccuracy = valAccuracy + 0.01;
    m.learningRate = 0.01;
    return m;
}

json spiralStudy(int repeats, int epochs) {
    return {{"base",
             {{"dataset", {{"name", "spiral"}, {"samples", 200}, {"validation_fraction", 0.25}}},
              {"model", {{"hidden_layers", {8}}}},
              {"training",
               {{"optimizer", "adam"}, {"epochs", epochs}, {"batch_size", 16}, {"seed", 7}}}}},
            {"space",
             {{"training.learning_rate", {{"type", "categorical"}, {"values", {0.01, 0.03}}}}}},
            {"strategy", {{"type", "grid"}}},
            {"objective", {{"metric", "val_accuracy"}}},
            {"repeats", repeats},
            {"workers", 2}};
}

bool sameHistory(const std::vector<EpochMetrics>& a, const std::vector<EpochMetrics>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].epoch != b[i].epoch || std::abs(a[i].valLoss - b[i].valLoss) > 1e-12 ||
            std::abs(a[i].valAccuracy - b[i].valAccuracy) > 1e-12)
            return false;
    return true;
}

}  // namespace

class TestTrialRepeats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bandIsTheMeanAndMinMaxOverRepeats() {
        Trial t;
        t.classification = true;
        appendRepeatEpoch(t, 0, epoch(1, 1.0, 0.50));
        appendRepeatEpoch(t, 0, epoch(2, 0.6, 0.70));
        appendRepeatEpoch(t, 2, epoch(1, 1.6, 0.40));  // repeat 2 before repeat 1 reports
        appendRepeatEpoch(t, 1, epoch(1, 0.4, 0.60));
        appendRepeatEpoch(t, 1, epoch(2, 0.8, 0.80));
        QCOMPARE(t.repeatHistories.size(), std::size_t(2));
        QCOMPARE(repeatHistory(t, 2).size(), std::size_t(1));
        QVERIFY(repeatHistory(t, 3).empty());

        const RepeatBands bands = repeatBands(t);
        QCOMPARE(bands.repeats, 3);
        // Epoch 1 over three repeats, epoch 2 over the two that reached it.
        QCOMPARE(bands.valLoss.epochs(), 2);
        QCOMPARE(bands.valLoss.runs, (std::vector<int>{3, 2}));
        QCOMPARE(bands.valLoss.min[0], 0.4);
        QCOMPARE(bands.valLoss.max[0], 1.6);
        QVERIFY(std::abs(bands.valLoss.mean[0] - 1.0) < 1e-12);
        QVERIFY(std::abs(bands.valLoss.stdDev[0] - 0.6) < 1e-12);  // sample std of .4, 1, 1.6
        QCOMPARE(bands.valLoss.min[1], 0.6);
        QCOMPARE(bands.valLoss.max[1], 0.8);
        QVERIFY(std::abs(bands.valQuality.mean[1] - 0.75) < 1e-12);
        QCOMPARE(bands.valQuality.max[0], 0.6);

        // A resumed repeat starts again: its later epochs are dropped.
        appendRepeatEpoch(t, 1, epoch(1, 0.5));
        QCOMPARE(repeatHistory(t, 1).size(), std::size_t(1));
        QCOMPARE(repeatHistory(t, 1)[0].valLoss, 0.5);
    }

    void commonEpochBandIsUnchanged() {
        // The seed-spread dialog's band covers only the epochs every run reached.
        const EpochBand common = epochBand({{1, 2, 3}, {3, 4}});
        QCOMPARE(common.epochs(), 2);
        QCOMPARE(common.mean[1], 3.0);
        const EpochBand any = epochBand({{1, 2, 3}, {3, 4}}, BandEpochs::Any);
        QCOMPARE(any.epochs(), 3);
        QCOMPARE(any.mean[2], 3.0);
        QCOMPARE(any.runs[2], 1);
        QVERIFY(std::isnan(any.stdDev[2]));
    }

    void metricsAtEpochFallsBackToTheLastEpoch() {
        const std::vector<EpochMetrics> h{epoch(1, 1.0), epoch(2, 0.8), epoch(3, 0.7)};
        QCOMPARE(metricsAtEpoch(h, 2)->valLoss, 0.8);
        QCOMPARE(metricsAtEpoch(h, 9)->epoch, 3);  // stopped before 9
        QVERIFY(metricsAtEpoch(h, 0) == nullptr);
        QVERIFY(metricsAtEpoch({}, 4) == nullptr);
    }

    void studyKeepsEveryRepeatAndOnlyRepeatZeroIsPruned() {
        Study study(StudyDefinition::fromJson(spiralStudy(3, 2)));
        const TrialSnapshot asked = study.ask();
        QVERIFY(study.markRunning(asked->number));
        QVERIFY(!study.reportEpoch(asked->number, 0, epoch(1, 1.0)));
        QVERIFY(!study.reportEpoch(asked->number, 1, epoch(1, 0.9)));
        QVERIFY(!study.reportEpoch(asked->number, 2, epoch(1, 1.1)));
        const TrialSnapshot t = study.trial(asked->number);
        QCOMPARE(t->history.size(), std::size_t(1));
        QCOMPARE(t->repeatHistories.size(), std::size_t(2));
        QCOMPARE(t->repeatHistories[1][0].valLoss, 1.1);
        // A new attempt (resume) starts with no repeat histories.
        study.requeue(asked->number);
        QVERIFY(study.trial(asked->number)->repeatHistories.empty());
    }

    void runnerRecordsRepeatsAndTheJournalReplaysThem() {
        QTemporaryDir temp;
        const std::string dir = (temp.path() + "/study").toStdString();
        std::vector<TrialSnapshot> ran;
        {
            auto directory = StudyDirectory::create(dir, spiralStudy(3, 4));
            StudyRunner(directory->study(), &directory->journal()).run();
            ran = directory->study().trials();
        }
        QCOMPARE(ran.size(), std::size_t(2));
        for (const TrialSnapshot& t : ran) {
            QVERIFY(t->state == TrialState::Completed);
            QCOMPARE(t->history.size(), std::size_t(4));
            QCOMPARE(t->repeatHistories.size(), std::size_t(2));
            for (const auto& h : t->repeatHistories)
                QCOMPARE(h.size(), std::size_t(4));
            // Different seeds: the repeats' curves differ.
            QVERIFY(t->repeatHistories[0].back().valLoss != t->history.back().valLoss);
        }
        // Reopened: the same per-repeat histories, so the band is the same.
        const LoadedStudy loaded = StudyDirectory::load(dir);
        QCOMPARE(loaded.trials.size(), ran.size());
        for (std::size_t i = 0; i < ran.size(); ++i) {
            QVERIFY(sameHistory(loaded.trials[i].history, ran[i]->history));
            QCOMPARE(loaded.trials[i].repeatHistories.size(), std::size_t(2));
            for (std::size_t r = 0; r < 2; ++r)
                QVERIFY(
                    sameHistory(loaded.trials[i].repeatHistories[r], ran[i]->repeatHistories[r]));
            QCOMPARE(repeatBands(loaded.trials[i]).valLoss.max, repeatBands(*ran[i]).valLoss.max);
        }
    }

    void oldJournalWithoutRepeatFieldsReadsAsRepeatZero() {
        // Journals before this change: epochs without "repeat" are repeat 0;
        // a bad repeat is reported and skipped, not put into the history.
        const std::vector<json> events{
            {{"event", "trial_created"}, {"trial", 0}, {"params", json::object()}, {"seed", 1}},
            {{"event", "trial_started"}, {"trial", 0}},
            {{"event", "epoch"}, {"trial", 0}, {"epoch", 1}, {"val_loss", 0.9}},
            {{"event", "epoch"}, {"trial", 0}, {"repeat", "x"}, {"epoch", 2}, {"val_loss", 0.1}},
            {{"event", "epoch"}, {"trial", 0}, {"repeat", 1}, {"epoch", 1}, {"val_loss", 0.7}},
        };
        std::vector<std::string> warnings;
        const std::vector<Trial> trials = StudyJournal::replay(events, &warnings);
        QCOMPARE(trials.size(), std::size_t(1));
        QCOMPARE(trials[0].history.size(), std::size_t(1));
        QCOMPARE(trials[0].history[0].valLoss, 0.9);
        QCOMPARE(trials[0].repeatHistories.size(), std::size_t(1));
        QCOMPARE(trials[0].repeatHistories[0][0].valLoss, 0.7);
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(warnings[0]).contains(QLatin1String("repeat")));
    }

    void trialJsonRoundTripsRepeatHistories() {
        Trial t;
        t.number = 4;
        appendRepeatEpoch(t, 0, epoch(1, 1.0));
        appendRepeatEpoch(t, 1, epoch(1, 0.8));
        appendRepeatEpoch(t, 1, epoch(2, 0.6));
        const json j = trialToJson(t, true);
        QVERIFY(j.contains("repeat_histories"));
        const Trial back = trialFromJson(j);
        QCOMPARE(back.repeatHistories.size(), std::size_t(1));
        QVERIFY(sameHistory(back.repeatHistories[0], t.repeatHistories[0]));
        // One repeat: no key, and such JSON (also older exports) reads without one.
        Trial single;
        appendRepeatEpoch(single, 0, epoch(1, 1.0));
        const json s = trialToJson(single, true);
        QVERIFY(!s.contains("repeat_histories"));
        QVERIFY(trialFromJson(s).repeatHistories.empty());
    }
};

QTEST_APPLESS_MAIN(TestTrialRepeats)
#include "tst_trial_repeats.moc"
