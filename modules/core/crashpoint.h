#pragma once
// Named points in the long writing commands (import, demo, schema upgrade) where the crash tests
// (tests/crash) stop the program in order to kill it: the kill then falls at a known step of the work, every
// run the same, rather than at whatever moment a timer gives.
//
// With PERISAI_CRASH_POINT=<name> in the environment, the program reaching crashPoint(<name>) writes the line
// "crash point: <name>" to standard error and stops itself there (SIGSTOP), waiting for the test's SIGKILL.
// Without the variable (always, outside the tests), crashPoint() does nothing but compare a cached flag.

namespace perisai {

void crashPoint(const char *name);

} // namespace perisai
