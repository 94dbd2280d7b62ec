package org.factdesk.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.database.Batches;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jobs and their items. States are bound from their enums, never spelled here. */
@Repository
class JdbcJobRepository {

    private static final String INSERT_JOB = """
            insert into job (project_id, owner_id, kind, state, title, workers, created_at)
            values (:project, :owner, :kind, :queued, :title, :workers, :now)
            returning id
            """;

    private static final String INSERT_ITEM = """
            insert into job_item (job_id, seq, name, content_type, url, bytes, document_id, state, message, finished_at,
                                  parameters)
            values (:job, :seq, :name, :contentType, :url, :bytes, :document, :state, :message, :finishedAt, :parameters)
            """;

    private static final String JOB = """
            select j.id, j.version, j.project_id, j.owner_id, u.display_name, j.kind, j.state, j.title, j.workers,
                   j.message, j.created_at, j.started_at, j.finished_at
            from job j join app_user u on u.id = j.owner_id
            """;

    private static final String BY_ID = JOB + "where j.id = :id";

    private static final String OF_PROJECT = JOB + "where j.project_id = :project order by j.id desc limit :limit";

    private static final String UNFINISHED = JOB + "where j.state in (:queued, :running) order by j.id";

    private static final String UNFINISHED_OF_OWNER = JOB
            + "where j.state in (:queued, :running) and j.owner_id = :owner order by j.id";

    private static final String PROGRESS = """
            select job_id, state, count(*) as n from job_item where job_id = any(:ids) group by job_id, state
            """;

    private static final String STEPS = "select job_id, done, total from job_step where job_id = any(:ids)";

    private static final String SAVE_STEP = """
            insert into job_step (job_id, done, total, updated_at) values (:id, :done, :total, :now)
            on conflict (job_id) do update set done = excluded.done, total = excluded.total, updated_at = excluded.updated_at
            """;

    private static final String REQUEST_CANCEL = """
            update job set cancel_requested_at = coalesce(cancel_requested_at, :now)
            where id = :id and state in (:queued, :running)
            """;

    private static final String CANCEL_REQUESTED = "select cancel_requested_at is not null from job where id = :id";

    private static final String INSERT_OUTPUT = """
            insert into job_output (job_id, file_name, content_type, size, bytes, created_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (job_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
                size = excluded.size, bytes = excluded.bytes, created_at = excluded.created_at
            """;

    private static final String OUTPUTS = """
            select job_id, file_name, content_type, size, created_at from job_output where job_id = any(:ids)
            """;

    private static final String OUTPUT_BYTES = "select bytes from job_output where job_id = ?";

    /**
     * A worker's batch and a cancel take the job's advisory lock, shared and exclusive: cancelling waits for the
     * batches in flight, and batches that start after it wait behind it (PostgreSQL queues advisory locks in order;
     * a shared row lock would let a stream of batches starve the cancel).
     */
    private static final String LOCK_SHARED = "select pg_advisory_xact_lock_shared(" + JobLocks.KIND + ", :id)";

    private static final String LOCK = "select pg_advisory_xact_lock(" + JobLocks.KIND + ", :id)";

    private static final String STATE = "select state from job where id = :id";

    /**
     * The next items nobody else is doing, locked (a crashed worker's locks go with its connection): their numbers
     * and sizes only, so that a batch reads into memory no more files than its byte budget holds.
     * Package-private for {@code JobItemPlansIntegrationTest}, which checks the plan PostgreSQL gives it.
     */
    static final String CLAIM_BATCH = """
            select seq, coalesce(octet_length(bytes), 0) as size from job_item
            where job_id = :id and state = :pending
            order by seq
            limit :limit
            for update skip locked
            """;

    private static final String CLAIMED_INPUTS = """
            select seq, name, content_type, url, bytes, document_id, message, parameters from job_item
            where job_id = :id and seq = any(cast(:seqs as int[]))
            order by seq
            """;

    /** Package-private for {@code JobItemPlansIntegrationTest}. */
    static final String SAVE_RESULT = """
            update job_item set state = :state, document_id = :document, message = :message, finished_at = :now,
                                bytes = null, project_id = :project
            where job_id = :job and seq = :seq and state = :pending
            """;

    /** A job without a project (a restore's) belongs to the first project one of its items made. */
    private static final String ADOPT = "update job set project_id = :project where id = :job and project_id is null";

    private static final String CLEAR_STEP = "delete from job_step where job_id = :job";

    private static final String START = """
            update job set state = :running, started_at = coalesce(started_at, :now), version = version + 1
            where id = :id and state = :queued
            """;

