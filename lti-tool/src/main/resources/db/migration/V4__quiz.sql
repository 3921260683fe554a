-- Quiz attempts: one row per attempt of a user on a resource link, scoped as lti-checklist C-35 asks.
create table quiz_attempt (
    id               varchar(64)              not null primary key,
    scope_key        varchar(1200)            not null,
    platform_id      varchar(36)              not null,
    subject          varchar(255)             not null,
    resource_link_id varchar(255)             not null,
    number           integer                  not null,
    status           varchar(16)              not null,
    test_user        boolean                  not null,
    answers          varchar(4000),
    score            integer,
    max_score        integer                  not null,
    started_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    constraint quiz_attempt_number unique (scope_key, subject, resource_link_id, number)
);

create index quiz_attempt_user on quiz_attempt (scope_key, subject, resource_link_id);
