-- This service's copy of the agencies and service units of programs-service's register.
create table agency (
    code        text primary key,
    name        text    not null,
    region_code text    not null,
    active      boolean not null
);

create table service_unit (
    code                 text primary key,
    name                 text    not null,
    agency_code          text    not null,
    region_code          text    not null,
    yearly_service_users integer,
    active               boolean not null
);
