#include "panels/search_setup_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

#include "common/errors.h"
#include "i18n/core_message.h"
#include "i18n/hyperparameter_help.h"
#include "io/config_json.h"
#include "io/json_input.h"
#include "panels/search_strategy_box.h"
#include "search/apply_params.h"
#include "search/samplers/grid_sampler.h"
#include "study/model/objective.h"
#include "study/model/study_definition.h"
#include "train/run_time_estimate.h"
#include "trial_time_estimator.h"

namespace hyperlab::ui {

using nlohmann::json;

namespace {

enum Column {
    ParamColumn,
    ModeColumn,
    LowColumn,
    HighColumn,
    StepColumn,
    ValuesColumn,
    ConditionColumn,
    ColumnCount
};

/// Values typed as a list: JSON when it parses ("0.1, 0.3", "[64], [64, 64]"),
/// else comma-separated words ("relu, tanh").
json parseValues(const QString& text) {
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on "[" + s + "]".
    std::string s(1, '[');
    s += text.toStdString();
    s += ']';
    // Through the checked reader: typed text can be nested deep enough to
    // crash the plain parser.
    try {
        return parseJsonText(s, "values");
    } catch (const InputError&) {
    }
    json out = json::array();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string word = part.trimmed().toStdString();
        try {
            out.push_back(parseJsonText(word, "values"));
        } catch (const InputError&) {
            out.push_back(word);
        }
    }
    return out;
}

QString valuesText(const json& values) {
    QStringList parts;
    for (const json& v : values)
        parts << (v.is_string() ? QString::fromStdString(v.get<std::string>())
                                : QString::fromStdString(v.dump()));
    return parts.join(QStringLiteral(", "));
}

QString numberText(const json& v) {
    return v.is_number() ? QString::fromStdString(v.dump()) : QString();
}

/// "training.optimizer = sgd, rmsprop; model.batch_norm = true"
json parseConditions(const QString& text) {
    json out = json::object();
    for (const QString& clause : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = int(clause.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            continue;
        out[clause.left(eq).trimmed().toStdString()] = parseValues(clause.mid(eq + 1).trimmed());
    }
    return out;
}

QString conditionsText(const json& activeIf) {
    QStringList clauses;
    for (const auto& [path, values] : activeIf.items())
        clauses << QStringLiteral("%1 = %2").arg(
            QString::fromStdString(path),
            valuesText(values.is_array() ? values : json::array({values})));
    return clauses.join(QStringLiteral("; "));
}

QString formatSeconds(double s) {
    if (s < 90)
        return QCoreApplication::translate("SearchSetupPanel", "%1 s")
            .arg(std::max(1.0, std::round(s)));
    if (s < 5400)
        return QCoreApplication::translate("SearchSetupPanel", "%1 min").arg(std::round(s / 60));
    return QCoreApplication::translate("SearchSetupPanel", "%1 h").arg(s / 3600, 0, 'f', 1);
}

}  // namespace

SearchSetupPanel::SearchSetupPanel(QWidget* parent) : QWidget(parent) {
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("searchSpaceTable"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Mode"), tr("Low"), tr("High"),
                                        tr("Step"), tr("Values"), tr("Active if")});
    m_table->horizontalHeaderItem(ValuesColumn)
        ->setToolTip(tr("Comma-separated values to choose from, e.g. 0.1, 0.3 or relu, tanh; "
                        "hidden layers as lists: [64], [64, 64]."));
    m_table->horizontalHeaderItem(ConditionColumn)
        ->setToolTip(tr("Search this field only when another one has given values, e.g. "
                        "training.optimizer = sgd, rmsprop (several clauses separated by ';')."));
    m_table->horizontalHeaderItem(ModeColumn)
        ->setToolTip(tr("Fixed: the form's value. Range: uniform between low and high. Log "
                        "range: uniform in the logarithm (learning rate, weight decay). Values: "
                        "one of a list."));
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(ParamColumn, 140);
    header->setSectionResizeMode(ModeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValuesColumn, QHeaderView::Stretch);
    for (int c : {LowColumn, HighColumn})
        header->resizeSection(c, 54);
    header->resizeSection(StepColumn, 36);
    header->resizeSection(ConditionColumn, 90);
    m_table->setMinimumHeight(220);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    const QStringList none;
    addRow({QStringLiteral("training.learning_rate"), Row::Float, none});
    addRow({QStringLiteral("model.hidden_layers"),
            Row::Choice,
            {QStringLiteral("[32]"), QStringLiteral("[64, 64]"), QStringLiteral("[128, 64]")}});
    addRow({QStringLiteral("model.dropout"), Row::Float, none});
    addRow({QStringLiteral("training.optimizer"),
            Row::Choice,
            {QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("rmsprop")}});
    addRow({QStringLiteral("training.momentum"), Row::Float, none});
    addRow({QStringLiteral("training.batch_size"), Row::Int, none});
    addRow({QStringLiteral("training.epochs"), Row::Int, none});
    addRow({QStringLiteral("model.activation"),
            Row::Choice,
            {QStringLiteral("relu"), QStringLiteral("tanh"), QStringLiteral("gelu")}});
    addRow({QStringLiteral("model.init"),
            Row::Choice,
            {QStringLiteral("kaiming_uniform"), QStringLiteral("xavier_uniform")}});
    addRow({QStringLiteral("model.batch_norm"),
            Row::Choice,
            {QStringLiteral("false"), QStringLiteral("true")}});
    addRow({QStringLiteral("training.weight_decay"), Row::Float, none});
    addRow({QStringLiteral("training.nesterov"),
            Row::Choice,
            {QStringLiteral("false"), QStringLiteral("true")}});
    addRow({QStringLiteral("training.beta1"), Row::Float, none});
    addRow({QStringLiteral("training.beta2"), Row::Float, none});
    addRow({QStringLiteral("training.gradient_clip"), Row::Float, none});
    addRow({QStringLiteral("training.lr_schedule.type"),
            Row::Choice,
            {QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("cosine")}});
    addRow({QStringLiteral("training.lr_schedule.gamma"), Row::Float, none});
    addRow({QStringLiteral("training.lr_schedule.step_size"), Row::Int, none});
    addRow({QStringLiteral("model.activation_parameter"), Row::Float, none});
    addRow({QStringLiteral("training.loss"),
            Row::Choice,
            {QStringLiteral("cross_entropy"), QStringLiteral("mse")}});
    addRow({QStringLiteral("training.early_stopping.patience"), Row::Int, none});
    addRow({QStringLiteral("training.seed"), Row::Int, none});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    m_strategyBox = new SearchStrategyBox;
    connect(m_strategyBox, &SearchStrategyBox::changed, this, &SearchSetupPanel::refresh);
    layout->addWidget(m_strategyBox);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // A grid the budget cuts short: one click runs all of it.
    m_runWholeGrid = new QPushButton;
    m_runWholeGrid->setObjectName(QStringLiteral("runWholeGrid"));
    m_runWholeGrid->hide();
    connect(m_runWholeGrid, &QPushButton::clicked, this, [this] {
        if (m_gridSize > 0)
            m_strategyBox->setTrials(int(std::min<std::size_t>(m_gridSize, 1000000)));
    });
    layout->addWidget(m_runWholeGrid, 0, Qt::AlignLeft);
    m_estimator = new TrialTimeEstimator(this);
    connect(m_estimator, &TrialTimeEstimator::estimated, this,
            [this](std::shared_ptr<const TrialCostModel> cost, double load) {
                m_cost = std::move(cost);
                m_loadSeconds = load;
                m_timing = false;
                refresh();
            });
    connect(m_estimator, &TrialTimeEstimator::unavailable, this, [this] {
        m_cost.reset();
        m_timing = false;
        refresh();
    });

