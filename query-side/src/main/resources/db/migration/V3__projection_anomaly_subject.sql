-- Anomalies are now recorded for two topics: the project topic (subject = project id) and the plan topic
-- (subject = plan id or jurisdiction code). The column that named the project names the event's subject.
alter table projection_anomaly rename column project_id to subject;
alter index projection_anomaly_open_idx rename to projection_anomaly_open_subject_idx;
comment on column projection_anomaly.subject is
    'the record''s subject (ce_subject, else its key): a project id, a plan id or a jurisdiction code';
