-- Check-ins: the sessions of a mentorship, their agenda (copied from a playbook version), what the pair records
-- in them, and the action items and risks that carry over until someone closes them.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Keys are UUIDv7 made by the application.
-- Every table carries organization_id and every query filters by it. Rows two people can edit at the same
-- time carry a version for optimistic locking.

create table check_in (
    id                uuid        not null primary key,
    organization_id   uuid        not null references organization (id),
    mentorship_id     uuid        not null references mentorship (id),
    mentor_id         uuid        not null references person (id),
    mentee_id         uuid        not null references person (id),
    -- the playbook version the agenda was copied from; later edits of the playbook never reach this check-in
    playbook_id       uuid        not null,
    playbook_number   int         not null,
    scheduled_at      timestamp with time zone not null,
    duration_minutes  int         not null,
    status            varchar(20) not null,
    current_section   varchar(20),
    current_since     timestamp with time zone,
    started_at        timestamp with time zone,
    completed_at      timestamp with time zone,
    missed_at         timestamp with time zone,
    cancelled_by      uuid,
    cancel_reason     varchar(1000),
    cancelled_at      timestamp with time zone,
    rating_clarity    int,
    rating_usefulness int,
    rating_support    int,
    rating_comment    varchar(2000),
    rated_at          timestamp with time zone,
    autonomy_rating   int,
    autonomy_rated_at timestamp with time zone,
    created_at        timestamp with time zone not null,
    version           bigint      not null,
    constraint check_in_playbook_version_fk foreign key (playbook_id, playbook_number) references playbook_version (playbook_id, number)
);
create index check_in_mentorship_ix on check_in (organization_id, mentorship_id, scheduled_at);
create index check_in_status_ix on check_in (organization_id, status, scheduled_at);

-- The agenda of one check-in, in the playbook's order: planned minutes and the seconds really used.
create table check_in_section (
    check_in_id     uuid           not null references check_in (id),
    position        int            not null,
    organization_id uuid           not null references organization (id),
    kind            varchar(20)    not null,
    title           varchar(200)   not null,
    planned_minutes int            not null,
    prompts         varchar(12000) not null,
    used_seconds    bigint         not null,
    constraint check_in_section_pk primary key (check_in_id, position),
    constraint check_in_section_kind_uq unique (check_in_id, kind)
);

-- Written once, when the check-in is completed: the record both people download and get by mail.
create table check_in_summary (
    check_in_id     uuid             not null primary key references check_in (id),
    organization_id uuid             not null references organization (id),
    markdown        varchar(1000000) not null,
    html            varchar(1000000) not null,
    generated_at    timestamp with time zone not null
);

create table action_item (
    id              uuid         not null primary key,
    organization_id uuid         not null references organization (id),
    mentorship_id   uuid         not null references mentorship (id),
    created_in      uuid         not null references check_in (id),
    task            varchar(500) not null,
    owner_id        uuid         not null references person (id),
    due_on          date         not null,
    -- the goal it should move; the goal feature owns goals, so no foreign key across features
    goal_id         uuid,
    status          varchar(20)  not null,
    created_by      uuid         not null references person (id),
    created_at      timestamp with time zone not null,
    closed_by       uuid,
    closed_at       timestamp with time zone,
    closed_in       uuid,
    close_reason    varchar(1000),
    replanned_from  date,
    replanned_to    date,
    replanned_by    uuid,
    replanned_at    timestamp with time zone,
    updated_by      uuid         not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);
create index action_item_mentorship_ix on action_item (organization_id, mentorship_id, status);
create index action_item_created_in_ix on action_item (organization_id, created_in);

create table action_item_resource (
    action_item_id  uuid         not null references action_item (id),
    position        int          not null,
    organization_id uuid         not null references organization (id),
    kind            varchar(30)  not null,
    description     varchar(300),
    constraint action_item_resource_pk primary key (action_item_id, position)
);

create table risk (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    mentorship_id   uuid          not null references mentorship (id),
    raised_in       uuid          not null references check_in (id),
    description     varchar(1000) not null,
    likelihood      int           not null,
    impact          int           not null,
    support         varchar(1000) not null,
    owner_id        uuid          not null references person (id),
    status          varchar(20)   not null,
    raised_by       uuid          not null references person (id),
    raised_at       timestamp with time zone not null,
    closed_by       uuid,
    closed_at       timestamp with time zone,
    closed_in       uuid,
    close_reason    varchar(1000),
    updated_by      uuid          not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null
);
create index risk_mentorship_ix on risk (organization_id, mentorship_id, status);
create index risk_raised_in_ix on risk (organization_id, raised_in);

create table observation (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    mentorship_id   uuid          not null references mentorship (id),
    check_in_id     uuid          not null references check_in (id),
    kind            varchar(20)   not null,
    text            varchar(2000) not null,
    observed_on     date          not null,
    author_id       uuid          not null references person (id),
    recorded_at     timestamp with time zone not null
);
create index observation_mentorship_ix on observation (organization_id, mentorship_id, recorded_at);

-- One per check-in, rewritten as the conversation goes; the version catches two people typing at once.
create table interpretation (
    check_in_id     uuid          not null primary key references check_in (id),
    organization_id uuid          not null references organization (id),
    worked          varchar(4000),
    did_not_work    varchar(4000),
    why             varchar(4000),
    updated_by      uuid          not null references person (id),
    updated_at      timestamp with time zone not null,
    version         bigint        not null
);

create table growth_answer (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    check_in_id     uuid          not null references check_in (id),
    prompt_id       varchar(100),
    question        varchar(500)  not null,
    answer          varchar(4000) not null,
    author_id       uuid          not null references person (id),
    answered_at     timestamp with time zone not null
);
create index growth_answer_check_in_ix on growth_answer (organization_id, check_in_id);

-- Library prompts the pair chose not to discuss in this check-in, so neither of them is offered it again.
create table prompt_skip (
    check_in_id     uuid         not null references check_in (id),
    prompt_id       varchar(100) not null,
    organization_id uuid         not null references organization (id),
    skipped_by      uuid         not null references person (id),
    skipped_at      timestamp with time zone not null,
    constraint prompt_skip_pk primary key (check_in_id, prompt_id)
);

create table feedback_entry (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    check_in_id     uuid          not null references check_in (id),
    giver_id        uuid          not null references person (id),
    receiver_id     uuid          not null references person (id),
    text            varchar(4000) not null,
    situation       varchar(1000),
    behaviour       varchar(1000),
    impact          varchar(1000),
    next_step       varchar(1000),
    given_at        timestamp with time zone not null
);
create index feedback_entry_check_in_ix on feedback_entry (organization_id, check_in_id);

create table check_in_win (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    check_in_id     uuid          not null references check_in (id),
    text            varchar(1000) not null,
    author_id       uuid          not null references person (id),
    recorded_at     timestamp with time zone not null
);
create index check_in_win_check_in_ix on check_in_win (organization_id, check_in_id);

-- PRIVATE notes are readable by their author only; every query filters by the reader (see NoteRepository).
create table check_in_note (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    check_in_id     uuid          not null references check_in (id),
    author_id       uuid          not null references person (id),
    visibility      varchar(20)   not null,
    text            varchar(8000) not null,
    written_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint        not null
);
create index check_in_note_check_in_ix on check_in_note (organization_id, check_in_id);
create index check_in_note_author_ix on check_in_note (organization_id, author_id);
