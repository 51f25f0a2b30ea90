-- Why and in which request each event was recorded: the CloudEvents extension headers ce_comment (the user's own
-- words), ce_requestid (the HTTP request), ce_causationid (the command message) and ce_correlationid (the id shared
-- by every message of one piece of work) of its Kafka record, as received. Events recorded before they existed
-- carry none: null.
alter table project_timeline
    add column comment              text,
    add column request_id           text,
    add column causation_id         text,
    add column correlation_id       text,
    -- the sequence this event corrects: an EventCorrected's correctedSequence (always an original event, never another
    -- correction), or a ProgressReported's correctsSequence (a report corrected by a later report)
    add column corrects_sequence    bigint;

alter table plan_timeline
    add column comment              text,
    add column request_id           text,
    add column causation_id         text,
    add column correlation_id       text;

update project_timeline set corrects_sequence = cast(payload ->> 'correctsSequence' as bigint)
where event_type = 'cn.edutrack.project.progress-reported.v1' and payload ->> 'correctsSequence' is not null;

-- "Which later events correct event N of project X?"
create index project_timeline_corrects_idx on project_timeline (project_id, corrects_sequence)
    where corrects_sequence is not null;

-- "What happened to project X, as we know it now?" Every event but the corrections, each in the version of its latest
-- correction (EventCorrected): its business date and payload as corrected. The type never changes (a correction
-- carries an event of the corrected one's type). What the figures that read the history (failed inspections,
-- re-checks, the latest news of a project) count, so that a correction counts there as everywhere else.
create view project_effective_timeline as
select t.project_id, t.sequence, t.event_id, t.event_type,
    coalesce(cast(c.corrected ->> 'businessDate' as date), t.business_date) as business_date,
    t.recorded_at,
    coalesce(c.corrected, t.payload) as payload
from project_timeline t
left join lateral (
    select x.payload -> 'corrected' as corrected
    from project_timeline x
    where x.project_id = t.project_id and x.corrects_sequence = t.sequence
      and x.event_type = 'cn.edutrack.project.event-corrected.v1'
    order by x.sequence desc
    limit 1) c on true
where t.event_type <> 'cn.edutrack.project.event-corrected.v1';