    /** Ends a job once no item waits; only one of its workers gets a row back. */
    private static final String FINISH = """
            update job set state = :done, finished_at = :now, version = version + 1
            where id = :id and state in (:queued, :running)
              and not exists (select 1 from job_item i where i.job_id = :id and i.state = :pending)
            returning id
            """;

    private static final String FAIL = """
            update job set state = :failed, message = :message, finished_at = :now, version = version + 1
            where id = :id and state in (:queued, :running)
            returning id
            """;

    /** A job of one item whose item failed or was refused fails with the item's message (see {@link JobKind#single}). */
    private static final String FAIL_SINGLE = """
            update job j set state = :failed, message = i.message, finished_at = :now, version = j.version + 1
            from job_item i
            where j.id = :id and j.state in (:queued, :running) and i.job_id = j.id and i.state in (:itemFailed, :rejected)
              and not exists (select 1 from job_item p where p.job_id = :id and p.state = :pending)
            returning j.id
            """;

    private static final String CANCEL = """
            update job set state = :cancelled, finished_at = :now, version = version + 1
            where id = :id and state in (:queued, :running)
            returning id
            """;

    private static final String CANCEL_ITEMS = """
            update job_item set state = :cancelled, bytes = null, finished_at = :now
            where job_id = :id and state = :pending
            """;

    private static final String ITEMS = """
            select job_id, seq, name, state, document_id, message, finished_at, project_id from job_item
            where job_id = :id and (cast(:states as text[]) is null or state = any(cast(:states as text[])))
            order by seq
            offset :offset limit :limit
            """;

    private static final String COUNT_ITEMS = """
            select count(*) from job_item
            where job_id = :id and (cast(:states as text[]) is null or state = any(cast(:states as text[])))
            """;

    record Claimed(int seq, JobInput input) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcJobRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    JobId insert(ProjectId project, UserId owner, JobKind kind, String title, int workers, Instant now) {
        return new JobId(jdbc.sql(INSERT_JOB)
                .param("project", project == null ? null : project.value()).param("owner", owner.value()).param("kind", kind.name())
                .param("queued", JobState.QUEUED.name()).param("title", title).param("workers", workers)
                .param("now", Timestamp.from(now))
                .query(Long.class).single());
    }

    /** Items in one multi-row batch; an input refused already is stored as rejected, with its reason. */
    void insertItems(JobId job, int firstSeq, List<JobInput> inputs, Instant now) {
        var rows = new MapSqlParameterSource[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            boolean refused = in.rejected() != null;
            rows[i] = new MapSqlParameterSource()
                    .addValue("job", job.value()).addValue("seq", firstSeq + i).addValue("name", in.name())
                    .addValue("contentType", in.contentType()).addValue("url", in.url())
                    .addValue("bytes", refused ? null : in.bytes())
                    .addValue("document", in.documentId())
                    .addValue("state", (refused ? ItemState.REJECTED : ItemState.PENDING).name())
                    .addValue("message", in.rejected())
                    .addValue("finishedAt", refused ? Timestamp.from(now) : null)
                    .addValue("parameters", in.parameters());
        }
        batch.batchUpdate(INSERT_ITEM, rows);
    }

    Optional<Job> find(JobId id) {
        return jdbc.sql(BY_ID).param("id", id.value()).query(JdbcJobRepository::job).optional();
    }

    List<Job> ofProject(ProjectId project, int limit) {
        return jdbc.sql(OF_PROJECT).param("project", project.value()).param("limit", limit)
                .query(JdbcJobRepository::job).list();
    }

    List<Job> unfinished() {
        return jdbc.sql(UNFINISHED).param("queued", JobState.QUEUED.name()).param("running", JobState.RUNNING.name())
                .query(JdbcJobRepository::job).list();
    }

    List<Job> unfinishedOf(UserId owner) {
        return jdbc.sql(UNFINISHED_OF_OWNER).param("queued", JobState.QUEUED.name())
                .param("running", JobState.RUNNING.name()).param("owner", owner.value())
                .query(JdbcJobRepository::job).list();
    }

