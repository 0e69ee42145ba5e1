// What the form shows is what runs: a value typed into a number field is
// the config's value at once (also before the field loses focus), a value
// out of range is shown as invalid with the allowed range instead of being
// put back, text that is not a number blocks Run, and Run stays disabled
// while any field is invalid.
#include <QAction>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "dialogs/message_boxes.h"
#include "io/config_json.h"
#include "main_window.h"
#include "panels/model_training_form.h"
#include "study_controller.h"
#include "train/default_config.h"
#include "widgets/log_scale_edit.h"
#include "widgets/number_spin_box.h"

using namespace hyperlab;
using namespace hyperlab::ui;
using nlohmann::json;

namespace {

/// The line edit inside a form field (spin boxes, the learning-rate pair).
QLineEdit* lineEditOf(ModelTrainingForm& form, const QString& path) {
    QWidget* editor = form.editorFor(path);
    if (auto* log = qobject_cast<LogScaleEdit*>(editor))
        editor = log->spinBox();
    return editor ? editor->findChild<QLineEdit*>() : nullptr;
}

/// Replaces the field's text by typing, as a user does (no focus change).
void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestTypedValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setMessageBoxesEnabled(false); }

    void outOfRangeValuesAreShownInvalidNotPutBack_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("typed");
        QTest::newRow("dropout 1.5") << "model.dropout"
                                     << "1.5";
        QTest::newRow("learning rate 0") << "training.learning_rate"
                                         << "0";
        QTest::newRow("learning rate 1e9") << "training.learning_rate"
                                           << "1e9";
        QTest::newRow("batch size 0") << "training.batch_size"
                                      << "0";
        QTest::newRow("epochs 20000") << "training.epochs"
                                      << "20000";
    }

    void outOfRangeValuesAreShownInvalidNotPutBack() {
        QFETCH(QString, path);
        QFETCH(QString, typed);
        ModelTrainingForm form;
        form.show();
        form.setConfig(defaultRunConfig());
        QVERIFY(form.isValid());
        QLineEdit* edit = lineEditOf(form, path);
        QVERIFY2(edit, qPrintable(path));
        typeInto(edit, typed);
        // Before leaving the field: the config already holds the typed value.
        const std::string pointer = "/" + QString(path).replace('.', '/').toStdString();
        const json current = toJson(form.config()).at(json::json_pointer(pointer));
        QCOMPARE(current.get<double>(), json::parse(typed.toStdString()).get<double>());
        QVERIFY(!form.isValid());
        QVERIFY2(form.validationMessage().contains(QStringLiteral("allowed")),
                 qPrintable(form.validationMessage()));
        QCOMPARE(form.invalidField(), path);
        // Leaving it keeps the text (and the problem) on screen.
        edit->clearFocus();
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(edit->text(), typed);
        QVERIFY(!form.isValid());
    }

    void textThatIsNotANumberBlocksTheRun() {
        ModelTrainingForm form;
        form.show();
        form.setConfig(defaultRunConfig());
        QLineEdit* edit = lineEditOf(form, QStringLiteral("model.dropout"));
        typeInto(edit, QStringLiteral("1e-"));
        QVERIFY(!form.isValid());
        QVERIFY2(form.validationMessage().contains(QStringLiteral("not a number")),
                 qPrintable(form.validationMessage()));
        typeInto(edit, QStringLiteral("0.25"));
        QVERIFY2(form.isValid(), qPrintable(form.validationMessage()));
        QCOMPARE(form.config().model.dropout, 0.25);
    }

    void runIsRefusedAndDisabledWhileAFieldIsInvalid() {
        QTemporaryDir studies;
        MainWindow window;
        window.setStudiesRoot(studies.path());
        window.show();
        QLineEdit* edit = lineEditOf(*window.form(), QStringLiteral("model.dropout"));
        typeInto(edit, QStringLiteral("1.5"));
        QAction* run = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R))
                run = a;
        QVERIFY(run);
        QVERIFY(!run->isEnabled());
        QVERIFY(!window.runSingle());  // Ctrl+R without leaving the field runs nothing
        QVERIFY(!window.controller()->isRunning());
        typeInto(edit, QStringLiteral("0.3"));
        QVERIFY(run->isEnabled());
        QCOMPARE(window.currentConfig().model.dropout, 0.3);
    }
};

QTEST_MAIN(TestTypedValues)
#include "tst_typed_values.moc"
