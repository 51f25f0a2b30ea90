-- Idempotency keys serve plan and jurisdiction commands too: the subject may be a plan id or a
-- jurisdiction code (up to 200 characters), and a repeated definition answers "nothing recorded".
-- Rows written before this migration name a project in project_id and recorded an event.
ALTER TABLE command_idempotency ADD COLUMN subject VARCHAR(255);
ALTER TABLE command_idempotency ADD COLUMN recorded BOOLEAN;
