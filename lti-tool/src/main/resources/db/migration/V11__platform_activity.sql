-- When each platform last launched the tool, and its last refused launch, for the admin console.
alter table platform add column last_launch_at timestamp with time zone;
alter table platform add column last_failure_at timestamp with time zone;
alter table platform add column last_failure varchar(300);
