#pragma once

#include <string>

namespace hyperlab {

/// An exclusive lock on a directory, held for the object's lifetime, so two
/// processes never write the same study. It is an flock() on DIR/lock: the
/// kernel drops it when the process dies, even by SIGKILL, so a crashed run
/// never leaves a stale lock behind. The file holds the owner's pid for the
/// error message.
class DirectoryLock {
public:
    /// Throws InputError naming the directory (and the owner's pid) when
    /// another process holds the lock.
    explicit DirectoryLock(const std::string& directory);
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

private:
    int m_fd = -1;
};

}  // namespace hyperlab
