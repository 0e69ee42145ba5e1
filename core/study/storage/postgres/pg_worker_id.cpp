#include "study/storage/postgres/pg_worker_id.h"

#include <unistd.h>

namespace hyperlab {

std::string localPgWorkerId() {
    char host[256] = {};
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    return std::string(host[0] ? host : "localhost") + ":" + std::to_string(getpid());
}

}  // namespace hyperlab
