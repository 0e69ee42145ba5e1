// Typed core problems (common/problem.h): the English text is built from
// the code and its arguments in one place, errors carry the problem, and a
// study journal keeps a trial's typed reason while older journals, which
// have only the English text, still read.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/config_json.h"
#include "io/problem_json.h"
#include "study/storage/study_journal.h"

using namespace hyperlab;
using nlohmann::json;

class TestProblem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasAnIdThatReadsBack() {
        for (int c = 0; c < kProblemCodeCount; ++c) {
            const auto code = ProblemCode(c);
            QVERIFY(std::string(problemTemplate(code)).size() > 0);
            QCOMPARE(problemCodeFromId(problemId(code)), std::optional<ProblemCode>(code));
        }
        QCOMPARE(problemCodeFromId("no_such_code"), std::optional<ProblemCode>());
    }

    void englishIsFilledFromArgsThenParts() {
        Problem p = problem(ProblemCode::OutOfRange, {"1e+09"},
                            {problem(ProblemCode::RangeBetween, {"1e-07", "10"})});
        p.field = "training.learning_rate";
        QCOMPARE(problemText(p), std::string("1e+09 is out of range (allowed: 1e-07 to 10)"));
        QCOMPARE(
            problemMessage(p),
            std::string("training.learning_rate: 1e+09 is out of range (allowed: 1e-07 to 10)"));
        p.file = "s.json";
        QCOMPARE(problemMessage(p).rfind("s.json: training.learning_rate: ", 0), std::size_t(0));
        // A value that itself reads like a placeholder is not filled again.
        QCOMPARE(fillPlaceholders("%1 and %2", {"%2", "b"}), std::string("%2 and b"));
        QCOMPARE(problemText(Problem{}), std::string());
    }

    void inputErrorsCarryTheirProblem() {
        try {
            runConfigFromJson(json::parse(R"({"training": {"learning_rate": 1e9}})"));
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.problem().code, ProblemCode::OutOfRange);
            QCOMPARE(e.field(), std::string("training.learning_rate"));
            QCOMPARE(std::string(e.what()), problemMessage(e.problem()));
        }
        const std::runtime_error plain("plain words");
        QCOMPARE(problemOf(plain), textProblem("plain words"));
    }

    void journalKeepsTheTypedReason() {
        const Problem why = problem(ProblemCode::DivergedInBatch, {"3", "7", "NaN"});
        const json saved = problemToJson(why);
        QCOMPARE(problemFromJson(saved, "ignored"), why);
        // Unknown codes (a newer version) and journals without the key fall
        // back to the English text.
        QCOMPARE(problemFromJson(json{{"code", "from_the_future"}}, "old text"),
                 textProblem("old text"));
        const std::vector<json> events = {
            json{{"event", "trial_created"}, {"trial", 0}, {"params", json::object()}, {"seed", 1}},
            json{{"event", "trial_created"}, {"trial", 1}, {"params", json::object()}, {"seed", 2}},
            json{{"event", "trial_finished"},
                 {"trial", 0},
                 {"state", "failed"},
                 {"reason", problemText(why)},
                 {"reason_problem", saved}},
            json{{"event", "trial_finished"},
                 {"trial", 1},
                 {"state", "failed"},
                 {"reason", "diverged at epoch 1, batch 1: loss is NaN"}},
        };
        const std::vector<Trial> trials = StudyJournal::replay(events);
        QCOMPARE(trials.size(), std::size_t(2));
        QCOMPARE(trials[0].reasonProblem, why);
        QCOMPARE(trials[1].reasonProblem, textProblem("diverged at epoch 1, batch 1: loss is NaN"));
    }
};

QTEST_APPLESS_MAIN(TestProblem)
#include "tst_problem.moc"
