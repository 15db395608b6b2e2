-- Accounts: a person's status (invited, active, deactivated) and since when, and the one-time links that bring
-- people in (invitations, 7 days) or let them choose a new password (resets, 1 hour). A link is stored only as
-- the SHA-256 hash of its token; using, replacing or expiring it leaves the row for the person page's history.
alter table person add column status varchar(20);
alter table person add column status_since timestamp with time zone;
update person set status = case when active then 'ACTIVE' else 'DEACTIVATED' end,
                  status_since = coalesce(deactivated_at, created_at);
alter table person alter column status set not null;
alter table person alter column status_since set not null;

create table account_link (
    id              uuid         not null primary key,
    organization_id uuid         not null references organization (id),
    person_id       uuid         not null references person (id),
    purpose         varchar(20)  not null,
    token_hash      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    voided_at       timestamp with time zone,
    constraint account_link_hash_uq unique (token_hash)
);
create index account_link_person_ix on account_link (organization_id, person_id, purpose);
