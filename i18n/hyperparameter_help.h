#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hyperlab::ui {

/// The user-facing name and explanation of every config field, keyed by its
/// dotted config path ("training.learning_rate"; conv layer fields as
/// "model.conv_layers.*.kernel_size"). One place for the texts the forms,
/// the search setup and the help pane show, so each is translated once.
/// Texts follow docs/config.md and ../shared/docs/hyperparameters.md: what
/// the field does and its usual range.
class HyperparameterHelp {
    Q_DECLARE_TR_FUNCTIONS(HyperparameterHelp)

public:
    /// Short label ("Learning rate"); the path itself when unknown.
    static QString label(const QString& path);
    /// Tooltip text (what it does, usual range); empty when unknown.
    static QString tooltip(const QString& path);
    /// Replaces list indices by "*" so "model.conv_layers.2.pool" finds the
    /// text of "model.conv_layers.*.pool".
    static QString genericPath(const QString& path);
    /// Every generic path label() and tooltip() know, in form order
    /// (dataset, model, training, learning-rate schedule).
    static QStringList paths();
};

}  // namespace hyperlab::ui
