-- The demo LMS's side of dynamic registration: one-time registration tokens and the tools registered.
create table demo_registration_token (
    token      varchar(64)              not null primary key,
    used       boolean                  not null,
    created_at timestamp with time zone not null
);

create table demo_registration (
    client_id     varchar(64)              not null primary key,
    deployment_id varchar(64)              not null,
    created_at    timestamp with time zone not null
);
