-- A server shared by several offices keeps each office to its own rows, whatever client connects (this
-- program, psql, a spreadsheet's ODBC link): security is the server's job. PostgreSQL only.
--
--   roles      perisai_owner owns every table and runs migrations (never daily work); each login is a member
--              of one group: perisai_viewer reads; perisai_staff imports and edits; perisai_head also approves
--              incentives and decides review cases; perisai_admin also manages users, offices and reference data.
--   offices    perisai_logins maps a login (session_user: a client cannot change it) to its office; a login
--              sees its office and every office under it (kanwil -> KC -> KCP), by row-level security that is
--              ENABLEd and FORCEd on every table holding an office's data. Shared reference tables (rules,
--              categories, workforce figures, app_meta, users, schema_migrations) have none: every login reads them.
--   audit      statement triggers write audit_log for every insert, update and delete of user data (who =
--              session_user, when, table, row, the row before and after as JSON); only the owner may change
--              or remove its rows. The program adds its one-line description to the server's row
--              (perisai_audit_note) and logs what is not a change (a reveal of personal data, an import).
--
-- Roles belong to the whole server, not to one database: they are created only when missing. Run as a
-- superuser (or a role with CREATEROLE that may also become perisai_owner). See docs/security.md.

-- Roles ------------------------------------------------------------------------------------------------
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['perisai_owner', 'perisai_admin', 'perisai_head', 'perisai_staff', 'perisai_viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                -- The owner creates logins through perisai_create_user(), hence CREATEROLE; nobody logs in as it.
                EXECUTE format('CREATE ROLE %I NOLOGIN%s', r, CASE WHEN r = 'perisai_owner' THEN ' CREATEROLE' ELSE '' END);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database on this server created it a moment ago
            END;
        END IF;
    END LOOP;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT perisai_owner TO %I', current_user);
    END IF;
END
$$;

-- Nobody but the owner creates objects in this database's schema (a function or table planted there could
-- catch a SECURITY DEFINER function's unqualified name).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO perisai_owner;
GRANT USAGE ON SCHEMA public TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;

DO $$
DECLARE
    t record;
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer',
                   current_database());
    FOR t IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v') LOOP
        EXECUTE format('ALTER %s public.%I OWNER TO perisai_owner', CASE WHEN t.relkind = 'v' THEN 'VIEW' ELSE 'TABLE' END, t.relname);
    END LOOP;
END
$$;

-- From here on what this migration creates belongs to the owner.
SET LOCAL ROLE perisai_owner;

-- Which office each login works for ---------------------------------------------------------------------
CREATE TABLE perisai_logins (
    role_name   TEXT PRIMARY KEY,            -- the PostgreSQL login role (session_user)
    office_id   BIGINT NOT NULL REFERENCES offices (id),
    full_name   TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    disabled_at TEXT,
    disabled_by TEXT,
    visible_offices BIGINT[] NOT NULL DEFAULT '{}' -- the office and every office under it, kept by the server
);
CREATE INDEX perisai_logins_office ON perisai_logins (office_id);

-- The session's office, and the offices it may see: its own and every office under it. SECURITY DEFINER
-- (as the owner, whom the policies let read every office) so that the office policy does not call itself;
-- search_path fixed and every name qualified, so that nothing a client puts in its path is called instead.
CREATE FUNCTION perisai_user_office() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT l.office_id FROM public.perisai_logins l WHERE l.role_name = session_user::text AND l.disabled_at IS NULL
$$;

