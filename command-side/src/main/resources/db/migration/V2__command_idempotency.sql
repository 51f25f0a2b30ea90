-- One row per Idempotency-Key: written in the same transaction as the events the request appended,
-- so a retried request finds either nothing (the first attempt left nothing) or the first result.
CREATE TABLE command_idempotency (
    idempotency_key     VARCHAR(200) PRIMARY KEY,
    request_fingerprint VARCHAR(64)  NOT NULL,
    http_status         INTEGER,
    project_id          VARCHAR(64),
    version             BIGINT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
