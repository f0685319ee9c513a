-- The evaluation of each program, levels 2 (learning) and 5 (worth), kept from programs-service's events.
-- Any of a program's events may come first: each creates the rows it needs, and the plan's columns stay
-- null until the plan arrives.

create table program_evaluation (
    program_id             uuid primary key,
    code                   text,
    title                  text,
    region_code            text,
    organising_agency_code text,
    format                 text,
    competency_type        text,
    start_date             date,
    end_date               date,
    jp                     integer,
    -- The time of the plan and of the status kept: an older one arriving later changes nothing.
    plan_at                timestamptz,
    status                 text,
    status_at              timestamptz,
    -- LearningTally: the running sums of the participants' test scores.
    paired                 bigint      not null default 0,
    pre_only               bigint      not null default 0,
    post_only              bigint      not null default 0,
    pre_sum                numeric     not null default 0,
    post_sum               numeric     not null default 0,
    difference_square_sum  numeric     not null default 0,
    gain_sum               numeric     not null default 0,
    high                   bigint      not null default 0,
    medium                 bigint      not null default 0,
    low                    bigint      not null default 0,
    -- Participants by what their events said so far (see Participant.Counts).
    enrolled               bigint      not null default 0,
    taking_part            bigint      not null default 0,
    withdrawn              bigint      not null default 0,
    completed              bigint      not null default 0,
    not_completed          bigint      not null default 0,
    jp_credited            bigint      not null default 0,
    -- Level 5: the sum of the expense lines and the office's current benefit estimate.
    cost                   bigint      not null default 0,
    benefit_amount         bigint,
    benefit_method         text,
    benefit_estimated_by   text,
    benefit_estimated_at   timestamptz,
    -- Provenance: the time of the latest event each level includes.
    learning_as_of         timestamptz,
    worth_as_of            timestamptz
);

create index program_evaluation_region on program_evaluation (region_code);

-- What each participant's events said so far: enough to take their former contribution out of the
-- program's sums when a later event changes it.
create table program_evaluation_participant (
    program_id        uuid    not null,
    nip               text    not null,
    enrolled          boolean not null default false,
    pre_test          numeric,
    post_test         numeric,
    scores_at         timestamptz,
    withdrawal_reason text,
    completed         boolean,
    shortfalls        text[]  not null default '{}',
    jp_credited       integer not null default 0,
    primary key (program_id, nip)
);

-- Participants per withdrawal reason (kind WITHDRAWAL) and per shortfall of those who did not
-- complete (kind SHORTFALL).
create table program_evaluation_reason (
    program_id   uuid   not null,
    kind         text   not null,
    reason       text   not null,
    participants bigint not null,
    primary key (program_id, kind, reason)
);
