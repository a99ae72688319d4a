-- name: GetSetting :one
SELECT value FROM app_settings WHERE key = ?;

-- name: PutSetting :exec
INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;

-- name: DeleteSetting :exec
DELETE FROM app_settings WHERE key = ?;
