-- An agent's months carry the agent's office (0070) and move with the agent, as on a server
-- (0083_agent_month_office.postgresql.sql): the figures read an agent's months by that column.
UPDATE summary_agent_month SET office_id = COALESCE((SELECT a.office_id FROM agents a WHERE a.id = summary_agent_month.agent_id), office_id);
CREATE TRIGGER agent_months_follow AFTER UPDATE OF office_id ON agents FOR EACH ROW WHEN NEW.office_id IS NOT OLD.office_id BEGIN UPDATE summary_agent_month SET office_id = COALESCE(NEW.office_id, 0) WHERE agent_id = NEW.id; END;
