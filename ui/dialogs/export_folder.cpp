#include "dialogs/export_folder.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace hyperlab::ui {

namespace {

constexpr const char* kSettingsKey = "export/folder";

/// Qt's folder dialog refuses a typed name that does not exist yet; an
/// export folder is often new, so a typed name is created on accept.
class ExportFolderDialog : public QFileDialog {
public:
    ExportFolderDialog(QWidget* parent, const QString& title, const QString& start)
        : QFileDialog(parent, title, start) {
        setFileMode(QFileDialog::Directory);
        setOption(QFileDialog::ShowDirsOnly);
        // The non-native dialog: the same on every desktop, with its
        // "Create New Folder" button, and accept() below takes effect.
        setOption(QFileDialog::DontUseNativeDialog);
        setLabelText(QFileDialog::Accept, QCoreApplication::translate("ExportFolder", "Export here"));
    }

    void accept() override {
        const QStringList chosen = selectedFiles();
        if (!chosen.isEmpty() && !QFileInfo::exists(chosen.first()))
            QDir().mkpath(chosen.first());
        QFileDialog::accept();
    }
};

}  // namespace

QString exportFolder() {
    const QString fallback = QDir::homePath() + QStringLiteral("/HyperLab/exports");
    QString folder = QSettings().value(QLatin1String(kSettingsKey), fallback).toString();
    if (!QFileInfo(folder).isDir())
        folder = fallback;
    QDir().mkpath(folder);
    return folder;
}

void rememberExportFolder(const QString& folder) {
    QSettings().setValue(QLatin1String(kSettingsKey), folder);
}

QString askExportFolder(QWidget* parent, const QString& title) {
    ExportFolderDialog dialog(parent, title, exportFolder());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString folder = dialog.selectedFiles().first();
    rememberExportFolder(folder);
    return folder;
}

void showExported(QWidget* parent, const QStringList& files) {
    if (files.isEmpty() || qEnvironmentVariableIsSet("HYPERLAB_NO_DIALOGS"))
        return;
    const QString folder = QFileInfo(files.first()).absolutePath();
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName().toHtmlEscaped();
    auto* box = new QMessageBox(
        QMessageBox::Information, QCoreApplication::translate("ExportFolder", "Exported"),
        QCoreApplication::translate("ExportFolder", "Wrote %n file(s) to <a href=\"%1\">%2</a>:",
                                    nullptr, int(files.size()))
                .arg(QUrl::fromLocalFile(folder).toString(), folder.toHtmlEscaped()) +
            QStringLiteral("<br>") + names.join(QStringLiteral("<br>")),
        QMessageBox::Close, parent);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QPushButton* open =
        box->addButton(QCoreApplication::translate("ExportFolder", "Open folder"), QMessageBox::ActionRole);
    QObject::connect(open, &QPushButton::clicked, box, [folder] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

}  // namespace hyperlab::ui
