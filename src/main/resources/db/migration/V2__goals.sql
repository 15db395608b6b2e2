-- Goals: the goal itself, its measurements, and its revision history.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Keys are UUIDv7 made by the application.
-- Every table carries organization_id (the distribution key, see docs/decisions/0004) and every query uses it.
-- The pair (mentor, mentee) is read from the mentorship, which never changes its people.

create table goal (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    mentorship_id    uuid          not null references mentorship (id),
    title            varchar(200)  not null,
    statement        varchar(2000) not null,
    kind             varchar(20)   not null,
    indicator_name   varchar(200)  not null,
    indicator_unit   varchar(50)   not null,
    baseline         numeric(19,4) not null,
    target           numeric(19,4) not null,
    direction        varchar(20)   not null,
    attainability    varchar(2000),
    relevance        varchar(500),
    due_on           date          not null,
    status           varchar(20)   not null,
    proposed_by      uuid          not null references person (id),
    proposed_at      timestamp with time zone not null,
    agreed_by        uuid          references person (id),
    agreed_at        timestamp with time zone,
    closed_by        uuid          references person (id),
    closed_at        timestamp with time zone,
    retired_because  varchar(2000),
    version          bigint        not null
);
create index goal_mentorship_ix on goal (organization_id, mentorship_id, status);

-- One observed value of the goal's indicator. Never updated: a wrong value is corrected by a new one.
create table goal_measurement (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    goal_id          uuid          not null references goal (id),
    measured_value   numeric(19,4) not null,
    observed_on      date          not null,
    note             varchar(2000),
    recorded_by      uuid          not null references person (id),
    recorded_at      timestamp with time zone not null
);
create index goal_measurement_goal_ix on goal_measurement (organization_id, goal_id, observed_on);

-- A proposed change with its why. The change_* columns hold the proposed values (null: unchanged).
-- Append-only: a row is inserted as PROPOSED and updated exactly once, to APPLIED or WITHDRAWN, by a
-- statement that only matches PROPOSED rows; after that it never changes.
create table goal_revision (
    id                       uuid          not null primary key,
    organization_id          uuid          not null references organization (id),
    goal_id                  uuid          not null references goal (id),
    number                   int           not null,
    status                   varchar(20)   not null,
    change_title             varchar(200),
    change_statement         varchar(2000),
    change_kind              varchar(20),
    change_indicator_name    varchar(200),
    change_indicator_unit    varchar(50),
    change_baseline          numeric(19,4),
    change_target            numeric(19,4),
    change_direction         varchar(20),
    change_attainability     varchar(2000),
    change_relevance         varchar(500),
    change_due_on            date,
    rationale                varchar(2000) not null,
    context_team_priorities  varchar(2000),
    context_constraints      varchar(2000),
    context_interests        varchar(2000),
    reset_cadence            boolean       not null,
    proposed_by              uuid          not null references person (id),
    proposed_at              timestamp with time zone not null,
    decided_by               uuid          references person (id),
    decided_at               timestamp with time zone,
    constraint goal_revision_number_uq unique (goal_id, number)
);
create index goal_revision_goal_ix on goal_revision (organization_id, goal_id);

-- What an applied revision changed, field by field, as text (API field names such as indicator.target).
-- Insert-only.
create table goal_revision_change (
    revision_id      uuid          not null references goal_revision (id),
    position         int           not null,
    organization_id  uuid          not null references organization (id),
    field            varchar(50)   not null,
    before_value     varchar(2000),
    after_value      varchar(2000),
    constraint goal_revision_change_pk primary key (revision_id, position)
);
