-- The demo LMS's activities added by deep linking: each is a resource link with its custom
-- values and, when the tool asked for one, its gradebook column.
create table demo_activity (
    resource_link_id varchar(64)              not null primary key,
    title            varchar(255)             not null,
    custom           varchar(4000)            not null,
    line_item_id     bigint,
    created_at       timestamp with time zone not null
);
