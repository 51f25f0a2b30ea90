-- Who recorded each event: the CloudEvents extension headers ce_actorid, ce_actorrole, ce_actororganisation and
-- ce_actorjurisdiction of its Kafka record, as received. Events recorded before users existed carry none: null.
alter table project_timeline
    add column actor_user_id       text,
    add column actor_role          text,
    add column actor_organisation  text,
    add column actor_jurisdiction  text;

alter table plan_timeline
    add column actor_user_id       text,
    add column actor_role          text,
    add column actor_organisation  text,
    add column actor_jurisdiction  text;

-- "How often was the project's responsible party summoned (约谈), and when last?"
alter table project_summary
    add column summonses           integer not null default 0,
    add column last_summoned_on    date;

-- "Which rectification orders (责令整改) does project X have, which are still open, by when must they be rectified?"
-- One row per order (RectificationOrdered), changed by the re-checks of it (RecheckRecorded): RECTIFIED closes it,
-- NOT_RECTIFIED with a new deadline moves the deadline. The history is in project_timeline.
create table rectification_order (
    project_id              varchar(50)   not null references project_summary (project_id),
    order_number            integer       not null,
    ordered_on              date          not null,
    issuing_body            text          not null,
    findings                text          not null,
    -- the deadline in force (moved by a NOT_RECTIFIED re-check with a new deadline) and the one first set
    deadline                date          not null,
    original_deadline       date          not null,
    status                  varchar(20)   not null,    -- OPEN, RECTIFIED
    closed_on               date,                      -- business date of the RECTIFIED re-check
    rechecks                integer       not null default 0,
    last_recheck_on         date,
    last_recheck_result     varchar(20),
    last_recheck_findings   text,
    -- the project's sequence of the order event (the position it was applied at)
    ordered_sequence        bigint        not null,
    primary key (project_id, order_number)
);

create index rectification_order_open_idx on rectification_order (deadline) where status = 'OPEN';
