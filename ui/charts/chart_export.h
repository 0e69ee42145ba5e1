#pragma once

#include <QString>

class QWidget;

namespace hyperlab::ui {

/// Saves what a widget shows (a chart view, a panel of charts) as an image:
/// ".svg" writes vector graphics through QSvgGenerator, anything else a PNG
/// rendered at twice the widget's size so it stays sharp on slides. Returns
/// false and sets `error` (translated) when the file cannot be written.
bool exportWidgetImage(QWidget* widget, const QString& path, QString* error = nullptr);

/// Asks for a PNG or SVG file name (the suffix follows the chosen filter);
/// empty when cancelled. Remembers the folder.
QString askImageExportPath(QWidget* dialogParent, const QString& suggestedName);

/// Asks for a PNG or SVG file name (suggestedName without suffix), saves
/// the widget there and reports a failure in a message box. Returns the path
/// written, or an empty string when cancelled or failed.
QString exportWidgetImageInteractive(QWidget* widget, QWidget* dialogParent,
                                     const QString& suggestedName);

}  // namespace hyperlab::ui
