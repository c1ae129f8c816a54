-- Contributions partitioned by year on a server (declarative partitioning, RANGE on period = YYYYMM).
-- A province writes about four million contribution rows a year; one table per year keeps each year's
-- indexes small, lets a month's queries touch one partition, and lets an old year be detached and archived
-- (ALTER TABLE contributions DETACH PARTITION contributions_2019, then pg_dump it; see docs/scaling.md)
-- without a long DELETE. The primary key (period, participant_id) already holds the partition key.
--
-- Years get their partition from perisai_contribution_partitions() (imports and the demo call it for the
-- months they write); a row of a year without one lands in contributions_default, and is moved into the
-- year's own partition when that partition is made.

ALTER TABLE contributions RENAME TO contributions_unpartitioned;
-- Its indexes (and the primary key's, whatever an earlier migration named it) step aside for the new table's.
DO $$
DECLARE
    i record;
BEGIN
    FOR i IN SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
             WHERE x.indrelid = 'public.contributions_unpartitioned'::regclass LOOP
        EXECUTE format('ALTER INDEX public.%I RENAME TO %I', i.relname, 'old_' || i.relname);
    END LOOP;
END
$$;

CREATE TABLE contributions (
    period         INTEGER NOT NULL,
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    amount         BIGINT NOT NULL,
    paid_on        DATE,
    channel        TEXT,
    batch_id       BIGINT,
    PRIMARY KEY (period, participant_id)
) PARTITION BY RANGE (period);
CREATE INDEX contributions_participant ON contributions (participant_id, period);
CREATE INDEX contributions_paid ON contributions (paid_on, participant_id, amount);
CREATE TABLE contributions_default PARTITION OF contributions DEFAULT;
REVOKE ALL ON contributions_default FROM perisai_admin, perisai_head, perisai_staff, perisai_viewer;

-- Makes the partitions of the years from p_from to p_to (YYYYMM) that do not exist yet, moving any rows of
-- those years out of the default partition. Runs as the owner; partitions are reached only through
-- contributions, whose row-level security and audit apply, so the groups get no rights on them.
CREATE FUNCTION perisai_contribution_partitions(p_from INTEGER, p_to INTEGER) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    y integer;
    part text;
    made integer := 0;
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to OR p_from < 190001 OR p_to > 299912 THEN
        RAISE EXCEPTION 'contribution months out of range: % to %', p_from, p_to;
    END IF;
    FOR y IN (p_from / 100) .. (p_to / 100) LOOP
        part := 'contributions_' || y;
        CONTINUE WHEN to_regclass('public.' || part) IS NOT NULL;
        -- Two sessions making the same year: the second waits here and then finds it made.
        PERFORM pg_advisory_xact_lock(hashtext('perisai_contribution_partitions'), y);
        CONTINUE WHEN to_regclass('public.' || part) IS NOT NULL;
        EXECUTE format('CREATE TABLE public.%I (LIKE public.contributions INCLUDING DEFAULTS)', part);
        EXECUTE format('WITH moved AS (DELETE FROM public.contributions_default WHERE period >= $1 AND period < $2 '
                       'RETURNING *) INSERT INTO public.%I SELECT * FROM moved', part)
            USING y * 100, (y + 1) * 100;
        EXECUTE format('ALTER TABLE public.contributions ATTACH PARTITION public.%I FOR VALUES FROM (%s) TO (%s)',
                       part, y * 100, (y + 1) * 100);
        EXECUTE format('REVOKE ALL ON public.%I FROM perisai_admin, perisai_head, perisai_staff, perisai_viewer', part);
        made := made + 1;
    END LOOP;
    RETURN made;
END
$fn$;
GRANT EXECUTE ON FUNCTION perisai_contribution_partitions(INTEGER, INTEGER) TO perisai_admin, perisai_head, perisai_staff;

-- The years that hold data, and the years around today that imports will write next.
SELECT perisai_contribution_partitions(
    LEAST(COALESCE((SELECT MIN(period) FROM contributions_unpartitioned), 999912),
          (EXTRACT(YEAR FROM CURRENT_DATE)::integer - 3) * 100 + 1),
    GREATEST(COALESCE((SELECT MAX(period) FROM contributions_unpartitioned), 0),
             (EXTRACT(YEAR FROM CURRENT_DATE)::integer + 1) * 100 + 12));
INSERT INTO contributions (period, participant_id, amount, paid_on, channel, batch_id)
    SELECT period, participant_id, amount, paid_on, channel, batch_id FROM contributions_unpartitioned;
DROP TABLE contributions_unpartitioned;

-- What 0071 gave the table it replaces: grants, row-level security and the server's audit.
GRANT SELECT ON contributions TO perisai_admin, perisai_head, perisai_staff, perisai_viewer;
GRANT INSERT, UPDATE, DELETE ON contributions TO perisai_admin, perisai_head, perisai_staff;
ALTER TABLE contributions ENABLE ROW LEVEL SECURITY;
ALTER TABLE contributions FORCE ROW LEVEL SECURITY;
CREATE POLICY perisai_owner_all ON contributions TO perisai_owner USING (true) WITH CHECK (true);
CREATE POLICY perisai_office ON contributions TO perisai_admin, perisai_head, perisai_staff, perisai_viewer
    USING (EXISTS (SELECT 1 FROM participants p WHERE p.id = contributions.participant_id))
    WITH CHECK (EXISTS (SELECT 1 FROM participants p WHERE p.id = contributions.participant_id));
CREATE TRIGGER perisai_audit_insert AFTER INSERT ON contributions REFERENCING NEW TABLE AS perisai_new
    FOR EACH STATEMENT EXECUTE FUNCTION perisai_audit_rows('participant_id', 'period,participant_id',
        'public.perisai_participant_office((r->>''participant_id'')::bigint)', '');
CREATE TRIGGER perisai_audit_update AFTER UPDATE ON contributions REFERENCING OLD TABLE AS perisai_old
    NEW TABLE AS perisai_new
    FOR EACH STATEMENT EXECUTE FUNCTION perisai_audit_rows('participant_id', 'period,participant_id',
        'public.perisai_participant_office((r->>''participant_id'')::bigint)', '');
CREATE TRIGGER perisai_audit_delete AFTER DELETE ON contributions REFERENCING OLD TABLE AS perisai_old
    FOR EACH STATEMENT EXECUTE FUNCTION perisai_audit_rows('participant_id', 'period,participant_id',
        'public.perisai_participant_office((r->>''participant_id'')::bigint)', '');
