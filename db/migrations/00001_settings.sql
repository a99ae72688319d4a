-- +goose Up
-- Non-secret settings as key/value pairs (language, theme, connection sites and ids).
-- Secrets never live here: they go to the OS keychain.
CREATE TABLE app_settings (
    key        TEXT    PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value      TEXT    NOT NULL CHECK (length(value) <= 4000),
    updated_at INTEGER NOT NULL -- unix ms, UTC
) STRICT;

-- +goose Down
DROP TABLE app_settings;
