-- Issue 14: what a student noticed in a section's try-it, saved with their progress and shown to the
-- teacher; not graded. One note per student, activity and section, replaced when edited.
create table try_it_response (
    scope_key        varchar(1200)            not null,
    subject          varchar(255)             not null,
    resource_link_id varchar(255)             not null,
    section_id       varchar(64)              not null,
    response         varchar(2000)            not null,
    updated_at       timestamp with time zone not null,
    primary key (scope_key, subject, resource_link_id, section_id)
);
