#include "help/help_window.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QFocusEvent>
#include <QKeySequence>
#include <QMenu>
#include <QPointer>
#include <QScreen>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "help/field_path.h"
#include "help/glossary_view.h"
#include "help/guide_view.h"

namespace hyperlab::ui {

namespace {

/// Remembers the widget the user last moved into (click, Tab, shortcut),
/// so F1 in a field explains it, while the focus Qt gives a window when it
/// opens does not hide the guide.
class UserFocus : public QObject {
public:
    using QObject::QObject;
    QWidget* widget() const {
        QWidget* focus = QApplication::focusWidget();
        return focus == m_last ? focus : nullptr;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
            switch (static_cast<QFocusEvent*>(event)->reason()) {
                case Qt::MouseFocusReason:
                case Qt::TabFocusReason:
                case Qt::BacktabFocusReason:
                case Qt::ShortcutFocusReason:
                    m_last = static_cast<QWidget*>(watched);
                    break;
                default:
                    break;
            }
        }
        return false;
    }

private:
    QPointer<QWidget> m_last;
};

}  // namespace

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("HyperLab Help"));
    m_guide = new GuideView;
    m_glossary = new GlossaryView;
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_guide, tr("Guide"));
    m_tabs->addTab(m_glossary, tr("Glossary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    // Esc closes it, as a dialog would; it keeps its page for next time.
    new QShortcut(QKeySequence::Cancel, this, this, &QWidget::close);

    // Fits a 1280x720 screen with room for the main window beside it.
    QSize size(960, 640);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

bool HelpWindow::isGlossaryShown() const {
    return isVisible() && m_tabs->currentWidget() == m_glossary;
}

void HelpWindow::showGuide(int page) {
    m_guide->setPage(page);
    m_tabs->setCurrentWidget(m_guide);
    present();
}

void HelpWindow::showGlossary(const QString& path) {
    if (!m_glossary->showEntry(path))
        m_glossary->setFilter(QString());
    m_tabs->setCurrentWidget(m_glossary);
    present();
}

void HelpWindow::present() {
    show();
    raise();
    activateWindow();
}

void HelpWindow::install(QMenu* menu, QWidget* window) {
    auto help = [window] {
        auto* existing = window->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
        return existing ? existing : new HelpWindow(window);
    };
    const QKeySequence f1(QKeySequence::HelpContents);
    QAction* guide =
        menu->addAction(tr("&Guide") + QLatin1Char('\t') + f1.toString(QKeySequence::NativeText));
    guide->setToolTip(tr("A short tour: a first run and a first search"));
    connect(guide, &QAction::triggered, window, [help] { help()->showGuide(); });
    QAction* glossary = menu->addAction(tr("G&lossary"));
    glossary->setToolTip(
        tr("Every hyperparameter, and what goes wrong when it is too high or "
           "too low"));
    connect(glossary, &QAction::triggered, window, [help] { help()->showGlossary(); });

    auto* focus = new UserFocus(window);
    qApp->installEventFilter(focus);
    auto* shortcut = new QShortcut(f1, window);
    connect(shortcut, &QShortcut::activated, window, [help, focus] {
        const QPoint cursor = QCursor::pos();
        QString path = fieldPathOf(QApplication::widgetAt(cursor), cursor);
        if (path.isEmpty())
            path = fieldPathOf(focus->widget());
        if (path.isEmpty())
            help()->showGuide();
        else
            help()->showGlossary(path);
    });
}

}  // namespace hyperlab::ui
