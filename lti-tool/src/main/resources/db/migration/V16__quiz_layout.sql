-- Issue 14: each attempt asks 15 questions drawn from the bank, with its choices shuffled; the layout
-- (question ids in order, each with its choice ids in the order shown) is stored so the page, a reload,
-- the review and the item analysis agree. Attempts stored before this have none.
alter table quiz_attempt add column layout varchar(4000);
