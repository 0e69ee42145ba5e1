#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

#include "train/diagnosis.h"

namespace hyperlab::ui {

/// A diagnosis finding (core/train/diagnosis.h) in the interface language,
/// built from its code and fields, never from the core's English sentence.
/// Qt Core only: the CLI prints the same texts as the desktop app.
class FindingText {
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    /// A few words: "Overfitting", "Diverged".
    static QString title(FindingCode code);
    /// The whole finding: what shows, from which epoch, what to change.
    static QString message(const Finding& finding);
    /// The hyperparameters to change, by their form labels, comma-separated.
    static QString hyperparameters(const Finding& finding);
    /// Every finding as "title: message" lines (a tooltip); empty for none.
    static QString summary(const std::vector<Finding>& findings);
};

}  // namespace hyperlab::ui
