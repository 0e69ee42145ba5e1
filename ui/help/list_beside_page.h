#pragma once

class QWidget;

namespace hyperlab::ui {

/// The layout both help tabs share: `list` on the left, `listWidth` wide
/// at first, `page` taking the rest, with a splitter between them that
/// never collapses either side.
void setListBesidePage(QWidget* owner, QWidget* list, QWidget* page, int listWidth);

}  // namespace hyperlab::ui