-- An office and every office under it (kanwil -> KC -> KCP).
CREATE FUNCTION perisai_office_tree(p_office BIGINT) RETURNS BIGINT[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE tree (id) AS (
        SELECT o.id FROM public.offices o WHERE o.id = p_office
        UNION
        SELECT c.id FROM public.offices c JOIN tree t ON c.parent_id = t.id
    )
    SELECT COALESCE(array_agg(tree.id ORDER BY tree.id), '{}') FROM tree
$$;

-- The offices the session sees, read by every policy once per statement (an InitPlan). The set is kept on
-- the login's row (below: when the login is made or moved, and when an office is added, moved or removed)
-- rather than walked down the tree by every statement, and the function is PL/pgSQL, which keeps the plan
-- of its one query for the session: a SQL function with SET cannot be inlined and was planned again by
-- every statement (together about a fifth of a branch's kpi; see docs/security.md, What it costs).
CREATE FUNCTION perisai_visible_offices() RETURNS BIGINT[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    visible bigint[];
BEGIN
    SELECT l.visible_offices INTO visible FROM public.perisai_logins l
    WHERE l.role_name = session_user::text AND l.disabled_at IS NULL;
    RETURN COALESCE(visible, '{}');
END
$fn$;

CREATE FUNCTION perisai_login_offices() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    NEW.visible_offices := public.perisai_office_tree(NEW.office_id);
    RETURN NEW;
END
$fn$;
CREATE TRIGGER perisai_login_offices BEFORE INSERT OR UPDATE ON perisai_logins
    FOR EACH ROW EXECUTE FUNCTION perisai_login_offices();

-- Runs as the owner: the login that adds or moves an office may not write perisai_logins.
CREATE FUNCTION perisai_offices_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE public.perisai_logins l SET visible_offices = public.perisai_office_tree(l.office_id)
    WHERE l.visible_offices IS DISTINCT FROM public.perisai_office_tree(l.office_id);
    RETURN NULL;
END
$fn$;
CREATE TRIGGER perisai_offices_changed AFTER INSERT OR DELETE OR UPDATE OF parent_id ON offices
    FOR EACH STATEMENT EXECUTE FUNCTION perisai_offices_changed();

-- An office's parent as it stands before the statement: an update may not move an office the login sees
-- only as its own top (its parent is outside) somewhere else.
CREATE FUNCTION perisai_office_parent(p_office BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT o.parent_id FROM public.offices o WHERE o.id = p_office
$$;

-- Office columns a server needs: the batch of an import is its office's (the login's office by default).
ALTER TABLE import_batches ADD COLUMN office_id BIGINT REFERENCES offices (id) DEFAULT perisai_user_office();
-- A database set up before this migration held one branch: its batches are that branch's.
UPDATE import_batches SET office_id = (SELECT o.id FROM offices o WHERE o.parent_id IS NULL ORDER BY o.id LIMIT 1);
CREATE INDEX import_batches_office ON import_batches (office_id);
-- A claim is its participant's office's. The column, kept by the server, lets the policy test each claim against
-- the visible offices instead of looking its participant up row by row (which cost a dashboard a sixth of its
-- time): set from the participant on every insert and update (a participant the login does not see leaves it
-- NULL, and the insert fails), and moved with a participant that moves to another office.
ALTER TABLE claims ADD COLUMN office_id BIGINT;
UPDATE claims SET office_id = (SELECT p.office_id FROM participants p WHERE p.id = claims.participant_id);
ALTER TABLE claims ALTER COLUMN office_id SET NOT NULL;
CREATE INDEX claims_office ON claims (office_id, claim_date);
CREATE FUNCTION perisai_claim_office() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    NEW.office_id := (SELECT p.office_id FROM public.participants p WHERE p.id = NEW.participant_id);
    RETURN NEW;
END
$fn$;
CREATE TRIGGER perisai_claim_office BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION perisai_claim_office();
CREATE FUNCTION perisai_participant_moved() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE public.claims SET office_id = NEW.office_id WHERE participant_id = NEW.id;
    RETURN NULL;
END
$fn$;
CREATE TRIGGER perisai_participant_moved AFTER UPDATE OF office_id ON participants
    FOR EACH ROW WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id) EXECUTE FUNCTION perisai_participant_moved();

-- The office a row of another table belongs to, for the audit (the trigger runs as the owner and sees
-- every row; a client calling these sees only its own offices' rows, so they tell it nothing new).
CREATE FUNCTION perisai_agent_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT a.office_id FROM public.agents a WHERE a.id = p_id
$$;
CREATE FUNCTION perisai_wadah_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT w.office_id FROM public.wadah w WHERE w.id = p_id
$$;
CREATE FUNCTION perisai_participant_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT p.office_id FROM public.participants p WHERE p.id = p_id
$$;
CREATE FUNCTION perisai_session_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT COALESCE(s.office_id, (SELECT w.office_id FROM public.wadah w WHERE w.id = s.wadah_id))
    FROM public.monev_sessions s WHERE s.id = p_id
$$;
CREATE FUNCTION perisai_agreement_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT w.office_id FROM public.agreements a JOIN public.wadah w ON w.id = a.wadah_id WHERE a.id = p_id
$$;
CREATE FUNCTION perisai_run_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT r.office_id FROM public.incentive_runs r WHERE r.id = p_id
$$;
CREATE FUNCTION perisai_batch_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT b.office_id FROM public.import_batches b WHERE b.id = p_id
$$;
CREATE FUNCTION perisai_flag_office(p_subject TEXT, p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE p_subject
        WHEN 'participant' THEN (SELECT p.office_id FROM public.participants p WHERE p.id = p_id)
        WHEN 'agent' THEN (SELECT a.office_id FROM public.agents a WHERE a.id = p_id)
        WHEN 'wadah' THEN (SELECT w.office_id FROM public.wadah w WHERE w.id = p_id)
    END
$$;
CREATE FUNCTION perisai_case_office(p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT a.office_id FROM public.agents a WHERE a.id = c.agent_id),
                    (SELECT public.perisai_flag_office(f.subject, f.subject_id) FROM public.review_flags f WHERE f.id = c.flag_id))
    FROM public.review_cases c WHERE c.id = p_id
$$;
CREATE FUNCTION perisai_target_office(p_level TEXT, p_code TEXT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE p_level
        WHEN 'agen' THEN (SELECT a.office_id FROM public.agents a WHERE a.code = p_code)
        WHEN 'wadah' THEN (SELECT w.office_id FROM public.wadah w WHERE w.code = p_code)
        ELSE (SELECT o.id FROM public.offices o WHERE o.code = p_code)
    END
$$;
-- The office of a row named by table and id (audit rows written by the program; the backfill below).
CREATE FUNCTION perisai_row_office(p_table TEXT, p_id BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE p_table
        WHEN 'offices' THEN (SELECT o.id FROM public.offices o WHERE o.id = p_id)
        WHEN 'wadah' THEN public.perisai_wadah_office(p_id)
        WHEN 'agents' THEN public.perisai_agent_office(p_id)
        WHEN 'participants' THEN public.perisai_participant_office(p_id)
        WHEN 'agent_status_history' THEN (SELECT public.perisai_agent_office(h.agent_id) FROM public.agent_status_history h WHERE h.id = p_id)
        WHEN 'agent_notes' THEN (SELECT public.perisai_agent_office(n.agent_id) FROM public.agent_notes n WHERE n.id = p_id)
        WHEN 'claims' THEN (SELECT public.perisai_participant_office(c.participant_id) FROM public.claims c WHERE c.id = p_id)
        WHEN 'monev_sessions' THEN public.perisai_session_office(p_id)
        WHEN 'agreements' THEN public.perisai_agreement_office(p_id)
        WHEN 'agreement_documents' THEN (SELECT public.perisai_agreement_office(d.agreement_id) FROM public.agreement_documents d WHERE d.id = p_id)
        WHEN 'incentive_runs' THEN public.perisai_run_office(p_id)
        WHEN 'review_cases' THEN public.perisai_case_office(p_id)
        WHEN 'review_flags' THEN (SELECT public.perisai_flag_office(f.subject, f.subject_id) FROM public.review_flags f WHERE f.id = p_id)
        WHEN 'import_batches' THEN public.perisai_batch_office(p_id)
    END
$$;

-- Audit -------------------------------------------------------------------------------------------------
-- The transaction that wrote an audit row: the program's description goes to the server's row of the
-- same transaction.
ALTER TABLE audit_log ADD COLUMN txid BIGINT;
CREATE INDEX audit_log_office ON audit_log (office_id, at);
UPDATE audit_log SET office_id = perisai_row_office(table_name, row_id) WHERE office_id IS NULL;

-- Written by the statement triggers below: one audit row per row the statement inserted, updated (when it
-- changed) or deleted. Arguments: the column that names the row (row_id), the columns that identify it
-- (to pair old and new rows of an update), an expression over r (the row as jsonb) giving its office, and
-- columns left out of the JSON (a document's content). Runs as the owner: it writes audit_log, which no
-- login may change, and looks up offices every login may not see. The owner (or a superuser) loading demo
-- data may switch it off for its own session with SET perisai.audit = 'off'; nobody else can.
CREATE FUNCTION perisai_audit_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    id_column   text := TG_ARGV[0];
    key_columns text[] := string_to_array(TG_ARGV[1], ',');
    office_expr text := TG_ARGV[2];
    left_out    text[] := COALESCE(string_to_array(NULLIF(TG_ARGV[3], ''), ','), '{}');
    stamp       text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    pairing     text;
    columns     text := 'at, user_name, action, table_name, row_id, before, after, office_id, txid';
BEGIN
    IF current_setting('perisai.audit', true) = 'off' AND pg_has_role(session_user, 'perisai_owner', 'MEMBER') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO public.audit_log (%s) SELECT $1, session_user, ''insert'', $2, (r->>$3)::bigint, NULL, '
                       'r::text, %s, txid_current() FROM (SELECT to_jsonb(n) - $4 AS r FROM perisai_new n) x',
                       columns, office_expr)
            USING stamp, TG_TABLE_NAME, id_column, left_out;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('INSERT INTO public.audit_log (%s) SELECT $1, session_user, ''delete'', $2, (r->>$3)::bigint, r::text, '
                       'NULL, %s, txid_current() FROM (SELECT to_jsonb(o) - $4 AS r FROM perisai_old o) x',
                       columns, office_expr)
            USING stamp, TG_TABLE_NAME, id_column, left_out;
    ELSE
        SELECT string_agg(format('o.r->%L = n.r->%L', k, k), ' AND ') INTO pairing FROM unnest(key_columns) k;
        EXECUTE format('INSERT INTO public.audit_log (%s) SELECT $1, session_user, ''update'', $2, (r->>$3)::bigint, '
                       'before_r::text, after_r::text, %s, txid_current() FROM ('
                       '  SELECT COALESCE(n.r, o.r) AS r, o.r AS before_r, n.r AS after_r'
                       '  FROM (SELECT to_jsonb(x) - $4 AS r FROM perisai_old x) o'
                       '  FULL JOIN (SELECT to_jsonb(x) - $4 AS r FROM perisai_new x) n ON %s'
                       '  WHERE o.r IS DISTINCT FROM n.r) x',
                       columns, office_expr, pairing)
            USING stamp, TG_TABLE_NAME, id_column, left_out;
    END IF;
    RETURN NULL;
END
$fn$;

-- A row a client writes itself (a reveal, an import's summary) carries the client's login, the server's
-- clock and the office of the row it names (as far as the client sees it; else the login's own office):
-- a client cannot write a row in someone else's name or into another office's log.
CREATE FUNCTION perisai_audit_stamp() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NEW; -- written by perisai_audit_rows, already stamped
    END IF;
    NEW.user_name := session_user;
    NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.office_id := COALESCE(public.perisai_row_office(NEW.table_name, NEW.row_id), public.perisai_user_office());
    NEW.txid := txid_current();
    RETURN NEW;
END
$fn$;

-- Only the owner changes or removes audit rows (grants already say so; this holds even if a grant is added).
CREATE FUNCTION perisai_audit_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF NOT pg_has_role(current_user, 'perisai_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'audit_log rows cannot be changed or removed (% by %)', TG_OP, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$fn$;

CREATE TRIGGER perisai_audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION perisai_audit_stamp();
CREATE TRIGGER perisai_audit_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION perisai_audit_guard();
CREATE TRIGGER perisai_audit_guard_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION perisai_audit_guard();

-- The program's one-line description of a change it just made, put on the server's audit row of this
-- transaction (and its own action word: 'status', 'undo'); a row the server did not write (a reveal, an
-- import) is added with the client's login and the server's clock.
CREATE FUNCTION perisai_audit_note(p_table TEXT, p_row BIGINT, p_action TEXT, p_summary TEXT, p_before TEXT, p_after TEXT)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    target bigint;
BEGIN
    SELECT max(a.id) INTO target FROM public.audit_log a
    WHERE a.txid = txid_current() AND a.user_name = session_user::text AND a.table_name = p_table
      AND a.row_id IS NOT DISTINCT FROM p_row AND a.summary IS NULL
      AND (a.action = p_action OR (p_action IN ('status', 'undo') AND a.action IN ('insert', 'update', 'delete')));
    IF target IS NOT NULL THEN
        UPDATE public.audit_log SET summary = p_summary,
            action = CASE WHEN p_action IN ('status', 'undo') THEN p_action ELSE action END
        WHERE id = target;
    ELSE
        INSERT INTO public.audit_log (at, user_name, action, table_name, row_id, summary, before, after)
        VALUES ('', '', p_action, p_table, p_row, p_summary, p_before, p_after);
    END IF;
END
$fn$;

-- Every user-data table, with how its audit rows name the row and find its office. Summaries (derived,
-- rebuilt by every import), import_changes (an import's own undo list; the changes themselves are audited),
-- schema_migrations and audit_log itself are not audited.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('app_meta', '', 'key', 'NULL::bigint', ''),
        ('users', 'id', 'id', 'NULL::bigint', ''),
        ('offices', 'id', 'id', '(r->>''id'')::bigint', ''),
        ('import_batches', 'id', 'id', '(r->>''office_id'')::bigint', ''),
        ('wadah', 'id', 'id', '(r->>''office_id'')::bigint', ''),
        ('agents', 'id', 'id', '(r->>''office_id'')::bigint', ''),
        ('agent_status_history', 'id', 'id', 'public.perisai_agent_office((r->>''agent_id'')::bigint)', ''),
        ('agent_notes', 'id', 'id', 'public.perisai_agent_office((r->>''agent_id'')::bigint)', ''),
        ('participants', 'id', 'id', '(r->>''office_id'')::bigint', ''),
        ('contributions', 'participant_id', 'period,participant_id', 'public.perisai_participant_office((r->>''participant_id'')::bigint)', ''),
        ('claims', 'id', 'id', 'public.perisai_participant_office((r->>''participant_id'')::bigint)', ''),
        ('targets', 'id', 'id', 'public.perisai_target_office(r->>''level'', r->>''code'')', ''),
        ('workforce', 'id', 'id', 'NULL::bigint', ''),
        ('program_rules', 'id', 'id', 'NULL::bigint', ''),
        ('obstacle_categories', 'id', 'id', 'NULL::bigint', ''),
        ('monev_sessions', 'id', 'id', 'COALESCE((r->>''office_id'')::bigint, public.perisai_wadah_office((r->>''wadah_id'')::bigint))', ''),
        ('monev_attendance', 'session_id', 'session_id,agent_id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('monev_obstacles', 'id', 'id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('monev_actions', 'id', 'id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('monev_action_reviews', 'action_id', 'action_id,session_id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('monev_awards', 'id', 'id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('monev_snapshots', 'session_id', 'session_id,agent_id', 'public.perisai_session_office((r->>''session_id'')::bigint)', ''),
        ('agreements', 'id', 'id', 'public.perisai_wadah_office((r->>''wadah_id'')::bigint)', ''),
        ('agreement_documents', 'id', 'id', 'public.perisai_agreement_office((r->>''agreement_id'')::bigint)', 'content'),
        ('review_flags', 'id', 'id', 'public.perisai_flag_office(r->>''subject'', (r->>''subject_id'')::bigint)', ''),
        ('review_cases', 'id', 'id', 'COALESCE(public.perisai_agent_office((r->>''agent_id'')::bigint), (SELECT public.perisai_flag_office(f.subject, f.subject_id) FROM public.review_flags f WHERE f.id = (r->>''flag_id'')::bigint))', ''),
        ('review_case_participants', 'case_id', 'case_id,participant_id', 'public.perisai_case_office((r->>''case_id'')::bigint)', ''),
        ('review_case_notes', 'id', 'id', 'public.perisai_case_office((r->>''case_id'')::bigint)', ''),
        ('incentive_runs', 'id', 'id', '(r->>''office_id'')::bigint', ''),
        ('incentive_lines', 'run_id', 'run_id,agent_id', 'public.perisai_run_office((r->>''run_id'')::bigint)', ''),
        ('incentive_wadah_lines', 'run_id', 'run_id,wadah_id', 'public.perisai_run_office((r->>''run_id'')::bigint)', ''),
        ('incentive_adjustments', 'id', 'id', 'public.perisai_run_office((r->>''run_id'')::bigint)', ''),
        ('perisai_logins', '', 'role_name', '(r->>''office_id'')::bigint', 'visible_offices')
    ) AS v (name, id_column, keys, office, left_out) LOOP
        EXECUTE format('CREATE TRIGGER perisai_audit_insert AFTER INSERT ON public.%I REFERENCING NEW TABLE AS perisai_new '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.perisai_audit_rows(%L, %L, %L, %L)',
                       t.name, t.id_column, t.keys, t.office, t.left_out);
        EXECUTE format('CREATE TRIGGER perisai_audit_update AFTER UPDATE ON public.%I REFERENCING OLD TABLE AS perisai_old '
                       'NEW TABLE AS perisai_new FOR EACH STATEMENT EXECUTE FUNCTION public.perisai_audit_rows(%L, %L, %L, %L)',
                       t.name, t.id_column, t.keys, t.office, t.left_out);
        EXECUTE format('CREATE TRIGGER perisai_audit_delete AFTER DELETE ON public.%I REFERENCING OLD TABLE AS perisai_old '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.perisai_audit_rows(%L, %L, %L, %L)',
                       t.name, t.id_column, t.keys, t.office, t.left_out);
    END LOOP;
END
$$;

-- Row-level security -------------------------------------------------------------------------------------
-- Every table with an office's rows: ENABLEd and FORCEd (the owner too is held to the policies; its own
-- policy lets it see everything, which the SECURITY DEFINER functions above rely on). A login outside the
-- four groups sees nothing. The office set is read once per statement (an InitPlan), not per row.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'offices', 'perisai_logins', 'import_batches', 'import_changes', 'audit_log',
        'wadah', 'agents', 'agent_status_history', 'agent_notes', 'participants', 'contributions', 'claims', 'targets',
        'monev_sessions', 'monev_attendance', 'monev_obstacles', 'monev_actions', 'monev_action_reviews', 'monev_awards',
        'monev_snapshots', 'agreements', 'agreement_documents', 'review_flags', 'review_cases', 'review_case_participants',
        'review_case_notes', 'summary_agent_month', 'summary_office_month', 'summary_cohort',
        'incentive_runs', 'incentive_lines', 'incentive_wadah_lines', 'incentive_adjustments'] LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY perisai_owner_all ON public.%I TO perisai_owner USING (true) WITH CHECK (true)', t);
    END LOOP;
    -- Tables whose rows carry their office.
    FOREACH t IN ARRAY ARRAY['wadah', 'agents', 'participants', 'summary_agent_month', 'summary_office_month',
                             'summary_cohort', 'incentive_runs', 'import_batches'] LOOP
        EXECUTE format('CREATE POLICY perisai_office ON public.%I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer '
                       'USING (office_id = ANY ((SELECT public.perisai_visible_offices())::bigint[])) '
                       'WITH CHECK (office_id = ANY ((SELECT public.perisai_visible_offices())::bigint[]))', t);
    END LOOP;
END
$$;

-- An office: one the login sees; a new one hangs under one it sees; its own top office stays where it is.
CREATE POLICY perisai_office ON offices TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (id = ANY ((SELECT perisai_visible_offices())::bigint[]))
    WITH CHECK (parent_id = ANY ((SELECT perisai_visible_offices())::bigint[])
                OR (id = ANY ((SELECT perisai_visible_offices())::bigint[]) AND parent_id IS NOT DISTINCT FROM perisai_office_parent(id)));

-- Logins: one's own, and those of the offices one sees (changed only through the functions below).
CREATE POLICY perisai_office ON perisai_logins TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (role_name = session_user::text OR office_id = ANY ((SELECT perisai_visible_offices())::bigint[]));

-- Rows that belong to a parent row: visible (and writable) when the parent is. The parent's own policy
-- applies inside the subquery, so the chain ends at an office the login sees.
CREATE POLICY perisai_office ON agent_status_history TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_status_history.agent_id))
    WITH CHECK (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_status_history.agent_id));
CREATE POLICY perisai_office ON agent_notes TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_notes.agent_id))
    WITH CHECK (EXISTS (SELECT 1 FROM agents a WHERE a.id = agent_notes.agent_id));
CREATE POLICY perisai_office ON contributions TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM participants p WHERE p.id = contributions.participant_id))
    WITH CHECK (EXISTS (SELECT 1 FROM participants p WHERE p.id = contributions.participant_id));
CREATE POLICY perisai_office ON claims TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (office_id = ANY ((SELECT perisai_visible_offices())::bigint[]))
    WITH CHECK (office_id = ANY ((SELECT perisai_visible_offices())::bigint[]));
CREATE POLICY perisai_office ON import_changes TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM import_batches b WHERE b.id = import_changes.batch_id))
    WITH CHECK (EXISTS (SELECT 1 FROM import_batches b WHERE b.id = import_changes.batch_id));

