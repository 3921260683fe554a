-- Issue 19: a launch marks its login state used in the one statement that takes it, and the
-- used row, nonce included, stays until its nonce retention ends (lti-checklist C-25, Z-05).
-- The separate nonce table, a second statement per launch, goes.
alter table login_state add column used_at timestamp with time zone;
drop table used_nonce;
-- Issue 19: the login's own insert checks how many logins the client address has left unfinished,
-- in place of a separate rate-limit count per login.
alter table login_state add column client_key varchar(100);
-- used rows stay a while with their nonce, so the index reaches the unused ones without reading them
create index login_state_client on login_state (client_key, used_at, expires_at);
