-- Notifications: the outbox every email and webhook call leaves through, webhook subscriptions, what each
-- person wants to receive, their secret calendar feed, and db-scheduler's table of executions.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (docs/decisions/0030-outbox-and-scheduler.md).

-- One row per message. Written in the transaction of the change that caused it; unique_key makes writing
-- it twice harmless, and status moves PENDING -> SENDING -> SENT by conditional updates, so only one
-- instance ever sends a message.
create table outbox_message (
    id              uuid            not null primary key,
    organization_id uuid            not null references organization (id),
    unique_key      varchar(300)    not null,
    channel         varchar(20)     not null,
    kind            varchar(60)     not null,
    person_id       uuid,
    webhook_id      uuid,
    recipient       varchar(2000)   not null,
    subject         varchar(500),
    body_text       varchar(200000) not null,
    body_html       varchar(400000),
    status          varchar(20)     not null,
    attempts        int             not null,
    next_attempt_at timestamp with time zone not null,
    claimed_by      varchar(200),
    lease_until     timestamp with time zone,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint outbox_message_key_uq unique (organization_id, unique_key)
);
create index outbox_message_org_status_ix on outbox_message (organization_id, status, id);
create index outbox_message_status_ix on outbox_message (status, lease_until);

-- An admin's subscription: events are posted as signed JSON to the URL. The secret signs the body, so it is
-- kept (never shown again after creation).
create table webhook (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    url             varchar(2000) not null,
    events          varchar(1000) not null,
    secret          varchar(200)  not null,
    created_by      uuid          not null references person (id),
    created_at      timestamp with time zone not null
);
create index webhook_org_ix on webhook (organization_id, id);

-- Only choices that differ from the default (everything on) are stored.
create table notification_preference (
    person_id       uuid        not null references person (id),
    organization_id uuid        not null references organization (id),
    kind            varchar(60) not null,
    enabled         boolean     not null,
    constraint notification_preference_pk primary key (person_id, kind)
);
create index notification_preference_org_ix on notification_preference (organization_id, person_id);

-- The secret address of a person's calendar feed. Calendar apps fetch it without signing in, so the token
-- is the whole credential; rotating replaces it and the old address stops working at once.
create table calendar_feed (
    person_id       uuid        not null primary key references person (id),
    organization_id uuid        not null references organization (id),
    token           varchar(64) not null,
    created_at      timestamp with time zone not null,
    constraint calendar_feed_token_uq unique (token)
);

-- db-scheduler's executions (its PostgreSQL schema, with varchar keys so H2 accepts them too).
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(200),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_ix on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_ix on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_time_ix on scheduled_tasks (priority, execution_time);
