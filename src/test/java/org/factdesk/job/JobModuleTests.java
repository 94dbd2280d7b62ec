package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The job module with only what it depends on, and a work of the test's own: every item is done once, as the
 * job's owner, and the end of the job is announced.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, JobModuleTests.CountingWork.class})
@ExtendWith(CleanDatabaseExtension.class)
class JobModuleTests {

    @Autowired JobService jobs;
    @Autowired Fixtures fixtures;
    @Autowired CountingWork work;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_job_does_each_item_once_as_its_owner_and_says_when_it_is_done(Scenario scenario) {
        var project = fixtures.project("Jobs module", fixtures.user("jm-owner"));
        fixtures.signIn("jm-owner");
        var inputs = new ArrayList<JobInput>();
        for (int i = 0; i < 60; i++) {
            inputs.add(JobInput.file("item-" + i, "text/plain", new byte[] {(byte) i}));
        }
        inputs.add(JobInput.refused("bad", "Refused when the job was made."));

        scenario.stimulate(() -> jobs.start(project, JobKind.IMPORT, "Counting", inputs.iterator()))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(JobFinished.class)
                .toArriveAndVerify(finished -> {
                    assertThat(finished.state()).isEqualTo(JobState.DONE);
                    assertThat(finished.progress()).isEqualTo(new JobProgress(61, 60, 0, 1, 0, 0));
                });

        await().atMost(Duration.ofSeconds(5)).until(() -> work.seen.size() == 60);
        assertThat(work.seen).doesNotHaveDuplicates();
        assertThat(work.owners).containsOnly("jm-owner");
    }

    /** Stands in for the source module's import: it records what it was given and by whom. */
    @TestConfiguration
    static class CountingWork implements JobWork {

        final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> owners = java.util.Collections.synchronizedList(new ArrayList<>());
        @Autowired org.factdesk.team.CurrentUser currentUser;

        @Override
        public JobKind kind() {
            return JobKind.IMPORT;
        }

        @Override
        public List<ItemResult> process(Job job, List<JobInput> batch) {
            var results = new ArrayList<ItemResult>();
            for (var input : batch) {
                seen.add(input.name());
                owners.add(currentUser.require().getUsername());
                results.add(new ItemResult(ItemState.DONE, null, "Counted."));
            }
            return results;
        }
    }
}
