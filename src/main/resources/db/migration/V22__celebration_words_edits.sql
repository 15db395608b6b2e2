-- A guest may change or withdraw their words on a celebration until their link runs out (decision 0090). The pair
-- and everyone who sees the celebration see that the words were edited, never what they said before: earlier texts
-- are not kept. Changes are version-checked on the invitation's row.
alter table stakeholder_invitation add column edited_at timestamp with time zone;

-- The person who published a celebration may change its recognition while the guests may change theirs (0090);
-- readers see when it was edited, not what it said before.
alter table celebration add column recognition_edited_at timestamp with time zone;
