#pragma once

#include <string>

namespace hyperlab {

/// Where a libpq connection string points, for window titles and status
/// lines: "host/database" (the host name, or the socket directory; "local"
/// when neither is given). Never holds the password.
std::string pgTargetName(const std::string& conninfo);

/// The connection string without its password, to remember it: unchanged
/// when it has none, else rebuilt as key=value pairs. Passwords belong in
/// ~/.pgpass or PGPASSWORD (docs/distributed.md).
std::string pgConninfoWithoutPassword(const std::string& conninfo);

}  // namespace hyperlab
