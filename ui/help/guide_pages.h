#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hyperlab::ui {

/// One page of the built-in guide: a title for the page list and the page
/// itself as simple HTML (headings, paragraphs, lists, bold) for a
/// QTextBrowser.
struct GuidePage {
    QString title;
    QString html;
};

/// The guide (Help > Guide): a first run and a first search on the spiral,
/// how to read the curves and the leaderboard, and what overfitting and
/// divergence look like. Texts name the labels the window really shows;
/// they are translated like every other interface string.
class GuidePages {
    Q_DECLARE_TR_FUNCTIONS(GuidePages)

public:
    /// The pages in reading order, in the current language.
    static QList<GuidePage> all();
};

}  // namespace hyperlab::ui
