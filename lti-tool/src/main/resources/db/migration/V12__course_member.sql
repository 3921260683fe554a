-- Who has launched each resource link, so a teacher view lists students the roster does not
-- (left the course, or a platform without NRPS). Name and email only when the platform sent them.
create table course_member (
    scope_key        varchar(1200)            not null,
    resource_link_id varchar(255)             not null,
    subject          varchar(255)             not null,
    experience       varchar(16)              not null,
    name             varchar(1000),
    email            varchar(1000),
    first_launch_at  timestamp with time zone not null,
    last_launch_at   timestamp with time zone not null,
    primary key (scope_key, resource_link_id, subject)
);
