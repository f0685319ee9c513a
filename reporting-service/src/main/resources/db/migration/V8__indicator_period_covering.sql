-- Level 4 reads the capaian of the windows' few periods of every indicator of a program's comparison group (some
-- 300 indicators for a province). With the key alone, each indicator's lookup visited the table row of every one of
-- its periods (50 in ten years of quarters) only to check the period; with the capaian and its time in the key's
-- index, the periods are checked and read from the index alone. Realisations are rarely corrected, so the wider
-- index costs the writes little.
alter table indicator_period
    drop constraint indicator_period_pkey,
    add constraint indicator_period_pkey primary key (agency_code, indicator_code, period)
        include (capaian, occurred_at);