    Map<JobId, JobProgress> progress(List<JobId> ids) {
        var counts = new java.util.HashMap<JobId, EnumMap<ItemState, Integer>>();
        jdbc.sql(PROGRESS).param("ids", ids.stream().map(JobId::value).toArray(Long[]::new))
                .query((rs, n) -> counts.computeIfAbsent(new JobId(rs.getLong("job_id")), k -> new EnumMap<>(ItemState.class))
                        .put(ItemState.valueOf(rs.getString("state")), rs.getInt("n")))
                .list();
        var steps = new java.util.HashMap<JobId, int[]>();
        jdbc.sql(STEPS).param("ids", ids.stream().map(JobId::value).toArray(Long[]::new))
                .query((rs, n) -> steps.put(new JobId(rs.getLong("job_id")), new int[] {rs.getInt("done"), rs.getInt("total")}))
                .list();
        var result = new java.util.HashMap<JobId, JobProgress>();
        for (var id : ids) {
            var c = counts.getOrDefault(id, new EnumMap<>(ItemState.class));
            int total = c.values().stream().mapToInt(Integer::intValue).sum();
            // a step counts only while an item waits: a finished job's figures are its items'
            var step = c.getOrDefault(ItemState.PENDING, 0) > 0 ? steps.getOrDefault(id, new int[2]) : new int[2];
            result.put(id, new JobProgress(total, c.getOrDefault(ItemState.DONE, 0), c.getOrDefault(ItemState.DUPLICATE, 0),
                    c.getOrDefault(ItemState.REJECTED, 0), c.getOrDefault(ItemState.FAILED, 0),
                    c.getOrDefault(ItemState.CANCELLED, 0), step[0], step[1]));
        }
        return result;
    }

    /** The job's state, under its shared lock for the rest of the caller's transaction. */
    Optional<JobState> stateForShare(JobId id) {
        jdbc.sql(LOCK_SHARED).param("id", Math.toIntExact(id.value())).query(Object.class).single();
        return jdbc.sql(STATE).param("id", id.value()).query(String.class).optional().map(JobState::valueOf);
    }

    /**
     * Up to {@code limit} pending items, as many as fit in {@code bytes} (always at least one, however large), locked
     * for this transaction. Items taken over the budget stay locked, unread, until it ends; the next batch does them.
     */
    List<Claimed> claimBatch(JobId id, int limit, long bytes) {
        var sized = jdbc.sql(CLAIM_BATCH).param("id", id.value()).param("pending", ItemState.PENDING.name())
                .param("limit", limit)
                .query((rs, n) -> new long[] {rs.getInt("seq"), rs.getLong("size")}).list();
        var seqs = Batches.fitting(sized, item -> item[1], bytes).stream().map(item -> (int) item[0])
                .toArray(Integer[]::new);
        if (seqs.length == 0) {
            return List.of();
        }
        return jdbc.sql(CLAIMED_INPUTS).param("id", id.value()).param("seqs", seqs)
                .query((rs, n) -> new Claimed(rs.getInt("seq"), new JobInput(rs.getString("name"),
                        rs.getString("content_type"), rs.getString("url"), rs.getBytes("bytes"),
                        nullableLong(rs, "document_id"), rs.getString("message"), rs.getString("parameters"))))
                .list();
    }

    void saveResults(JobId job, List<Claimed> items, List<ItemResult> results, Instant now) {
        var rows = new MapSqlParameterSource[items.size()];
        for (int i = 0; i < items.size(); i++) {
            var r = results.get(i);
            rows[i] = new MapSqlParameterSource()
                    .addValue("job", job.value()).addValue("seq", items.get(i).seq())
                    .addValue("state", r.state().name()).addValue("document", r.documentId())
                    .addValue("message", r.message()).addValue("now", Timestamp.from(now))
                    .addValue("pending", ItemState.PENDING.name())
                    .addValue("project", r.project() == null ? null : r.project().value());
        }
        batch.batchUpdate(SAVE_RESULT, rows);
        results.stream().filter(r -> r.project() != null).findFirst().ifPresent(r ->
                jdbc.sql(ADOPT).param("project", r.project().value()).param("job", job.value()).update());
        jdbc.sql(CLEAR_STEP).param("job", job.value()).update();
    }

    /** How far the item in flight is; in a transaction of its own, so that others see it while the batch runs. */
    void saveStep(JobId id, int done, int total, Instant now) {
        jdbc.sql(SAVE_STEP).param("id", id.value()).param("done", done).param("total", total)
                .param("now", Timestamp.from(now)).update();
    }

    /** Marks the job as asked to stop, if it has not ended; committed before the cancel waits for the batch in flight. */
    void requestCancel(JobId id, Instant now) {
        jdbc.sql(REQUEST_CANCEL).param("id", id.value()).param("queued", JobState.QUEUED.name())
                .param("running", JobState.RUNNING.name()).param("now", Timestamp.from(now)).update();
    }

    boolean cancelRequested(JobId id) {
        return jdbc.sql(CANCEL_REQUESTED).param("id", id.value()).query(Boolean.class).optional().orElse(true);
    }

