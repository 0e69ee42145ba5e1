#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/dimension.h"
#include "search/params.h"

namespace hyperlab {

/// The dimensions a study searches, in declaration order (for a space read
/// from nlohmann::json, that is alphabetical order of the paths), validated as
/// a whole: unique paths, condition targets that exist and can be compared
/// (categorical, int or fixed), condition values the target can take, and no
/// cycles. Values are plain data: copy it freely.
class SearchSpace {
public:
    SearchSpace() = default;
    /// Throws InputError ("space.<path>.active_if...: ...") when invalid.
    explicit SearchSpace(std::vector<Dimension> dimensions);

    /// Reads a study's "space" object: {"<dotted path>": {"type": ...}, ...}.
    /// `field` prefixes error messages.
    static SearchSpace fromJson(const nlohmann::json& space, const std::string& field = "space");
    nlohmann::json toJson() const;

    std::size_t size() const { return m_dimensions.size(); }
    bool empty() const { return m_dimensions.empty(); }
    const std::vector<Dimension>& dimensions() const { return m_dimensions; }
    const Dimension& operator[](std::size_t index) const { return m_dimensions[index]; }
    std::optional<std::size_t> indexOf(std::string_view path) const;
    bool hasConditions() const;

    /// Dimension indices with every condition parent before its children
    /// (otherwise declaration order): the order in which to sample.
    const std::vector<std::size_t>& dependencyOrder() const { return m_order; }

    /// Whether dimension `index` is active given the values chosen so far:
    /// every condition's parent is present in `params` (so active) and its
    /// value is accepted.
    bool isActive(std::size_t index, const Params& params) const;

    /// Builds Params in dependency order: for each dimension that is active
    /// given the values chosen before it, stores valueOf(index). Fixed
    /// dimensions get their value without calling valueOf. The one way
    /// samplers turn per-dimension choices into consistent Params.
    Params resolve(const std::function<nlohmann::json(std::size_t index)>& valueOf) const;

    /// True when `params` holds exactly the active dimensions, each with an
    /// admissible value. `why` (optional) receives "<path>: <problem>".
    bool isValid(const Params& params, std::string* why = nullptr) const;

private:
    std::vector<Dimension> m_dimensions;
    std::vector<std::size_t> m_order;
};

}  // namespace hyperlab