    // A useful first search: the learning rate matters most (tune it first).
    setDimension(QStringLiteral("training.learning_rate"),
                 {{"type", "float"}, {"low", 1e-3}, {"high", 0.3}, {"log", true}});
    setDimension(QStringLiteral("model.hidden_layers"),
                 {{"type", "categorical"}, {"values", json::parse("[[32], [64, 64], [128, 64]]")}});
    setBaseConfig(RunConfig{});
}

void SearchSetupPanel::addRow(const Row& row) {
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_rows.push_back(row);
    auto* name = new QTableWidgetItem(HyperparameterHelp::label(row.path));
    name->setData(Qt::UserRole, row.path);
    name->setToolTip(
        QStringLiteral("%1\n\n%2").arg(row.path, HyperparameterHelp::tooltip(row.path)));
    name->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(r, ParamColumn, name);

    auto* mode = new QComboBox;
    mode->addItem(tr("Fixed"), QStringLiteral("fixed"));
    if (row.kind != Row::Choice) {
        mode->addItem(tr("Range"), QStringLiteral("range"));
        mode->addItem(tr("Log range"), QStringLiteral("log"));
    }
    mode->addItem(tr("Values"), QStringLiteral("values"));
    m_table->setCellWidget(r, ModeColumn, mode);
    for (int c : {LowColumn, HighColumn, StepColumn, ValuesColumn, ConditionColumn}) {
        auto* edit = new QLineEdit;
        edit->setFrame(false);
        m_table->setCellWidget(r, c, edit);
        connect(edit, &QLineEdit::textChanged, this, &SearchSetupPanel::refresh);
    }
    auto* values = qobject_cast<QLineEdit*>(m_table->cellWidget(r, ValuesColumn));
    values->setText(row.choices.join(QStringLiteral(", ")));
    values->setCursorPosition(0);
    auto* low = qobject_cast<QLineEdit*>(m_table->cellWidget(r, LowColumn));
    auto* high = qobject_cast<QLineEdit*>(m_table->cellWidget(r, HighColumn));
    qobject_cast<QLineEdit*>(m_table->cellWidget(r, StepColumn))
        ->setPlaceholderText(QStringLiteral("1"));
    qobject_cast<QLineEdit*>(m_table->cellWidget(r, ConditionColumn))
        ->setPlaceholderText(tr("always"));
    // A typical search range per field (hyperparameter notes), so switching a
    // field to "Range" starts from something sensible.
    static const QHash<QString, std::pair<const char*, const char*>> ranges = {
        {QStringLiteral("training.learning_rate"), {"0.0001", "0.3"}},
        {QStringLiteral("model.dropout"), {"0", "0.5"}},
        {QStringLiteral("training.momentum"), {"0.5", "0.99"}},
        {QStringLiteral("training.batch_size"), {"16", "256"}},
        {QStringLiteral("training.epochs"), {"10", "100"}},
        {QStringLiteral("training.weight_decay"), {"0.000001", "0.01"}},
        {QStringLiteral("training.beta1"), {"0.8", "0.99"}},
        {QStringLiteral("training.beta2"), {"0.99", "0.9999"}},
        {QStringLiteral("training.gradient_clip"), {"0.5", "5"}},
        {QStringLiteral("training.lr_schedule.gamma"), {"0.1", "0.9"}},
        {QStringLiteral("training.lr_schedule.step_size"), {"5", "30"}},
        {QStringLiteral("model.activation_parameter"), {"0.01", "0.3"}},
        {QStringLiteral("training.early_stopping.patience"), {"3", "20"}},
        {QStringLiteral("training.seed"), {"0", "1000"}},
    };
    const QString generic = HyperparameterHelp::genericPath(row.path);
    if (ranges.contains(generic)) {
        low->setText(QString::fromLatin1(ranges[generic].first));
        high->setText(QString::fromLatin1(ranges[generic].second));
    } else if (row.kind == Row::Float) {
        low->setText(QStringLiteral("0"));
        high->setText(QStringLiteral("1"));
    } else if (row.kind == Row::Int) {
        low->setText(QStringLiteral("1"));
        high->setText(generic.endsWith(QLatin1String("filters")) ? QStringLiteral("64")
                                                                 : QStringLiteral("10"));
    }
    connect(mode, &QComboBox::currentIndexChanged, this, [this, r] {
        updateRowEditors(r);
        refresh();
    });
    updateRowEditors(r);
}

