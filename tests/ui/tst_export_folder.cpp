// Exports start in a folder a student can find (~/HyperLab/exports, made on
// first use, then the folder used last), and a folder name typed into the
// dialog is created rather than refused.
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "dialogs/export_folder.h"

using namespace hyperlab::ui;

class TestExportFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_export_folder"));
        QSettings().clear();
    }

    void startsInAVisibleFolder() {
        const QString expected = m_home.path() + QStringLiteral("/HyperLab/exports");
        QCOMPARE(exportFolder(), expected);
        QVERIFY(QFileInfo(expected).isDir());
        rememberExportFolder(m_home.path());
        QCOMPARE(exportFolder(), m_home.path());
        rememberExportFolder(m_home.path() + QStringLiteral("/gone"));  // deleted since
        QCOMPARE(exportFolder(), expected);
    }

    void aTypedNewFolderIsCreated() {
        rememberExportFolder(m_home.path());
        QString typedInto;
        QTimer::singleShot(100, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            typedInto = dialog->windowTitle();
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            name->setText(QStringLiteral("run-2026"));
            QMetaObject::invokeMethod(dialog, "accept");  // as the Export here button does
        });
        const QString chosen = askExportFolder(nullptr, QStringLiteral("Export best configs"));
        QCOMPARE(typedInto, QStringLiteral("Export best configs"));
        QCOMPARE(QFileInfo(chosen).absoluteFilePath(),
                 QFileInfo(m_home.path() + QStringLiteral("/run-2026")).absoluteFilePath());
        QVERIFY(QFileInfo(chosen).isDir());
        QCOMPARE(exportFolder(), chosen);  // remembered for the next export
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestExportFolder)
#include "tst_export_folder.moc"
