#pragma once
// The signals as interfaces.md § Signals writes them: JSON {"period", "office", "signals": [...]} with one
// object per agent and kind, or CSV with one row each. "status" is the state of the signal's review case
// (a signal no case holds yet is "open").

#include "figures/signalfigures.h"
#include "reviewcase.h"

#include <vector>

namespace perisai::review {

struct ReportedSignal {
    const figures::AgentSignal *signal = nullptr;
    CaseState state = CaseState::Open;
};

QString signalsJson(const figures::SignalTable &table, const std::vector<ReportedSignal> &rows);
QString signalsCsv(const std::vector<ReportedSignal> &rows);

} // namespace perisai::review
