-- The tool's signing keys. Written once for H2 and PostgreSQL: portable types only.
create table tool_key (
    kid         varchar(64)              not null primary key,
    state       varchar(16)              not null,
    public_jwk  varchar(4000)            not null,
    private_key varchar(8000)            not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone
);

create index tool_key_state on tool_key (state, created_at);
