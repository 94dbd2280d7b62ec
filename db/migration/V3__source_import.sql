-- Importing sources: formats, parsed structure, original files, full-text search, dedupe.

alter table document add column language text;
alter table document add column search tsvector;
create index document_search_idx on document using gin (search);
create index document_project_outlet_idx on document (project_id, lower(outlet));
create index document_project_published_idx on document (project_id, published_on);
create index document_project_url_idx on document (project_id, url) where url is not null;

alter table document_version add column project_id bigint references project (id);
update document_version v set project_id = d.project_id from document d where d.id = v.document_id;
alter table document_version alter column project_id set not null;

alter table document_version add column format text not null default 'TEXT'
    check (format in ('TEXT', 'MARKDOWN', 'HTML', 'PDF', 'DOCX'));
alter table document_version add column structure jsonb not null default '[]';
alter table document_version add column links jsonb not null default '[]';
alter table document_version add column original bytea;
alter table document_version add column original_name text;
alter table document_version add column media_type text;
alter table document_version add column source_url text;

-- The same text is stored once per project: a second import of it is reported as a duplicate.
create unique index document_version_project_sha_key on document_version (project_id, sha256);
drop index document_version_sha_idx;

update document d set search =
    setweight(to_tsvector('english', d.title), 'A') ||
    setweight(to_tsvector('english', left(v.text, 500000)), 'B')
from document_version v
where v.document_id = d.id and v.number = (select max(number) from document_version w where w.document_id = d.id);
