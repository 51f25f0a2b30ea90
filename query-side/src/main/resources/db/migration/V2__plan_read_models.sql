-- Read models of plans, their indicators, programmes and targets, and of which project counts towards which
-- target. Written by the projection of the plan event stream (Kafka topic edutrack.plan-events.v1, one
-- position per subject: a plan id or a jurisdiction code) and, for project_plan_assignment and
-- project_contribution, by the projection of the project event stream (ProjectAssignedToPlan). Progress
-- against targets is not stored: it is counted with SQL from these tables and project_summary's milestone
-- dates, so that "as of" any business date works.
--
-- Numbers from plan documents are kept as exact decimals (numeric without a fixed scale) beside the text
-- they were read from (as_written). Flags are JSON arrays of strings, provenance ({quote, ref}) a JSON object.

-- "Which jurisdictions are there, and which lie below J?" (codes are paths: a prefix match finds the subtree)
create table jurisdiction (
    code            varchar(200)  primary key,
    name            text          not null,
    level           varchar(20)   not null,
    parent_code     varchar(200),
    source          jsonb,
    registered_on   date          not null,
    -- projection position of the jurisdiction's stream (sequence of the last event applied)
    version         bigint        not null
);

create index jurisdiction_code_pattern_idx on jurisdiction (code text_pattern_ops);
create index jurisdiction_parent_idx on jurisdiction (parent_code);

-- "Which plans does jurisdiction J (and those below it) have, for which period?"
create table plan (
    plan_id         varchar(80)   primary key,
    jurisdiction    varchar(200)  not null,
    title           text          not null,
    type            varchar(30)   not null,
    period_from     integer       not null,
    period_to       integer       not null,
    baseline_year   integer,
    issuer          text,
    document_number text,
    published       date,
    flags           jsonb         not null default '[]',
    source          jsonb,
    registered_on   date          not null,
    last_event_on   date          not null,
    last_recorded_at timestamptz  not null,
    -- projection position of the plan's stream (sequence of the last event applied)
    version         bigint        not null
);

create index plan_jurisdiction_pattern_idx on plan (jurisdiction text_pattern_ops);

-- "What happened to plan P (or jurisdiction J), in order?" One row per applied event of the plan topic; it
-- also tells a re-delivery (same event id) from another event claiming an applied sequence.
create table plan_timeline (
    subject         varchar(200)  not null,
    sequence        bigint        not null,
    event_id        uuid          not null unique,
    event_type      varchar(100)  not null,
    business_date   date          not null,
    recorded_at     timestamptz   not null,
    summary         text          not null,
    payload         jsonb         not null,
    primary key (subject, sequence)
);

-- "Which indicators does plan P have, with what baseline and target?" The target is the current one;
-- revisions counts the IndicatorTargetRevised events (their payloads are in plan_timeline).
create table plan_indicator (
    plan_id             varchar(80)   not null,
    indicator_id        varchar(80)   not null,
    name                text          not null,
    unit                text,
    attribute           varchar(20)   not null,
    concept             varchar(80),
    baseline_year       integer,
    baseline_value      numeric,
    baseline_as_written text,
    target_year         integer,
    target_comparator   varchar(30)   not null,
    target_value        numeric,
    target_min          numeric,
    target_max          numeric,
    target_as_written   text,
    flags               jsonb         not null default '[]',
    source              jsonb,
    defined_on          date          not null,
    -- order of definition in the plan's stream (indicators are listed in the order the plan gives them)
    defined_sequence    bigint        not null,
    revisions           integer       not null default 0,
    last_revised_on     date,
    last_revision_reason text,
    primary key (plan_id, indicator_id)
);

-- "How is concept C (e.g. COMPULSORY_RETENTION_RATE) doing across plans and jurisdictions?"
create index plan_indicator_concept_idx on plan_indicator (concept);

