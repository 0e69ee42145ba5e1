#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <optional>

#include "common/thread_handoff.h"

namespace hyperlab::ui {

/// Runs `work` on Qt's global thread pool and hands its result to `done`,
/// or what it threw to `failed`, on the GUI thread; neither is called when
/// `receiver` was deleted meanwhile. For calls that may wait on the network
/// (a database): the GUI thread never does.
///
/// The reply is posted to the application object, not to `receiver`, which
/// may be gone by the time the work ends; the QPointer is only read on the
/// GUI thread, where receivers are deleted.
template <typename Result>
void runInBackground(QObject* receiver, std::function<Result()> work,
                     std::function<void(Result)> done,
                     std::function<void(std::exception_ptr)> failed) {
    QThreadPool::globalInstance()->start([guard = QPointer<QObject>(receiver),
                                          work = std::move(work), done = std::move(done),
                                          failed = std::move(failed)]() mutable {
        std::optional<Result> result;
        std::exception_ptr error;
        try {
            result.emplace(work());
        } catch (...) {
            error = std::current_exception();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            handedOver([guard, result = std::move(result), error, done = std::move(done),
                        failed = std::move(failed)]() mutable {
                if (!guard)
                    return;
                if (error)
                    failed(error);
                else
                    done(std::move(*result));
            }),
            Qt::QueuedConnection);
    });
}

}  // namespace hyperlab::ui
