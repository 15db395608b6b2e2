-- Program figures kept up to date: the program dashboard reads one row per group (the program, and each team,
-- role and seniority of its mentees) instead of adding up every pair's rollup per request. Each change to a
-- pair's rollup moves the pair's share out of its old groups and into its new ones, in the same transaction.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. Why: docs/decisions/0097-program-figures-kept-up-to-date.md.

-- The groups a pair's share was counted in, named as the dashboard shows them ("Not set" for none). Null: the
-- pair is not counted yet (rows from before this migration); InsightRollups counts them in when it starts.
alter table insight_pair_rollup add column by_team varchar(200);
alter table insight_pair_rollup add column by_role varchar(200);
alter table insight_pair_rollup add column by_seniority varchar(200);

-- One row per program and group: the sums and counts of its pairs' rollups. dimension is TOTAL (group_name ''),
-- TEAM, ROLE or SENIORITY. raters / autonomy_raters are distinct people, kept exact by insight_group_rater.
create table insight_group_rollup (
    organization_id      uuid             not null references organization (id),
    program_id           uuid             not null references program (id),
    dimension            varchar(12)      not null,
    group_name           varchar(200)     not null,
    pairs                int              not null,
    balances             int              not null,
    balance_review       double precision not null,
    balance_adjustment   double precision not null,
    balance_celebration  double precision not null,
    checkins_due         int              not null,
    checkins_in_window   int              not null,
    missed_streaks       int              not null,
    goals_achieved       int              not null,
    goals_decided        int              not null,
    rating_count         int              not null,
    clarity_sum          int              not null,
    usefulness_sum       int              not null,
    support_sum          int              not null,
    raters               int              not null,
    autonomy_raters      int              not null,
    slopes               int              not null,
    slope_sum            double precision not null,
    risks_open           int              not null,
    risks_high           int              not null,
    rechecks_answered    int              not null,
    rechecks_shown       int              not null,
    starved_review       int              not null,
    starved_adjustment   int              not null,
    starved_celebration  int              not null,
    constraint insight_group_rollup_pk primary key (organization_id, program_id, dimension, group_name)
);

-- Who is counted as a respondent of a group: a mentee with rated check-ins (side MENTEE) or a mentor with
-- autonomy ratings (side MENTOR), and in how many of the group's pairs. A person counts once however many pairs;
-- the group's raters go up when a row appears and down when its pairs reach 0 (the row is then deleted).
create table insight_group_rater (
    organization_id  uuid          not null references organization (id),
    program_id       uuid          not null references program (id),
    dimension        varchar(12)   not null,
    group_name       varchar(200)  not null,
    side             varchar(8)    not null,
    person_id        uuid          not null references person (id),
    pairs            int           not null,
    constraint insight_group_rater_pk primary key (organization_id, program_id, dimension, group_name, side, person_id)
);
create index insight_group_rater_person_ix on insight_group_rater (person_id);

-- The dashboard's "fresh as of" (the stalest pair) and "pending" (dirty pairs) without reading every pair.
create index insight_pair_rollup_refreshed_ix on insight_pair_rollup (organization_id, program_id, refreshed_at);
create index insight_pair_rollup_program_dirty_ix on insight_pair_rollup (organization_id, program_id, dirty);
create index insight_pair_rollup_mentee_ix on insight_pair_rollup (mentee_id);
