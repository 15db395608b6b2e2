-- Insight: per-pair rollups the program dashboard reads, skill re-checks, and the indexes insight's read
-- model needs on other features' tables. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Why rollups and how fresh they are: docs/decisions/0050-insight-read-model.md.

-- One row per mentorship: the pair's figures as sums and counts, so the dashboard adds rows instead of
-- reading every check-in. Rewritten whole by InsightRollups when the pair is marked dirty.
create table insight_pair_rollup (
    mentorship_id        uuid          not null primary key references mentorship (id),
    organization_id      uuid          not null references organization (id),
    program_id           uuid          not null references program (id),
    mentor_id            uuid          not null references person (id),
    mentee_id            uuid          not null references person (id),
    dirty                boolean       not null,
    refreshed_at         timestamp with time zone,
    -- balance of the last N completed check-ins, as shares (null: nothing recorded yet)
    balance_review       double precision,
    balance_adjustment   double precision,
    balance_celebration  double precision,
    -- cadence: check-ins that were due, held within the window, missed, missed in a row now and at most
    checkins_due         int           not null,
    checkins_in_window   int           not null,
    checkins_missed      int           not null,
    missed_streak        int           not null,
    longest_missed       int           not null,
    -- goals: achieved, and decided (achieved + retired + active past their due date)
    goals_achieved       int           not null,
    goals_decided        int           not null,
    -- the mentee's ratings after check-ins: sums and how many
    rating_count         int           not null,
    clarity_sum          int           not null,
    usefulness_sum       int           not null,
    support_sum          int           not null,
    -- the mentor's autonomy ratings: how many, least-squares slope per check-in (null below two)
    autonomy_count       int           not null,
    autonomy_slope       double precision,
    autonomy_latest      int,
    -- open risks: how many, and how many score 6 or more (likelihood x impact)
    risks_open           int           not null,
    risks_high           int           not null,
    -- skill re-checks answered, and of those shown again
    rechecks_answered    int           not null,
    rechecks_shown       int           not null,
    -- the kind of conversation starved lately, if any (REVIEW, ADJUSTMENT, CELEBRATION)
    starved              varchar(20)
);
create index insight_pair_rollup_program_ix on insight_pair_rollup (organization_id, program_id);
create index insight_pair_rollup_dirty_ix on insight_pair_rollup (dirty);

-- Every pair that exists before this migration starts dirty, so the first refresh fills it in.
insert into insight_pair_rollup (mentorship_id, organization_id, program_id, mentor_id, mentee_id, dirty,
        checkins_due, checkins_in_window, checkins_missed, missed_streak, longest_missed, goals_achieved,
        goals_decided, rating_count, clarity_sum, usefulness_sum, support_sum, autonomy_count, risks_open,
        risks_high, rechecks_answered, rechecks_shown)
select id, organization_id, program_id, mentor_id, mentee_id, true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
from mentorship;

-- When the rating scan last looked (ratings are written without an event, see the decision record).
create table insight_refresh_mark (
    name     varchar(50) not null primary key,
    mark_at  timestamp with time zone not null
);

-- A LEARNING goal achieved is looked at again later: was the skill shown again, and what shows it.
create table skill_recheck (
    id              uuid          not null primary key,
    organization_id uuid          not null references organization (id),
    mentorship_id   uuid          not null references mentorship (id),
    goal_id         uuid          not null references goal (id),
    goal_title      varchar(200)  not null,
    achieved_on     date          not null,
    due_on          date          not null,
    shown_again     boolean,
    evidence        varchar(2000),
    answered_by     uuid          references person (id),
    answered_at     timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint skill_recheck_goal_uq unique (goal_id)
);
create index skill_recheck_mentorship_ix on skill_recheck (organization_id, mentorship_id, due_on);

-- Read-model indexes on other features' tables: the scan for ratings given since the last refresh.
create index insight_check_in_rated_ix on check_in (rated_at);
create index insight_check_in_autonomy_ix on check_in (autonomy_rated_at);
-- Item counts per check-in for the balance (observations and wins have no check-in index of their own).
create index insight_observation_check_in_ix on observation (organization_id, check_in_id);
-- The goal feature's effort signal counts action items per goal; the scorecard asks for it on every active goal.
create index insight_action_item_goal_ix on action_item (organization_id, goal_id);