-- A target names its unit by code: the office, wadah or agent of that code must be one the login sees.
CREATE POLICY perisai_office ON targets TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (CASE targets.level
               WHEN 'agen' THEN EXISTS (SELECT 1 FROM agents a WHERE a.code = targets.code)
               WHEN 'wadah' THEN EXISTS (SELECT 1 FROM wadah w WHERE w.code = targets.code)
               ELSE EXISTS (SELECT 1 FROM offices o WHERE o.code = targets.code) END)
    WITH CHECK (CASE targets.level
               WHEN 'agen' THEN EXISTS (SELECT 1 FROM agents a WHERE a.code = targets.code)
               WHEN 'wadah' THEN EXISTS (SELECT 1 FROM wadah w WHERE w.code = targets.code)
               ELSE EXISTS (SELECT 1 FROM offices o WHERE o.code = targets.code) END);

-- A Monev session is its office's (a wadah's session without an office: the wadah's office).
CREATE POLICY perisai_office ON monev_sessions TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (office_id = ANY ((SELECT perisai_visible_offices())::bigint[])
           OR (office_id IS NULL AND EXISTS (SELECT 1 FROM wadah w WHERE w.id = monev_sessions.wadah_id)))
    WITH CHECK (office_id = ANY ((SELECT perisai_visible_offices())::bigint[])
           OR (office_id IS NULL AND EXISTS (SELECT 1 FROM wadah w WHERE w.id = monev_sessions.wadah_id)));
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['monev_attendance', 'monev_obstacles', 'monev_actions', 'monev_action_reviews',
                             'monev_awards', 'monev_snapshots'] LOOP
        EXECUTE format('CREATE POLICY perisai_office ON public.%1$I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer '
                       'USING (EXISTS (SELECT 1 FROM public.monev_sessions s WHERE s.id = %1$I.session_id)) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM public.monev_sessions s WHERE s.id = %1$I.session_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['incentive_lines', 'incentive_wadah_lines', 'incentive_adjustments'] LOOP
        EXECUTE format('CREATE POLICY perisai_office ON public.%1$I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer '
                       'USING (EXISTS (SELECT 1 FROM public.incentive_runs r WHERE r.id = %1$I.run_id)) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM public.incentive_runs r WHERE r.id = %1$I.run_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['review_case_participants', 'review_case_notes'] LOOP
        EXECUTE format('CREATE POLICY perisai_office ON public.%1$I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer '
                       'USING (EXISTS (SELECT 1 FROM public.review_cases c WHERE c.id = %1$I.case_id)) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM public.review_cases c WHERE c.id = %1$I.case_id))', t);
    END LOOP;
END
$$;

CREATE POLICY perisai_office ON agreements TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM wadah w WHERE w.id = agreements.wadah_id))
    WITH CHECK (EXISTS (SELECT 1 FROM wadah w WHERE w.id = agreements.wadah_id));
