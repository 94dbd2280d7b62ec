package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobId;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.job.JobState;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exports and restores as jobs, on the real job engine and PostgreSQL. */
@FactdeskIntegrationTest
class ReportJobsIntegrationTest {

    @LocalServerPort int port;
    @Autowired ReportJobs reportJobs;
    @Autowired ReportService reports;
    @Autowired ProjectArchiveService archives;
    @Autowired JobService jobs;
    @Autowired ReportFixtures reportFixtures;
    @Autowired Fixtures fixtures;
    @Autowired ApiClient api;
    @Autowired Scheduler scheduler;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        scheduler.resume();
        fixtures.signOut();
    }

    @Test
    void an_export_job_makes_the_same_file_as_the_direct_export_and_a_stranger_is_told_it_does_not_exist() throws Exception {
        var reviewed = reportFixtures.reviewedProject("Export job desk", "ej-owner");
        var request = new ExportRequest(reviewed.project(), ExportFormat.CSV, ClaimQuery.all(), ExportOptions.everything());
        var direct = new ByteArrayOutputStream();
        reports.export(request, direct, ExportProgress.NONE);

        var job = reportJobs.export(request);
        assertThat(job.data().kind()).isEqualTo(JobKind.EXPORT);
        assertThat(job.data().title()).isEqualTo(reports.fileName(reviewed.project(), ExportFormat.CSV));
        var done = awaitEnded(job.id());

        assertThat(done.data().state()).isEqualTo(JobState.DONE);
        var output = jobs.output(job.id()).orElseThrow();
        assertThat(output.fileName()).isEqualTo(job.data().title());
        assertThat(output.contentType()).isEqualTo(ExportFormat.CSV.mediaType);
        var stored = new ByteArrayOutputStream();
        jobs.writeOutput(job.id(), stored);
        assertThat(stored.toByteArray()).isEqualTo(direct.toByteArray());
        assertThat(item(job.id()).message()).startsWith("Exported " + job.data().title());

        String owner = api.on(port).bearer("ej-owner");
        var mine = api.send(api.request("/api/jobs/" + job.id() + "/output", owner).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(direct.toByteArray());
        assertThat(mine.headers().firstValue("Content-Disposition").orElseThrow()).contains(job.data().title());

        fixtures.user("ej-stranger");
        var strangers = api.get("/api/jobs/" + job.id() + "/output", api.bearer("ej-stranger"));
        assertThat(strangers.statusCode()).isEqualTo(404);
        var nobodys = api.get("/api/jobs/999999/output", api.bearer("ej-stranger"));
        assertThat(strangers.body()).isEqualTo(nobodys.body().replace("999999", job.id().toString()));
    }

    @Test
    void a_viewer_may_export_and_the_file_is_not_there_before_the_job_is_done() throws Exception {
        var owner = fixtures.user("ej-viewer-owner");
        var project = fixtures.project("Viewer export desk", owner);
        var viewer = fixtures.user("ej-viewer");
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        fixtures.signIn("ej-viewer");
        scheduler.pause();

        var job = reportJobs.export(new ExportRequest(project, ExportFormat.JSON, null, null));

        var early = api.on(port).get("/api/jobs/" + job.id() + "/output", api.bearer("ej-viewer"));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("not ready");
        scheduler.resume();
        fixtures.signIn("ej-viewer");
        assertThat(awaitEnded(job.id()).data().state()).isEqualTo(JobState.DONE);
        assertThat(api.get("/api/jobs/" + job.id() + "/output", api.bearer("ej-viewer")).statusCode()).isEqualTo(200);
    }

    @Test
    void a_cancelled_export_makes_no_file() {
        var project = fixtures.project("Cancelled export desk", fixtures.user("ej-cancel"));
        fixtures.signIn("ej-cancel");
        scheduler.pause();
        var job = reportJobs.export(new ExportRequest(project, ExportFormat.HTML, null, null));

        var cancelled = jobs.cancel(job.id());
        scheduler.resume();

        assertThat(cancelled.data().state()).isEqualTo(JobState.CANCELLED);
        assertThat(item(job.id()).state()).isEqualTo(ItemState.CANCELLED);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInSameThread()
                .until(() -> jobs.get(job.id()).data().state() == JobState.CANCELLED);
        assertThat(jobs.output(job.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from job_output where job_id = :j").param("j", job.id().value())
                .query(Long.class).single()).isZero();
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired org.factdesk.team.SystemTasks system;

    @Test
    void a_running_export_sees_its_cancel_stops_and_makes_no_file() throws Exception {
        var reviewed = reportFixtures.reviewedProject("Running cancel desk", "ej-running");
        var owner = jdbc.sql("select id from app_user where login = 'ej-running'").query(Long.class).single();
        // the export is held at its first read of the claims, while it runs, by a lock of the test's
        var locked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        // threads of the test's own: the common pool may have one thread only, which the lock's holder takes
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        var holder = java.util.concurrent.CompletableFuture.runAsync(() ->
                new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(t -> {
                    jdbc.sql("lock table claim in access exclusive mode").update();
                    locked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }), threads);
        locked.await();
        java.util.concurrent.CompletableFuture<Job> cancel;
        Job job;
        try {
            job = reportJobs.export(new ExportRequest(reviewed.project(), ExportFormat.HTML, null,
                    ExportOptions.everything()));
            // running, and held at the lock (a linking worker may wait on it too: the state says it is the export)
            var started = job.id();
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jobs.get(started).data().state()
                    == JobState.RUNNING && jdbc.sql(
                    "select count(*) from pg_locks where relation = 'claim'::regclass and not granted")
                    .query(Long.class).single() > 0);
            assertThat(jobs.get(job.id()).data().state()).isEqualTo(JobState.RUNNING);

            var id = job.id();
            cancel = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    system.runAs(new org.factdesk.team.UserId(owner), () -> jobs.cancel(id)), threads);
            var pending = cancel;
            await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> pending.isDone() || jdbc.sql(
                    "select cancel_requested_at is not null from job where id = :j").param("j", id.value())
                    .query(Boolean.class).single());
            if (cancel.isDone()) {
                cancel.join();
            }
            assertThat(cancel).as("the cancel waits for the item in flight").isNotDone();
        } finally {
            release.countDown();
        }
        holder.get(30, java.util.concurrent.TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(cancel.get(30, java.util.concurrent.TimeUnit.SECONDS).data().state()).isEqualTo(JobState.CANCELLED);
        var item = item(job.id());
        assertThat(item.state()).isEqualTo(ItemState.CANCELLED);
        assertThat(item.message()).isEqualTo("Cancelled: no file was made.");
        assertThat(jdbc.sql("select count(*) from job_output where job_id = :j").param("j", job.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_restore_job_restores_the_whole_project_and_the_job_then_belongs_to_it() {
        var reviewed = reportFixtures.reviewedProject("Restore job desk", "rj-source");
        var backup = new ByteArrayOutputStream();
        archives.export(reviewed.project(), backup);
        fixtures.user("rj-restorer");
        fixtures.signIn("rj-restorer");

        var job = reportJobs.restore("restore-job-desk-backup.zip", backup.toByteArray(), RestoreOptions.safe());
        assertThat(job.data().projectId()).as("no project before the restore made one").isNull();
        var done = awaitEnded(job.id());

        assertThat(done.data().state()).isEqualTo(JobState.DONE);
        var item = item(job.id());
        assertThat(item.state()).isEqualTo(ItemState.DONE);
        assertThat(item.project()).isNotNull();
        assertThat(done.data().projectId()).isEqualTo(item.project());
        assertThat(item.message()).isEqualTo("Restored as “Restore job desk”. You are its owner.");
        assertThat(jobs.list(item.project(), 10)).extracting(Job::id).containsExactly(job.id());
        assertThat(count("claim", item.project().value())).isEqualTo(count("claim", reviewed.project().value()));
        assertThat(count("document", item.project().value())).isEqualTo(count("document", reviewed.project().value()));
    }

    @Test
    void a_damaged_backup_restores_nothing_and_its_job_says_why() {
        var reviewed = reportFixtures.reviewedProject("Damaged job desk", "rj-damaged-source");
        var backup = new ByteArrayOutputStream();
        archives.export(reviewed.project(), backup);
        byte[] truncated = Arrays.copyOf(backup.toByteArray(), backup.size() * 2 / 3);
        fixtures.user("rj-damaged");
        fixtures.signIn("rj-damaged");
        long projects = jdbc.sql("select count(*) from project").query(Long.class).single();

        var job = reportJobs.restore("damaged.zip", truncated, RestoreOptions.safe());
        var ended = awaitEnded(job.id());

        assertThat(ended.data().state()).isEqualTo(JobState.FAILED);
        assertThat(ended.data().projectId()).isNull();
        var item = item(job.id());
        assertThat(item.state()).isEqualTo(ItemState.REJECTED);
        assertThat(item.message()).contains("damaged or incomplete").doesNotContain("Exception");
        assertThat(ended.data().message()).isEqualTo(item.message());
        assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(projects);

        var foreign = reportJobs.restore("notes.zip", "just some text".getBytes(), RestoreOptions.safe());
        assertThat(awaitEnded(foreign.id()).data().message()).isNotBlank().doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(projects);

        fixtures.user("rj-other");
        fixtures.signIn("rj-other");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.get(job.id()))
                .as("a job without a project is its owner's alone")
                .isInstanceOf(org.factdesk.base.NotFoundException.class);
    }

    private long count(String table, long project) {
        return jdbc.sql("select count(*) from " + table + " where project_id = :p").param("p", project)
                .query(Long.class).single();
    }

    private JobItem item(JobId job) {
        List<JobItem> items = jobs.items(job, List.of(), 0, 10);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private Job awaitEnded(JobId id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.get(id).data().state().finished());
        return jobs.get(id);
    }
}
