-- Feedback entries can be edited by their author until the check-in is completed (and withdrawn, which deletes
-- them). Each edit keeps the text it replaced, for the author's eyes only.
alter table feedback_entry add column version bigint default 1 not null;
alter table feedback_entry add column edited_at timestamp with time zone;

create table feedback_revision (
    id                uuid          not null primary key,
    organization_id   uuid          not null references organization (id),
    feedback_entry_id uuid          not null references feedback_entry (id),
    check_in_id       uuid          not null references check_in (id),
    giver_id          uuid          not null references person (id),
    receiver_id       uuid          not null references person (id),
    text              varchar(4000) not null,
    situation         varchar(1000),
    behaviour         varchar(1000),
    impact            varchar(1000),
    next_step         varchar(1000),
    written_at        timestamp with time zone not null,
    replaced_at       timestamp with time zone not null
);
create index feedback_revision_entry_ix on feedback_revision (organization_id, feedback_entry_id);
