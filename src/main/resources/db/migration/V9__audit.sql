-- An append-only record of security-relevant actions: who did what to whom, when and from where.
-- It never holds a secret (password, token, link) or any text a person wrote in a check-in or feedback;
-- details are short facts such as the roles before and after. Nothing updates or deletes a row here except
-- the retention purge of entries older than the configured period.
create table audit_entry (
    id              uuid         not null primary key,
    organization_id uuid         not null references organization (id),
    at              timestamp with time zone not null,
    -- no foreign keys on people: the log outlives what it talks about, and an erased person's id stays opaque
    actor_id        uuid,
    action          varchar(40)  not null,
    target_type     varchar(40),
    target_id       uuid,
    ip              varchar(64),
    details         varchar(2000) not null
);
create index audit_entry_org_at_ix on audit_entry (organization_id, at, id);
create index audit_entry_org_target_ix on audit_entry (organization_id, target_id);
create index audit_entry_org_actor_ix on audit_entry (organization_id, actor_id);
