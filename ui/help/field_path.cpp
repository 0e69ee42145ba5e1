#include "help/field_path.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QWidget>

#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

namespace {

QString knownPath(const QString& text) {
    if (text.isEmpty())
        return {};
    const QString generic = HyperparameterHelp::genericPath(text);
    return HyperparameterHelp::paths().contains(generic) ? generic : QString();
}

/// The path the widget itself carries, without looking at its parents.
QString ownPath(const QWidget* w) {
    const QString property = knownPath(w->property("configPath").toString());
    return property.isEmpty() ? knownPath(w->objectName()) : property;
}

/// A form label stands for the field of its row.
QString labelledPath(const QWidget* w) {
    const QWidget* parent = w->parentWidget();
    if (!parent)
        return {};
    for (const QFormLayout* form : parent->findChildren<QFormLayout*>()) {
        int row = -1;
        QFormLayout::ItemRole role{};
        form->getWidgetPosition(const_cast<QWidget*>(w), &row, &role);
        if (row < 0 || role != QFormLayout::LabelRole)
            continue;
        const QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
        return field && field->widget() ? ownPath(field->widget()) : QString();
    }
    return {};
}

/// A cell (or cell widget) of an item view whose rows name their path.
QString rowPath(const QWidget* w, const QWidget* child, const QPoint& globalPos) {
    const auto* view = qobject_cast<const QAbstractItemView*>(w->parentWidget());
    if (!view || view->viewport() != w)
        return {};
    const QPoint at = child ? child->geometry().center() : w->mapFromGlobal(globalPos);
    const QModelIndex index = view->indexAt(at);
    return index.isValid() ? knownPath(index.siblingAtColumn(0).data(Qt::UserRole).toString())
                           : QString();
}

}  // namespace

QString fieldPathOf(const QWidget* widget, const QPoint& globalPos) {
    const QWidget* child = nullptr;
    for (const QWidget* w = widget; w; child = w, w = w->parentWidget()) {
        for (const QString& path : {ownPath(w), labelledPath(w), rowPath(w, child, globalPos)})
            if (!path.isEmpty())
                return path;
        if (w->isWindow())
            break;
    }
    return {};
}

}  // namespace hyperlab::ui
