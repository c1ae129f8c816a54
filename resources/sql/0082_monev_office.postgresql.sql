-- The Monev tables carry the office whose rows they are, kept by the server as a claim's and a target's are
-- (0071, 0081), so that their policies are one test against the visible offices each. Before, a row of an
-- action or an attendance was visible when its session was, and a session when its office was or, without an
-- office, its wadah's: three policies within each other, planned again by every statement (a Monev count
-- took the head 0.55 ms against the superuser's 0.17; docs/security.md, What it costs).
--
-- Same rows visible as before: a session's row office is its own office, else its wadah's, looked up as the
-- writer (who must see it); a row of a session is its session's.
ALTER TABLE monev_sessions ADD COLUMN row_office_id BIGINT;
ALTER TABLE monev_sessions DISABLE TRIGGER perisai_audit_update;
UPDATE monev_sessions SET row_office_id = perisai_session_office(id);
ALTER TABLE monev_sessions ENABLE TRIGGER perisai_audit_update;
CREATE INDEX monev_sessions_row_office ON monev_sessions (row_office_id);

-- Whatever the client writes: a session's row office from its office or wadah, a session row's from its session.
CREATE FUNCTION perisai_session_set_office() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    NEW.row_office_id := COALESCE(NEW.office_id, (SELECT w.office_id FROM public.wadah w WHERE w.id = NEW.wadah_id));
    RETURN NEW;
END
$fn$;
CREATE TRIGGER perisai_session_office BEFORE INSERT OR UPDATE ON monev_sessions
    FOR EACH ROW EXECUTE FUNCTION perisai_session_set_office();
CREATE FUNCTION perisai_session_row_set_office() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    NEW.office_id := (SELECT s.row_office_id FROM public.monev_sessions s WHERE s.id = NEW.session_id);
    RETURN NEW;
END
$fn$;

-- A session given another office or wadah takes its rows along; so does a session of a wadah that moves.
-- As the owner, who sees every row, so that nothing of the session stays behind.
CREATE FUNCTION perisai_session_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['monev_attendance', 'monev_obstacles', 'monev_actions', 'monev_action_reviews',
                             'monev_awards', 'monev_snapshots'] LOOP
        EXECUTE format('UPDATE public.%I SET office_id = $1 WHERE session_id = $2 AND office_id IS DISTINCT FROM $1', t)
            USING NEW.row_office_id, NEW.id;
    END LOOP;
    RETURN NULL;
END
$fn$;
-- Not UPDATE OF row_office_id: the column is set by the BEFORE trigger, which UPDATE OF does not see.
CREATE TRIGGER perisai_session_moved AFTER UPDATE ON monev_sessions
    FOR EACH ROW WHEN (OLD.row_office_id IS DISTINCT FROM NEW.row_office_id) EXECUTE FUNCTION perisai_session_moved();
CREATE FUNCTION perisai_wadah_sessions_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE public.monev_sessions SET row_office_id = NEW.office_id WHERE wadah_id = NEW.id AND office_id IS NULL;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER perisai_wadah_sessions_moved AFTER UPDATE OF office_id ON wadah
    FOR EACH ROW WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id) EXECUTE FUNCTION perisai_wadah_sessions_moved();

DROP POLICY perisai_office ON monev_sessions;
CREATE POLICY perisai_office ON monev_sessions TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (row_office_id = ANY ((SELECT perisai_visible_offices())::bigint[]))
    WITH CHECK (row_office_id = ANY ((SELECT perisai_visible_offices())::bigint[]));
-- Each table of a session's rows: its column, filled (the backfill is the server's bookkeeping, not anybody's
-- change, and is not audited), kept from now on, and what its policy reads.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['monev_attendance', 'monev_obstacles', 'monev_actions', 'monev_action_reviews',
                             'monev_awards', 'monev_snapshots'] LOOP
        EXECUTE format('ALTER TABLE public.%I ADD COLUMN office_id BIGINT', t);
        EXECUTE format('ALTER TABLE public.%I DISABLE TRIGGER perisai_audit_update', t);
        EXECUTE format('UPDATE public.%1$I x SET office_id = s.row_office_id FROM public.monev_sessions s WHERE s.id = x.session_id', t);
        EXECUTE format('ALTER TABLE public.%I ENABLE TRIGGER perisai_audit_update', t);
        EXECUTE format('CREATE TRIGGER perisai_session_row_office BEFORE INSERT OR UPDATE ON public.%I '
                       'FOR EACH ROW EXECUTE FUNCTION public.perisai_session_row_set_office()', t);
        EXECUTE format('DROP POLICY perisai_office ON public.%I', t);
        EXECUTE format('CREATE POLICY perisai_office ON public.%I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer '
                       'USING (office_id = ANY ((SELECT public.perisai_visible_offices())::bigint[])) '
                       'WITH CHECK (office_id = ANY ((SELECT public.perisai_visible_offices())::bigint[]))', t);
    END LOOP;
END
$$;
