#include "study/storage/postgres/pg_conninfo.h"

#include <libpq-fe.h>

#include <map>
#include <memory>

namespace hyperlab {

namespace {

// The options libpq parses from the string (URI or key=value); empty when
// it does not parse (the connection attempt reports why).
std::map<std::string, std::string> parsedOptions(const std::string& conninfo) {
    std::map<std::string, std::string> out;
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (error)
        PQfreemem(error);
    if (!options)
        return out;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val)
            out[o->keyword] = o->val;
    PQconninfoFree(options);
    return out;
}

// A value in key=value form: single quotes around anything with spaces,
// quotes or backslashes (libpq's rules).
std::string quoted(const std::string& value) {
    if (!value.empty() && value.find_first_of(" '\\") == std::string::npos)
        return value;
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

}  // namespace

std::string pgTargetName(const std::string& conninfo) {
    const auto options = parsedOptions(conninfo);
    auto value = [&](const char* key) {
        auto it = options.find(key);
        return it == options.end() ? std::string() : it->second;
    };
    std::string host = value("host");
    if (host.empty())
        host = value("hostaddr");
    if (host.empty())
        host = "local";
    std::string database = value("dbname");
    if (database.empty())
        database = value("user");  // libpq's default database
    return database.empty() ? host : host + "/" + database;
}

std::string pgConninfoWithoutPassword(const std::string& conninfo) {
    const auto options = parsedOptions(conninfo);
    if (!options.count("password"))
        return conninfo;
    std::string out;
    for (const auto& [key, value] : options)
        if (key != "password")
            out += (out.empty() ? "" : " ") + key + "=" + quoted(value);
    return out;
}

}  // namespace hyperlab
