#pragma once

#include <vector>

#include <QString>
#include <QWidget>

namespace hyperlab::ui {

/// Hyperparameter importance as horizontal bars, most important on top,
/// each with its share in percent; a caption names the method and the
/// trials it rests on. With no result it shows why (a message). GUI thread
/// only.
class ImportanceChart : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString title;  ///< the hyperparameter's name
        QString path;
        double share = 0.0;
    };

    explicit ImportanceChart(QWidget* parent = nullptr);

    void setBars(std::vector<Bar> bars, const QString& caption);
    /// No importance to show, and why ("needs at least 10 completed trials ...").
    void setMessage(const QString& message);
    const std::vector<Bar>& bars() const { return m_bars; }
    QString message() const { return m_message; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Bar> m_bars;
    QString m_caption;
    QString m_message;
};

}  // namespace hyperlab::ui
