package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.BulkImports;
import org.factdesk.source.GeneratedNews;
import org.factdesk.source.ImportRequest;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Crash safety with real processes: a second Factdesk JVM on the test's database does the work and is killed with
 * SIGKILL half-way. What it had committed stays, what it had in flight rolls back with its connection, and the
 * engine hands its workers to whoever is alive once their lease runs out.
 */
@FactdeskIntegrationTest
class BulkImportCrashIntegrationTest {

    private static final int FILES = 300;

    @Autowired BulkImports imports;
    @Autowired JobService jobs;
    @Autowired Scheduler scheduler;
    @Autowired Fixtures fixtures;
    @Autowired Environment environment;

    private final List<Process> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(Process::destroyForcibly);
        scheduler.resume();
        fixtures.signOut();
    }

    @Test
    void an_instance_killed_half_way_through_an_import_leaves_every_file_imported_exactly_once_after_a_restart()
            throws Exception {
        scheduler.pause();
        var project = project("crash-restart");
        var job = imports.files(project, files());

        var first = startInstance("first");
        awaitDone(job.id(), 30);
        first.destroyForcibly().waitFor();
        int doneAtKill = jobs.progress(job.id()).finished();
        assertThat(doneAtKill).as("killed half-way, not after the end").isLessThan(FILES);

        startInstance("restarted");
        awaitFinished(job.id());

        assertExactlyOnce(project, job.id());
    }

    @Test
    void two_instances_share_an_import_and_when_one_is_killed_the_other_finishes_it() throws Exception {
        var project = project("crash-share");
        scheduler.pause();
        var job = imports.files(project, files());
        var other = startInstance("other");
        awaitDone(job.id(), 20);
        scheduler.resume();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> pickedBy("other") > 0
                && jobs.progress(job.id()).finished() >= 40);
        other.destroyForcibly().waitFor();
        assertThat(jobs.progress(job.id()).finished()).as("killed half-way, not after the end").isLessThan(FILES);

        awaitFinished(job.id());

        assertExactlyOnce(project, job.id());
    }

    private void assertExactlyOnce(ProjectId project, JobId job) {
        assertThat(jobs.get(job).data().state()).isEqualTo(JobState.DONE);
        assertThat(jobs.progress(job)).isEqualTo(new JobProgress(FILES, FILES, 0, 0, 0, 0));
        var jdbc = fixtures.jdbc();
        assertThat(jdbc.sql("select count(*) from document where project_id = :p").param("p", project.value())
                .query(Long.class).single()).isEqualTo(FILES);
        assertThat(jdbc.sql("""
                        select count(distinct v.sha256) from document_version v join document d on d.id = v.document_id
                        where d.project_id = :p
                        """).param("p", project.value()).query(Long.class).single()).isEqualTo(FILES);
        assertThat(jdbc.sql("""
                        select count(*) from document d where d.project_id = :p
                          and not exists (select 1 from claim c where c.document_id = d.id)
                        """).param("p", project.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct document_id) from job_item where job_id = :j").param("j", job.value())
                .query(Long.class).single()).isEqualTo(FILES);
    }

    private ProjectId project(String login) {
        var project = fixtures.project("Crash " + login, fixtures.user(login));
        fixtures.signIn(login);
        return project;
    }

    private static List<ImportRequest> files() {
        return IntStream.range(0, FILES)
                .mapToObj(i -> ImportRequest.file("story-" + i + ".txt", "text/plain", GeneratedNews.bytes(i, 1500)))
                .toList();
    }

    private void awaitDone(JobId job, int atLeast) {
        await().pollInSameThread().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.progress(job).finished() >= atLeast);
    }

    private void awaitFinished(JobId job) {
        await().pollInSameThread().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> jobs.get(job).data().state().finished());
    }

    private long pickedBy(String name) {
        return fixtures.jdbc().sql("select count(*) from scheduled_tasks where picked and picked_by = :n")
                .param("n", name).query(Long.class).single();
    }

    private Process startInstance(String name) throws Exception {
        var process = FactdeskInstance.start(environment, name, "--factdesk.jobs.batch-size=5");
        instances.add(process);
        return process;
    }
}
