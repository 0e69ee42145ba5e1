#pragma once

#include <QString>

#include <string>

namespace hyperlab::ui {

/// Shows a message from the Qt-free core (an InputError, a trial's failure
/// reason) in the interface language.
///
/// The core writes English with a fixed shape — "field.path: problem
/// (allowed: ...)" — so the UI can translate it without the core knowing
/// about Qt: the field path becomes the translated hyperparameter name with
/// the path kept in brackets (it is what the config file says), and the
/// problem is matched against the phrases the core uses. Values, names and
/// paths inside the message are never translated. A problem no phrase
/// matches keeps its English text after the translated field name.
QString translateCoreMessage(const QString& message);
QString translateCoreMessage(const std::string& message);
QString translateCoreMessage(const char* message);

/// Whether translateCoreMessage recognises the problem in `message` (a
/// phrase of the core it has a translation for). Tests feed it real core
/// errors, so a reworded core message cannot ship untranslated unnoticed.
bool isKnownCoreMessage(const QString& message);

}  // namespace hyperlab::ui
