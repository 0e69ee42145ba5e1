#include "io/directory_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "common/errors.h"

namespace hyperlab {

DirectoryLock::DirectoryLock(const std::string& directory) {
    const std::string path = directory + "/lock";
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw InputError(directory,
                         std::string("cannot create the lock file: ") + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        char owner[32] = {0};
        const ssize_t n = ::pread(m_fd, owner, sizeof owner - 1, 0);
        ::close(m_fd);
        m_fd = -1;
        std::string who = n > 0 ? std::string(owner, std::size_t(n)) : std::string("unknown");
        while (!who.empty() && (who.back() == '\n' || who.back() == ' '))
            who.pop_back();
        throw InputError(directory, "the study is open in another process (pid " + who +
                                        "); wait for it to finish or stop it first");
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(m_fd, 0) == 0) {
        [[maybe_unused]] ssize_t written = ::pwrite(m_fd, pid.data(), pid.size(), 0);
    }
}

DirectoryLock::~DirectoryLock() {
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

}  // namespace hyperlab
