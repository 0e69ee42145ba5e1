#include "i18n/core_message.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

#include "common/errors.h"
#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

namespace {

// The templates are the core's (problem.cpp), gathered by lupdate into this
// context; in English the output equals the core's own message.
constexpr const char* kContext = "CoreMessage";

QString translated(const char* text) {
    return QCoreApplication::translate(kContext, text);
}

/// The noun in "unknown <kind> \"x\"" and "<kind> not found": the core's
/// words for what was named wrongly. Other words stay as they are.
QString translateKind(const std::string& kind) {
    static const std::vector<std::pair<std::string, const char*>> kinds{
        {"optimizer", QT_TRANSLATE_NOOP("CoreMessage", "optimizer")},
        {"activation", QT_TRANSLATE_NOOP("CoreMessage", "activation")},
        {"loss", QT_TRANSLATE_NOOP("CoreMessage", "loss")},
        {"initializer", QT_TRANSLATE_NOOP("CoreMessage", "initializer")},
        {"schedule", QT_TRANSLATE_NOOP("CoreMessage", "schedule")},
        {"dataset", QT_TRANSLATE_NOOP("CoreMessage", "dataset")},
        {"task", QT_TRANSLATE_NOOP("CoreMessage", "task")},
        {"padding", QT_TRANSLATE_NOOP("CoreMessage", "padding")},
        {"pooling", QT_TRANSLATE_NOOP("CoreMessage", "pooling")},
        {"monitor", QT_TRANSLATE_NOOP("CoreMessage", "monitor")},
        {"metric", QT_TRANSLATE_NOOP("CoreMessage", "metric")},
        {"strategy", QT_TRANSLATE_NOOP("CoreMessage", "strategy")},
        {"pruner", QT_TRANSLATE_NOOP("CoreMessage", "pruner")},
        {"function", QT_TRANSLATE_NOOP("CoreMessage", "function")},
        {"type", QT_TRANSLATE_NOOP("CoreMessage", "type")},
        {"direction", QT_TRANSLATE_NOOP("CoreMessage", "direction")},
        {"value", QT_TRANSLATE_NOOP("CoreMessage", "value")},
        {"trial state", QT_TRANSLATE_NOOP("CoreMessage", "trial state")},
        {"config file", QT_TRANSLATE_NOOP("CoreMessage", "config file")},
        {"study file", QT_TRANSLATE_NOOP("CoreMessage", "study file")},
    };
    for (const auto& [english, text] : kinds)
        if (kind == english)
            return translated(text);
    return QString::fromStdString(kind);
}

/// Codes whose first argument is such a kind word.
bool startsWithKind(ProblemCode code) {
    return code == ProblemCode::UnknownName || code == ProblemCode::FileKindNotFound ||
           code == ProblemCode::CannotOpenFileKind;
}

/// A field's name for the user: the translated hyperparameter name with the
/// path, or the path alone when it names no hyperparameter.
QString fieldName(const std::string& field) {
    const QString path = QString::fromStdString(field);
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
        return path;
    return translated(QT_TRANSLATE_NOOP("CoreMessage", "%1 (%2)")).arg(label, path);
}

}  // namespace

QString translateProblemText(const Problem& problem) {
    if (problem.code == ProblemCode::Text)
        return QString::fromStdString(problemText(problem));
    std::vector<std::string> values = problem.args;
    if (!values.empty() && startsWithKind(problem.code))
        values[0] = translateKind(values[0]).toStdString();
    for (const Problem& part : problem.parts)
        values.push_back(translateProblemText(part).toStdString());
    // The core's own substitution rule, so both languages fill alike.
    return QString::fromStdString(
        fillPlaceholders(translated(problemTemplate(problem.code)).toStdString(), values));
}

QString translateProblem(const Problem& problem) {
    QString text = translateProblemText(problem);
    const QString separator = translated(QT_TRANSLATE_NOOP("CoreMessage", "%1: %2"));
    if (!problem.field.empty())
        text = separator.arg(fieldName(problem.field), text);
    if (!problem.file.empty())
        text = separator.arg(QString::fromStdString(problem.file), text);
    return text;
}

QString translateError(const std::exception& error) {
    return translateProblem(problemOf(error));
}

QString translateWarning(const std::string& warning) {
    Problem problem = textProblem(warning);
    const std::size_t colon = warning.find(": ");
    if (colon != std::string::npos && warning.find(' ') > colon) {
        problem.field = warning.substr(0, colon);
        problem.args[0] = warning.substr(colon + 2);
    }
    return translateProblem(problem);
}

bool isTranslated(const Problem& problem) {
    if (problem.code == ProblemCode::Text)
        return false;
    const char* english = problemTemplate(problem.code);
    if (translated(english) == QString::fromUtf8(english))
        return false;
    for (const Problem& part : problem.parts)
        if (part.code != ProblemCode::Text && !isTranslated(part))
            return false;
    return true;
}

QString translateReason(const Problem& problem, const std::string& text) {
    return problem.empty() ? QString::fromStdString(text) : translateProblem(problem);
}

}  // namespace hyperlab::ui