CREATE POLICY perisai_office ON agreement_documents TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_documents.agreement_id))
    WITH CHECK (EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_documents.agreement_id));

-- A flag is about a participant, an agent or a wadah; a case about an agent or a flag.
CREATE POLICY perisai_office ON review_flags TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (CASE review_flags.subject
               WHEN 'participant' THEN EXISTS (SELECT 1 FROM participants p WHERE p.id = review_flags.subject_id)
               WHEN 'agent' THEN EXISTS (SELECT 1 FROM agents a WHERE a.id = review_flags.subject_id)
               WHEN 'wadah' THEN EXISTS (SELECT 1 FROM wadah w WHERE w.id = review_flags.subject_id)
               ELSE false END)
    WITH CHECK (CASE review_flags.subject
               WHEN 'participant' THEN EXISTS (SELECT 1 FROM participants p WHERE p.id = review_flags.subject_id)
               WHEN 'agent' THEN EXISTS (SELECT 1 FROM agents a WHERE a.id = review_flags.subject_id)
               WHEN 'wadah' THEN EXISTS (SELECT 1 FROM wadah w WHERE w.id = review_flags.subject_id)
               ELSE false END);
CREATE POLICY perisai_office ON review_cases TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (CASE WHEN review_cases.agent_id IS NOT NULL THEN EXISTS (SELECT 1 FROM agents a WHERE a.id = review_cases.agent_id)
                ELSE EXISTS (SELECT 1 FROM review_flags f WHERE f.id = review_cases.flag_id) END)
    WITH CHECK (CASE WHEN review_cases.agent_id IS NOT NULL THEN EXISTS (SELECT 1 FROM agents a WHERE a.id = review_cases.agent_id)
                ELSE EXISTS (SELECT 1 FROM review_flags f WHERE f.id = review_cases.flag_id) END);

