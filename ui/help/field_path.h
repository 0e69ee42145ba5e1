#pragma once

#include <QPoint>
#include <QString>

class QWidget;

namespace hyperlab::ui {

/// The generic config path of the field `widget` belongs to, as
/// HyperparameterHelp knows it; empty when none. Looks at the widget and
/// its parents for, in turn: a "configPath" property, an objectName that is
/// a config path (the forms name their editors so), the field of a form
/// label, and the row of an item view whose first column holds the path
/// in Qt::UserRole (the search table). `globalPos` picks the row when
/// `widget` is the view's viewport itself.
QString fieldPathOf(const QWidget* widget, const QPoint& globalPos = {});

}  // namespace hyperlab::ui
