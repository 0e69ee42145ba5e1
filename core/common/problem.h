#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hyperlab {

/// What a core message says, as a code the interface can translate: one per
/// sentence the core writes (an error in a config, why a trial failed). The
/// English sentence of each is in problem.cpp, the one place the core words
/// them; the interface translates the same template and fills in the same
/// arguments. `Text` carries an English sentence the interface shows as it
/// is (rare errors without a code of their own; old journals).
enum class ProblemCode {
    Text,
    // Values and ranges in a config or study file.
    OutOfRange,
    LargerThanInput,
    MilestoneNotIncreasing,
    NesterovWithoutMomentum,
    EarlyStoppingWithoutValidation,
    ConvolutionNeedsImages,
    LossNeedsRegression,
    LossNeedsClassification,
    LossNeedsTwoClasses,
    UnknownFieldDidYouMean,
    UnknownField,
    UnknownName,
    Required,
    NumberIn,
    FractionIn,
    FiniteNumber,
    Boolean,
    AtLeast,
    LogRangeNeedsPositive,
    BelowHigh,
    // Parts of a sentence: an allowed range, a kind of dataset.
    RangeBetween,
    RangeExcludingBoth,
    RangeExcluding,
    RangeFewerThanEpochs,
    RangeAtLeast,
    RangeAbove,
    RegressionDataset,
    ClassificationDataset,
    // Why a run or a trial ended.
    DivergedInBatch,
    DivergedOnValidation,
    TestLossNotFinite,
    StoppedInBatch,
    StoppedAtEpoch,
    EarlyStopped,
    PrunedAfterEpoch,
    ObjectiveNotFiniteInRepeat,
    ObjectiveNotFinite,
    StudyStopped,
    Cancelled,
    TrainingFailed,
    RunStoppedEarly,
    UnknownError,
    // Files and study directories.
    FileKindNotFound,
    CannotOpenFileKind,
    CsvCannotOpen,
    CsvNotFound,
    FileNotFound,
    IdxIsDirectory,
    CannotOpen,
    CannotWrite,
    CannotRead,
    CannotCreateDirectory,
    CannotCreateStudyDirectory,
    JournalWriteFailed,
    JournalSyncFailed,
    JournalCorrupt,
    WouldOverwriteStudy,
    SameStudyDirectory,
    AlreadyHoldsStudy,
    DefinitionNotAFile,
};

/// One past the last code, for tests and tables that visit every code.
inline constexpr int kProblemCodeCount = int(ProblemCode::DefinitionNotAFile) + 1;

/// A message of the core in structured form. The template of `code` has
/// placeholders %1, %2, ...: first `args` (values, names, paths: never
/// translated), then `parts` (wording inside the sentence, translated like
/// the sentence).
struct Problem {
    ProblemCode code = ProblemCode::Text;
    std::vector<std::string> args;
    std::vector<Problem> parts;
    /// The dotted config path the problem is about ("training.learning_rate");
    /// empty for files and run outcomes.
    std::string field;
    /// The file the field is in (a study definition); usually empty.
    std::string file;

    /// Nothing to say (a Text problem without text): no error, no reason.
    bool empty() const { return code == ProblemCode::Text && args.empty(); }
    bool operator==(const Problem&) const = default;
};

/// A problem of `code` with these args (and no field yet).
Problem problem(ProblemCode code, std::vector<std::string> args = {},
                std::vector<Problem> parts = {});
/// An English sentence that has no code of its own.
Problem textProblem(std::string text);

/// The English template of `code`, e.g. "%1 is out of range (allowed: %2)".
const char* problemTemplate(ProblemCode code);
/// The stable name of `code` that journals store ("out_of_range").
const char* problemId(ProblemCode code);
std::optional<ProblemCode> problemCodeFromId(std::string_view id);

/// `text` with %1..%9 replaced by values[0..8] in one pass (a value that
/// itself contains "%1" is not substituted again). The interface fills its
/// translated templates with this too, so both languages follow one rule.
std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& values);

/// The English sentence without file and field: "1e+09 is out of range
/// (allowed: 1e-07 to 10)".
std::string problemText(const Problem& problem);
/// The whole English message: "file: field: sentence" (the parts present).
std::string problemMessage(const Problem& problem);

}  // namespace hyperlab
