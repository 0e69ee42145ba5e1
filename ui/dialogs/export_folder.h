#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace hyperlab::ui {

/// Where exports go, for every export of the app (best configs, selected
/// configs, tables): the folder used last, else ~/HyperLab/exports, created
/// so that it is there to find.
QString exportFolder();
void rememberExportFolder(const QString& folder);

/// Asks for a folder to export into, starting at exportFolder(). A new
/// folder can be made with the dialog's button or by typing its name.
/// Empty when cancelled.
QString askExportFolder(QWidget* parent, const QString& title);

/// Says where the files went, with a link that opens the folder (a
/// non-blocking message box).
void showExported(QWidget* parent, const QStringList& files);

}  // namespace hyperlab::ui