int SearchSetupPanel::rowOf(const QString& path) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path == path)
            return int(i);
    return -1;
}

void SearchSetupPanel::updateRowEditors(int row) {
    const QString mode =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, ModeColumn))->currentData().toString();
    const bool range = mode == QLatin1String("range") || mode == QLatin1String("log");
    m_table->cellWidget(row, LowColumn)->setEnabled(range);
    m_table->cellWidget(row, HighColumn)->setEnabled(range);
    m_table->cellWidget(row, StepColumn)
        ->setEnabled(range && m_rows[std::size_t(row)].kind == Row::Int &&
                     mode == QLatin1String("range"));
    m_table->cellWidget(row, ValuesColumn)->setEnabled(mode == QLatin1String("values"));
    m_table->cellWidget(row, ConditionColumn)->setEnabled(mode != QLatin1String("fixed"));
    QFont font = m_table->item(row, ParamColumn)->font();
    font.setBold(mode != QLatin1String("fixed"));
    m_table->item(row, ParamColumn)->setFont(font);
}

json SearchSetupPanel::rowSpec(int row) const {
    const Row& info = m_rows[std::size_t(row)];
    auto text = [&](int column) {
        return qobject_cast<QLineEdit*>(m_table->cellWidget(row, column))->text().trimmed();
    };
    const QString mode =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, ModeColumn))->currentData().toString();
    json spec;
    if (mode == QLatin1String("fixed"))
        return json();
    if (mode == QLatin1String("values")) {
        spec = {{"type", "categorical"}, {"values", parseValues(text(ValuesColumn))}};
    } else if (info.kind == Row::Int) {
        spec = {{"type", "int"},
                {"low", text(LowColumn).toLongLong()},
                {"high", text(HighColumn).toLongLong()},
                {"log", mode == QLatin1String("log")}};
        if (!text(StepColumn).isEmpty() && mode == QLatin1String("range"))
            spec["step"] = text(StepColumn).toLongLong();
    } else {
        spec = {{"type", "float"},
                {"low", text(LowColumn).toDouble()},
                {"high", text(HighColumn).toDouble()},
                {"log", mode == QLatin1String("log")}};
    }
    const json conditions = parseConditions(text(ConditionColumn));
    if (!conditions.empty())
        spec["active_if"] = conditions;
    return spec;
}

