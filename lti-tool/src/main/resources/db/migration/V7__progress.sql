-- Sections a student has read, per resource link, so they resume on any device.
create table section_progress (
    scope_key        varchar(1200)            not null,
    subject          varchar(255)             not null,
    resource_link_id varchar(255)             not null,
    section_id       varchar(64)              not null,
    viewed_at        timestamp with time zone not null,
    primary key (scope_key, subject, resource_link_id, section_id)
);
