-- Agreement rounds (issue 17, decision 0020): reviewers judge the same claims blind; their verdicts are kept here,
-- apart from the claims' own reviews, which a round never writes.

create table agreement_round (
    id         bigint generated always as identity primary key,
    project_id bigint      not null references project (id),
    name       text        not null,
    state      text        not null check (state in ('OPEN', 'CLOSED')),
    -- how the claims were chosen (the claims list's filter, a sample size and its seed), to repeat the draw
    selection  jsonb       not null default '{}',
    created_by bigint references app_user (id),
    created_at timestamptz not null,
    closed_by  bigint references app_user (id),
    closed_at  timestamptz,
    version    integer     not null default 0
);
create index agreement_round_project_idx on agreement_round (project_id, id desc);

-- The round's claims, in the order reviewers get them; a disagreement settled records who settled it on what.
create table agreement_round_claim (
    round_id      bigint      not null references agreement_round (id),
    claim_id      bigint      not null references claim (id),
    position      integer     not null,
    settled_level bigint references rating_level (id),
    settled_by    bigint references app_user (id),
    settled_at    timestamptz,
    version       integer     not null default 0,
    primary key (round_id, claim_id)
);
create index agreement_round_claim_claim_idx on agreement_round_claim (claim_id);

create table agreement_round_reviewer (
    round_id bigint not null references agreement_round (id),
    user_id  bigint not null references app_user (id),
    primary key (round_id, user_id)
);
create index agreement_round_reviewer_user_idx on agreement_round_reviewer (user_id);

-- One blind verdict per reviewer and claim. The level's label and value are kept as given, so renaming or retiring
-- a level later leaves the figures as they were measured.
create table agreement_verdict (
    round_id    bigint      not null,
    claim_id    bigint      not null,
    reviewer_id bigint      not null,
    level_id    bigint      not null references rating_level (id),
    label       text        not null,
    value       integer     not null,
    rationale   text        not null default '' check (length(rationale) <= 2000),
    given_at    timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    primary key (round_id, claim_id, reviewer_id),
    foreign key (round_id, claim_id) references agreement_round_claim (round_id, claim_id),
    foreign key (round_id, reviewer_id) references agreement_round_reviewer (round_id, user_id)
);
create index agreement_verdict_reviewer_idx on agreement_verdict (reviewer_id, claim_id);
