#include "widgets/language_menu.h"

#include <QActionGroup>

#include "i18n/language.h"

namespace hyperlab::ui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this)) {
    m_group->setExclusive(true);
    auto addChoice = [this](const QString& text, const QString& code) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
    };
    addChoice(tr("System default"), QString());
    addSeparator();
    for (const InterfaceLanguage& language : interfaceLanguages())
        addChoice(language.nativeName, language.code);
    addSeparator();
    QAction* note = addAction(tr("Takes effect when HyperLab restarts"));
    note->setEnabled(false);

    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString code = action->data().toString();
        saveLanguageChoice(code);
        Q_EMIT languageChosen(code, startupLanguage());
    });
    showChoice(savedLanguageChoice());
}

void LanguageMenu::showChoice(const QString& code) {
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

}  // namespace hyperlab::ui
