#include "core_message.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

#include "help/hyperparameter_help.h"

namespace hyperlab::ui {

namespace {

// Everything here is translated in the "CoreMessage" context; the English
// texts are the core's own phrases, so in English the output equals the input.
constexpr const char* kContext = "CoreMessage";

QString translated(const char* text) { return QCoreApplication::translate(kContext, text); }

/// The whole text must match: a phrase is recognised, not found inside.
QRegularExpression re(const char* pattern) {
    return QRegularExpression(QStringLiteral("^") + QString::fromUtf8(pattern) +
                              QStringLiteral("$"));
}

/// One phrase of the core: a pattern over the English text and the
/// translatable template its captures (%1, %2, ...) are put into.
struct Phrase {
    QRegularExpression pattern;
    const char* templateText;
    /// Captures that are themselves wording of the core, translated before
    /// they go into the template: bit i for capture i. `kinds` holds the
    /// noun in "unknown <kind>", `fragments` a range or dataset description
    /// (see translateFragment). Every other capture is a value, a name or a
    /// path and is kept exactly.
    unsigned kinds = 0;
    unsigned fragments = 0;
};

constexpr unsigned capture(int i) { return 1u << i; }

const std::vector<Phrase>& phrases() {
    // Order matters: the first full match wins, so specific phrases come
    // before the general ones they would also match.
    static const std::vector<Phrase> table = [] {
        return std::vector<Phrase>{
            {re("(\\S+) is out of range \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "%1 is out of range (allowed: %2)"), 0, capture(2)},
            {re("(\\S+) is larger than its (\\S+) input \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "%1 is larger than its %2 input (allowed: %3)"), 0,
             capture(3)},
            {re("(\\S+) does not come after the previous milestone (\\S+) \\(allowed: "
                "increasing epoch numbers\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "%1 does not come after the previous milestone "
                                              "%2 (allowed: increasing epoch numbers)")},
            {re("Nesterov momentum needs training.momentum above 0 \\(allowed: false when "
                "momentum is 0\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "Nesterov momentum needs training.momentum above "
                                              "0 (allowed: false when momentum is 0)")},
            {re("early stopping watches the validation set, but dataset.validation_fraction "
                "is 0 \\(allowed: 0 to turn it off, or set a validation fraction\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "early stopping watches the validation set, but "
                               "dataset.validation_fraction is 0 (allowed: 0 to turn it off, "
                               "or set a validation fraction)")},
            {re("convolution needs image data, but each sample is (\\d+) plain features "
                "\\(allowed: an empty list for point data\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "convolution needs image data, but each sample "
                                              "is %1 plain features (allowed: an empty list "
                                              "for point data)")},
            {re("(\\S+) needs a regression dataset, but this is (.+) \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "%1 needs a regression dataset, but this is %2 (allowed: %3)"),
             0, capture(2)},
            {re("(\\S+) needs a classification dataset, but this is (.+) \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "%1 needs a classification dataset, but this is %2 (allowed: %3)"),
             0, capture(2)},
            {re("(\\S+) needs exactly 2 classes, but this is (.+) \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "%1 needs exactly 2 classes, but this is %2 (allowed: %3)"),
             0, capture(2)},
            {re("unknown field; did you mean (\\S+)\\? \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "unknown field; did you mean %1? (allowed: %2)")},
            {re("importance needs at least (\\d+) completed trials with a finite objective "
                "\\(the study has (\\d+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "importance needs at least %1 completed trials "
                                              "with a finite objective (the study has %2)")},
            {re("the contour surrogate needs at least (\\d+) completed trials \\(the study "
                "has (\\d+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "the contour surrogate needs at least %1 completed "
                                              "trials (the study has %2)")},
            {re("no dimension varies, so there is nothing to rate"),
             QT_TRANSLATE_NOOP("CoreMessage", "no dimension varies, so there is nothing to rate")},
            {re("unknown field \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "unknown field (allowed: %1)")},
            {re("unknown (\\w+) \"([^\"]*)\" \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "unknown %1 \"%2\" (allowed: %3)"), capture(1)},
            {re("is required \\(allowed: (.+)\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "is required (allowed: %1)")},
            {re("must be an integer from (\\S+) to (\\S+), got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be an integer from %1 to %2, got %3")},
            {re("must be a number in (\\[.+[\\]\\)]), got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be a number in %1, got %2")},
            {re("must be in (\\[.+[\\]\\)]), got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be in %1, got %2")},
            {re("must be a finite number, got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be a finite number, got %1")},
            {re("must be an integer, got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be an integer, got %1")},
            {re("must be true or false, got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be true or false, got %1")},
            {re("must be >= (\\S+), got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be >= %1, got %2")},
            {re("must be > 0 for a log range, got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be > 0 for a log range, got %1")},
            {re("must be below high \\((.+)\\), got (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "must be below high (%1), got %2")},
            {re("diverged at epoch (\\d+), batch (\\d+): loss is (\\S+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "diverged at epoch %1, batch %2: loss is %3")},
            {re("diverged at epoch (\\d+): validation loss is (\\S+)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "diverged at epoch %1: validation loss is %2")},
            {re("test loss is (\\S+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "test loss is %1")},
            {re("stopped at epoch (\\d+), batch (\\d+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "stopped at epoch %1, batch %2")},
            {re("stopped at epoch (\\d+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "stopped at epoch %1")},
            {re("early stopping: no improvement for (\\d+) epochs; weights of epoch (\\d+) kept"),
             QT_TRANSLATE_NOOP("CoreMessage", "early stopping: no improvement for %1 "
                                              "epochs; weights of epoch %2 kept")},
            {re("pruned after epoch (\\d+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "pruned after epoch %1")},
            {re("the objective (\\S+) is (\\S+) in repeat (\\d+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "the objective %1 is %2 in repeat %3")},
            {re("the objective (\\S+) is (\\S+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "the objective %1 is %2")},
            {re("the study was stopped"),
             QT_TRANSLATE_NOOP("CoreMessage", "the study was stopped")},
            {re("cancelled"), QT_TRANSLATE_NOOP("CoreMessage", "cancelled")},
            {re("training failed"), QT_TRANSLATE_NOOP("CoreMessage", "training failed")},
            {re("the run stopped before it finished"),
             QT_TRANSLATE_NOOP("CoreMessage", "the run stopped before it finished")},
            {re("unknown error"), QT_TRANSLATE_NOOP("CoreMessage", "unknown error")},
            {re("config file not found: (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "config file not found: %1")},
            {re("cannot open CSV file (\"[^\"]*\")"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot open CSV file %1")},
            {re("CSV file (\"[^\"]*\") not found"),
             QT_TRANSLATE_NOOP("CoreMessage", "CSV file %1 not found")},
            {re("file (\"[^\"]*\") not found"),
             QT_TRANSLATE_NOOP("CoreMessage", "file %1 not found")},
            {re("(\"[^\"]*\") is a directory, not an IDX file"),
             QT_TRANSLATE_NOOP("CoreMessage", "%1 is a directory, not an IDX file")},
            {re("cannot open config file (.+): ([^:]+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot open config file %1: %2")},
            {re("cannot open (\"[^\"]*\")"), QT_TRANSLATE_NOOP("CoreMessage", "cannot open %1")},
            {re("cannot write: (.+)"), QT_TRANSLATE_NOOP("CoreMessage", "cannot write: %1")},
            {re("cannot create the directory: (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot create the directory: %1")},
            {re("cannot create the study directory: (.+)"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot create the study directory: %1")},
            {re("cannot read: (.+)"), QT_TRANSLATE_NOOP("CoreMessage", "cannot read: %1")},
            {re("cannot write the journal: (.+) \\(events after this point are not saved\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot write the journal: %1 (events after this "
                                              "point are not saved)")},
            {re("cannot save the journal to disk: (.+) \\(events after this point are not "
                "saved\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "cannot save the journal to disk: %1 (events "
                                              "after this point are not saved)")},
            {re("line (\\d+) is not a JSON event \\(it starts \"(.*)\"\\): the journal is "
                "corrupt; nothing was changed"),
             QT_TRANSLATE_NOOP("CoreMessage", "line %1 is not a JSON event (it starts \"%2\"): "
                                              "the journal is corrupt; nothing was changed")},
            {re("is a file of a study directory; writing there would destroy the study "
                "\\(choose another file name\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "is a file of a study directory; writing there "
                                              "would destroy the study (choose another file "
                                              "name)")},
            {re("is the study being saved \\(choose another directory\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "is the study being saved (choose another directory)")},
            {re("already holds a study \\(choose an empty or new directory; nothing was "
                "changed\\)"),
             QT_TRANSLATE_NOOP("CoreMessage", "already holds a study (choose an empty or new "
                                              "directory; nothing was changed)")},
            {re("is not a file \\(a study's definition is a JSON file\\)"),
             QT_TRANSLATE_NOOP("CoreMessage",
                               "is not a file (a study's definition is a JSON file)")},
        };
    }();
    return table;
}

/// The kind word in "unknown <kind> \"x\"": the core's nouns for what was
/// named wrongly. Unknown words stay as they are.
QString translateKind(const QString& kind) {
    static const std::vector<std::pair<QString, const char*>> kinds{
        {QStringLiteral("optimizer"), QT_TRANSLATE_NOOP("CoreMessage", "optimizer")},
        {QStringLiteral("activation"), QT_TRANSLATE_NOOP("CoreMessage", "activation")},
        {QStringLiteral("loss"), QT_TRANSLATE_NOOP("CoreMessage", "loss")},
        {QStringLiteral("initializer"), QT_TRANSLATE_NOOP("CoreMessage", "initializer")},
        {QStringLiteral("schedule"), QT_TRANSLATE_NOOP("CoreMessage", "schedule")},
        {QStringLiteral("dataset"), QT_TRANSLATE_NOOP("CoreMessage", "dataset")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("CoreMessage", "task")},
        {QStringLiteral("padding"), QT_TRANSLATE_NOOP("CoreMessage", "padding")},
        {QStringLiteral("pooling"), QT_TRANSLATE_NOOP("CoreMessage", "pooling")},
        {QStringLiteral("monitor"), QT_TRANSLATE_NOOP("CoreMessage", "monitor")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("CoreMessage", "metric")},
        {QStringLiteral("strategy"), QT_TRANSLATE_NOOP("CoreMessage", "strategy")},
        {QStringLiteral("pruner"), QT_TRANSLATE_NOOP("CoreMessage", "pruner")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("CoreMessage", "function")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("CoreMessage", "type")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("CoreMessage", "direction")},
    };
    for (const auto& [english, text] : kinds)
        if (kind == english) return translated(text);
    return kind;
}

/// Parts of a phrase that are phrases themselves: the core's descriptions
/// of an allowed range (config_validation.cpp describeRange) and of a
/// dataset. A capture that is none of these (a value, a name) stays as is.
QString translateFragment(const QString& fragment);

/// `phrase`'s translated template with its captures from `m` put in, each
/// capture the phrase marks as wording translated first. One
/// multi-argument arg() call: a value that itself contains "%1" (a file
/// name, say) is not substituted again.
QString fill(const Phrase& phrase, const QRegularExpressionMatch& m) {
    const QString text = translated(phrase.templateText);
    QStringList values;
    for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
        QString value = m.captured(i);
        if (phrase.kinds & capture(i))
            value = translateKind(value);
        else if (phrase.fragments & capture(i))
            value = translateFragment(value);
        values << value;
    }
    switch (values.size()) {
        case 0: return text;
        case 1: return text.arg(values[0]);
        case 2: return text.arg(values[0], values[1]);
        default: return text.arg(values[0], values[1], values[2]);
    }
}

/// The first of `table` that matches `text` whole, filled in; `text` itself
/// when none does (and then *matched, when given, is false).
QString translateWith(const std::vector<Phrase>& table, const QString& text,
                      bool* matched = nullptr) {
    for (const Phrase& phrase : table)
        if (const QRegularExpressionMatch m = phrase.pattern.match(text); m.hasMatch()) {
            if (matched)
                *matched = true;
            return fill(phrase, m);
        }
    if (matched)
        *matched = false;
    return text;
}

/// Parts of a phrase that are phrases themselves: the core's descriptions
/// of an allowed range (config_validation.cpp describeRange) and of a
/// dataset. A capture that is none of these (a value, a name) stays as is.
QString translateFragment(const QString& fragment) {
    static const std::vector<Phrase> fragments{
        {re("(\\S+) to (\\S+)"), QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2")},
        {re("(\\S+) to (\\S+), excluding both"),
         QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, excluding both")},
        {re("(\\S+) to (\\S+), excluding (\\S+)"),
         QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, excluding %3")},
        {re("(\\S+) to (\\S+), fewer than training.epochs"),
         QT_TRANSLATE_NOOP("CoreMessage", "%1 to %2, fewer than training.epochs")},
        {re("(\\S+) or more"), QT_TRANSLATE_NOOP("CoreMessage", "%1 or more")},
        {re("greater than (\\S+)"), QT_TRANSLATE_NOOP("CoreMessage", "greater than %1")},
        {re("a regression dataset"), QT_TRANSLATE_NOOP("CoreMessage", "a regression dataset")},
        {re("a classification dataset with (\\d+) classes"),
         QT_TRANSLATE_NOOP("CoreMessage", "a classification dataset with %1 classes")},
    };
    return translateWith(fragments, fragment);
}

QString translateProblem(const QString& problem, bool* known) {
    return translateWith(phrases(), problem, known);
}

QString translateMessage(const QString& message, bool* known);

}  // namespace

QString translateCoreMessage(const QString& message) {
    return translateMessage(message, nullptr);
}

bool isKnownCoreMessage(const QString& message) {
    bool known = false;
    translateMessage(message, &known);
    return known;
}

namespace {

QString translateMessage(const QString& message, bool* known) {
    // Errors in a study or config file start with the file: "DIR/s.json:
    // objective.metric: ...". The path is kept; the rest is translated.
    static const QRegularExpression filePrefix(
        QStringLiteral("^([^\\s:]*(?:/|\\.json|\\.csv)[^\\s:]*): (.+)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch file = filePrefix.match(message); file.hasMatch())
        return translated(QT_TRANSLATE_NOOP("CoreMessage", "%1: %2"))
            .arg(file.captured(1), translateMessage(file.captured(2), known));
    // "field.path: problem". A path is lower-case words joined by dots,
    // possibly with list indices ("model.conv_layers.0.kernel_size").
    static const QRegularExpression fieldPrefix(
        QStringLiteral("^([a-z_][a-z0-9_]*(?:\\.[a-z0-9_]+)+|[a-z_]+): (.+)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = fieldPrefix.match(message);
    if (!m.hasMatch()) return translateProblem(message, known);
    const QString path = m.captured(1);
    const QString problem = translateProblem(m.captured(2), known);
    // A list item ("training.lr_schedule.milestones.1") goes by its list's
    // name; the full path still says which item.
    QString named = path;
    QString label = HyperparameterHelp::label(named);
    while (label == named && named.contains(QLatin1Char('.')) &&
           named.section(QLatin1Char('.'), -1).front().isDigit()) {
        named = named.section(QLatin1Char('.'), 0, -2);
        label = HyperparameterHelp::label(named);
    }
    if (label.isEmpty() || label == named)
        return translated(QT_TRANSLATE_NOOP("CoreMessage", "%1: %2")).arg(path, problem);
    return translated(QT_TRANSLATE_NOOP("CoreMessage", "%1 (%2): %3")).arg(label, path, problem);
}

}  // namespace

QString translateCoreMessage(const std::string& message) {
    return translateCoreMessage(QString::fromStdString(message));
}

QString translateCoreMessage(const char* message) {
    return translateCoreMessage(QString::fromUtf8(message));
}

}  // namespace hyperlab::ui
