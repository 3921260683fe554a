-- Issue 19: course members are rolled up from the launches in batches, off the launch path. The
-- roll-up reads launches by creation time and keeps its place here, shared by the replicas.
create index launch_context_created on launch_context (created_at);
create table course_member_feed (
    id       integer                  not null primary key,
    position timestamp with time zone not null
);
insert into course_member_feed (id, position) values (1, timestamp with time zone '2000-01-01 00:00:00+00');
