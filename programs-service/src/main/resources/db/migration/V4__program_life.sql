-- The whole plan of a program (sessions, capacity, passing score, budget, the agencies it is
-- for and the results it is meant to improve), its life from draft to completion, and what
-- happens to it: participants, attendance, test scores, completion and expenses.

alter table program
    add column description            text,
    add column competency_type        text,
    add column organising_agency_code text references agency (code),
    add column capacity               integer check (capacity > 0),
    add column passing_score          numeric(5, 2) check (passing_score between 0 and 100),
    add column planned_budget         bigint check (planned_budget >= 0),
    add column updated_at             timestamptz;

-- Programs scheduled before these fields existed: the plan they would have had by default.
-- Their organising agency stays unknown (they predate the register).
update program set competency_type = 'TEKNIS', capacity = 30, passing_score = 70, planned_budget = 0;

alter table program
    alter column competency_type set not null,
    alter column capacity set not null,
    alter column passing_score set not null,
    alter column planned_budget set not null;

-- program.jp stays as the total of its sessions' JP, kept with them.
create table program_session (
    program_id uuid    not null references program (id),
    number     integer not null check (number > 0),
    held_on    date    not null,
    jp         integer not null check (jp between 1 and 16),
    primary key (program_id, number)
);

insert into program_session (program_id, number, held_on, jp) select id, 1, start_date, jp from program;

create table program_target_agency (
    program_id  uuid not null references program (id),
    agency_code text not null references agency (code),
    primary key (program_id, agency_code)
);

-- The evaluation design: the indicators (IKU of an agency) and service units (their IKM) the
-- program is meant to improve, and in which direction.
create table program_expected_outcome (
    program_id        uuid    not null references program (id),
    number            integer not null,
    indicator_code    text,
    agency_code       text references agency (code),
    service_unit_code text references service_unit (code),
    expected_change   text    not null,
    primary key (program_id, number),
    check ((indicator_code is not null and agency_code is not null and service_unit_code is null)
        or (indicator_code is null and agency_code is null and service_unit_code is not null))
);

create table program_status_change (
    program_id  uuid        not null references program (id),
    changed_at  timestamptz not null,
    from_status text,
    to_status   text        not null,
    reason      text,
    changed_by  text        not null
);

create index program_status_change_program on program_status_change (program_id, changed_at);

insert into program_status_change (program_id, changed_at, from_status, to_status, changed_by)
select id, created_at, null, status, created_by from program;

create table participant (
    program_id        uuid          not null references program (id),
    nip               text          not null references employee (nip),
    name              text          not null,
    agency_code       text          not null references agency (code),
    region_code       text          not null references region (code),
    status            text          not null,
    enrolled_at       timestamptz   not null,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    withdrawal_note   text,
    pre_test          numeric(5, 2) check (pre_test between 0 and 100),
    post_test         numeric(5, 2) check (post_test between 0 and 100),
    jp_credited       integer       not null default 0,
    shortfalls        text,
    primary key (program_id, nip)
);

create index participant_nip on participant (nip);
create index participant_agency on participant (agency_code);

create table attendance (
    program_id     uuid        not null,
    nip            text        not null,
    session_number integer     not null,
    present        boolean     not null,
    recorded_at    timestamptz not null,
    primary key (program_id, nip, session_number),
    foreign key (program_id, nip) references participant (program_id, nip),
    -- Deferred: changing a running program's sessions rewrites their rows within one transaction.
    foreign key (program_id, session_number) references program_session (program_id, number)
        deferrable initially deferred
);

create table program_expense (
    id          uuid        primary key,
    program_id  uuid        not null references program (id),
    category    text        not null,
    amount      bigint      not null check (amount > 0),
    spent_on    date        not null,
    note        text,
    recorded_at timestamptz not null,
    recorded_by text        not null
);

create index program_expense_program on program_expense (program_id, spent_on);
