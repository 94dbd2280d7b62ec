-- Cross-source links (issue 15, decision 0018): the same fact in two claims of different documents.

create extension if not exists pg_trgm;

-- One row per pair of claims, the lower claim id first, so a pair is found (and a rejection remembered) whichever
-- claim it is looked up from.
create table claim_link (
    id          bigint generated always as identity primary key,
    project_id  bigint      not null references project (id),
    claim_a     bigint      not null references claim (id),
    claim_b     bigint      not null references claim (id),
    relation    text        not null check (relation in ('CORROBORATES', 'CONFLICTS', 'RELATED', 'DUPLICATE')),
    state       text        not null check (state in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    score       integer     not null check (score between 0 and 100),
    reasons     jsonb       not null default '[]',
    differences jsonb       not null default '[]',
    decided_by  bigint references app_user (id),
    decided_at  timestamptz,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    constraint claim_link_ordered check (claim_a < claim_b),
    constraint claim_link_pair_key unique (claim_a, claim_b)
);
create index claim_link_b_idx on claim_link (claim_b);
create index claim_link_project_idx on claim_link (project_id, relation, state, score desc, id);

-- Append-only history of every change to a link, like the claims' and reviews' own.
create table claim_link_revision (
    id       bigint generated always as identity primary key,
    link_id  bigint      not null references claim_link (id),
    at       timestamptz not null,
    actor_id bigint references app_user (id),
    action   text        not null,
    before   jsonb,
    after    jsonb
);
create index claim_link_revision_link_idx on claim_link_revision (link_id, id);
create trigger claim_link_revision_append_only
    before update or delete on claim_link_revision
    for each row execute function audit_event_is_append_only();

-- What a claim is looked up by when another claim seeks its candidates (blocking): folded names, the thing a
-- figure counts, the day and month it speaks of. Written when the claim is linked.
create table link_key (
    project_id  bigint not null references project (id),
    claim_id    bigint not null references claim (id),
    document_id bigint not null references document (id),
    key         text   not null,
    primary key (claim_id, key)
);
-- with the claim id, so that "the newest 200 claims with this key" reads 200 index entries, not every claim with it
create index link_key_lookup_idx on link_key (project_id, key, claim_id);

-- A claim's words, normalised, for trigram similarity in PostgreSQL, and its sentence embedding (384 float32,
-- little-endian; null when embeddings are off) for comparing meaning in Java.
create table link_text (
    claim_id    bigint primary key references claim (id),
    project_id  bigint not null references project (id),
    document_id bigint not null references document (id),
    words       text   not null,
    embedding   bytea
);
create index link_text_words_idx on link_text using gin (words gin_trgm_ops);

-- Claims new or changed since they were last linked: written in the transaction that changed them. A worker takes
-- some (taken_at, committed together with their keys, so that claims linked at the same moment by two workers see
-- each other) and removes them in the transaction that stores their links; a change meanwhile queues them again.
-- A taken row whose worker died is taken again once taken_at is old.
create table link_pending (
    claim_id   bigint primary key references claim (id),
    project_id bigint      not null references project (id),
    queued_at  timestamptz not null,
    taken_at   timestamptz
);
create index link_pending_project_idx on link_pending (project_id);
