-- Claims: spans of a document version worth checking, found automatically or marked by hand.

create table claim (
    id               bigint generated always as identity primary key,
    project_id       bigint      not null references project (id),
    document_id      bigint      not null references document (id),
    document_version integer     not null,
    start_offset     integer     not null,
    end_offset       integer     not null,
    quote            text        not null,
    prefix           text        not null default '',
    suffix           text        not null default '',
    score            integer     not null check (score between 0 and 100),
    signals          jsonb       not null default '[]',
    facts            jsonb       not null default '{}',
    claimant         text,
    has_figure       boolean     not null default false,
    status           text        not null default 'SUGGESTED'
        check (status in ('SUGGESTED', 'TO_CHECK', 'IN_PROGRESS', 'NEEDS_REVIEW', 'PUBLISHED', 'DISMISSED')),
    origin           text        not null check (origin in ('EXTRACTED', 'MANUAL')),
    anchor           text        not null default 'EXACT' check (anchor in ('EXACT', 'MOVED', 'FUZZY', 'ORPHANED')),
    deleted          boolean     not null default false,
    created_by       bigint references app_user (id),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer     not null default 0,
    search           tsvector generated always as (to_tsvector('english', quote)) stored,
    claimant_search  tsvector generated always as (to_tsvector('simple', coalesce(claimant, ''))) stored,
    constraint claim_span_valid check (start_offset >= 0 and end_offset > start_offset)
);

-- Every list the UI and API offer is served by one of these (see ClaimsView and JdbcClaimRepository).
create index claim_document_idx on claim (document_id, start_offset) where not deleted;
create index claim_project_id_idx on claim (project_id, id desc) where not deleted;
create index claim_project_score_idx on claim (project_id, score desc, id desc) where not deleted;
create index claim_project_status_idx on claim (project_id, status, id desc) where not deleted;
create index claim_project_status_score_idx on claim (project_id, status, score desc, id desc) where not deleted;
create index claim_project_figure_idx on claim (project_id, id desc) where not deleted and has_figure;
create index claim_claimant_search_idx on claim using gin (claimant_search);
create index claim_search_idx on claim using gin (search);

-- Append-only history of every change to a claim.
create table claim_revision (
    id       bigint generated always as identity primary key,
    claim_id bigint      not null references claim (id),
    at       timestamptz not null,
    actor_id bigint references app_user (id),
    action   text        not null,
    before   jsonb,
    after    jsonb
);
create index claim_revision_claim_idx on claim_revision (claim_id, id);

create trigger claim_revision_append_only
    before update or delete on claim_revision
    for each row execute function audit_event_is_append_only();
