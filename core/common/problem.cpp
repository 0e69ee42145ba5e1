#include "common/problem.h"

#include <array>

namespace hyperlab {

namespace {

// lupdate reads the templates below into the "CoreMessage" context of the
// translations (i18n/ fills them in the interface language); the core
// itself stays Qt-free, so the marker only returns its text here.
#define QT_TRANSLATE_NOOP(context, text) text

struct CodeText {
    ProblemCode code;
    const char* id;
    const char* english;
};

// In the order of ProblemCode (checked below).
constexpr std::array<CodeText, kProblemCodeCount> kTexts{{
    {ProblemCode::Text, "text", "%1"},
    {ProblemCode::OutOfRange, "out_of_range",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 is out of range (allowed: %2)")},
    {ProblemCode::LargerThanInput, "larger_than_input",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 is larger than its %2 input (allowed: %3)")},
    {ProblemCode::MilestoneNotIncreasing, "milestone_not_increasing",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "%1 does not come after the previous milestone %2 "
                       "(allowed: increasing epoch numbers)")},
    {ProblemCode::NesterovWithoutMomentum, "nesterov_without_momentum",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "Nesterov momentum needs training.momentum above 0 "
                       "(allowed: false when momentum is 0)")},
    {ProblemCode::EarlyStoppingWithoutValidation, "early_stopping_without_validation",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "early stopping watches the validation set, but "
                       "dataset.validation_fraction is 0 (allowed: 0 to turn it off, or set a "
                       "validation fraction)")},
    {ProblemCode::ConvolutionNeedsImages, "convolution_needs_images",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "convolution needs image data, but each sample is %1 "
                       "plain features (allowed: an empty list for point data)")},
    {ProblemCode::LossNeedsRegression, "loss_needs_regression",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "%1 needs a regression dataset, but this is %2 (allowed: %3)")},
    {ProblemCode::LossNeedsClassification, "loss_needs_classification",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "%1 needs a classification dataset, but this is %2 (allowed: %3)")},
    {ProblemCode::LossNeedsTwoClasses, "loss_needs_two_classes",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 needs exactly 2 classes, but this is %2 (allowed: %3)")},
    {ProblemCode::UnknownFieldDidYouMean, "unknown_field_did_you_mean",
     QT_TRANSLATE_NOOP("CoreMessage", "unknown field; did you mean %1? (allowed: %2)")},
    {ProblemCode::UnknownField, "unknown_field",
     QT_TRANSLATE_NOOP("CoreMessage", "unknown field (allowed: %1)")},
    {ProblemCode::UnknownName, "unknown_name",
     QT_TRANSLATE_NOOP("CoreMessage", "unknown %1 \"%2\" (allowed: %3)")},
    {ProblemCode::Required, "required",
     QT_TRANSLATE_NOOP("CoreMessage", "is required (allowed: %1)")},
    {ProblemCode::NumberIn, "number_in",
     QT_TRANSLATE_NOOP("CoreMessage", "must be a number in %1, got %2")},
    {ProblemCode::FractionIn, "fraction_in",
     QT_TRANSLATE_NOOP("CoreMessage", "must be in %1, got %2")},
    {ProblemCode::FiniteNumber, "finite_number",
     QT_TRANSLATE_NOOP("CoreMessage", "must be a finite number, got %1")},
    {ProblemCode::Boolean, "boolean",
     QT_TRANSLATE_NOOP("CoreMessage", "must be true or false, got %1")},
    {ProblemCode::AtLeast, "at_least", QT_TRANSLATE_NOOP("CoreMessage", "must be >= %1, got %2")},
    {ProblemCode::LogRangeNeedsPositive, "log_range_needs_positive",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "must be > 0 for a log range, got %1 (allowed: low > 0, "
                       "or \"log\": false)")},
    {ProblemCode::BelowHigh, "below_high",
     QT_TRANSLATE_NOOP("CoreMessage", "must be below high (%1), got %2")},
    {ProblemCode::RangeBetween, "range_between", QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2")},
    {ProblemCode::RangeExcludingBoth, "range_excluding_both",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, excluding both")},
    {ProblemCode::RangeExcluding, "range_excluding",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, excluding %3")},
    {ProblemCode::RangeFewerThanEpochs, "range_fewer_than_epochs",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, fewer than training.epochs")},
    {ProblemCode::RangeAtLeast, "range_at_least", QT_TRANSLATE_NOOP("CoreMessage", "%1 or more")},
    {ProblemCode::RangeAbove, "range_above", QT_TRANSLATE_NOOP("CoreMessage", "greater than %1")},
    {ProblemCode::RegressionDataset, "regression_dataset",
     QT_TRANSLATE_NOOP("CoreMessage", "a regression dataset")},
    {ProblemCode::ClassificationDataset, "classification_dataset",
     QT_TRANSLATE_NOOP("CoreMessage", "a classification dataset with %1 classes")},
    {ProblemCode::DivergedInBatch, "diverged_in_batch",
     QT_TRANSLATE_NOOP("CoreMessage", "diverged at epoch %1, batch %2: loss is %3")},
    {ProblemCode::DivergedOnValidation, "diverged_on_validation",
     QT_TRANSLATE_NOOP("CoreMessage", "diverged at epoch %1: validation loss is %2")},
    {ProblemCode::TestLossNotFinite, "test_loss_not_finite",
     QT_TRANSLATE_NOOP("CoreMessage", "test loss is %1")},
    {ProblemCode::StoppedInBatch, "stopped_in_batch",
     QT_TRANSLATE_NOOP("CoreMessage", "stopped at epoch %1, batch %2")},
    {ProblemCode::StoppedAtEpoch, "stopped_at_epoch",
     QT_TRANSLATE_NOOP("CoreMessage", "stopped at epoch %1")},
    {ProblemCode::EarlyStopped, "early_stopped",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "early stopping: no improvement for %1 epochs; weights of epoch %2 kept")},
    {ProblemCode::PrunedAfterEpoch, "pruned_after_epoch",
     QT_TRANSLATE_NOOP("CoreMessage", "pruned after epoch %1")},
    {ProblemCode::ObjectiveNotFiniteInRepeat, "objective_not_finite_in_repeat",
     QT_TRANSLATE_NOOP("CoreMessage", "the objective %1 is %2 in repeat %3")},
    {ProblemCode::ObjectiveNotFinite, "objective_not_finite",
     QT_TRANSLATE_NOOP("CoreMessage", "the objective %1 is %2")},
    {ProblemCode::StudyStopped, "study_stopped",
     QT_TRANSLATE_NOOP("CoreMessage", "the study was stopped")},
    {ProblemCode::Cancelled, "cancelled", QT_TRANSLATE_NOOP("CoreMessage", "cancelled")},
    {ProblemCode::TrainingFailed, "training_failed",
     QT_TRANSLATE_NOOP("CoreMessage", "training failed")},
    {ProblemCode::RunStoppedEarly, "run_stopped_early",
     QT_TRANSLATE_NOOP("CoreMessage", "the run stopped before it finished")},
    {ProblemCode::UnknownError, "unknown_error", QT_TRANSLATE_NOOP("CoreMessage", "unknown error")},
    {ProblemCode::FileKindNotFound, "file_kind_not_found",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 not found: %2")},
    {ProblemCode::CannotOpenFileKind, "cannot_open_file_kind",
     QT_TRANSLATE_NOOP("CoreMessage", "cannot open %1 %2: %3")},
    {ProblemCode::CsvCannotOpen, "csv_cannot_open",
     QT_TRANSLATE_NOOP("CoreMessage", "cannot open CSV file %1")},
    {ProblemCode::CsvNotFound, "csv_not_found",
     QT_TRANSLATE_NOOP("CoreMessage", "CSV file %1 not found")},
    {ProblemCode::FileNotFound, "file_not_found",
     QT_TRANSLATE_NOOP("CoreMessage", "file %1 not found")},
    {ProblemCode::IdxIsDirectory, "idx_is_directory",
     QT_TRANSLATE_NOOP("CoreMessage", "%1 is a directory, not an IDX file")},
    {ProblemCode::CannotOpen, "cannot_open", QT_TRANSLATE_NOOP("CoreMessage", "cannot open %1")},
    {ProblemCode::CannotWrite, "cannot_write",
     QT_TRANSLATE_NOOP("CoreMessage", "cannot write: %1")},
    {ProblemCode::CannotRead, "cannot_read", QT_TRANSLATE_NOOP("CoreMessage", "cannot read: %1")},
    {ProblemCode::CannotCreateDirectory, "cannot_create_directory",
     QT_TRANSLATE_NOOP("CoreMessage", "cannot create the directory: %1")},
    {ProblemCode::CannotCreateStudyDirectory, "cannot_create_study_directory",
     QT_TRANSLATE_NOOP("CoreMessage", "cannot create the study directory: %1")},
    {ProblemCode::JournalWriteFailed, "journal_write_failed",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "cannot write the journal: %1 (events after this point are not saved)")},
    {ProblemCode::JournalSyncFailed, "journal_sync_failed",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "cannot save the journal to disk: %1 (events after this "
                       "point are not saved)")},
    {ProblemCode::JournalCorrupt, "journal_corrupt",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "line %1 is not a JSON event (it starts \"%2\"): the "
                       "journal is corrupt; nothing was changed")},
    {ProblemCode::WouldOverwriteStudy, "would_overwrite_study",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "is a file of a study directory; writing there would "
                       "destroy the study (choose another file name)")},
    {ProblemCode::SameStudyDirectory, "same_study_directory",
     QT_TRANSLATE_NOOP("CoreMessage", "is the study being saved (choose another directory)")},
    {ProblemCode::AlreadyHoldsStudy, "already_holds_study",
     QT_TRANSLATE_NOOP("CoreMessage",
                       "already holds a study (choose an empty or new directory; "
                       "nothing was changed)")},
    {ProblemCode::DefinitionNotAFile, "definition_not_a_file",
     QT_TRANSLATE_NOOP("CoreMessage", "is not a file (a study's definition is a JSON file)")},
}};

