#pragma once

#include <QString>

#include <exception>
#include <string>

#include "common/problem.h"

namespace hyperlab::ui {

/// Shows a message from the Qt-free core (an InputError, a trial's failure
/// reason, why a study stopped) in the interface language.
///
/// The core reports a Problem: a code whose English template (problem.cpp)
/// is translated in the "CoreMessage" context, and the arguments to put in
/// it. Values, names and paths are never translated; wording inside the
/// sentence (an allowed range, a kind of dataset) comes as parts and is
/// translated the same way. The field becomes its translated hyperparameter
/// name with the config path kept in brackets (it is what the config file
/// says). A Text problem (no code of its own, or an old journal) keeps its
/// English sentence after the translated field name.
QString translateProblem(const Problem& problem);
/// A trial's or run's reason: its problem, or `text` when it has none (a
/// trial made by hand, an evaluator that gave only English text).
QString translateReason(const Problem& problem, const std::string& text);
/// The sentence alone, without file and field.
QString translateProblemText(const Problem& problem);
/// An exception of the core: its problem when it has one, else what().
QString translateError(const std::exception& error);
/// A study's warning ("field: English text"): the field named as in
/// translateProblem, the text kept.
QString translateWarning(const std::string& warning);

/// Whether the active catalogue translates every sentence of `problem` (its
/// code's template and its parts'). Text problems are never translated.
bool isTranslated(const Problem& problem);

}  // namespace hyperlab::ui
