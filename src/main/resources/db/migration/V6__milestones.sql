-- Milestones on a goal and the celebrations of reaching them (DESIGN rule 8).
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; organization_id is on every table and leads
-- every index and unique key, because it is the distribution key (docs/decisions/0004).

-- A step on the way to a goal. OPEN until reached: automatically when a measurement reaches the threshold
-- in the goal's direction (reached_by null, measurement_id set), or by a person with evidence.
create table milestone (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    mentorship_id   uuid          not null references mentorship (id),
    goal_id         uuid          not null references goal (id),
    title           varchar(200)  not null,
    threshold       numeric(19, 4),
    due_on          date,
    status          varchar(20)   not null,
    reached_at      timestamp with time zone,
    reached_by      uuid          references person (id),
    measurement_id  uuid,
    evidence        varchar(2000),
    created_by      uuid          not null references person (id),
    created_at      timestamp with time zone not null,
    version         bigint        not null
);
create index milestone_goal_ix on milestone (organization_id, goal_id);
create index milestone_mentorship_ix on milestone (organization_id, mentorship_id, reached_at);

-- The story of a milestone as the pair edited it; until someone edits, the story is drafted from the goal.
create table milestone_story (
    milestone_id     uuid          not null primary key references milestone (id),
    organization_id  uuid          not null references organization (id),
    context          varchar(4000) not null,
    learning_curve   varchar(4000) not null,
    decision_points  varchar(8000) not null,
    impact           varchar(4000) not null,
    edited_by        uuid          not null references person (id),
    edited_at        timestamp with time zone not null,
    version          bigint        not null
);

-- One celebration per milestone, published with the story as it then read. The mentee decides who sees it.
create table celebration (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    milestone_id     uuid          not null references milestone (id),
    mentorship_id    uuid          not null references mentorship (id),
    program_id       uuid          not null references program (id),
    recognition      varchar(5000) not null,
    visibility       varchar(20)   not null,
    story_context    varchar(4000) not null,
    story_learning   varchar(4000) not null,
    story_decisions  varchar(8000) not null,
    story_impact     varchar(4000) not null,
    created_by       uuid          not null references person (id),
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint celebration_milestone_uq unique (organization_id, milestone_id)
);
create index celebration_program_ix on celebration (organization_id, program_id);
create index celebration_mentorship_ix on celebration (organization_id, mentorship_id, created_at);

create table celebration_reward (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    celebration_id   uuid          not null references celebration (id),
    position         integer       not null,
    kind             varchar(20)   not null,
    description      varchar(500)  not null
);
create index celebration_reward_ix on celebration_reward (organization_id, celebration_id);

-- What next; goal_id is set once the step was proposed as a goal (one click, once).
create table celebration_next_step (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    celebration_id   uuid          not null references celebration (id),
    position         integer       not null,
    kind             varchar(20)   not null,
    description      varchar(500)  not null,
    goal_id          uuid          references goal (id),
    version          bigint        not null
);
create index celebration_next_step_ix on celebration_next_step (organization_id, celebration_id);

-- A stakeholder invited by guest link to add their words. Only the link's SHA-256 is stored.
create table stakeholder_invitation (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    celebration_id   uuid          not null references celebration (id),
    email            varchar(320)  not null,
    token_hash       varchar(64)   not null,
    expires_at       timestamp with time zone not null,
    author_name      varchar(200),
    words            varchar(2000),
    answered_at      timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint stakeholder_invitation_token_uq unique (organization_id, token_hash)
);
create index stakeholder_invitation_ix on stakeholder_invitation (organization_id, celebration_id);
