-- A guest may change or withdraw their peer-feedback answer until the link's due date (plus its grace) has
-- passed (decision 0087). The pair sees that an answer was edited, not what it said before: a guest has no
-- account to keep earlier texts for, so they are not kept. Edits are version-checked on the request's row.
alter table peer_feedback add column edited_at timestamp with time zone;