json SearchSetupPanel::spaceJson() const {
    json space = json::object();
    for (int r = 0; r < int(m_rows.size()); ++r) {
        json spec = rowSpec(r);
        if (!spec.is_null())
            space[m_rows[std::size_t(r)].path.toStdString()] = spec;
    }
    return space;
}

void SearchSetupPanel::setDimension(const QString& path, const json& spec) {
    int r = rowOf(path);
    if (r < 0) {
        Row::Kind kind = Row::Choice;
        if (spec.is_object() && spec.value("type", "") == "float")
            kind = Row::Float;
        if (spec.is_object() && spec.value("type", "") == "int")
            kind = Row::Int;
        addRow({path, kind, {}});
        r = int(m_rows.size()) - 1;
    }
    m_updating = true;
    auto* mode = qobject_cast<QComboBox*>(m_table->cellWidget(r, ModeColumn));
    auto edit = [&](int column) {
        return qobject_cast<QLineEdit*>(m_table->cellWidget(r, column));
    };
    QString modeName = QStringLiteral("fixed");
    if (spec.is_object()) {
        const std::string type = spec.value("type", "");
        if (type == "categorical") {
            modeName = QStringLiteral("values");
            edit(ValuesColumn)->setText(valuesText(spec.value("values", json::array())));
        } else if (type == "fixed") {
            modeName = QStringLiteral("values");
            edit(ValuesColumn)->setText(valuesText(json::array({spec.value("value", json())})));
        } else if (type == "float" || type == "int") {
            modeName = spec.value("log", false) ? QStringLiteral("log") : QStringLiteral("range");
            edit(LowColumn)->setText(numberText(spec.value("low", json())));
            edit(HighColumn)->setText(numberText(spec.value("high", json())));
            edit(StepColumn)->setText(spec.contains("step") ? numberText(spec["step"]) : QString());
        }
        edit(ConditionColumn)
            ->setText(spec.contains("active_if") ? conditionsText(spec["active_if"]) : QString());
    }
    const int index = mode->findData(modeName);
    mode->setCurrentIndex(index < 0 ? mode->findData(QStringLiteral("values")) : index);
    m_updating = false;
    edit(ValuesColumn)->setCursorPosition(0);  // show the start of a long list
    updateRowEditors(r);
    refresh();
}

