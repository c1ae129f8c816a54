#include "core/handover.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <atomic>
#include <mutex>
#include <vector>

namespace perisai {

namespace {

// Mirrors the pool's own queue lock: every start releases, every job acquires before it reads its captures.
std::atomic<unsigned> g_started{0};

struct MainThreadMailbox {
    std::mutex mutex;
    std::vector<std::function<void()>> calls;
};

MainThreadMailbox &mailbox()
{
    static auto *box = new MainThreadMailbox; // never destroyed: a pool thread may post while the program exits
    return *box;
}

void deliverPosted()
{
    std::vector<std::function<void()>> calls;
    {
        std::lock_guard lock(mailbox().mutex);
        calls.swap(mailbox().calls);
    }
    for (auto &call : calls)
        call();
}

} // namespace

void runInPool(QThreadPool &pool, std::function<void()> job)
{
    // The job is wrapped before the release: the wrapper's captures are written by this thread too.
    std::function<void()> wrapped = [job = std::move(job)]() {
        g_started.load(std::memory_order_acquire);
        job();
    };
    g_started.fetch_add(1, std::memory_order_release);
    pool.start(std::move(wrapped));
}

void postToMainThread(std::function<void()> call)
{
    {
        std::lock_guard lock(mailbox().mutex);
        mailbox().calls.push_back(std::move(call));
    }
    // The wake-up carries nothing (a lambda without captures, not even a function pointer, for the reason above):
    // one delivery may find several calls, a later one none.
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, []() { deliverPosted(); }, Qt::QueuedConnection);
}

} // namespace perisai
