#include "dialogs/export_folder.h"
#include "dialogs/message_boxes.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
namespace hyperlab::ui {
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
namespace {
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
constexpr const char* kSettingsKey = "export/folder";
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
/// Qt's folder dialog refuses a typed name that does not exist yet; an
#include "dialogs/message_boxes.h"
/// export folder is often new, so a typed name is created on accept.
#include "dialogs/message_boxes.h"
class ExportFolderDialog : public QFileDialog {
#include "dialogs/message_boxes.h"
public:
#include "dialogs/message_boxes.h"
    ExportFolderDialog(QWidget* parent, const QString& title, const QString& start)
#include "dialogs/message_boxes.h"
        : QFileDialog(parent, title, start) {
#include "dialogs/message_boxes.h"
        setFileMode(QFileDialog::Directory);
#include "dialogs/message_boxes.h"
        setOption(QFileDialog::ShowDirsOnly);
#include "dialogs/message_boxes.h"
        // The non-native dialog: the same on every desktop, with its
#include "dialogs/message_boxes.h"
        // "Create New Folder" button, and accept() below takes effect.
#include "dialogs/message_boxes.h"
        setOption(QFileDialog::DontUseNativeDialog);
#include "dialogs/message_boxes.h"
        setLabelText(QFileDialog::Accept,
                     QCoreApplication::translate("ExportFolder", "Export here"));
#include "dialogs/message_boxes.h"
    }
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
    void accept() override {
#include "dialogs/message_boxes.h"
        const QStringList chosen = selectedFiles();
#include "dialogs/message_boxes.h"
        if (!chosen.isEmpty() && !QFileInfo::exists(chosen.first()))
#include "dialogs/message_boxes.h"
            QDir().mkpath(chosen.first());
#include "dialogs/message_boxes.h"
        QFileDialog::accept();
#include "dialogs/message_boxes.h"
    }
#include "dialogs/message_boxes.h"
};
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
}  // namespace
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
QString exportFolder() {
#include "dialogs/message_boxes.h"
    const QString fallback = QDir::homePath() + QStringLiteral("/HyperLab/exports");
#include "dialogs/message_boxes.h"
    QString folder = QSettings().value(QLatin1String(kSettingsKey), fallback).toString();
#include "dialogs/message_boxes.h"
    if (!QFileInfo(folder).isDir())
#include "dialogs/message_boxes.h"
        folder = fallback;
#include "dialogs/message_boxes.h"
    QDir().mkpath(folder);
#include "dialogs/message_boxes.h"
    return folder;
#include "dialogs/message_boxes.h"
}
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
void rememberExportFolder(const QString& folder) {
#include "dialogs/message_boxes.h"
    QSettings().setValue(QLatin1String(kSettingsKey), folder);
#include "dialogs/message_boxes.h"
}
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
QString askExportFolder(QWidget* parent, const QString& title) {
#include "dialogs/message_boxes.h"
    ExportFolderDialog dialog(parent, title, exportFolder());
#include "dialogs/message_boxes.h"
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
#include "dialogs/message_boxes.h"
        return {};
#include "dialogs/message_boxes.h"
    const QString folder = dialog.selectedFiles().first();
#include "dialogs/message_boxes.h"
    rememberExportFolder(folder);
#include "dialogs/message_boxes.h"
    return folder;
#include "dialogs/message_boxes.h"
}
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
void showExported(QWidget* parent, const QStringList& files) {
#include "dialogs/message_boxes.h"
    if (files.isEmpty() || !messageBoxesEnabled())
#include "dialogs/message_boxes.h"
        return;
#include "dialogs/message_boxes.h"
    const QString folder = QFileInfo(files.first()).absolutePath();
#include "dialogs/message_boxes.h"
    QStringList names;
#include "dialogs/message_boxes.h"
    for (const QString& f : files)
#include "dialogs/message_boxes.h"
        names << QFileInfo(f).fileName().toHtmlEscaped();
#include "dialogs/message_boxes.h"
    auto* box = new QMessageBox(
#include "dialogs/message_boxes.h"
        QMessageBox::Information, QCoreApplication::translate("ExportFolder", "Exported"),
#include "dialogs/message_boxes.h"
        QCoreApplication::translate("ExportFolder", "Wrote %n file(s) to <a href=\"%1\">%2</a>:",
#include "dialogs/message_boxes.h"
                                    nullptr, int(files.size()))
#include "dialogs/message_boxes.h"
                .arg(QUrl::fromLocalFile(folder).toString(), folder.toHtmlEscaped()) +
#include "dialogs/message_boxes.h"
            QStringLiteral("<br>") + names.join(QStringLiteral("<br>")),
#include "dialogs/message_boxes.h"
        QMessageBox::Close, parent);
#include "dialogs/message_boxes.h"
    box->setTextFormat(Qt::RichText);
#include "dialogs/message_boxes.h"
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
#include "dialogs/message_boxes.h"
    QPushButton* open =
#include "dialogs/message_boxes.h"
        box->addButton(QCoreApplication::translate("ExportFolder", "Open folder"),
                       QMessageBox::ActionRole);
#include "dialogs/message_boxes.h"
    QObject::connect(open, &QPushButton::clicked, box, [folder] {
#include "dialogs/message_boxes.h"
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
#include "dialogs/message_boxes.h"
    });
#include "dialogs/message_boxes.h"
    box->setAttribute(Qt::WA_DeleteOnClose);
#include "dialogs/message_boxes.h"
    box->setWindowModality(Qt::WindowModal);
#include "dialogs/message_boxes.h"
    box->open();
#include "dialogs/message_boxes.h"
}
#include "dialogs/message_boxes.h"

#include "dialogs/message_boxes.h"
}  // namespace hyperlab::ui
