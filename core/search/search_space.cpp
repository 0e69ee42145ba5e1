#include "search/search_space.h"

#include <algorithm>
#include <set>

#include "common/errors.h"
#include "io/json_input.h"

namespace hyperlab {

using nlohmann::json;

namespace {

std::string allowedValues(const Dimension& d) {
    if (auto c = d.as<CategoricalDimension>()) {
        std::string s;
        for (const auto& v : c->values)
            s += (s.empty() ? "" : ", ") + v.dump();
        return elide(s, 200);
    }
    if (auto i = d.as<IntDimension>())
        return "integers " + std::to_string(i->low) + ".." + std::to_string(i->high) +
               (i->step > 1 ? " step " + std::to_string(i->step) : "");
    if (auto f = d.as<FixedDimension>())
        return describeJson(f->value);
    return "";
}

}  // namespace

SearchSpace::SearchSpace(std::vector<Dimension> dimensions) : m_dimensions(std::move(dimensions)) {
    const std::size_t n = m_dimensions.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (m_dimensions[i].path == m_dimensions[j].path)
                throw InputError("space." + m_dimensions[i].path, "duplicate dimension");

    std::vector<std::vector<std::size_t>> parents(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Dimension& d = m_dimensions[i];
        for (const Condition& c : d.conditions) {
            const std::string field = "space." + d.path + ".active_if." + c.parent;
            auto p = indexOf(c.parent);
            if (!p || *p == i) {
                std::string list;
                for (const auto& other : m_dimensions)
                    if (other.path != d.path)
                        list += (list.empty() ? "" : ", ") + other.path;
                throw InputError(field, "unknown dimension (allowed: " +
                                            (list.empty() ? std::string("none") : list) + ")");
            }
            const Dimension& parent = m_dimensions[*p];
            if (parent.as<FloatDimension>())
                throw InputError(field,
                                 "a condition needs a categorical, int or fixed dimension; "
                                 "\"" +
                                     parent.path + "\" is a float range");
            for (const auto& v : c.values)
                if (!parent.contains(v))
                    throw InputError(field,
                                     "value " + describeJson(v) + " is not one \"" + parent.path +
                                         "\" can take (allowed: " + allowedValues(parent) + ")");
            parents[i].push_back(*p);
        }
    }

    // Stable topological order: repeatedly take the first dimension whose
    // parents are all placed, so unconditional spaces keep declaration order.
    std::vector<bool> placed(n, false);
    while (m_order.size() < n) {
        bool progress = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (placed[i])
                continue;
            bool ready = true;
            for (auto p : parents[i])
                ready = ready && placed[p];
            if (!ready)
                continue;
            placed[i] = true;
            m_order.push_back(i);
            progress = true;
            break;
        }
        if (progress)
            continue;
        // Everything left waits on something unplaced: walk parent links
        // from one of them until a dimension repeats, and name that cycle.
        std::size_t start = 0;
        while (placed[start])
            ++start;
        std::vector<std::size_t> walk{start};
        for (;;) {
            std::size_t next = 0;
            for (auto p : parents[walk.back()])
                if (!placed[p]) {
                    next = p;
                    break;
                }
            auto seen = std::find(walk.begin(), walk.end(), next);
            if (seen != walk.end()) {
                std::string cycle;
                for (auto it = seen; it != walk.end(); ++it)
                    cycle += m_dimensions[*it].path + " -> ";
                cycle += m_dimensions[next].path;
                throw InputError("space." + m_dimensions[next].path + ".active_if",
                                 "conditions form a cycle: " + cycle);
            }
            walk.push_back(next);
        }
    }
}

SearchSpace SearchSpace::fromJson(const json& space, const std::string& field) {
    if (!space.is_object())
        throw InputError(field, "must be an object {\"<config path>\": {\"type\": ...}}");
    std::vector<Dimension> dims;
    for (const auto& [path, spec] : space.items())
        dims.push_back(parseDimension(path, spec, field));
    return SearchSpace(std::move(dims));
}

json SearchSpace::toJson() const {
    json out = json::object();
    for (const auto& d : m_dimensions)
        out[d.path] = dimensionToJson(d);
    return out;
}

std::optional<std::size_t> SearchSpace::indexOf(std::string_view path) const {
    for (std::size_t i = 0; i < m_dimensions.size(); ++i)
        if (m_dimensions[i].path == path)
            return i;
    return std::nullopt;
}

bool SearchSpace::hasConditions() const {
    for (const auto& d : m_dimensions)
        if (d.isConditional())
            return true;
    return false;
}

bool SearchSpace::isActive(std::size_t index, const Params& params) const {
    for (const Condition& c : m_dimensions[index].conditions) {
        auto it = params.find(c.parent);
        if (it == params.end() || !c.accepts(it->second))
            return false;
    }
    return true;
}

Params SearchSpace::resolve(const std::function<json(std::size_t)>& valueOf) const {
    Params out;
    for (std::size_t i : m_order) {
        if (!isActive(i, out))
            continue;
        const Dimension& d = m_dimensions[i];
        if (auto f = d.as<FixedDimension>())
            out[d.path] = f->value;
        else
            out[d.path] = valueOf(i);
    }
    return out;
}

bool SearchSpace::isValid(const Params& params, std::string* why) const {
    auto fail = [&](const std::string& path, const std::string& problem) {
        if (why)
            *why = path + ": " + problem;
        return false;
    };
    std::size_t expected = 0;
    for (std::size_t i : m_order) {
        const Dimension& d = m_dimensions[i];
        auto it = params.find(d.path);
        if (!isActive(i, params)) {
            if (it != params.end())
                return fail(d.path, "set although its condition is not met");
            continue;
        }
        ++expected;
        if (it == params.end())
            return fail(d.path, "missing");
        if (!d.contains(it->second))
            return fail(d.path, "value " + describeJson(it->second) + " is outside its range");
    }
    if (params.size() != expected) {
        for (const auto& [path, _] : params)
            if (!indexOf(path))
                return fail(path, "not a dimension of the search space");
    }
    return true;
}

}  // namespace hyperlab
