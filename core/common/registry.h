#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/errors.h"

namespace hyperlab {

/// A string-keyed factory for everything a user picks by name (activations,
/// initialisers, losses, optimizers, schedules, samplers...). Unknown names
/// throw an InputError that lists the valid ones.
template <typename Product, typename... Args>
class Registry {
public:
    using Factory = std::function<std::unique_ptr<Product>(Args...)>;

    void add(std::string name, Factory factory) {
        m_factories[std::move(name)] = std::move(factory);
    }

    bool contains(const std::string& name) const { return m_factories.count(name) != 0; }

    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& [name, _] : m_factories)
            out.push_back(name);
        return out;
    }

    /// `field` names the config field the name came from, for the message.
    std::unique_ptr<Product> create(const std::string& name, const std::string& field,
                                    Args... args) const {
        auto it = m_factories.find(name);
        if (it == m_factories.end())
            throw InputError(
                field, problem(ProblemCode::UnknownName, {"value", elide(name), joinedNames()}));
        return it->second(std::forward<Args>(args)...);
    }

    std::string joinedNames() const {
        std::string out;
        for (const auto& [name, _] : m_factories) {
            if (!out.empty())
                out += ", ";
            out += name;
        }
        return out;
    }

private:
    std::map<std::string, Factory> m_factories;
};

}  // namespace hyperlab
