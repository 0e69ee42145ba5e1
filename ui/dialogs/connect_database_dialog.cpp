#include "dialogs/connect_database_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include "database/background_call.h"
#include "i18n/core_message.h"
#include "models/database_studies_model.h"
#include "study/storage/postgres/pg_conninfo.h"
#include "study/storage/postgres/pg_schema.h"

namespace hyperlab::ui {

namespace {
const char* kConninfoKey = "database/conninfo";

// What a listing attempt got to: the message names the step that failed.
struct Listing {
    enum Step { Connect, Schema, List } step = Connect;
    std::string error;
    std::vector<PgStudyListing> studies;
};
}  // namespace

ConnectDatabaseDialog::ConnectDatabaseDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to database"));
    setObjectName(QStringLiteral("ConnectDatabaseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Open a study that workers on many machines share through PostgreSQL "
                      "(docs/distributed.md). The connection string is libpq's: "
                      "<tt>postgresql://user@host/database</tt> or <tt>host=/run/postgresql "
                      "dbname=hyperlab</tt>. Put passwords in ~/.pgpass or PGPASSWORD: HyperLab "
                      "remembers the string without its password."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    m_conninfo = new QLineEdit;
    m_conninfo->setPlaceholderText(QStringLiteral("postgresql://hyperlab@dbhost/hyperlab"));
    m_conninfo->setText(QSettings().value(kConninfoKey).toString());
    m_conninfo->setToolTip(tr("libpq connection string: a URI or key=value pairs"));
    m_connect = new QPushButton(tr("&Connect"));
    m_connect->setToolTip(tr("List the studies in this database"));
    row->addWidget(m_conninfo, 1);
    row->addWidget(m_connect);
    layout->addLayout(row);

    m_model = new DatabaseStudiesModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DatabaseStudiesModel::Name,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDatabaseDialog::connectToDatabase);
    connect(m_conninfo, &QLineEdit::returnPressed, this, &ConnectDatabaseDialog::connectToDatabase);
    connect(m_conninfo, &QLineEdit::textChanged, this, [this] {
        // The list was another database's: Open must not pair it with this
        // string. A listing still under way is dropped on arrival.
        ++m_generation;
        m_connecting = false;
        m_model->setStudies({});
        m_message->clear();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectDatabaseDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ConnectDatabaseDialog::accept);
    resize(720, 420);
    updateButtons();
}

QString ConnectDatabaseDialog::conninfo() const {
    return m_conninfo->text().trimmed();
}

void ConnectDatabaseDialog::setConninfo(const QString& conninfo) {
    m_conninfo->setText(conninfo);
}

QString ConnectDatabaseDialog::message() const {
    return m_message->text();
}

QString ConnectDatabaseDialog::selectedStudy() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return QString::fromStdString(m_model->study(rows.front().row()).name);
}

bool ConnectDatabaseDialog::selectStudy(const QString& name) {
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (QString::fromStdString(m_model->study(r).name) == name) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void ConnectDatabaseDialog::updateButtons() {
    m_connect->setEnabled(!conninfo().isEmpty() && !m_connecting);
    m_open->setEnabled(!selectedStudy().isEmpty() && !m_connecting);
}

void ConnectDatabaseDialog::connectToDatabase() {
    const QString info = conninfo();
    if (info.isEmpty())
        return;
    const QString target = QString::fromStdString(pgTargetName(info.toStdString()));
    const int generation = ++m_generation;
    m_connecting = true;
    m_model->setStudies({});
    m_message->setText(tr("Connecting to %1…").arg(target));
    updateButtons();
    runInBackground<Listing>(
        this,
        [info = info.toStdString()] {
            Listing l;
            try {
                PgConnection connection(info);
                l.step = Listing::Schema;
                ensurePgSchema(connection);
                l.step = Listing::List;
                l.studies = listPgStudies(connection);
            } catch (const std::exception& e) {
                l.error = translateError(e).toStdString();
            }
            return l;
        },
        [this, generation, target](Listing l) {
            if (generation != m_generation)
                return;
            m_connecting = false;
            QString failure;
            if (!l.error.empty()) {
                const QString why = QString::fromStdString(l.error);
                failure = l.step == Listing::Connect
                              ? tr("Cannot connect to %1: %2").arg(target, why)
                          : l.step == Listing::Schema
                              ? tr("%1 holds HyperLab tables this version cannot use: %2")
                                    .arg(target, why)
                              : tr("Cannot read the studies in %1: %2").arg(target, why);
            }
            if (failure.isEmpty()) {
                m_model->setStudies(std::move(l.studies));
                m_message->setText(
                    m_model->rowCount() == 0
                        ? tr("%1 holds no study yet: create one with hyperlab-cli search "
                             "STUDY.json --storage URL.")
                              .arg(target)
                        : tr("%n study(ies) in %1.", nullptr, m_model->rowCount()).arg(target));
                if (m_model->rowCount() > 0)
                    m_table->selectRow(0);
            } else {
                m_message->setText(failure);
            }
            updateButtons();
            if (failure.isEmpty())
                Q_EMIT listed();
            else
                Q_EMIT failed(failure);
        },
        [](std::exception_ptr) {});  // the work catches everything itself
}

void ConnectDatabaseDialog::accept() {
    if (selectedStudy().isEmpty())
        return;
    // Remembered for next time, never with a password.
    QSettings().setValue(
        kConninfoKey, QString::fromStdString(pgConninfoWithoutPassword(conninfo().toStdString())));
    QDialog::accept();
}

}  // namespace hyperlab::ui
