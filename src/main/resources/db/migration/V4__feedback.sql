-- Feedback: peer-feedback requests sent to a teammate by guest link, and the answers they give.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; organization_id leads every key and index
-- because it is the distribution key (docs/decisions/0004).

-- A mentor or mentee asks a teammate (no account) for feedback about something specific by a date.
-- The link's secret is never stored: only its SHA-256. Status OPEN, ANSWERED or REVOKED is stored;
-- EXPIRED is read from expires_at, so no job has to flip it.
create table peer_feedback_request (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    mentorship_id   uuid          not null references mentorship (id),
    invited_by      uuid          not null references person (id),
    email           varchar(320)  not null,
    about           varchar(500)  not null,
    due_on          date          not null,
    token_hash      varchar(64)   not null,
    expires_at      timestamp with time zone not null,
    status          varchar(20)   not null,
    created_at      timestamp with time zone not null,
    answered_at     timestamp with time zone,
    revoked_at      timestamp with time zone,
    version         bigint        not null,
    -- unique within the tenant: distributed engines need the distribution key in every unique constraint
    constraint peer_feedback_request_token_uq unique (organization_id, token_hash)
);
create index peer_feedback_request_mentorship_ix on peer_feedback_request (organization_id, mentorship_id);

-- The one answer to a request; visible to the pair only. The unique request_id makes "one answer"
-- hold even when two submissions race.
create table peer_feedback (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    request_id      uuid          not null references peer_feedback_request (id),
    mentorship_id   uuid          not null references mentorship (id),
    answer          varchar(5000) not null,
    given_at        timestamp with time zone not null,
    constraint peer_feedback_request_uq unique (organization_id, request_id)
);
create index peer_feedback_mentorship_ix on peer_feedback (organization_id, mentorship_id);
