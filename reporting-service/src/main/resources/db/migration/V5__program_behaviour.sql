-- Level 3 (behaviour) of each program's evaluation: the post-training 360 kept from surveys-service's events,
-- the appraisals kept from performance-service's, and the program's lag before the appraisal after it.

-- The program's postTrainingLagMonths, from its plan (3 for a plan that does not say). Rows kept before this
-- migration take 3 until their plan next changes or the read model is rebuilt from the topics.
alter table program_evaluation
    add column post_training_lag_months integer not null default 3;

-- One rater role of a program's post-training 360 (SELF, SUPERVISOR, PEER): how many answered, the links issued
-- minus those replaced (the current links, what the response rate counts against) and the time of the latest
-- event included. Answers and links may come before the program's plan: each creates the row it needs.
create table program_behaviour_role (
    program_id  uuid        not null,
    role        text        not null,
    respondents bigint      not null,
    links       bigint      not null,
    as_of       timestamptz not null,
    primary key (program_id, role)
);

-- ItemTally of one item (B1-B5, I1-I6) of one role: how many answered it, the sum of the answers (1-5) and how
-- many answered 4 or 5.
create table program_behaviour_item (
    program_id uuid   not null,
    role       text   not null,
    item_code  text   not null,
    answered   bigint not null,
    answer_sum bigint not null,
    top_two    bigint not null,
    primary key (program_id, role, item_code)
);

-- Every employee's appraisals (AppraisalRecorded), each with the predicate of its latest event by event time (an
-- AppraisalCorrected changes it; an older event arriving later changes nothing), so that the order they arrive in
-- does not matter. A program's evaluation looks up the appraisals of its participants and of its comparison group
-- by NIP; the comparison group itself is drawn from the register's employees by agency and jenis jabatan.
create table employee_appraisal (
    appraisal_id uuid primary key,
    nip          text        not null,
    -- As performance-service codes it: 2025, 2025-Q1 or 2025-03.
    period       text        not null,
    predicate    text        not null,
    -- The time of the event the predicate comes from.
    predicate_at timestamptz not null
);

create index employee_appraisal_nip on employee_appraisal (nip);
