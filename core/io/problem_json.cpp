#include "io/problem_json.h"

#include <optional>

namespace hyperlab {

using nlohmann::json;

json problemToJson(const Problem& problem) {
    json out{{"code", problemId(problem.code)}, {"args", problem.args}};
    if (!problem.parts.empty()) {
        out["parts"] = json::array();
        for (const Problem& part : problem.parts)
            out["parts"].push_back(problemToJson(part));
    }
    if (!problem.field.empty())
        out["field"] = problem.field;
    if (!problem.file.empty())
        out["file"] = problem.file;
    return out;
}

namespace {

std::optional<Problem> readProblem(const json& j) {
    if (!j.is_object() || !j.contains("code") || !j.at("code").is_string())
        return std::nullopt;
    const std::optional<ProblemCode> code = problemCodeFromId(j.at("code").get<std::string>());
    if (!code)
        return std::nullopt;
    Problem problem;
    problem.code = *code;
    for (const json& arg : j.value("args", json::array())) {
        if (!arg.is_string())
            return std::nullopt;
        problem.args.push_back(arg.get<std::string>());
    }
    for (const json& part : j.value("parts", json::array())) {
        std::optional<Problem> read = readProblem(part);
        if (!read)
            return std::nullopt;
        problem.parts.push_back(std::move(*read));
    }
    const auto text = [&j](const char* key) {
        return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>()
                                                        : std::string();
    };
    problem.field = text("field");
    problem.file = text("file");
    return problem;
}

}  // namespace

Problem problemFromJson(const json& j, const std::string& text) {
    try {
        if (std::optional<Problem> problem = readProblem(j))
            return *problem;
    } catch (const json::exception&) {
        // A hand-edited journal with odd types: fall back to the text.
    }
    return text.empty() ? Problem{} : textProblem(text);
}

}  // namespace hyperlab
