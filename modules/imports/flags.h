#pragma once
// Signals raised while importing participants, for a person to review in review_flags — never verdicts:
//  duplicate_nik            the same NIK registered under two KPJ by agents, while the first is still paying
//  reregistered_after_lapse a NIK registered again by an agent after its earlier membership lapsed
//                           (no contribution for more than 3 months): the fee pattern the program warns of
//  invalid_nik              a valid-looking NIK that disagrees with the row (birth date, sex) or gives an
//                           age under 15 at registration
//  shared_phone             many participants (imports.shared_phone_min in app_meta, default 5) on one phone
// Only rows this batch wrote are looked at, and a signal already raised for the same participant is not
// raised again, so importing the same file twice raises nothing the second time.

#include "entity.h"

namespace perisai::imports {

Result<int> raiseParticipantFlags(const QList<WrittenRow> &written, ImportContext &context, qint64 batchId);

constexpr int kLapseMonths = 3;
constexpr int kSharedPhoneDefault = 5;

} // namespace perisai::imports