-- The audit log: read for the offices one sees, and the shared reference tables' changes; any login may
-- add a row (perisai_audit_stamp names it); nobody but the owner changes or removes one.
CREATE POLICY perisai_office ON audit_log FOR SELECT TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (office_id = ANY ((SELECT perisai_visible_offices())::bigint[])
           OR (office_id IS NULL AND (table_name IN ('app_meta', 'users', 'workforce', 'program_rules', 'obstacle_categories')
                                      OR user_name = session_user::text)));
CREATE POLICY perisai_append ON audit_log FOR INSERT TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    WITH CHECK (true);

-- What staff may not do although they write the table: approve or pay an incentive month, decide a case.
CREATE POLICY perisai_staff_drafts ON incentive_runs AS RESTRICTIVE FOR INSERT TO perisai_staff WITH CHECK (status = 'draft');
CREATE POLICY perisai_staff_drafts_update ON incentive_runs AS RESTRICTIVE FOR UPDATE TO perisai_staff
    USING (status = 'draft') WITH CHECK (status = 'draft');
CREATE POLICY perisai_staff_drafts_delete ON incentive_runs AS RESTRICTIVE FOR DELETE TO perisai_staff USING (status = 'draft');
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['incentive_lines', 'incentive_wadah_lines', 'incentive_adjustments'] LOOP
        EXECUTE format('CREATE POLICY perisai_staff_drafts ON public.%1$I AS RESTRICTIVE FOR INSERT TO perisai_staff '
                       'WITH CHECK (EXISTS (SELECT 1 FROM public.incentive_runs r WHERE r.id = %1$I.run_id AND r.status = ''draft''))', t);
        EXECUTE format('CREATE POLICY perisai_staff_drafts_update ON public.%1$I AS RESTRICTIVE FOR UPDATE TO perisai_staff '
                       'USING (EXISTS (SELECT 1 FROM public.incentive_runs r WHERE r.id = %1$I.run_id AND r.status = ''draft''))', t);
        EXECUTE format('CREATE POLICY perisai_staff_drafts_delete ON public.%1$I AS RESTRICTIVE FOR DELETE TO perisai_staff '
                       'USING (EXISTS (SELECT 1 FROM public.incentive_runs r WHERE r.id = %1$I.run_id AND r.status = ''draft''))', t);
    END LOOP;
