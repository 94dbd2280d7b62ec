package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.report.ProjectArchiveService;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.RestoreOptions;
import org.factdesk.source.GeneratedNews;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A restore is all or nothing, also when the instance doing it is killed with SIGKILL half-way: nothing of the
 * project is visible meanwhile, and the worker the engine revives after the lease restores it whole, once.
 */
@FactdeskIntegrationTest
class RestoreCrashIntegrationTest {

    private static final int DOCUMENTS = 400;

    @Autowired SourceImporter importer;
    @Autowired ProjectArchiveService archives;
    @Autowired ReportJobs reportJobs;
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
    void an_instance_killed_during_a_restore_leaves_nothing_half_restored_and_the_restore_is_done_whole_after() throws Exception {
        var original = fixtures.project("Crash desk", fixtures.user("rc-owner"));
        fixtures.signIn("rc-owner");
        importer.importAll(original, IntStream.range(0, DOCUMENTS)
                .mapToObj(i -> ImportRequest.file("story-" + i + ".txt", "text/plain", GeneratedNews.bytes(i, 900)))
                .toList());
        var backup = new ByteArrayOutputStream();
        archives.export(original, backup);
        long claims = count("select count(*) from claim where project_id = " + original.value());

        scheduler.pause();
        var job = reportJobs.restore("crash-desk.zip", backup.toByteArray(), RestoreOptions.safe());
        var doomed = FactdeskInstance.start(environment, "doomed");
        instances.add(doomed);
        await().pollInSameThread().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.get(job.id()).data().state() == JobState.RUNNING);
        Thread.sleep(700);
        doomed.destroyForcibly().waitFor();
        assertThat(jobs.get(job.id()).data().state()).as("killed during the restore, not after it")
                .isEqualTo(JobState.RUNNING);
        assertThat(count("select count(*) from project where name like 'Crash desk%' and id <> " + original.value()))
                .as("no half-restored project").isZero();

        instances.add(FactdeskInstance.start(environment, "survivor"));
        await().pollInSameThread().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> jobs.get(job.id()).data().state().finished());

        assertThat(jobs.get(job.id()).data().state()).isEqualTo(JobState.DONE);
        var restored = count("select id from project where name like 'Crash desk%' and id <> " + original.value());
        assertThat(count("select count(*) from project where name like 'Crash desk%' and id <> " + original.value()))
                .as("restored exactly once").isEqualTo(1);
        assertThat(count("select count(*) from document where project_id = " + restored)).isEqualTo(DOCUMENTS);
        assertThat(count("select count(*) from claim where project_id = " + restored)).isEqualTo(claims);
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).query(Long.class).single();
    }
}