    /** Streams the file into the row (PostgreSQL's driver sends a stream of known length as it reads it). */
    void saveOutput(JobId id, String fileName, String contentType, java.nio.file.Path file, Instant now) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            long size = java.nio.file.Files.size(file);
            batch.getJdbcOperations().update(INSERT_OUTPUT, ps -> {
                ps.setLong(1, id.value());
                ps.setString(2, fileName);
                ps.setString(3, contentType);
                ps.setLong(4, size);
                ps.setBinaryStream(5, in, size);
                ps.setTimestamp(6, Timestamp.from(now));
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Map<JobId, JobOutput> outputs(List<JobId> ids) {
        var result = new java.util.HashMap<JobId, JobOutput>();
        jdbc.sql(OUTPUTS).param("ids", ids.stream().map(JobId::value).toArray(Long[]::new))
                .query((rs, n) -> result.put(new JobId(rs.getLong("job_id")), new JobOutput(new JobId(rs.getLong("job_id")),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                        instant(rs, "created_at"))))
                .list();
        return result;
    }

    /** Copies the job's file to {@code out}; false when it has none. */
    boolean writeOutput(JobId id, java.io.OutputStream out) {
        return Boolean.TRUE.equals(batch.getJdbcOperations().query(OUTPUT_BYTES, rs -> {
            if (!rs.next()) {
                return false;
            }
            try (var in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        }, id.value()));
    }

    boolean start(JobId id, Instant now) {
        return jdbc.sql(START).param("id", id.value()).param("running", JobState.RUNNING.name())
                .param("queued", JobState.QUEUED.name()).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean finish(JobId id, Instant now) {
        return jdbc.sql(FINISH).param("id", id.value()).param("done", JobState.DONE.name())
                .param("queued", JobState.QUEUED.name()).param("running", JobState.RUNNING.name())
                .param("pending", ItemState.PENDING.name()).param("now", Timestamp.from(now))
                .query(Long.class).optional().isPresent();
    }

    /** Ends a job of one item whose item failed, with that item's message as the job's. */
    boolean failSingle(JobId id, Instant now) {
        return jdbc.sql(FAIL_SINGLE).param("id", id.value()).param("failed", JobState.FAILED.name())
                .param("queued", JobState.QUEUED.name()).param("running", JobState.RUNNING.name())
                .param("itemFailed", ItemState.FAILED.name()).param("rejected", ItemState.REJECTED.name())
                .param("pending", ItemState.PENDING.name()).param("now", Timestamp.from(now))
                .query(Long.class).optional().isPresent();
    }

    boolean fail(JobId id, String message, Instant now) {
        return jdbc.sql(FAIL).param("id", id.value()).param("failed", JobState.FAILED.name())
                .param("queued", JobState.QUEUED.name()).param("running", JobState.RUNNING.name())
                .param("message", message).param("now", Timestamp.from(now))
                .query(Long.class).optional().isPresent();
    }

    /** Waits for the batches in flight (they hold the job's lock shared), then nothing more starts. */
    boolean cancel(JobId id, Instant now) {
        jdbc.sql(LOCK).param("id", Math.toIntExact(id.value())).query(Object.class).single();
        boolean cancelled = jdbc.sql(CANCEL).param("id", id.value()).param("cancelled", JobState.CANCELLED.name())
                .param("queued", JobState.QUEUED.name()).param("running", JobState.RUNNING.name())
                .param("now", Timestamp.from(now))
                .query(Long.class).optional().isPresent();
        if (cancelled) {
            jdbc.sql(CANCEL_ITEMS).param("id", id.value()).param("cancelled", ItemState.CANCELLED.name())
                    .param("pending", ItemState.PENDING.name()).param("now", Timestamp.from(now)).update();
        }
        return cancelled;
    }

    List<JobItem> items(JobId id, List<ItemState> states, int offset, int limit) {
        return jdbc.sql(ITEMS).param("id", id.value()).param("states", names(states))
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new JobItem(new JobId(rs.getLong("job_id")), rs.getInt("seq"), rs.getString("name"),
                        ItemState.valueOf(rs.getString("state")), nullableLong(rs, "document_id"), rs.getString("message"),
                        instant(rs, "finished_at"), projectOf(rs)))
                .list();
    }

    int countItems(JobId id, List<ItemState> states) {
        return jdbc.sql(COUNT_ITEMS).param("id", id.value()).param("states", names(states)).query(Integer.class).single();
    }

    private static String[] names(List<ItemState> states) {
        return states == null || states.isEmpty() ? null : states.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(new JobId(rs.getLong("id")), rs.getInt("version"), new JobData(
                projectOf(rs), new UserId(rs.getLong("owner_id")), rs.getString("display_name"),
                JobKind.valueOf(rs.getString("kind")), JobState.valueOf(rs.getString("state")), rs.getString("title"),
                rs.getInt("workers"), rs.getString("message"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at")));
    }

    private static ProjectId projectOf(ResultSet rs) throws SQLException {
        Long id = nullableLong(rs, "project_id");
        return id == null ? null : new ProjectId(id);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
