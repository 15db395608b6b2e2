-- Playbooks set how far a pair may tailor each section (decision 0086): a core section stays on every pair's agenda,
-- and its timebox may move only between min and max minutes. Existing sections keep their timebox fixed and are not
-- core: pairs may reorder them, drop them and add prompts, as before nothing at all was allowed to change.
alter table playbook_section add column core boolean default false not null;
alter table playbook_section add column min_minutes int;
alter table playbook_section add column max_minutes int;
update playbook_section set min_minutes = minutes, max_minutes = minutes;
alter table playbook_section alter column min_minutes set not null;
alter table playbook_section alter column max_minutes set not null;

-- A program's variants: playbooks chosen instead of the program's own one when their audience fits the mentee
-- (role, seniority). Position decides between two variants that fit equally well.
create table program_playbook_variant (
    program_id      uuid not null references program (id),
    position        int  not null,
    organization_id uuid not null references organization (id),
    playbook_id     uuid not null references playbook (id),
    constraint program_playbook_variant_pk primary key (program_id, position),
    constraint program_playbook_variant_uq unique (program_id, playbook_id)
);

-- A pair's tailoring of the playbook chosen for it, made on one version of that playbook: the sections it keeps, in
-- its order, with its timeboxes and the prompts it added. Who changed it last and when are shown on the pair's page.
create table mentorship_tailoring (
    mentorship_id   uuid not null primary key references mentorship (id),
    organization_id uuid not null references organization (id),
    playbook_id     uuid not null,
    playbook_number int  not null,
    tailored_by     uuid not null references person (id),
    tailored_at     timestamp with time zone not null,
    version         bigint not null,
    constraint mentorship_tailoring_version_fk foreign key (playbook_id, playbook_number) references playbook_version (playbook_id, number)
);

create table mentorship_tailoring_section (
    mentorship_id   uuid          not null references mentorship_tailoring (mentorship_id),
    position        int           not null,
    organization_id uuid          not null references organization (id),
    kind            varchar(20)   not null,
    minutes         int           not null,
    added_prompts   varchar(4000) not null,
    constraint mentorship_tailoring_section_pk primary key (mentorship_id, position)
);
