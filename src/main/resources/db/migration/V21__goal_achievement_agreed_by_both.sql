-- Achievement needs both sides of the pair (decision 0089): one side proposes that the goal is achieved, with the
-- evidence it rests on, and the goal stays ACTIVE until the other side agrees. The proposal stays with the goal
-- after the agreement, so "proposed by" and "agreed by" (closed_by) both remain on record.
alter table goal add column achievement_proposed_by uuid references person (id);
alter table goal add column achievement_proposed_at timestamp with time zone;
alter table goal add column achievement_evidence varchar(2000);
