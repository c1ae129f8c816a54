-- Office columns for rows that lacked one, on both databases (the same schema everywhere).
-- summary_agent_month: each agent's month carries the agent's office, so that a server can keep every summary
-- to the offices a login may see (row-level security, 0071) without joining agents on every dashboard read.
ALTER TABLE summary_agent_month ADD COLUMN office_id BIGINT NOT NULL DEFAULT 0;
UPDATE summary_agent_month SET office_id = COALESCE((SELECT a.office_id FROM agents a WHERE a.id = summary_agent_month.agent_id), 0);
CREATE INDEX summary_agent_month_office ON summary_agent_month (office_id, period);
-- audit_log: the office whose row changed (a server fills it; a single desk's file leaves it empty).
ALTER TABLE audit_log ADD COLUMN office_id BIGINT;
-- The audit viewer filters by user and by date.
CREATE INDEX audit_log_user ON audit_log (user_name, at);
CREATE INDEX audit_log_at ON audit_log (at);
