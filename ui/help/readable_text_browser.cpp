#include "help/readable_text_browser.h"

#include <QScrollBar>
#include <algorithm>

namespace hyperlab::ui {

ReadableTextBrowser::ReadableTextBrowser(QWidget* parent) : QTextBrowser(parent) {
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    fitLines();
}

void ReadableTextBrowser::resizeEvent(QResizeEvent* event) {
    fitLines();
    QTextBrowser::resizeEvent(event);
}

void ReadableTextBrowser::fitLines() {
    // Room for the vertical scroll bar is kept whether it shows or not, so
    // its appearing never makes the text wider than the view.
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width() - 4;
    const int readable = fontMetrics().averageCharWidth() * 80;
    setLineWrapColumnOrWidth(std::max(120, std::min(available, readable)));
}

}  // namespace hyperlab::ui
