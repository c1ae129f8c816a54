-- Indexes for the performance dashboard (summaries, not scans).
-- Retention reads a few k (months since registration) for a range of cohorts across every office and
-- agent: k first, so that k IN (...) AND cohort BETWEEN ... is a handful of range reads; covering, so
-- the table itself is not touched.
CREATE INDEX IF NOT EXISTS summary_cohort_k ON summary_cohort (k, cohort, office_id, agent_id, paid);
-- Claims of a period.
CREATE INDEX IF NOT EXISTS claims_date ON claims (claim_date);
