-- Perisai Desk schema, version 1. Written once for SQLite and PostgreSQL.
-- Tokens replaced by the dialect: {{pk}} identity primary key, {{blob}} binary, {{without_rowid}}.
-- Dates are DATE ('YYYY-MM-DD'); months are INTEGER YYYYMM; timestamps are TEXT ISO 8601 UTC;
-- money is BIGINT rupiah; flags are INTEGER 0/1. Rows that users edit carry `version` for conflict checks.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id         {{pk}},
    login      TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('admin', 'head', 'staff', 'viewer')),
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id         {{pk}},
    at         TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'status', 'import', 'undo')),
    table_name TEXT NOT NULL,
    row_id     BIGINT,
    summary    TEXT,
    before     TEXT,
    after      TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

-- Offices form a tree: kanwil (region) -> kc (branch) -> kcp (sub-branch).
CREATE TABLE offices (
    id         {{pk}},
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('kanwil', 'kc', 'kcp')),
    parent_id  BIGINT REFERENCES offices (id),
    region     TEXT,            -- regency/province name, matches workforce.region
    address    TEXT,
    head_name  TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE import_batches (
    id             {{pk}},
    kind           TEXT NOT NULL,
    source_file    TEXT NOT NULL,
    file_sha256    TEXT,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    rows_total     INTEGER NOT NULL DEFAULT 0,
    rows_inserted  INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone', 'failed')),
    user_name      TEXT NOT NULL,
    undone_at      TEXT,
    note           TEXT
);

-- What an import changed, so that the batch can be undone: before is the row as JSON, NULL for an insert.
CREATE TABLE import_changes (
    batch_id   BIGINT NOT NULL REFERENCES import_batches (id),
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    before     TEXT
);
CREATE INDEX import_changes_batch ON import_changes (batch_id);

