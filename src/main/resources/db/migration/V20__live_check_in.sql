-- The live check-in (docs/decisions/0088-live-check-in.md): a short log of what changed in each check-in, read by
-- the open event streams of the pair, and who of the pair has the check-in open on which instance.
-- No table references check_in: the log is a transient copy of "something changed", purged after hours, and must
-- never hold up the retention of the check-ins themselves. The log tables carry no organization_id: a check-in's
-- events are written where the check-in's own events are handled, which do not name the organization, and they are
-- only ever read by check-in id after the check-in itself was read, scoped by organization (decision 0088).

-- The last position handed out in each check-in's log. Appending takes this row's lock, so the positions of one
-- check-in are committed in the order they were given: a reader who saw position n never later finds n - 1.
create table live_log_position (
    check_in_id     uuid   not null primary key,
    last_position   bigint not null
);

-- What changed, never the content: a stream sends ids and versions and the page fetches what its reader may see.
create table live_event (
    check_in_id     uuid        not null,
    position        bigint      not null,
    kind            varchar(40) not null,
    part            varchar(40),
    item            varchar(64),
    -- who made the change; null when the cadence or the scheduler did
    changed_by      uuid,
    -- a change only one person may learn of (their private note): only their own streams get it
    only_for        uuid,
    occurred_at     timestamp with time zone not null,
    primary key (check_in_id, position)
);
create index live_event_occurred_ix on live_event (occurred_at);

-- Who has a check-in open: one row per instance, check-in and person, refreshed while their streams are open.
-- A row not seen for a few heartbeats belongs to an instance that stopped, and counts no more.
create table live_presence (
    check_in_id     uuid        not null,
    person_id       uuid        not null,
    instance_id     varchar(64) not null,
    organization_id uuid        not null,
    streams         int         not null,
    seen_at         timestamp with time zone not null,
    primary key (check_in_id, person_id, instance_id)
);
create index live_presence_seen_ix on live_presence (seen_at);
