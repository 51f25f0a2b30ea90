-- Tamper evidence (cn.edutrack.command.audit): a hash chain per aggregate over the stored event rows, and
-- checkpoints (Merkle roots over every aggregate's head) that can be exported to a file kept outside the system.

-- One seal per row of domainevententry, written in the transaction that appends the row.
-- hash = hex(SHA-256(previous_hash bytes (32 zero bytes for sequence 0) || canonical encoding of the row)).
CREATE TABLE event_seal (
    global_index     BIGINT      PRIMARY KEY,
    aggregate_id     TEXT        NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    event_identifier TEXT        NOT NULL,
    hash             CHAR(64)    NOT NULL,
    previous_hash    CHAR(64),
    sealed_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (aggregate_id, sequence_number)
);
-- verification finds the seal of a row that was stored again under another global index by its event identifier
CREATE INDEX event_seal_event_identifier ON event_seal (event_identifier);

-- Where sealing began: rows up to this global index were stored before seals existed and are sealed by the
-- start-up sweep; any later row without a seal was not appended by the application and is never sealed, only
-- reported (UNSEALED).
CREATE TABLE audit_seal_origin (
    singleton                 BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    legacy_up_to_global_index BIGINT      NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO audit_seal_origin (legacy_up_to_global_index)
SELECT coalesce(max(globalindex), 0) FROM domainevententry;

CREATE TABLE audit_checkpoint (
    id                  BIGSERIAL   PRIMARY KEY,
    created_at          TIMESTAMPTZ NOT NULL,
    up_to_global_index  BIGINT      NOT NULL,
    aggregate_count     INTEGER     NOT NULL,
    event_count         BIGINT      NOT NULL,
    merkle_root         CHAR(64)    NOT NULL,
    created_by          TEXT        NOT NULL
);

-- The leaves of a checkpoint: every aggregate's head (last sealed sequence number and its hash).
CREATE TABLE audit_checkpoint_leaf (
    checkpoint_id   BIGINT   NOT NULL REFERENCES audit_checkpoint (id),
    aggregate_id    TEXT     NOT NULL,
    sequence_number BIGINT   NOT NULL,
    hash            CHAR(64) NOT NULL,
    PRIMARY KEY (checkpoint_id, aggregate_id)
);
