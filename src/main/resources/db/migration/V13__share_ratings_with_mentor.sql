-- The mentee's choice to let the mentor read the values of their check-in ratings (decision 0070). Off for every
-- existing pair: the ratings were promised to be the mentee's.
alter table mentorship add column share_ratings_with_mentor boolean default false not null;
