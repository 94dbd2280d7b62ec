-- Source documents: metadata plus immutable text versions.

create table document (
    id           bigint generated always as identity primary key,
    project_id   bigint      not null references project (id),
    title        text        not null,
    outlet       text,
    author       text,
    published_on date,
    url          text,
    source_type  text        not null default 'OTHER'
        check (source_type in ('ENCYCLOPEDIA', 'NEWS', 'STATEMENT', 'SOCIAL', 'OTHER')),
    created_by   bigint references app_user (id),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      integer     not null default 0
);
create index document_project_idx on document (project_id, created_at desc);

create table document_version (
    id          bigint generated always as identity primary key,
    document_id bigint      not null references document (id),
    number      integer     not null,
    text        text        not null,
    sha256      text        not null,
    created_by  bigint references app_user (id),
    created_at  timestamptz not null,
    unique (document_id, number)
);
create index document_version_sha_idx on document_version (sha256);
