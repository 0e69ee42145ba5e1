#pragma once

#include <QCoreApplication>
#include <QString>

namespace hyperlab::ui {

/// What goes wrong when a main hyperparameter is set too high or too low,
/// keyed by the generic config paths of HyperparameterHelp (which holds
/// the label and the usual range). For choices (optimizer, activation,
/// schedule ...) the two ends are the two ways the choice usually fails,
/// and the headings say which is which. Plain text, shown by the glossary.
class HyperparameterPitfalls {
    Q_DECLARE_TR_FUNCTIONS(HyperparameterPitfalls)

public:
    struct Side {
        QString heading;  ///< "Too high", or what the end means for a choice
        QString text;     ///< the symptom in the curves and what to change
    };
    struct Texts {
        Side high;
        Side low;
        bool isEmpty() const { return high.text.isEmpty(); }
    };

    /// Both texts for `path` (list indices allowed); empty for the fields
    /// that have none.
    static Texts of(const QString& path);
};

}  // namespace hyperlab::ui
