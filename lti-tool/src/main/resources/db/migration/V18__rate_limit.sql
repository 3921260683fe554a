-- Issue 15, items 6 and 7: request counts per client address (or launch) and fixed window, in the
-- shared database so every replica enforces the same limit. Rows older than a day are purged.
create table rate_limit (
    bucket       varchar(200)             not null,
    window_start timestamp with time zone not null,
    hits         integer                  not null,
    primary key (bucket, window_start)
);

create index rate_limit_window on rate_limit (window_start);

-- Repeated refusals of one kind from one platform within an hour are one row with a count.
alter table launch_failure add column repeats integer default 1 not null;
alter table launch_failure add column last_at timestamp with time zone;
create index launch_failure_kind on launch_failure (reason, occurred_at);

-- Issue 15, item 7: API tokens expire, can be listed with when they were last used, and revoked.
alter table admin_api_token add column expires_at timestamp with time zone;
alter table admin_api_token add column last_used_at timestamp with time zone;
alter table admin_api_token add column revoked_at timestamp with time zone;
update admin_api_token set expires_at = created_at + interval '90' day;

-- Admin console sign-ins, so signing out ends the session on every replica at once.
create table admin_session (
    id         varchar(64)              not null primary key,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
