-- "Ask for changes" (decision 0094): the side who may agree to a proposal (a proposed goal, a revision, an achievement)
-- sends it back with a comment instead. Each request is a row: inserted when asked, answered once (the proposer
-- changed or proposed again, or the proposal was decided otherwise) by an update that only matches unanswered rows.
-- The rows stay, so the goal's history shows the exchange. changed_fields: what the proposer changed in reply (API field names).
create table goal_change_request (
    id               uuid          not null primary key,
    organization_id  uuid          not null references organization (id),
    goal_id          uuid          not null references goal (id),
    subject          varchar(20)   not null,
    revision_id      uuid          references goal_revision (id),
    proposed_by      uuid          not null references person (id),
    asked_by         uuid          not null references person (id),
    asked_at         timestamp with time zone not null,
    comment_text     varchar(2000) not null,
    answered_by      uuid          references person (id),
    answered_at      timestamp with time zone,
    answer           varchar(20),
    changed_fields   varchar(500)
);
create index goal_change_request_goal_ix on goal_change_request (organization_id, goal_id);
