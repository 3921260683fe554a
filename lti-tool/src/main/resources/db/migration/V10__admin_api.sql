-- API tokens for the admin API; only their SHA-256 hashes are kept.
create table admin_api_token (
    token_hash varchar(64)              not null primary key,
    label      varchar(255)             not null,
    created_at timestamp with time zone not null
);