CREATE TABLE wadah (
    id            {{pk}},
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'komunitas',  -- koperasi, komunitas, bumdes, kantor_perisai, serikat, lainnya
    address       TEXT,
    village       TEXT,
    office_id     BIGINT NOT NULL REFERENCES offices (id), -- the KCP (or KC) that supervises it
    supervisor    TEXT,            -- the branch's Pembina Perisai
    leader_name   TEXT,
    phone         TEXT,
    partner_bank  TEXT,
    legal_status  TEXT,            -- badan hukum or not
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    notes         TEXT,
    batch_id      BIGINT REFERENCES import_batches (id),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE agents (
    id                 {{pk}},
    code               TEXT NOT NULL UNIQUE,
    nik                TEXT NOT NULL,
    name               TEXT NOT NULL,
    sex                TEXT CHECK (sex IN ('L', 'P')),
    birth_date         DATE,
    phone              TEXT,
    address            TEXT,
    wadah_id           BIGINT REFERENCES wadah (id),
    office_id          BIGINT NOT NULL REFERENCES offices (id),
    joined_on          DATE,
    bank               TEXT,
    account_no         TEXT,
    kpj                TEXT,            -- the agent's own participant number (must be a BPU participant)
    is_bpu_participant INTEGER NOT NULL DEFAULT 0,
    has_account        INTEGER NOT NULL DEFAULT 0,
    has_device         INTEGER NOT NULL DEFAULT 0,
    is_agency_employee INTEGER NOT NULL DEFAULT 0,
    briefed_on         DATE,
    status             TEXT NOT NULL DEFAULT 'candidate'
                       CHECK (status IN ('candidate', 'active', 'inactive', 'dismissed')),
    status_since       DATE,
    notes              TEXT,
    batch_id           BIGINT REFERENCES import_batches (id),
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX agents_nik ON agents (nik);
CREATE INDEX agents_wadah ON agents (wadah_id);
CREATE INDEX agents_office ON agents (office_id);

CREATE TABLE agent_status_history (
    id         {{pk}},
    agent_id   BIGINT NOT NULL REFERENCES agents (id),
    status     TEXT NOT NULL,
    from_date  DATE NOT NULL,
    reason     TEXT,
    automatic  INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX agent_status_history_agent ON agent_status_history (agent_id, from_date);

CREATE TABLE agent_notes (
    id        {{pk}},
    agent_id  BIGINT NOT NULL REFERENCES agents (id),
    written_on DATE NOT NULL,
    author    TEXT NOT NULL,
    text      TEXT NOT NULL
);

CREATE TABLE participants (
    id              {{pk}},
    kpj             TEXT NOT NULL UNIQUE,   -- member number
    nik             TEXT NOT NULL,
    name            TEXT NOT NULL,
    birth_date      DATE,
    sex             TEXT CHECK (sex IN ('L', 'P')),
    phone           TEXT,
    occupation      TEXT,
    program         TEXT NOT NULL CHECK (program IN ('JKK+JKM', 'JKK+JKM+JHT')),
    declared_income BIGINT,
    registered_on   DATE NOT NULL,
    reg_period      INTEGER NOT NULL,       -- YYYYMM of registered_on, for grouping
    agent_id        BIGINT REFERENCES agents (id), -- NULL: came through another channel
    office_id       BIGINT NOT NULL REFERENCES offices (id),
    batch_id        BIGINT REFERENCES import_batches (id),
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX participants_nik ON participants (nik);
CREATE INDEX participants_agent ON participants (agent_id, reg_period);
CREATE INDEX participants_office ON participants (office_id, reg_period);
CREATE INDEX participants_phone ON participants (phone);

-- One row per participant and contribution month paid. Keyed by month first: the indicators read a month at a time.
CREATE TABLE contributions (
    period         INTEGER NOT NULL,        -- the month the contribution covers, YYYYMM
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    amount         BIGINT NOT NULL,
    paid_on        DATE,
    channel        TEXT,                    -- agen, bank, kantor, online, ...
    batch_id       BIGINT REFERENCES import_batches (id),
    PRIMARY KEY (period, participant_id)
) {{without_rowid}};
CREATE INDEX contributions_participant ON contributions (participant_id, period);

CREATE TABLE claims (
    id             {{pk}},
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    program        TEXT NOT NULL CHECK (program IN ('JKK', 'JKM', 'JHT')),
    claim_date     DATE NOT NULL,
    amount         BIGINT NOT NULL,
    case_type      TEXT,
    batch_id       BIGINT REFERENCES import_batches (id),
    UNIQUE (participant_id, program, claim_date)
);

-- Targets: month 0 means the whole year. level: cabang (branch), kcp, wadah, agen; code: the office/wadah/agent code.
CREATE TABLE targets (
    id       {{pk}},
    year     INTEGER NOT NULL,
    month    INTEGER NOT NULL DEFAULT 0 CHECK (month BETWEEN 0 AND 12),
    level    TEXT NOT NULL CHECK (level IN ('cabang', 'kcp', 'wadah', 'agen')),
    code     TEXT NOT NULL,
    target   BIGINT NOT NULL,
    batch_id BIGINT REFERENCES import_batches (id),
    UNIQUE (year, month, level, code)
);

-- Reference figures per region and year (e.g. from BPS), entered or imported.
CREATE TABLE workforce (
    id                 {{pk}},
    region             TEXT NOT NULL,
    year               INTEGER NOT NULL,
    labour_force       BIGINT,
    informal_workers   BIGINT,
    working_population BIGINT,
    batch_id           BIGINT REFERENCES import_batches (id),
    UNIQUE (region, year)
);

-- Date-effective program rules (incentives, contribution brackets, deactivation): data, not code.
CREATE TABLE program_rules (
    id           {{pk}},
    rule         TEXT NOT NULL,
    valid_from   DATE NOT NULL,
    valid_to     DATE,
    value        TEXT NOT NULL,   -- JSON
    source       TEXT,
    UNIQUE (rule, valid_from)
);

CREATE TABLE monev_sessions (
    id              {{pk}},
    title           TEXT NOT NULL,
    held_on         DATE NOT NULL,
    starts_at       TEXT,
    place           TEXT,
    scope_level     TEXT NOT NULL DEFAULT 'branch' CHECK (scope_level IN ('branch', 'kcp', 'wadah')),
    office_id       BIGINT REFERENCES offices (id),
    wadah_id        BIGINT REFERENCES wadah (id),
    facilitator     TEXT,
    agenda          TEXT,
    review_from     INTEGER,         -- YYYYMM: the period whose results are reviewed
    review_to       INTEGER,
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'closed', 'cancelled')),
    summary         TEXT,
    snapshot_taken_at TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE monev_attendance (
    session_id BIGINT NOT NULL REFERENCES monev_sessions (id),
    agent_id   BIGINT NOT NULL REFERENCES agents (id),
    attendance TEXT NOT NULL DEFAULT 'invited' CHECK (attendance IN ('invited', 'present', 'excused', 'absent')),
    note       TEXT,
    PRIMARY KEY (session_id, agent_id)
);
CREATE INDEX monev_attendance_agent ON monev_attendance (agent_id);

CREATE TABLE obstacle_categories (
    id         {{pk}},
    code       TEXT NOT NULL UNIQUE,
    name_id    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE monev_obstacles (
    id          {{pk}},
    session_id  BIGINT NOT NULL REFERENCES monev_sessions (id),
    agent_id    BIGINT REFERENCES agents (id),
    category_id BIGINT REFERENCES obstacle_categories (id),
    description TEXT NOT NULL,
    solution    TEXT,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE monev_actions (
    id          {{pk}},
    session_id  BIGINT NOT NULL REFERENCES monev_sessions (id), -- where it was agreed
    obstacle_id BIGINT REFERENCES monev_obstacles (id),
    description TEXT NOT NULL,
    owner       TEXT,
    due_on      DATE,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_on     DATE,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX monev_actions_status ON monev_actions (status, due_on);

-- Each later session that reviewed an action, and what was said.
CREATE TABLE monev_action_reviews (
    action_id  BIGINT NOT NULL REFERENCES monev_actions (id),
    session_id BIGINT NOT NULL REFERENCES monev_sessions (id),
    status     TEXT NOT NULL,
    note       TEXT,
    PRIMARY KEY (action_id, session_id)
);

CREATE TABLE monev_awards (
    id         {{pk}},
    session_id BIGINT NOT NULL REFERENCES monev_sessions (id),
    category   TEXT NOT NULL,   -- top_acquisition, best_retention, best_newcomer, most_improved
    agent_id   BIGINT NOT NULL REFERENCES agents (id),
    rank       INTEGER NOT NULL DEFAULT 1,
    value      DOUBLE PRECISION,
    confirmed  INTEGER NOT NULL DEFAULT 0,
    note       TEXT,
    UNIQUE (session_id, category, rank)
);

-- Each agent's figures for the review period, frozen when the session is held.
CREATE TABLE monev_snapshots (
    session_id       BIGINT NOT NULL REFERENCES monev_sessions (id),
    agent_id         BIGINT NOT NULL REFERENCES agents (id),
    acquisitions     INTEGER NOT NULL DEFAULT 0,
    prev_acquisitions INTEGER NOT NULL DEFAULT 0,
    active_recruits  INTEGER NOT NULL DEFAULT 0,
    target           INTEGER NOT NULL DEFAULT 0,
    retention_3m     DOUBLE PRECISION,
    collected        BIGINT NOT NULL DEFAULT 0,
    rank             INTEGER,
    PRIMARY KEY (session_id, agent_id)
);

CREATE TABLE agreements (
    id                   {{pk}},
    wadah_id             BIGINT NOT NULL REFERENCES wadah (id),
    number               TEXT NOT NULL UNIQUE,
    signed_on            DATE,
    starts_on            DATE NOT NULL,
    ends_on              DATE NOT NULL,
    signatory_branch     TEXT,
    signatory_wadah      TEXT,
    target_participants  INTEGER,
    min_monthly_target   INTEGER,
    partner_bank         TEXT,
    status               TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'active', 'renewed', 'terminated')),
    previous_id          BIGINT REFERENCES agreements (id),
    terminated_on        DATE,
    termination_reason   TEXT,
    term_override_reason TEXT,
    notes                TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX agreements_wadah ON agreements (wadah_id, starts_on);

CREATE TABLE agreement_documents (
    id           {{pk}},
    agreement_id BIGINT NOT NULL REFERENCES agreements (id),
    file_name    TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    content      {{blob}} NOT NULL,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL
);

-- Signals raised for a person to review; never verdicts.
CREATE TABLE review_flags (
    id           {{pk}},
    kind         TEXT NOT NULL,   -- duplicate_nik, reregistered_after_lapse, invalid_nik, shared_phone, first_payment_only
    subject      TEXT NOT NULL,   -- participant, agent, wadah
    subject_id   BIGINT,
    detail       TEXT NOT NULL,
    batch_id     BIGINT REFERENCES import_batches (id),
    raised_at    TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed', 'dismissed')),
    reviewed_by  TEXT,
    review_note  TEXT
);
CREATE INDEX review_flags_kind ON review_flags (kind, status);

-- Summaries the dashboards read, brought up to date for the months an import or the demo touched.
-- Per agent and month: acquisitions (by registration month), recruits paid up for the month, collected.
CREATE TABLE summary_agent_month (
    agent_id        BIGINT NOT NULL,
    period          INTEGER NOT NULL,
    acquisitions    INTEGER NOT NULL DEFAULT 0,
    active_recruits INTEGER NOT NULL DEFAULT 0,
    collected       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (agent_id, period)
);
CREATE INDEX summary_agent_month_period ON summary_agent_month (period);

-- Per office (KCP or KC where participants are registered), month and channel ('perisai' or 'other').
CREATE TABLE summary_office_month (
    office_id    BIGINT NOT NULL,
    period       INTEGER NOT NULL,
    channel      TEXT NOT NULL,
    acquisitions INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 0,
    collected    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (office_id, period, channel)
);

-- Retention cohorts: participants registered in `cohort` (YYYYMM) through `agent_id` (0: other channels)
-- that paid for month `period` = cohort + k.
CREATE TABLE summary_cohort (
    office_id BIGINT NOT NULL,
    agent_id  BIGINT NOT NULL,
    cohort    INTEGER NOT NULL,
    k         INTEGER NOT NULL,
    period    INTEGER NOT NULL,
    paid      INTEGER NOT NULL,
    PRIMARY KEY (office_id, agent_id, cohort, k)
);
CREATE INDEX summary_cohort_period ON summary_cohort (period);
