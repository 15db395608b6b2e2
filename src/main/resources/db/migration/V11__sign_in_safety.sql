-- Sign-in throttling that several instances agree on. Bucket4j keeps the counts: each bucket (failed
-- sign-ins of one account, failed sign-ins from one client address) is its serialized state, swapped with a
-- compare-and-set UPDATE, so two instances counting at once never lose a failure (decision 0075).
-- Rows are not tenant data: sign-in happens before the organization is known. The state is Bucket4j's
-- binary form in Base64 (about a hundred characters): a plain string compares and upserts alike on H2 and
-- PostgreSQL, where a binary column would not.
create table sign_in_bucket (
    bucket_key  varchar(400)  not null primary key,
    state       varchar(2000) not null,
    expires_at  timestamp with time zone not null
);
create index sign_in_bucket_expiry_ix on sign_in_bucket (expires_at);

-- An account whose password sign-in is locked, and how many times it was locked lately: each new lock
-- doubles the period (capped), and the count is forgotten a day after the last lock.
create table sign_in_lock (
    account_key   varchar(320) not null primary key,
    locked_until  timestamp with time zone not null,
    strikes       int          not null,
    last_lock_at  timestamp with time zone not null
);
