-- A read model for the inbox's tests: running totals, where applying an event twice would show.
create table tally (
    name  text primary key,
    total integer not null
);
