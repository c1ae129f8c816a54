#pragma once
// The writing steps of a generation, in the order generate() runs them (foreign keys point backwards).

#include "demo/plan.h"
#include "demo/sink.h"

namespace perisai::demo {

Status writeRoster(const Plan &plan, Sink &sink);       // users, offices, wadah, agents, history, notes
Status writeParticipants(Plan &plan, Sink &sink);       // participants
Status writeContributions(const Plan &plan, Sink &sink, qint64 *rows); // contributions
Status writeClaims(const Plan &plan, Sink &sink);       // claims
Status writeReference(const Plan &plan, Sink &sink);    // targets, workforce
Status writeAgreements(const Plan &plan, Sink &sink, qint64 *rows); // agreements and their documents
Status writeMonev(const Plan &plan, Sink &sink, qint64 *sessions);  // sessions, attendance, obstacles, actions
Status writeFlagsAndMeta(const Plan &plan, Sink &sink); // review_flags, app_meta, audit_log
// After the summaries are refreshed: each held session's frozen figures, and the awards they earned.
Status writeSnapshotsAndAwards(Sink &sink);
// PostgreSQL: identity columns continue after the ids written here.
Status advanceSequences(Sink &sink);
// After the commit: wadah payout accounts, past incentive months approved and paid, the last one a draft.
Status writeIncentiveMonths(const storage::Database &db, YearMonth last);

// Rough number of contribution rows, for progress.
qint64 expectedContributions(const Plan &plan);

} // namespace perisai::demo
