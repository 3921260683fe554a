-- The built-in demo LMS keeps its own signing key here; it never reads or writes the tool's tables.
create table demo_key (
    kid         varchar(64)              not null primary key,
    private_jwk varchar(8000)            not null,
    created_at  timestamp with time zone not null
);
