-- The participants browser pages through 300 k rows in name or registration order with keyset queries
-- (WHERE (name, id) > (?, ?) ORDER BY name, id LIMIT n): these indexes make each page an index range read.
CREATE INDEX participants_name ON participants (name, id);
CREATE INDEX participants_registered ON participants (registered_on, id);
-- The roster reads an agent's status history newest first and the audit trail of one row.
CREATE INDEX agent_notes_agent ON agent_notes (agent_id, written_on);
