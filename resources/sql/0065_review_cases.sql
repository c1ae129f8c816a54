-- Review cases: each fraud signal of an agent and each participant flag becomes a case a person decides.
-- open -> under_review -> cleared (with a reason) or confirmed. The participants a case names are its
-- evidence; those of a confirmed case count for nothing in incentives.
CREATE TABLE review_cases (
    id           {{pk}},
    kind         TEXT NOT NULL,   -- a signal kind (first_payment_only ...) or a review_flags kind
    source       TEXT NOT NULL CHECK (source IN ('signal', 'flag')),
    agent_id     BIGINT REFERENCES agents (id),
    flag_id      BIGINT REFERENCES review_flags (id),
    period_from  INTEGER NOT NULL,
    period_to    INTEGER NOT NULL,
    value        DOUBLE PRECISION NOT NULL DEFAULT 0,
    baseline     DOUBLE PRECISION NOT NULL DEFAULT 0,
    count        BIGINT NOT NULL DEFAULT 0,
    detail       TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'under_review', 'cleared', 'confirmed')),
    reason       TEXT,
    decided_by   TEXT,
    decided_at   TEXT,
    opened_at    TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX review_cases_agent ON review_cases (agent_id, kind, state);
CREATE INDEX review_cases_state ON review_cases (state, kind);
CREATE UNIQUE INDEX review_cases_flag ON review_cases (flag_id);

CREATE TABLE review_case_participants (
    case_id        BIGINT NOT NULL REFERENCES review_cases (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    PRIMARY KEY (case_id, participant_id)
);
CREATE INDEX review_case_participants_participant ON review_case_participants (participant_id, case_id);

CREATE TABLE review_case_notes (
    id         {{pk}},
    case_id    BIGINT NOT NULL REFERENCES review_cases (id),
    written_at TEXT NOT NULL,
    author     TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX review_case_notes_case ON review_case_notes (case_id, written_at);
