-- Requests to public operations, counted per key (a client address, a public link) in fixed windows,
-- so that every replica of a service counts against the same limit (id.simonev.platform.ratelimit).
-- Unlogged: a count is worth less than the write-ahead log of every public request; a crash or a
-- fail-over empties the table, which only gives each client a fresh window.
-- The fill factor leaves room in each page for the updates of hits to stay on it (HOT updates).
create unlogged table rate_limit_window (
    limit_name   text        not null,
    key          text        not null,
    window_start timestamptz not null,
    window_end   timestamptz not null,
    hits         integer     not null,
    primary key (limit_name, key, window_start)
) with (fillfactor = 70);

-- The sweep removes the windows that have ended.
create index rate_limit_window_end on rate_limit_window (window_end);