void SearchSetupPanel::setStrategy(const QString& strategy) {
    m_strategyBox->setStrategy(strategy);
}
QString SearchSetupPanel::strategy() const {
    return m_strategyBox->strategy();
}
void SearchSetupPanel::setTrials(int trials) {
    m_strategyBox->setTrials(trials);
}
void SearchSetupPanel::setWorkers(int workers) {
    m_strategyBox->setWorkers(workers);
}
int SearchSetupPanel::workers() const {
    return m_strategyBox->workers();
}

void SearchSetupPanel::setBaseConfig(const RunConfig& base) {
    m_base = toJson(base);
    // One set of rows per conv layer, so kernel sizes and filters can be searched.
    for (std::size_t i = 0; i < base.model.convLayers.size(); ++i) {
        const QString prefix = QStringLiteral("model.conv_layers.%1.").arg(i);
        if (rowOf(prefix + QStringLiteral("filters")) >= 0)
            continue;
        addRow({prefix + QStringLiteral("filters"), Row::Int, {}});
        addRow({prefix + QStringLiteral("kernel_size"),
                Row::Choice,
                {QStringLiteral("3"), QStringLiteral("5")}});
        addRow({prefix + QStringLiteral("pool"),
                Row::Choice,
                {QStringLiteral("max"), QStringLiteral("avg")}});
        addRow({prefix + QStringLiteral("pool_size"),
                Row::Choice,
                {QStringLiteral("2"), QStringLiteral("3")}});
    }
    // Rows of conv layers that no longer exist are hidden (and not searched).
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const QString& path = m_rows[std::size_t(r)].path;
        bool exists = true;
        if (path.startsWith(QLatin1String("model.conv_layers.")))
            exists =
                path.section(QLatin1Char('.'), 2, 2).toULongLong() < base.model.convLayers.size();
        m_table->setRowHidden(r, !exists);
        if (!exists)
            qobject_cast<QComboBox*>(m_table->cellWidget(r, ModeColumn))->setCurrentIndex(0);
    }
    refresh();
}

json SearchSetupPanel::studyJson(const json& base) const {
    json study = {{"name", tr("HyperLab study").toStdString()}, {"base", base}};
    study = m_strategyBox->apply(study);
    if (strategy() != QLatin1String("manual"))
        study["space"] = spaceJson();
    return study;
}

json SearchSetupPanel::singleRunJson(const json& base) const {
    const json objective = m_strategyBox->objectiveJson();
    return {{"name", tr("Single run").toStdString()},
            {"base", base},
            {"strategy", {{"type", "manual"}, {"configs", json::array({json::object()})}}},
            {"objective", objective},
            {"workers", 1}};
}

