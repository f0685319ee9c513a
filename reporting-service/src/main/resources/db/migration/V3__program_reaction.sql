-- Level 1 (reaction) of each program's evaluation, kept from surveys-service's events: the participants'
-- answers to the REACTION questionnaire as integer sums, and the links issued for it. These events may come
-- before the program's plan: each creates the rows it needs, program_evaluation's too.

alter table program_evaluation
    -- REACTION links issued minus those replaced: the current links, what the response rate counts against.
    add column reaction_links  bigint not null default 0,
    -- Provenance: the time of the latest reaction event included.
    add column reaction_as_of  timestamptz;

-- One section of the questionnaire: the delivery (section 'DELIVERY') or one trainer (section: the
-- trainer's id), with how many answered it.
create table program_reaction_section (
    program_id   uuid        not null,
    section      text        not null,
    -- The trainer's name as the latest answer about them says; null for the delivery.
    trainer_name text,
    named_at     timestamptz,
    respondents  bigint      not null,
    primary key (program_id, section)
);

-- ItemTally of one item of a section: how many answered it, the sum of the answers (1-5) and how many
-- answered 4 or 5.
create table program_reaction_item (
    program_id uuid   not null,
    section    text   not null,
    item_code  text   not null,
    answered   bigint not null,
    answer_sum bigint not null,
    top_two    bigint not null,
    primary key (program_id, section, item_code)
);
