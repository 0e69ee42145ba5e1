#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hyperlab::ui {

class DatabaseStudiesModel;

/// File > Connect to database: a libpq connection string
/// (postgresql://user@host/db, or host=/socket/dir dbname=...), Connect to
/// list the studies the database holds (on a background thread, with a
/// message saying what failed), and Open for the one chosen. The string is
/// remembered without its password (QSettings "database/conninfo");
/// passwords come from ~/.pgpass or PGPASSWORD.
class ConnectDatabaseDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDatabaseDialog(QWidget* parent = nullptr);

    /// The connection string as typed (may hold a password; not stored).
    QString conninfo() const;
    void setConninfo(const QString& conninfo);
    /// The study chosen (empty when none).
    QString selectedStudy() const;
    /// Selects the study called `name` in the list (tests, screenshots).
    bool selectStudy(const QString& name);

    DatabaseStudiesModel* model() const { return m_model; }
    /// The line under the list: "Connecting…", what failed, or how many.
    QString message() const;
    bool isConnecting() const { return m_connecting; }

public Q_SLOTS:
    /// Lists the studies (background thread); listed() or failed() follows.
    void connectToDatabase();
    void accept() override;

Q_SIGNALS:
    void listed();
    void failed(const QString& message);

private:
    void updateButtons();

    QLineEdit* m_conninfo = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_open = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    DatabaseStudiesModel* m_model = nullptr;
    bool m_connecting = false;
    int m_generation = 0;  // a listing that arrives after another Connect is dropped
};

}  // namespace hyperlab::ui