constexpr bool inCodeOrder() {
    for (int i = 0; i < kProblemCodeCount; ++i)
        if (int(kTexts[std::size_t(i)].code) != i)
            return false;
    return true;
}
static_assert(inCodeOrder(), "kTexts must list every ProblemCode in order");

}  // namespace

Problem problem(ProblemCode code, std::vector<std::string> args, std::vector<Problem> parts) {
    return Problem{code, std::move(args), std::move(parts), {}, {}};
}

Problem textProblem(std::string text) {
    return problem(ProblemCode::Text, {std::move(text)});
}

const char* problemTemplate(ProblemCode code) {
    return kTexts[std::size_t(code)].english;
}

const char* problemId(ProblemCode code) {
    return kTexts[std::size_t(code)].id;
}

std::optional<ProblemCode> problemCodeFromId(std::string_view id) {
    for (const CodeText& t : kTexts)
        if (id == t.id)
            return t.code;
    return std::nullopt;
}

std::string fillPlaceholders(std::string_view text, const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool placeholder = text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' &&
                                 text[i + 1] <= '9' &&
                                 std::size_t(text[i + 1] - '1') < values.size();
        if (placeholder) {
            out += values[std::size_t(text[++i] - '1')];
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string problemText(const Problem& problem) {
    if (problem.empty())
        return {};
    std::vector<std::string> values = problem.args;
    for (const Problem& part : problem.parts)
        values.push_back(problemText(part));
    return fillPlaceholders(problemTemplate(problem.code), values);
}

std::string problemMessage(const Problem& problem) {
    std::string out;
    for (const std::string* prefix : {&problem.file, &problem.field})
        if (!prefix->empty())
            out += *prefix + ": ";
    return out + problemText(problem);
}

}  // namespace hyperlab
