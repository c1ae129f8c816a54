-- A target names its unit by code: an agent, a wadah or an office (cabang, kcp). Its office, kept by the
-- server as a claim's is (0071), lets the targets policy test each row against the visible offices instead of
-- looking the unit up by code three ways on every read, which was the largest single part of what row-level
-- security cost a branch's kpi (docs/security.md, What it costs).
--
-- Same rows visible as before: a target whose code names no unit the login sees has no office it sees (a
-- unit it does not see, or none at all: NULL), so it stays hidden and cannot be written.
ALTER TABLE targets ADD COLUMN office_id BIGINT;
-- The backfill is the server's bookkeeping, not a change of anybody's target: it is not audited.
ALTER TABLE targets DISABLE TRIGGER perisai_audit_update;
UPDATE targets SET office_id = perisai_target_office(level, code);
ALTER TABLE targets ENABLE TRIGGER perisai_audit_update;
CREATE INDEX targets_office ON targets (office_id, year);
CREATE INDEX targets_unit ON targets (level, code);

-- Whatever the client writes, the office is the unit's, looked up as the writer (who must see the unit).
CREATE FUNCTION perisai_target_set_office() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    NEW.office_id := public.perisai_target_office(NEW.level, NEW.code);
    RETURN NEW;
END
$fn$;
CREATE TRIGGER perisai_target_office BEFORE INSERT OR UPDATE ON targets
    FOR EACH ROW EXECUTE FUNCTION perisai_target_set_office();

-- A unit added, removed, moved to another office or given another code: the targets of its old and new code
-- follow. As the owner, who sees every unit, so that a target follows its unit even when the writer does not
-- see it. TG_ARGV: the target levels of the table's units.
CREATE FUNCTION perisai_unit_targets() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE public.targets t SET office_id = public.perisai_target_office(t.level, t.code)
    WHERE t.level = ANY (TG_ARGV) AND t.code = ANY (ARRAY[OLD.code, NEW.code])
      AND t.office_id IS DISTINCT FROM public.perisai_target_office(t.level, t.code);
    RETURN NULL;
END
$fn$;
CREATE TRIGGER perisai_unit_targets AFTER INSERT OR DELETE OR UPDATE OF code, office_id ON agents
    FOR EACH ROW EXECUTE FUNCTION perisai_unit_targets('agen');
CREATE TRIGGER perisai_unit_targets AFTER INSERT OR DELETE OR UPDATE OF code, office_id ON wadah
    FOR EACH ROW EXECUTE FUNCTION perisai_unit_targets('wadah');
CREATE TRIGGER perisai_unit_targets AFTER INSERT OR DELETE OR UPDATE OF code ON offices
    FOR EACH ROW EXECUTE FUNCTION perisai_unit_targets('cabang', 'kcp');

DROP POLICY perisai_office ON targets;
CREATE POLICY perisai_office ON targets TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (office_id = ANY ((SELECT perisai_visible_offices())::bigint[]))
    WITH CHECK (office_id = ANY ((SELECT perisai_visible_offices())::bigint[]));