END
$$;
CREATE POLICY perisai_staff_undecided ON review_cases AS RESTRICTIVE FOR INSERT TO perisai_staff
    WITH CHECK (state IN ('open', 'under_review'));
CREATE POLICY perisai_staff_undecided_update ON review_cases AS RESTRICTIVE FOR UPDATE TO perisai_staff
    USING (true) WITH CHECK (state IN ('open', 'under_review'));

-- Grants -----------------------------------------------------------------------------------------------
-- Every group reads every table (row-level security decides which rows); the writers write what fits them.
DO $$
DECLARE
    t text;
    office_work text[] := ARRAY[
        'app_meta', 'import_batches', 'import_changes', 'wadah', 'agents', 'agent_status_history', 'agent_notes',
        'participants', 'contributions', 'claims', 'targets', 'monev_sessions', 'monev_attendance', 'monev_obstacles',
        'monev_actions', 'monev_action_reviews', 'monev_awards', 'monev_snapshots', 'agreements', 'agreement_documents',
        'review_flags', 'review_cases', 'review_case_participants', 'review_case_notes', 'summary_agent_month',
        'summary_office_month', 'summary_cohort', 'incentive_runs', 'incentive_lines', 'incentive_wadah_lines',
        'incentive_adjustments'];
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('GRANT SELECT ON public.%I TO perisai_admin, perisai_head, perisai_staff, perisai_viewer', t);
    END LOOP;
    FOREACH t IN ARRAY office_work LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON public.%I TO perisai_admin, perisai_head, perisai_staff', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['obstacle_categories'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON public.%I TO perisai_admin, perisai_head', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['offices', 'workforce', 'program_rules', 'users'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON public.%I TO perisai_admin', t);
    END LOOP;
END
$$;
GRANT INSERT ON audit_log TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE perisai_owner IN SCHEMA public
    GRANT SELECT ON TABLES TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE perisai_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE perisai_owner IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION perisai_user_office(), perisai_visible_offices(), perisai_office_parent(BIGINT),
    perisai_agent_office(BIGINT), perisai_wadah_office(BIGINT), perisai_participant_office(BIGINT),
    perisai_session_office(BIGINT), perisai_agreement_office(BIGINT), perisai_run_office(BIGINT),
    perisai_batch_office(BIGINT), perisai_flag_office(TEXT, BIGINT), perisai_case_office(BIGINT),
    perisai_target_office(TEXT, TEXT), perisai_row_office(TEXT, BIGINT),
    perisai_audit_note(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT)
    TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;

-- Users ------------------------------------------------------------------------------------------------
-- A login and its office, for everyone who may see that office (security_invoker: the reader's own
-- policies apply, not the view owner's).
CREATE VIEW perisai_users WITH (security_invoker = true) AS
    SELECT l.role_name, l.full_name,
           COALESCE((SELECT substr(g.rolname, 9) FROM pg_catalog.pg_auth_members m
                     JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                     JOIN pg_catalog.pg_roles u ON u.oid = m.member
                     WHERE u.rolname = l.role_name
                       AND g.rolname IN ('perisai_admin', 'perisai_head', 'perisai_staff', 'perisai_viewer')
                     ORDER BY g.rolname LIMIT 1), '') AS role,
           o.code AS office_code, o.name AS office_name, l.office_id,
           COALESCE((SELECT r.rolcanlogin FROM pg_catalog.pg_roles r WHERE r.rolname = l.role_name), false)
               AND l.disabled_at IS NULL AS active,
           l.created_at, l.created_by, l.disabled_at, l.disabled_by
    FROM perisai_logins l JOIN offices o ON o.id = l.office_id;
GRANT SELECT ON perisai_users TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;

-- Whether the session may manage logins of an office: a superuser or a member of the owner role anywhere,
-- an admin for the offices it sees.
CREATE FUNCTION perisai_may_manage(p_office BIGINT) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'perisai_owner', 'MEMBER')
        OR (pg_has_role(session_user, 'perisai_admin', 'MEMBER') AND p_office = ANY (public.perisai_visible_offices()))
$$;

-- Creates a login in one group for one office. The password arrives as a SCRAM-SHA-256 verifier made by the
-- client: the clear password never reaches the server (nor its statement log).
CREATE FUNCTION perisai_create_user(p_name TEXT, p_group TEXT, p_office_code TEXT, p_verifier TEXT, p_full_name TEXT)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    office bigint;
BEGIN
    IF p_group NOT IN ('admin', 'head', 'staff', 'viewer') THEN
        RAISE EXCEPTION 'unknown role "%" (admin, head, staff or viewer)', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_name !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR p_name LIKE 'perisai\_%' OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION '"%" is not a usable login name (lower-case letters, digits, _ . -)', p_name
            USING ERRCODE = 'invalid_name';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT o.id INTO office FROM public.offices o WHERE o.code = p_office_code;
    IF office IS NULL OR NOT public.perisai_may_manage(office) THEN
        RAISE EXCEPTION 'no office "%" that % may give logins to', p_office_code, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_name) THEN
        RAISE EXCEPTION 'a login "%" already exists on this server', p_name USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_name, p_verifier, 'perisai_' || p_group);
    INSERT INTO public.perisai_logins (role_name, office_id, full_name, created_at, created_by)
    VALUES (p_name, office, NULLIF(p_full_name, ''),
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user);
END
$fn$;

