-- +goose Up
-- One row per usage-sync run (preview-then-push, scheduled or command line). A run that
-- never reaches finished_at was killed; the next run marks it 'interrupted'.
CREATE TABLE usage_sync_runs (
    id           INTEGER PRIMARY KEY,
    month        TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    trigger_kind TEXT    NOT NULL CHECK (trigger_kind IN ('manual', 'scheduled', 'command_line')),
    actor        TEXT    NOT NULL, -- the OS user
    started_at   INTEGER NOT NULL, -- unix ms
    finished_at  INTEGER,          -- unix ms; NULL while running (or killed)
    result       TEXT    NOT NULL DEFAULT 'running'
                 CHECK (result IN ('running', 'succeeded', 'partial', 'failed', 'cancelled', 'interrupted')),
    created      INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    zeroed       INTEGER NOT NULL DEFAULT 0,
    adopted      INTEGER NOT NULL DEFAULT 0,
    unchanged    INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0,
    conflicts    INTEGER NOT NULL DEFAULT 0, -- changed in ConnectWise since the preview
    failed       INTEGER NOT NULL DEFAULT 0,
    errors       TEXT    NOT NULL DEFAULT '', -- one line per error, for the history page
    CHECK (finished_at IS NULL OR finished_at >= started_at),
    CHECK ((result = 'running') = (finished_at IS NULL) OR result = 'interrupted')
) STRICT;
CREATE INDEX usage_sync_runs_started ON usage_sync_runs (started_at);

-- The addition PSA Bridge manages per (agreement, catalog item): the one it created or
-- updated, or the one the user chose where ConnectWise holds several. From then on that
-- addition id is the only one written for the pair.
CREATE TABLE managed_additions (
    agreement_id    INTEGER NOT NULL CHECK (agreement_id > 0),
    catalog_item_id INTEGER NOT NULL CHECK (catalog_item_id > 0),
    addition_id     INTEGER NOT NULL UNIQUE CHECK (addition_id > 0),
    how             TEXT    NOT NULL CHECK (how IN ('created', 'adopted', 'updated', 'chosen')),
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, catalog_item_id)
) STRICT;

-- Written before an addition is POSTed, resolved after: a create whose answer was lost
-- (timeout, reset, 5xx, kill -9) is settled by re-reading the agreement's additions and
-- adopting the one that appeared, never by posting again.
CREATE TABLE addition_intents (
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES usage_sync_runs (id),
    agreement_id       INTEGER NOT NULL CHECK (agreement_id > 0),
    catalog_item_id    INTEGER NOT NULL CHECK (catalog_item_id > 0),
    quantity           REAL    NOT NULL CHECK (quantity >= 0),
    known_addition_ids TEXT    NOT NULL DEFAULT '[]', -- JSON ids of the agreement's additions before the POST
    started_at         INTEGER NOT NULL,
    outcome            TEXT    CHECK (outcome IN ('created', 'adopted', 'absent', 'ambiguous')),
    addition_id        INTEGER CHECK (addition_id > 0),
    resolved_at        INTEGER,
    CHECK ((outcome IS NULL) = (resolved_at IS NULL)),
    CHECK (outcome NOT IN ('created', 'adopted') OR addition_id IS NOT NULL)
) STRICT;
-- At most one unresolved create per pair: a second POST cannot start while one is in doubt.
CREATE UNIQUE INDEX addition_intents_open ON addition_intents (agreement_id, catalog_item_id) WHERE outcome IS NULL;

-- Usage-sync writes in the history carry their run.
ALTER TABLE cw_write_log ADD COLUMN run_id INTEGER REFERENCES usage_sync_runs (id);
CREATE INDEX cw_write_log_run ON cw_write_log (run_id) WHERE run_id IS NOT NULL;

-- +goose Down
DROP INDEX cw_write_log_run;
ALTER TABLE cw_write_log DROP COLUMN run_id;
DROP TABLE addition_intents;
DROP TABLE managed_additions;
DROP TABLE usage_sync_runs;
