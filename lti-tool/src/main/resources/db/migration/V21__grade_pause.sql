-- Issue 19: while a platform does not answer, its other grades wait with the one that failed,
-- instead of each being tried, and counted as a try, on its own backoff. In the shared database,
-- so every replica holds back.
create table grade_pause (
    platform_id   varchar(36)              primary key,
    paused_until  timestamp with time zone not null
);