-- Disables a login: it can no longer connect, and its office mapping is closed (it would see nothing).
CREATE FUNCTION perisai_disable_user(p_name TEXT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    office bigint;
BEGIN
    SELECT l.office_id INTO office FROM public.perisai_logins l WHERE l.role_name = p_name;
    IF office IS NULL OR NOT public.perisai_may_manage(office) THEN
        RAISE EXCEPTION 'no login "%" that % may disable', p_name, session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_name = session_user::text THEN
        RAISE EXCEPTION 'a login cannot disable itself' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_name);
    UPDATE public.perisai_logins SET disabled_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        disabled_by = session_user
    WHERE role_name = p_name AND disabled_at IS NULL;
END
$fn$;

-- What the status bar shows, and whether daily work runs with more power than it should.
CREATE FUNCTION perisai_session() RETURNS TABLE (login TEXT, role TEXT, office_code TEXT, office_name TEXT,
                                                  superuser BOOLEAN, owner BOOLEAN)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT session_user::text,
           COALESCE((SELECT substr(g, 9) FROM unnest(ARRAY['perisai_admin', 'perisai_head', 'perisai_staff', 'perisai_viewer']) g
                     WHERE pg_has_role(session_user, g, 'MEMBER') ORDER BY array_position(ARRAY['perisai_admin', 'perisai_head',
                     'perisai_staff', 'perisai_viewer'], g) LIMIT 1), ''),
           o.code, o.name,
           COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false),
           pg_has_role(session_user, 'perisai_owner', 'MEMBER')
    FROM (SELECT 1) one
    LEFT JOIN public.perisai_logins l ON l.role_name = session_user::text AND l.disabled_at IS NULL
    LEFT JOIN public.offices o ON o.id = l.office_id
$$;

REVOKE EXECUTE ON FUNCTION perisai_create_user(TEXT, TEXT, TEXT, TEXT, TEXT), perisai_disable_user(TEXT),
    perisai_may_manage(BIGINT), perisai_session() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION perisai_create_user(TEXT, TEXT, TEXT, TEXT, TEXT), perisai_disable_user(TEXT),
    perisai_may_manage(BIGINT) TO perisai_admin;
GRANT EXECUTE ON FUNCTION perisai_session() TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
