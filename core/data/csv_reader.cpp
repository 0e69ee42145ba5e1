#include "data/csv_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <vector>

#include "common/errors.h"

namespace hyperlab {
namespace {

const char* const kField = "dataset.path";

std::string trim(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

/// Parses a whole cell as a finite double. from_chars, unlike strtod, does
/// not follow the C locale (which a Qt application sets from the
/// environment, making ',' the decimal point in many languages).
std::optional<double> parseNumber(const std::string& cell) {
    std::string_view text = cell;
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

char detectSeparator(const std::string& header) {
    std::map<char, int> counts{{',', 0}, {';', 0}, {'\t', 0}};
    bool quoted = false;
    for (char c : header) {
        if (c == '"')
            quoted = !quoted;
        if (!quoted && counts.count(c))
            ++counts[c];
    }
    char best = ',';
    for (char c : {';', '\t'})
        if (counts[c] > counts[best])
            best = c;
    return best;
}

class CsvParser {
public:
    explicit CsvParser(const std::string& path) : m_path(path) {}

    std::string where(int line) const { return m_path + ":" + std::to_string(line); }

    std::vector<std::string> splitRow(const std::string& line, char separator,
                                      int lineNumber) const {
        std::vector<std::string> cells;
        std::string cell;
        bool quoted = false, wasQuoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted) {
                if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == '"' && trim(cell).empty()) {
                quoted = wasQuoted = true;
                cell.clear();
            } else if (c == separator) {
                cells.push_back(wasQuoted ? cell : trim(cell));
                cell.clear();
                wasQuoted = false;
            } else if (!(wasQuoted && (c == ' ' || c == '\t' || c == '\r'))) {
                cell += c;
            }
        }
        if (quoted)
            throw InputError(kField, where(lineNumber) + ": unterminated quoted cell");
        cells.push_back(wasQuoted ? cell : trim(cell));
        return cells;
    }

private:
    std::string m_path;
};

std::string formatNumber(double value) {
    if (value == std::round(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    // Shortest round-trip form, independent of the C locale (unlike %g).
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "\"" : ", \"") + name + "\"";
    return out;
}

int findLabelColumn(const std::vector<std::string>& headers, const std::string& wanted) {
    if (wanted.empty())
        return int(headers.size()) - 1;
    const std::string name = trim(wanted);
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (headers[i] == name)
            return int(i);
    if (!name.empty() &&
        std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const auto index = parseNumber(name);
        if (index && *index < double(headers.size()))
            return int(*index);
        throw InputError("dataset.labelColumn", "column index " + name +
                                                    " is out of range (allowed: 0-" +
                                                    std::to_string(headers.size() - 1) +
                                                    " or a header: " + joined(headers) + ")");
    }
    throw InputError("dataset.labelColumn",
                     "no column named \"" + name + "\" (headers: " + joined(headers) + ")");
}

template <typename T>
std::size_t distinctCount(std::vector<T> values) {
    std::sort(values.begin(), values.end());
    return std::size_t(std::unique(values.begin(), values.end()) - values.begin());
}

std::vector<double> numericValues(const std::vector<std::optional<double>>& labels) {
    std::vector<double> out;
    for (const auto& value : labels)
        out.push_back(*value);
    return out;
}

/// Classes a CSV classification may have. The output layer, the per-class
/// metrics and the classes x classes confusion matrix all grow with it; a
/// column of 100,000 distinct labels is an id or a mistake, not classes.
constexpr std::size_t kMaxClasses = 1000;

void checkClassCount(const std::vector<std::string>& labelCells,
                     const std::vector<std::optional<double>>& numericLabels, bool allNumeric,
                     const std::string& path, const std::string& header) {
    const std::size_t count =
        allNumeric ? distinctCount(numericValues(numericLabels)) : distinctCount(labelCells);
    if (count > kMaxClasses)
        throw InputError(kField, "\"" + path + "\": the label column \"" + elide(header) +
                                     "\" has " + std::to_string(count) +
                                     " distinct values, too many classes (allowed: up to " +
                                     std::to_string(kMaxClasses) +
                                     " classes; for numeric labels set dataset.task to "
                                     "\"regression\")");
}

}  // namespace

std::shared_ptr<const Dataset> loadCsvDataset(const std::string& path, const CsvOptions& options) {
    if (options.task != "auto" && options.task != "classification" && options.task != "regression")
        throw InputError("dataset.csvTask", "unknown value \"" + options.task +
                                                "\" (allowed: auto, classification, regression)");
    std::error_code fsError;
    if (std::filesystem::is_directory(path, fsError))
        throw InputError(kField, "\"" + path + "\" is a directory, not a CSV file");
    if (!std::filesystem::exists(path, fsError))
        throw InputError(kField, problem(ProblemCode::CsvNotFound, {"\"" + path + "\""}));
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw InputError(kField, problem(ProblemCode::CsvCannotOpen, {"\"" + path + "\""}));

    CsvParser parser(path);
    std::string line;
    int lineNumber = 0;
    auto nextLine = [&]() {
        while (std::getline(file, line)) {
            ++lineNumber;
            if (lineNumber == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
                line.erase(0, 3);
            if (!trim(line).empty())
                return true;
        }
        return false;
    };

    if (!nextLine())
        throw InputError(kField, "CSV file \"" + path + "\" is empty");
    const char separator = detectSeparator(line);
    const std::vector<std::string> headers = parser.splitRow(line, separator, lineNumber);
    if (headers.size() < 2)
        throw InputError(kField, parser.where(lineNumber) +
                                     ": the header has one column; a CSV dataset needs at least "
                                     "one feature column and a label column (separators: , ; "
                                     "or tab)");
    const int labelColumn = findLabelColumn(headers, options.labelColumn);
    const int featureCount = int(headers.size()) - 1;

    std::vector<double> values;  // row-major, featureCount per row
    std::vector<std::string> labelCells;
    std::vector<int> labelLines;
    while ((options.limit <= 0 || std::ptrdiff_t(labelCells.size()) < options.limit) &&
           nextLine()) {
        const auto cells = parser.splitRow(line, separator, lineNumber);
        if (cells.size() != headers.size())
            throw InputError(kField, parser.where(lineNumber) + ": row has " +
                                         std::to_string(cells.size()) + " cells, the header has " +
                                         std::to_string(headers.size()));
        for (int c = 0; c < int(cells.size()); ++c) {
            if (c == labelColumn)
                continue;
            if (cells[c].empty())
                throw InputError(
                    kField, parser.where(lineNumber) + ": column \"" + headers[c] + "\" is empty");
            const auto value = parseNumber(cells[c]);
            if (!value)
                throw InputError(kField, parser.where(lineNumber) + ": column \"" + headers[c] +
                                             "\": \"" + cells[c] + "\" is not a (finite) number");
            values.push_back(*value);
        }
        if (cells[labelColumn].empty())
            throw InputError(kField, parser.where(lineNumber) + ": label column \"" +
                                         headers[labelColumn] + "\" is empty");
        labelCells.push_back(cells[labelColumn]);
        labelLines.push_back(lineNumber);
    }
    const int rows = int(labelCells.size());
    if (rows == 0)
        throw InputError(kField, "CSV file \"" + path + "\" has a header but no data rows");

    std::vector<std::optional<double>> numericLabels(labelCells.size());
    bool allNumeric = true, allIntegers = true;
    for (int r = 0; r < rows; ++r) {
        numericLabels[r] = parseNumber(labelCells[r]);
        allNumeric = allNumeric && numericLabels[r].has_value();
        allIntegers =
            allIntegers && numericLabels[r] && *numericLabels[r] == std::round(*numericLabels[r]);
    }

    Task task;
    if (options.task == "classification") {
        task = Task::Classification;
    } else if (options.task == "regression") {
        task = Task::Regression;
        if (!allNumeric) {
            const int bad =
                int(std::find(numericLabels.begin(), numericLabels.end(), std::nullopt) -
                    numericLabels.begin());
            throw InputError(kField, parser.where(labelLines[bad]) + ": label column \"" +
                                         headers[labelColumn] + "\": \"" + labelCells[bad] +
                                         "\" is not a number (regression needs numeric labels)");
        }
    } else if (!allNumeric) {
        task = Task::Classification;
    } else {
        const auto count = std::ptrdiff_t(distinctCount(numericValues(numericLabels)));
        task = allIntegers && count <= 20 && 2 * count <= rows ? Task::Classification
                                                               : Task::Regression;
    }

    auto data = std::make_shared<Dataset>();
    data->name = std::filesystem::path(path).filename().string();
    data->task = task;
    data->inputShape = Shape{featureCount, 1, 1};
    for (int c = 0; c < int(headers.size()); ++c)
        if (c != labelColumn)
            data->featureNames.push_back(headers[c]);

    if (task == Task::Classification) {
        checkClassCount(labelCells, numericLabels, allNumeric, path, headers[labelColumn]);
        data->labels.resize(std::size_t(rows));
        if (allNumeric) {
            std::map<double, int> classOf;
            for (const auto& value : numericLabels)
                classOf[*value] = 0;
            for (auto& [value, index] : classOf) {
                index = int(data->classNames.size());
                data->classNames.push_back(formatNumber(value));
            }
            for (int r = 0; r < rows; ++r)
                data->labels[r] = classOf[*numericLabels[r]];
        } else {
            std::map<std::string, int> classOf;
            for (const auto& cell : labelCells)
                classOf[cell] = 0;
            for (auto& [name, index] : classOf) {
                index = int(data->classNames.size());
                data->classNames.push_back(name);
            }
            for (int r = 0; r < rows; ++r)
                data->labels[r] = classOf[labelCells[r]];
        }
    } else {
        data->targets.resize(1, rows);
        for (int r = 0; r < rows; ++r)
            data->targets(0, r) = Scalar(*numericLabels[r]);
    }

    data->features.resize(featureCount, rows);
    for (int f = 0; f < featureCount; ++f) {
        double mean = 0.0;
        for (int r = 0; r < rows; ++r)
            mean += values[std::size_t(r) * featureCount + f];
        mean /= rows;
        double variance = 0.0;
        bool constant = true;
        const double first = values[std::size_t(f)];
        for (int r = 0; r < rows; ++r) {
            const double value = values[std::size_t(r) * featureCount + f];
            variance += (value - mean) * (value - mean);
            constant = constant && value == first;
        }
        const double scale = constant ? 0.0 : 1.0 / std::sqrt(variance / rows);
        for (int r = 0; r < rows; ++r)
            data->features(f, r) =
                Scalar((values[std::size_t(r) * featureCount + f] - mean) * scale);
    }
    return data;
}

}  // namespace hyperlab
