-- Monthly incentive runs per office. A month without a row is a draft nobody has prepared yet; a draft row
-- names its preparer; approval freezes the month's lines (later imports never change them) and paid records
-- the bank's reference. Money is BIGINT rupiah, months INTEGER YYYYMM.
CREATE TABLE incentive_runs (
    id                {{pk}},
    office_id         BIGINT NOT NULL REFERENCES offices (id),
    period            INTEGER NOT NULL,
    rule_id           BIGINT REFERENCES program_rules (id),
    rule_version      TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'paid')),
    agents_total      BIGINT NOT NULL DEFAULT 0,
    shares_total      BIGINT NOT NULL DEFAULT 0,
    tax_total         BIGINT NOT NULL DEFAULT 0,
    total             BIGINT NOT NULL DEFAULT 0,
    payable           BIGINT NOT NULL DEFAULT 0,
    prepared_by       TEXT NOT NULL,
    prepared_at       TEXT NOT NULL,
    approved_by       TEXT,
    approved_at       TEXT,
    paid_by           TEXT,
    paid_at           TEXT,
    paid_on           DATE,
    payment_reference TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (office_id, period)
);

-- Each agent's line as approved. detail: the counts behind it (JSON: by program, by reason, by band).
CREATE TABLE incentive_lines (
    run_id                    BIGINT NOT NULL REFERENCES incentive_runs (id),
    agent_id                  BIGINT NOT NULL REFERENCES agents (id),
    wadah_id                  BIGINT REFERENCES wadah (id),
    new_participants          INTEGER NOT NULL DEFAULT 0,
    not_counted               INTEGER NOT NULL DEFAULT 0,
    acquisition               BIGINT NOT NULL DEFAULT 0,
    contributions_counted     BIGINT NOT NULL DEFAULT 0,
    contributions_not_counted BIGINT NOT NULL DEFAULT 0,
    contribution              BIGINT NOT NULL DEFAULT 0,
    adjustment                BIGINT NOT NULL DEFAULT 0,
    total                     BIGINT NOT NULL DEFAULT 0,
    tax                       BIGINT NOT NULL DEFAULT 0,
    net                       BIGINT NOT NULL DEFAULT 0,
    detail                    TEXT,
    PRIMARY KEY (run_id, agent_id)
);

-- Each wadah's line as approved, with the bank details the transfer went to.
CREATE TABLE incentive_wadah_lines (
    run_id       BIGINT NOT NULL REFERENCES incentive_runs (id),
    wadah_id     BIGINT NOT NULL REFERENCES wadah (id),
    agents_total BIGINT NOT NULL DEFAULT 0,
    share        BIGINT NOT NULL DEFAULT 0,
    share_tax    BIGINT NOT NULL DEFAULT 0,
    receives     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, wadah_id)
);

-- A correction of an approved month (for_period) paid in a later month's run: plus or minus, with its reason.
CREATE TABLE incentive_adjustments (
    id         {{pk}},
    run_id     BIGINT NOT NULL REFERENCES incentive_runs (id),
    agent_id   BIGINT NOT NULL REFERENCES agents (id),
    for_period INTEGER NOT NULL,
    amount     BIGINT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX incentive_adjustments_run ON incentive_adjustments (run_id);
CREATE INDEX incentive_adjustments_agent ON incentive_adjustments (agent_id, for_period);

-- The contribution incentive reads the payments of one month by payment date (a late payment counts in
-- the month it was paid); covering, so the month is an index range read.
CREATE INDEX IF NOT EXISTS contributions_paid ON contributions (paid_on, participant_id, amount);

-- The wadah's account at its partner bank, where the month's incentives are transferred.
ALTER TABLE wadah ADD COLUMN payout_account TEXT;
