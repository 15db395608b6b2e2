-- Tandem insight benchmark data: one organization, one program, 10,000 mentorships, 1,000,000 check-ins with
-- their sections (6 each), action items, observations, wins, risks, ratings, goals and measurements.
-- Run by InsightBench on an empty, migrated database (it drops and re-creates the schema first).
-- Ids are built from row numbers (UUID v7 layout, time-ordered like the application's), so everything joins.
-- session_replication_role = replica skips foreign-key triggers during the load: the rows are consistent by
-- construction, and checking 9 million references one by one would dominate the time.
set session_replication_role = replica;
set maintenance_work_mem = '256MB';

-- the two largest tables load without their secondary indexes, which are built once at the end (same names and
-- columns as the migrations): one sorted build is far cheaper than six million ordered inserts
alter table check_in_section drop constraint check_in_section_pk;
alter table check_in_section drop constraint check_in_section_kind_uq;
drop index check_in_mentorship_ix;
drop index check_in_status_ix;
drop index insight_check_in_rated_ix;
drop index insight_check_in_autonomy_ix;
drop index insight_action_item_goal_ix;

-- u(prefix, n): a deterministic uuid per table prefix (2 hex digits) and row number
create or replace function bench_u(p text, n bigint) returns uuid language sql immutable as
$$ select ('0190' || p || '00-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;

insert into organization (id, name, slug, created_at) values (bench_u('00', 1), 'Bench Org', 'bench', now());

-- people: 1 admin, 1 lead, 2,000 mentors, 10,000 mentees in 20 teams, 5 titles, 4 seniorities
insert into person (id, organization_id, email, display_name, team, title, seniority, time_zone, active, created_at, version, status,
                    status_since)
select bench_u('10', n), bench_u('00', 1), 'p' || n || '@bench.example', 'Person ' || n,
       'Team ' || (n % 20), (array['Engineer','Designer','Analyst','Manager','Scientist'])[1 + n % 5],
       (array['JUNIOR','MID','SENIOR','LEAD'])[1 + (n / 7) % 4], 'UTC', true, now(), 0, 'ACTIVE',
       now()
from generate_series(1, 12002) n;
insert into person_role (person_id, organization_id, role)
select bench_u('10', n), bench_u('00', 1),
       case when n = 1 then 'ADMIN' when n = 2 then 'PROGRAM_LEAD' when n <= 2002 then 'MENTOR' else 'MENTEE' end
from generate_series(1, 12002) n;

insert into playbook (id, organization_id, name, current_version, created_at, version)
values (bench_u('20', 1), bench_u('00', 1), 'Bench playbook', 1, now(), 0);
insert into playbook_version (playbook_id, number, organization_id, name, emphasis, audience_roles, audience_seniorities, created_at)
values (bench_u('20', 1), 1, bench_u('00', 1), 'Bench playbook', 'GENERAL', '', '', now());
insert into program (id, organization_id, name, playbook_id, interval_days, duration_minutes, survey_threshold, created_at, version)
values (bench_u('30', 1), bench_u('00', 1), 'Bench program', bench_u('20', 1), 14, 45, 5, now(), 0);
insert into program_lead (program_id, person_id, organization_id) values (bench_u('30', 1), bench_u('10', 2), bench_u('00', 1));

-- mentorship k: mentor 3 + k % 2000, mentee 2002 + k
insert into mentorship (id, organization_id, program_id, mentor_id, mentee_id, interval_days, duration_minutes, first_at, next_at,
                        emphasis, status, learning_modalities, created_at, version)
select bench_u('40', k), bench_u('00', 1), bench_u('30', 1), bench_u('10', 3 + k % 2000), bench_u('10', 2002 + k), 14, 45,
       timestamptz '2023-01-02 09:00+00' + (k % 7) * interval '1 day', now() + interval '7 days', 'GENERAL', 'ACTIVE', '',
       timestamptz '2023-01-01 00:00+00', 0
from generate_series(1, 10000) k;
insert into insight_pair_rollup (mentorship_id, organization_id, program_id, mentor_id, mentee_id, dirty, checkins_due,
        checkins_in_window, checkins_missed, missed_streak, longest_missed, goals_achieved, goals_decided, rating_count, clarity_sum,
        usefulness_sum, support_sum, autonomy_count, risks_open, risks_high, rechecks_answered, rechecks_shown)
select bench_u('40', k), bench_u('00', 1), bench_u('30', 1), bench_u('10', 3 + k % 2000), bench_u('10', 2002 + k), true,
       0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
from generate_series(1, 10000) k;

-- goals: 3 per pair (ACHIEVED, RETIRED or ACTIVE), 10 measurements each
insert into goal (id, organization_id, mentorship_id, title, statement, kind, indicator_name, indicator_unit, baseline, target,
                  direction, due_on, status, proposed_by, proposed_at, agreed_by, agreed_at, version)
select bench_u('50', g), bench_u('00', 1), bench_u('40', 1 + (g - 1) / 3), 'Goal ' || g, 'Reach the target of goal ' || g,
       case when g % 2 = 0 then 'LEARNING' else 'OUTPUT' end, 'Indicator', 'points', 0, 100, 'INCREASE',
       date '2027-06-30' - (g % 900)::int,
       case g % 3 when 0 then 'ACHIEVED' when 1 then 'ACTIVE' else 'RETIRED' end,
       bench_u('10', 2002 + 1 + (g - 1) / 3), timestamptz '2023-01-10 00:00+00', bench_u('10', 3 + (1 + (g - 1) / 3) % 2000),
       timestamptz '2023-01-11 00:00+00', 0
from generate_series(1, 30000) g;
insert into goal_measurement (id, organization_id, goal_id, measured_value, observed_on, recorded_by, recorded_at)
select bench_u('51', m), bench_u('00', 1), bench_u('50', 1 + (m - 1) / 10), ((m - 1) % 10) * 9, date '2025-01-01' + ((m - 1) % 10) * 30,
       bench_u('10', 2002 + 1 + ((m - 1) / 10 - 0) / 3), timestamptz '2025-01-01 00:00+00' + ((m - 1) % 10) * interval '30 days'
from generate_series(1, 300000) m;

-- check-ins: 100 per pair, every 14 days; mostly completed, some missed or cancelled, future ones scheduled
insert into check_in (id, organization_id, mentorship_id, mentor_id, mentee_id, playbook_id, playbook_number, scheduled_at,
                      duration_minutes, status, started_at, completed_at, missed_at, rating_clarity, rating_usefulness,
                      rating_support, rated_at, autonomy_rating, autonomy_rated_at, created_at, version)
select bench_u('60', n), bench_u('00', 1), bench_u('40', k), bench_u('10', 3 + k % 2000), bench_u('10', 2002 + k), bench_u('20', 1), 1,
       at, 45, st,
       case when st = 'COMPLETED' then at + ((n % 5) * interval '20 hours') end,
       case when st = 'COMPLETED' then at + ((n % 5) * interval '20 hours') + interval '45 minutes' end,
       case when st = 'MISSED' then at + interval '2 days' end,
       case when st = 'COMPLETED' and n % 3 <> 0 then 1 + n % 5 end,
       case when st = 'COMPLETED' and n % 3 <> 0 then 1 + (n / 5) % 5 end,
       case when st = 'COMPLETED' and n % 3 <> 0 then 1 + (n / 25) % 5 end,
       case when st = 'COMPLETED' and n % 3 <> 0 then at + interval '1 day' end,
       case when st = 'COMPLETED' and n % 2 = 0 then 1 + least(4, (n % 100) / 20) end,
       case when st = 'COMPLETED' and n % 2 = 0 then at + interval '1 day' end,
       at - interval '14 days', 1
from (
    select n, k, at,
           case when at > now() then 'SCHEDULED'
                when (n::bigint * 7919) % 100 < 88 then 'COMPLETED'
                when (n::bigint * 7919) % 100 < 97 then 'MISSED'
                else 'CANCELLED' end as st
    from (select n, 1 + (n - 1) / 100 as k,
                 timestamptz '2023-01-02 09:00+00' + ((1 + (n - 1) / 100) % 7) * interval '1 day' + ((n - 1) % 100) * interval '14 days' as at
          from generate_series(1, 1000000) n) s
) c;

-- six sections per check-in, minutes used varying by check-in
insert into check_in_section (check_in_id, position, organization_id, kind, title, planned_minutes, prompts, used_seconds)
select bench_u('60', n), p, bench_u('00', 1), (array['RECAP','REVIEW','ADJUST','CELEBRATE','PLAN','CLOSE'])[p],
       (array['Recap','Review','Adjust','Celebrate','Plan','Close'])[p], (array[5,15,10,5,5,5])[p], '',
       case when (n * 31 + p) % 7 = 0 then 0 else ((n * 13 + p * 7) % 15) * 60 end
from generate_series(1, 1000000) n cross join generate_series(1, 6) p;

-- one action item per two check-ins, an observation per two, a win per four, a risk per ten
insert into action_item (id, organization_id, mentorship_id, created_in, task, owner_id, due_on, status, created_by, created_at,
                         updated_by, updated_at, version)
select bench_u('70', n), bench_u('00', 1), bench_u('40', 1 + (n - 1) / 100), bench_u('60', n), 'Task ' || n,
       bench_u('10', 2002 + 1 + (n - 1) / 100), date '2023-02-01' + ((n - 1) % 100) * 14,
       case when n % 10 = 0 then 'OPEN' else 'DONE' end, bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now(),
       bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now(), 0
from generate_series(1, 1000000, 2) n;
insert into observation (id, organization_id, mentorship_id, check_in_id, kind, text, observed_on, author_id, recorded_at)
select bench_u('71', n), bench_u('00', 1), bench_u('40', 1 + (n - 1) / 100), bench_u('60', n), 'METRIC', 'Observation ' || n,
       date '2023-02-01', bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now()
from generate_series(2, 1000000, 2) n;
insert into check_in_win (id, organization_id, check_in_id, text, author_id, recorded_at)
select bench_u('72', n), bench_u('00', 1), bench_u('60', n), 'Win ' || n, bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now()
from generate_series(4, 1000000, 4) n;
insert into risk (id, organization_id, mentorship_id, raised_in, description, likelihood, impact, support, owner_id, status,
                  raised_by, raised_at, updated_by, updated_at, version)
select bench_u('73', n), bench_u('00', 1), bench_u('40', 1 + (n - 1) / 100), bench_u('60', n), 'Risk ' || n, 1 + n % 3, 1 + (n / 3) % 3,
       'Support', bench_u('10', 2002 + 1 + (n - 1) / 100), case when n % 30 = 0 then 'OPEN' else 'CLOSED' end,
       bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now(), bench_u('10', 3 + (1 + (n - 1) / 100) % 2000), now(), 0
from generate_series(10, 1000000, 10) n;

alter table check_in_section add constraint check_in_section_pk primary key (check_in_id, position);
alter table check_in_section add constraint check_in_section_kind_uq unique (check_in_id, kind);
create index check_in_mentorship_ix on check_in (organization_id, mentorship_id, scheduled_at);
create index check_in_status_ix on check_in (organization_id, status, scheduled_at);
create index insight_check_in_rated_ix on check_in (rated_at);
create index insight_check_in_autonomy_ix on check_in (autonomy_rated_at);
create index insight_action_item_goal_ix on action_item (organization_id, goal_id);

set session_replication_role = origin;
drop function bench_u(text, bigint);
