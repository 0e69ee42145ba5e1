#pragma once

#include <QTextBrowser>

namespace hyperlab::ui {

/// A QTextBrowser whose lines stop at a readable length (about 80
/// characters) in a wide window, and wrap at the widget's width below it.
class ReadableTextBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit ReadableTextBrowser(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitLines();
};

}  // namespace hyperlab::ui
