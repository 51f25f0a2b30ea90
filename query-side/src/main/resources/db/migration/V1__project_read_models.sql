-- Read models of the query side. Every table is named after the question it answers and is written
-- only by the projection of the project event stream (Kafka topic edutrack.project-events.v1).
-- Rows are replaced or added in the same transaction as the projection position (project_summary.version),
-- so a read model never shows half an event.

-- "Where does project X stand?" and "which projects of jurisdiction J are at stage S?"
create table project_summary (
    project_id                  varchar(50)   primary key,
    track                       varchar(20)   not null,
    kind                        varchar(40)   not null,
    title                       text          not null,
    jurisdiction                varchar(200)  not null,
    owner_organisation          varchar(100)  not null,
    responsible_person          varchar(100)  not null,
    plan_reference              text,
    status                      varchar(30)   not null,
    -- the status to return to when a suspended project is resumed
    status_before_suspension    varchar(30),

    registered_on               date          not null,
    approved_on                 date,
    funded_on                   date,          -- first allocation
    construction_started_on     date,
    completed_on                date,
    handed_over_on              date,
    acceptance_failed_on        date,          -- latest failed inspection
    accepted_on                 date,
    in_service_on               date,
    suspended_on                date,          -- latest suspension
    resumed_on                  date,          -- latest resumption
    cancelled_on                date,
    launched_on                 date,
    evaluated_on                date,
    concluded_on                date,
    applied_on                  date,
    granted_on                  date,
    rejected_on                 date,
    site_decommissioned_on      date,

    approving_body              text,
    approval_document           text,
    scope                       text,
    planned_start               date,
    planned_completion          date,

    approved_budget             numeric(15, 2),
    allocated_total             numeric(17, 2) not null default 0,

    percent_complete            integer,
    progress_reported_on        date,
    -- sequence of the progress report in force: a correction only counts when it corrects that report
    progress_sequence           bigint,
    contractor                  text,

    planned_places              integer       not null,
    planned_streams             integer       not null,
    planned_classes             integer       not null,
    delivered_places            integer,
    delivered_streams           integer,
    delivered_classes           integer,
    floor_area_square_metres    numeric(12, 2),
    places_removed              integer       not null default 0,
    first_enrolment             integer,

    acceptance_failures         integer       not null default 0,
    latest_rectification_deadline date,

    participating_units         integer,
    evaluation_rating           text,
    evaluation_passed           boolean,
    designation                 text,
    designation_level           text,

    last_event_on               date          not null,
    last_recorded_at            timestamptz   not null,
    -- projection position: sequence number of the last event applied to this project
    version                     bigint        not null
);

-- prefix search "this jurisdiction and those below it" (jurisdiction = :code or like ':code/%')
create index project_summary_jurisdiction_idx on project_summary (jurisdiction text_pattern_ops);
create index project_summary_status_idx on project_summary (status);
create index project_summary_track_idx on project_summary (track);
create index project_summary_last_event_on_idx on project_summary (last_event_on);

-- "How much money has project X received, from which source?"
create table project_funding_by_source (
    project_id      varchar(50)    not null references project_summary (project_id),
    source          varchar(40)    not null,
    amount          numeric(17, 2) not null,
    allocations     integer        not null,
    primary key (project_id, source)
);

-- "What happened to project X, in order, who recorded it and when?"
create table project_timeline (
    project_id      varchar(50)   not null references project_summary (project_id),
    sequence        bigint        not null,
    event_id        uuid          not null unique,
    event_type      varchar(100)  not null,
    business_date   date          not null,
    recorded_at     timestamptz   not null,
    summary         text          not null,
    payload         jsonb         not null,
    primary key (project_id, sequence)
);

-- "Which records could not be projected, and why?" Gaps, conflicts and poison messages; operators read
-- these. A gap is resolved when the missing events arrive and the project catches up.
create table projection_anomaly (
    id                  bigserial     primary key,
    kind                varchar(30)   not null,
    project_id          varchar(200),
    expected_sequence   bigint,
    received_sequence   bigint,
    event_id            varchar(200),
    event_type          varchar(200),
    detail              text          not null,
    kafka_topic         varchar(250)  not null,
    kafka_partition     integer       not null,
    kafka_offset        bigint        not null,
    detected_at         timestamptz   not null,
    resolved_at         timestamptz,
    -- a record re-read after a restart is not reported twice
    unique (kafka_topic, kafka_partition, kafka_offset, kind)
);

create index projection_anomaly_open_idx on projection_anomaly (project_id) where resolved_at is null;