void SearchSetupPanel::setStudyJson(const json& study) {
    if (!study.is_object())
        return;
    m_strategyBox->setFromStudyJson(study);
    for (const Row& row : std::vector<Row>(m_rows))
        setDimension(row.path, json());
    const json space = study.value("space", json::object());  // items() must not outlive it
    for (const auto& [path, spec] : space.items())
        setDimension(QString::fromStdString(path), spec);
}

int SearchSetupPanel::plannedTrials() const {
    const QString type = strategy();
    if (type == QLatin1String("manual"))
        return 1;
    if (type == QLatin1String("grid")) {
        try {
            const SearchSpace space = SearchSpace::fromJson(spaceJson());
            const std::size_t size = GridSampler::gridSize(space, m_strategyBox->gridPoints());
            return int(std::min<std::size_t>(size, std::size_t(m_strategyBox->trials())));
        } catch (const std::exception&) {
            return m_strategyBox->trials();
        }
    }
    return m_strategyBox->trials();
}

namespace {

/// A study's definition as the estimate compares them: its name does not
/// change what runs.
json estimateKey(StudyDefinition study) {
    study.name.clear();
    return study.toJson();
}

}  // namespace

void SearchSetupPanel::studyStarted(const StudyDefinition& study) {
    m_measuredStudy = estimateKey(study);
    m_finished.clear();
    refresh();
}

void SearchSetupPanel::addFinishedTrial(const TrialSnapshot& trial) {
    if (!trial || trial->state != TrialState::Completed || !(trial->seconds > 0) ||
        !m_measuredStudy.contains("base"))
        return;
    try {
        m_finished.push_back(
            {trial->number, runConfigFromJson(applyParams(m_measuredStudy["base"], trial->params)),
             trial->seconds});
    } catch (const std::exception&) {
        return;  // not a training trial
    }
    refresh();
}

void SearchSetupPanel::requestEstimate(const StudyDefinition& study, int concurrentRuns) {
    json key = estimateKey(study);
    if (!m_estimator || (key == m_estimatedStudy && concurrentRuns == m_estimatedRuns))
        return;
    m_estimatedStudy = std::move(key);
    m_estimatedRuns = concurrentRuns;
    m_cost.reset();  // never show a figure timed for another study
    m_timing = true;
    m_estimator->request(study, concurrentRuns);
}

QString SearchSetupPanel::estimateSentence(int planned, int workers) const {
    // Timed steps of the configs the trials are likely to run, corrected by
    // the finished trials of this very study (they ran with its workers side
    // by side and stop early when they do); a trial counts all its repeats.
    const int repeats = m_strategyBox->repeats();
    const bool running = !m_finished.empty() && m_measuredStudy == m_estimatedStudy;
    if (m_cost) {
        static const std::vector<FinishedTrialTime> none;
        const double total = estimateStudyWallSeconds(*m_cost, planned, workers, repeats,
                                                      running ? m_finished : none, m_loadSeconds);
        if (running)
            return tr("About %1 with %n worker(s) (timed steps corrected by the finished trials "
                      "of this study).",
                      nullptr, workers)
                .arg(formatSeconds(total));
        return tr("About %1 with %n worker(s) (estimated from a timed step).", nullptr, workers)
            .arg(formatSeconds(total));
    }
    if (running) {
        double seconds = 0;
        for (const FinishedTrialTime& run : m_finished)
            seconds += run.seconds;
        const double total =
            estimateStudySeconds(seconds / double(m_finished.size()), planned, workers);
        return tr("About %1 with %n worker(s) (measured from the finished trials of this study).",
                  nullptr, workers)
            .arg(formatSeconds(total));
    }
    if (m_timing)
        return tr("Timing a training step for the time estimate…");
    return {};
}

