-- A job's items by state and then number. The two indexes this replaces each left a statement with a bad plan once
-- PostgreSQL switched to a generic plan: with the state bound as a parameter, "this item, if still pending" could not
-- use the partial index of pending items and read every pending item of the job through (job_id, state) to find
-- one, so saving the results of a 10,000-file import cost 0.7 ms an item instead of 0.03. With all three columns in
-- one index, every item statement (take the next pending ones in order, save one, count by state, page results of
-- one state) is a single range of it whatever the plan.
drop index job_item_pending_idx;
drop index job_item_state_idx;
create index job_item_state_idx on job_item (job_id, state, seq);

-- An item's file waits here only until it is imported, and is then cleared. Compressing it on the way in (pglz, the
-- only method this PostgreSQL build has) cost some 80 µs for a 6 KB text file: 0.8 s of the request that stores a
-- 10,000-file archive, for bytes that are not kept. They are stored out of line and uncompressed instead.
alter table job_item alter column bytes set storage external;

-- A source's original file as it was received, kept for download and backups, next to its text (which stays
-- compressed). For the plain-text and HTML files of a bulk import, compressing the original a second time was 0.7 s
-- of PostgreSQL's CPU per 10,000 documents; PDF and Word files are compressed already and gain nothing from it.
alter table document_version alter column original set storage external;

-- A queued claim's project is its claim's, copied in the same statement; the claim's own foreign key already ties it
-- to a project that exists. Checking it again cost PostgreSQL a look-up for each of a bulk import's claims (295,000
-- for 10,000 documents), for nothing the claim's key does not already guarantee.
alter table link_pending drop constraint link_pending_project_id_fkey;

-- A new or re-read document's claims wait to be linked as one row, not one row per claim: a bulk import of 10,000
-- documents queued 295,000 claim rows (each checked against its claim and indexed twice) only for the linker to
-- delete them again. A worker takes whole documents and links every claim they have then; a claim changed on its
-- own still waits in link_pending. claims says how many the document had when queued, for "n claims waiting" and
-- for filling a batch; linking reads the claims themselves.
create table link_pending_document (
    document_id bigint primary key references document (id),
    project_id  bigint      not null,
    claims      int         not null,
    queued_at   timestamptz not null,
    taken_at    timestamptz
);
create index link_pending_document_project_idx on link_pending_document (project_id);
