-- lti-checklist Z-08, CV-02: who may frame a launched page is decided per launch (the issuer's origin, the
-- launch's return URLs) and per platform (course page origins an admin adds), no longer from every platform.
alter table platform add column frame_ancestors varchar(1000);
alter table launch_context add column frame_ancestors varchar(1000);

-- The new-tab fallback (lti-checklist S-01): where a fresh, top-level launch of this login starts.
alter table login_state add column relaunch_url varchar(4000);

-- CV-09: dynamic registration stored Canvas's authorization_server (a bare host name) as the client-assertion
-- audience; Canvas accepts only its token endpoint URL, which is the default.
update platform set token_audience = null where token_audience is not null and token_audience not like '%://%';
