-- The lead's pair table (decision 0085) reads the per-pair rollups; these are the figures it adds to them.
-- When the pair last met (the latest completed check-in, as scheduled), when it meets next (the earliest check-in
-- still planned and not past its window at the last refresh), since when its held check-ins go unrated (the earliest
-- completed check-in after the latest rated one; null when the latest held one was rated or none was held), and how
-- many of its active goals the goal feature calls off track.
alter table insight_pair_rollup add column last_held_at timestamp with time zone;
alter table insight_pair_rollup add column next_check_in_at timestamp with time zone;
alter table insight_pair_rollup add column unrated_since timestamp with time zone;
alter table insight_pair_rollup add column goals_off_track int default 0 not null;

-- Every pair is recomputed once so the new figures are filled in.
update insight_pair_rollup set dirty = true;

-- Overdue action items are counted when the table is read (time alone makes an item overdue, no event does):
-- the open items of an organization by due date.
create index insight_action_item_due_ix on action_item (organization_id, status, due_on);