QString SearchSetupPanel::problemInFormWords(const InputError& error) {
    // "space.training.learning_rate.low: must be > 0 ..." names a cell of
    // the table: say it with the row's label and the column's header, and
    // outline that cell.
    const QString field = QString::fromStdString(error.field());
    if (field.startsWith(QLatin1String("space."))) {
        static const std::pair<const char*, int> parts[] = {
            {".low", LowColumn},       {".high", HighColumn},    {".step", StepColumn},
            {".values", ValuesColumn}, {".value", ValuesColumn}, {".active_if", ConditionColumn},
            {".log", ModeColumn},      {".type", ModeColumn}};
        QString path = field.mid(6);
        int column = ModeColumn;
        for (const auto& [suffix, col] : parts)
            if (path.endsWith(QLatin1String(suffix))) {
                path.chop(int(qstrlen(suffix)));
                column = col;
                break;
            }
        const int row = rowOf(path);
        if (row >= 0) {
            markProblemCell(row, column);
            const QString columnName = m_table->horizontalHeaderItem(column)->text();
            return tr("%1, %2: %3")
                .arg(HyperparameterHelp::label(path), columnName,
                     translateProblemText(error.problem()));
        }
    }
    return translateError(error);
}

void SearchSetupPanel::markProblemCell(int row, int column) {
    if (m_markedCell)
        m_markedCell->setStyleSheet(QString());
    m_markedCell = row >= 0 ? m_table->cellWidget(row, column) : nullptr;
    if (m_markedCell)
        m_markedCell->setStyleSheet(QStringLiteral("border: 2px solid #cc0000;"));
}

void SearchSetupPanel::refresh() {
    if (m_updating || !m_summary)  // still being built
        return;
    const bool grid = strategy() == QLatin1String("grid");
    // The step column only matters for integer ranges.
    bool stepUsed = false;
    for (int r = 0; r < int(m_rows.size()); ++r)
        stepUsed = stepUsed || m_table->cellWidget(r, StepColumn)->isEnabled();
    m_table->setColumnHidden(StepColumn, !stepUsed);

    m_problem.clear();
    markProblemCell(-1, -1);
    std::optional<StudyDefinition> definition;
    if (!m_base.is_null()) {
        try {
            definition = StudyDefinition::fromJson(studyJson(m_base));
        } catch (const InputError& e) {
            m_problem = problemInFormWords(e);
        } catch (const std::exception& e) {
            m_problem = translateError(e);
        }
    }
    if (!m_problem.isEmpty()) {
        // No count next to a study that cannot start.
        m_runWholeGrid->hide();
        m_estimateText.clear();
        m_summary->setText(QStringLiteral("<span style='color:#a40000'>%1</span>")
                               .arg(tr("Cannot start: %1").arg(m_problem.toHtmlEscaped())));
        Q_EMIT changed();
        return;
    }
    QString text;
    const int planned = plannedTrials();
    m_gridSize = 0;
    if (grid) {
        try {
            m_gridSize = GridSampler::gridSize(SearchSpace::fromJson(spaceJson()),
                                               m_strategyBox->gridPoints());
        } catch (const std::exception&) {
        }
        if (m_gridSize > std::size_t(planned))
            text = tr("Grid of %1 points, but the budget is %n trial(s): an evenly spaced part "
                      "of the grid runs.",
                      nullptr, planned)
                       .arg(m_gridSize);
        else
            text = tr("Grid of %1 points; %n trial(s) will run.", nullptr, planned).arg(m_gridSize);
    } else {
        text = tr("%n trial(s) will run.", nullptr, planned);
    }
    const bool cut = grid && m_gridSize > std::size_t(planned) && m_gridSize <= 1000000;
    m_runWholeGrid->setText(tr("Run all %1 points").arg(m_gridSize));
    m_runWholeGrid->setVisible(cut);
    const int workers = std::max(1, m_strategyBox->workers());
    if (definition)
        requestEstimate(*definition, std::max(1, std::min(workers, planned)));
    m_estimateText = estimateSentence(planned, workers);
    if (!m_estimateText.isEmpty()) {
        // Sentences follow each other with a space in English, without one
        // in Chinese.
        text = tr("%1 %2", "two sentences in a row").arg(text, m_estimateText);
    }
    m_summary->setText(text);
    Q_EMIT changed();
}

}  // namespace hyperlab::ui
