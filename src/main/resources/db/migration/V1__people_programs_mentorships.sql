-- Foundation: organizations, people and their access, playbooks, programs and mentorships.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Keys are UUIDv7 made by the application.
-- Every tenant-owned table carries organization_id (the distribution key, see docs/decisions/0004).

create table organization (
    id          uuid         not null primary key,
    name        varchar(200) not null,
    slug        varchar(100) not null,
    created_at  timestamp with time zone not null,
    constraint organization_slug_uq unique (slug)
);

create table person (
    id              uuid         not null primary key,
    organization_id uuid         not null references organization (id),
    email           varchar(320) not null,
    display_name    varchar(200) not null,
    team            varchar(200),
    title           varchar(200),
    seniority       varchar(50),
    time_zone       varchar(64)  not null,
    password_hash   varchar(200),
    active          boolean      not null,
    created_at      timestamp with time zone not null,
    deactivated_at  timestamp with time zone,
    version         bigint       not null,
    -- one login per address across organizations: sign-in happens before we know the tenant
    constraint person_email_uq unique (email)
);
create index person_org_name_ix on person (organization_id, display_name);

create table person_role (
    person_id       uuid        not null references person (id),
    organization_id uuid        not null references organization (id),
    role            varchar(20) not null,
    constraint person_role_pk primary key (person_id, role)
);
create index person_role_org_ix on person_role (organization_id, role);

create table api_token (
    id              uuid         not null primary key,
    organization_id uuid         not null references organization (id),
    person_id       uuid         not null references person (id),
    name            varchar(100) not null,
    token_hash      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    expires_on      date,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_person_ix on api_token (organization_id, person_id);

-- A creating POST remembered for 24 hours, so a retried request with the same key answers the same.
create table idempotent_request (
    organization_id uuid          not null,
    person_id       uuid          not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    status          int           not null,
    location        varchar(500),
    body            varchar(1000000),
    created_at      timestamp with time zone not null,
    constraint idempotent_request_pk primary key (organization_id, person_id, idempotency_key)
);

create table playbook (
    id               uuid         not null primary key,
    organization_id  uuid         not null references organization (id),
    name             varchar(200) not null,
    current_version  int          not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null
);
create index playbook_org_ix on playbook (organization_id, name);

-- Editing a playbook writes a new version; check-ins copy the version they were scheduled with.
create table playbook_version (
    playbook_id          uuid         not null references playbook (id),
    number               int          not null,
    organization_id      uuid         not null references organization (id),
    name                 varchar(200) not null,
    emphasis             varchar(30)  not null,
    audience_roles       varchar(200) not null,
    audience_seniorities varchar(500) not null,
    created_at           timestamp with time zone not null,
    constraint playbook_version_pk primary key (playbook_id, number)
);

create table playbook_section (
    playbook_id     uuid          not null,
    playbook_number int           not null,
    position        int           not null,
    organization_id uuid          not null references organization (id),
    kind            varchar(20)   not null,
    title           varchar(200)  not null,
    minutes         int           not null,
    prompts         varchar(8000) not null,
    constraint playbook_section_pk primary key (playbook_id, playbook_number, position),
    constraint playbook_section_version_fk foreign key (playbook_id, playbook_number) references playbook_version (playbook_id, number)
);

create table program (
    id               uuid         not null primary key,
    organization_id  uuid         not null references organization (id),
    name             varchar(200) not null,
    playbook_id      uuid         not null references playbook (id),
    interval_days    int          not null,
    duration_minutes int          not null,
    survey_threshold int          not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null
);
create index program_org_ix on program (organization_id, name);

create table program_lead (
    program_id      uuid not null references program (id),
    person_id       uuid not null references person (id),
    organization_id uuid not null references organization (id),
    constraint program_lead_pk primary key (program_id, person_id)
);
create index program_lead_person_ix on program_lead (organization_id, person_id);

create table mentorship (
    id                  uuid        not null primary key,
    organization_id     uuid        not null references organization (id),
    program_id          uuid        not null references program (id),
    mentor_id           uuid        not null references person (id),
    mentee_id           uuid        not null references person (id),
    interval_days       int         not null,
    duration_minutes    int         not null,
    first_at            timestamp with time zone not null,
    next_at             timestamp with time zone not null,
    emphasis            varchar(30) not null,
    status              varchar(20) not null,
    learning_modalities varchar(500) not null,
    feedback_style      varchar(30),
    created_at          timestamp with time zone not null,
    version             bigint      not null
);
create index mentorship_mentor_ix on mentorship (organization_id, mentor_id);
create index mentorship_mentee_ix on mentorship (organization_id, mentee_id);
create index mentorship_program_ix on mentorship (organization_id, program_id);

-- Spring Session's tables: sessions live in the database so several instances can serve one user.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
