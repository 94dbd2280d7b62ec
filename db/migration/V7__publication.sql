-- Publication: what the desk made public, kept apart from the working review (see
-- docs/decisions/0001-published-state-is-a-snapshot.md).

-- One row per publication and per withdrawal, never changed: the public state of a claim is its
-- latest row when that row is a publication. Editing a published claim's review leaves this table
-- alone, so exports keep serving what a second reviewer signed off until it is published again.
create table claim_publication (
    id               bigint generated always as identity primary key,
    claim_id         bigint      not null references claim (id),
    project_id       bigint      not null references project (id),
    kind             text        not null check (kind in ('PUBLISHED', 'WITHDRAWN')),
    verdict_id       bigint references rating_level (id),
    verdict_by       bigint references app_user (id),
    rationale        text        not null default '',
    claimant         text,
    claim_date       date,
    claim_reviewed   text,
    quote            text        not null,
    document_version integer     not null,
    -- the review's last revision at that moment: changes after it are not public yet
    last_revision_id bigint,
    actor_id         bigint references app_user (id),
    at               timestamptz not null
);
create index claim_publication_claim_idx on claim_publication (claim_id, id desc);

create trigger claim_publication_append_only
    before update or delete on claim_publication
    for each row execute function audit_event_is_append_only();

-- A new source version changed the wording under a claim that was in review or published. The
-- reviewed wording stays here until an editor has looked at the change (resolved_at).
create table claim_source_change (
    id           bigint generated always as identity primary key,
    claim_id     bigint      not null references claim (id),
    project_id   bigint      not null references project (id),
    from_version integer     not null,
    to_version   integer     not null,
    old_quote    text        not null,
    new_quote    text,
    summary      text        not null,
    at           timestamptz not null,
    resolved_at  timestamptz,
    resolved_by  bigint references app_user (id),
    version      integer     not null default 0
);
create index claim_source_change_open_idx on claim_source_change (project_id, claim_id) where resolved_at is null;
create index claim_source_change_claim_idx on claim_source_change (claim_id, id);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('MENTION', 'ASSIGNED', 'REVIEW_REQUEST', 'SOURCE_CHANGED'));