-- "What was measured for indicator I, year by year?" Every measurement is kept; for a year the latest
-- recorded (highest sequence) among those known by a date wins.
create table indicator_measurement (
    plan_id             varchar(80)   not null,
    indicator_id        varchar(80)   not null,
    sequence            bigint        not null,
    year                integer       not null,
    value               numeric       not null,
    as_written          text,
    flags               jsonb         not null default '[]',
    source_reference    text,
    business_date       date          not null,
    recorded_at         timestamptz   not null,
    primary key (plan_id, sequence)
);

create index indicator_measurement_year_idx on indicator_measurement (plan_id, indicator_id, year, sequence desc);

-- "Which programmes (专栏, 重点工程, 专项行动, 工作重点) does plan P have?"
create table plan_programme (
    plan_id             varchar(80)   not null,
    programme_id        varchar(80)   not null,
    name                text          not null,
    kind                varchar(30)   not null,
    number              text,
    source              jsonb,
    defined_on          date          not null,
    defined_sequence    bigint        not null,
    primary key (plan_id, programme_id)
);

-- "What does programme X of plan P aim at, and how firmly?" The planned figure is the current one.
create table plan_target (
    plan_id             varchar(80)   not null,
    target_id           varchar(80)   not null,
    programme_id        varchar(80)   not null,
    name                text          not null,
    counts              varchar(20)   not null,
    -- null only for a target flagged 'unquantified'
    planned_comparator  varchar(30),
    planned_value       numeric,
    planned_min         numeric,
    planned_max         numeric,
    planned_as_written  text,
    firmness            varchar(10)   not null,
    indicator_id        varchar(80),
    per                 text,
    flags               jsonb         not null default '[]',
    source              jsonb,
    set_on              date          not null,
    defined_sequence    bigint        not null,
    revisions           integer       not null default 0,
    primary key (plan_id, target_id)
);

create index plan_target_programme_idx on plan_target (plan_id, programme_id);

-- "How was target T revised, from what to what, and why?"
create table plan_target_revision (
    plan_id             varchar(80)   not null,
    target_id           varchar(80)   not null,
    sequence            bigint        not null,
    business_date       date          not null,
    recorded_at         timestamptz   not null,
    previous_comparator varchar(30),
    previous_value      numeric,
    previous_min        numeric,
    previous_max        numeric,
    previous_as_written text,
    previous_firmness   varchar(10),
    planned_comparator  varchar(30)   not null,
    planned_value       numeric,
    planned_min         numeric,
    planned_max         numeric,
    planned_as_written  text,
    firmness            varchar(10)   not null,
    reason              text          not null,
    primary key (plan_id, target_id, sequence)
);

-- "Which plan, programme and target does project X count towards; which portfolio is it part of?"
-- Written from ProjectAssignedToPlan; a later assignment replaces the row (and the project's contributions).
create table project_plan_assignment (
    project_id          varchar(50)   primary key references project_summary (project_id),
    plan_id             varchar(80)   not null,
    programme_id        varchar(80),
    target_id           varchar(80),
    parent_project_id   varchar(50),
    due_year            integer,
    quota               jsonb,
    flags               jsonb         not null default '[]',
    source              jsonb,
    assigned_on         date          not null,
    -- the project event that made this assignment
    sequence            bigint        not null
);

create index project_plan_assignment_plan_idx on project_plan_assignment (plan_id, target_id);
-- "is project X a portfolio?" = does another project name it as parent
create index project_plan_assignment_parent_idx on project_plan_assignment (parent_project_id);

-- "What does project X declare it adds to which target?" target_id is resolved (a contribution without a
-- target counts towards the project's main target); plan_id is the assignment's.
create table project_contribution (
    project_id          varchar(50)   not null references project_summary (project_id),
    position            integer       not null,
    plan_id             varchar(80)   not null,
    target_id           varchar(80)   not null,
    counts              varchar(20)   not null,
    value               numeric       not null,
    as_written          text,
    primary key (project_id, position)
);

create index project_contribution_target_idx on project_contribution (plan_id, target_id);

-- "As of date D": the last event and the last failed inspection of a project up to D.
create index project_timeline_business_date_idx on project_timeline (project_id, business_date);
create index project_timeline_type_idx on project_timeline (project_id, event_type, business_date);
