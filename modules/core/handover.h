#pragma once
// Work handed to a thread pool, and calls handed back to the main thread, with the hand-over made in code that
// ThreadSanitizer sees.
//
// Qt's pool queue and queued calls synchronise correctly, but Qt is not built with TSan: it cannot see them, and
// reports every capture written by one thread and read by the other as a race. Those false reports would hide
// the real ones. Here the data crosses through an atomic and a mutex of ours; Qt only carries the wake-up.

#include <functional>

class QThreadPool;

namespace perisai {

// Starts `job` on one of `pool`'s threads; everything the caller wrote before is visible to it.
void runInPool(QThreadPool &pool, std::function<void()> job);

// Runs `call` on the main thread's event loop, after the calls posted before it; everything the posting thread
// wrote before is visible to it. A call still queued when the application ends is dropped.
void postToMainThread(std::function<void()> call);

} // namespace perisai
