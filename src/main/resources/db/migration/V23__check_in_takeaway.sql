-- What the pair takes away from a check-in, written together in its Close section (decision 0093). One per
-- check-in, pair content like the interpretation: the version catches two people typing at once.
create table check_in_takeaway (
    check_in_id     uuid          not null primary key references check_in (id),
    organization_id uuid          not null references organization (id),
    text            varchar(2000),
    updated_by      uuid          not null references person (id),
    updated_at      timestamp with time zone not null,
    version         bigint        not null
);
