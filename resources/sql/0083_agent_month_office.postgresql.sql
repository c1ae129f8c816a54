-- An agent's months carry the agent's office (0070), which the server's policy tests. It was set when the
-- summaries were computed and went stale when the agent moved to another office: the new office's head then
-- lost the agent's months while the superuser still counted them. Now the months move with the agent, so that
-- the figures may also read an agent's months by that column instead of looking the agents up.
-- (SQLite keeps the same column the same way: 0083_agent_month_office.sqlite.sql.)
UPDATE summary_agent_month s SET office_id = COALESCE(a.office_id, 0)
FROM agents a WHERE a.id = s.agent_id AND s.office_id <> COALESCE(a.office_id, 0);

-- As the owner: the months follow the agent even those the writer does not see.
CREATE FUNCTION perisai_agent_months_follow() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE public.summary_agent_month s SET office_id = COALESCE(NEW.office_id, 0) WHERE s.agent_id = NEW.id;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER perisai_agent_months_follow AFTER UPDATE OF office_id ON agents
    FOR EACH ROW WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id) EXECUTE FUNCTION perisai_agent_months_follow();
