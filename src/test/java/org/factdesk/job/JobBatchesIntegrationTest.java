package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What one batch of a job takes: its count limit, and no more input than its byte budget. */
@FactdeskIntegrationTest
class JobBatchesIntegrationTest {

    private static final int MB = 1024 * 1024;

    @Autowired JdbcJobRepository jobs;
    @Autowired Fixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @Test
    void a_batch_reads_the_items_that_fit_its_byte_budget_and_leaves_the_rest_pending() {
        var taken = takeOnce("batch-budget", List.of(3 * MB, 3 * MB, 3 * MB, 100), 50, 8 * MB);

        assertThat(taken).containsExactly(1, 2);
    }

    @Test
    void an_item_larger_than_the_budget_is_taken_alone() {
        var taken = takeOnce("batch-large", List.of(12 * MB, 100, 100), 50, 8 * MB);

        assertThat(taken).containsExactly(1);
    }

    @Test
    void small_items_are_taken_up_to_the_count_limit() {
        var taken = takeOnce("batch-count", List.of(100, 100, 100, 100), 3, 8 * MB);

        assertThat(taken).containsExactly(1, 2, 3);
    }

    /** The item numbers one batch takes from a new job with files of these sizes (rolled back afterwards). */
    private List<Integer> takeOnce(String owner, List<Integer> sizes, int limit, long budget) {
        var user = fixtures.user(owner);
        var project = fixtures.project("Batches", user);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            var jdbc = fixtures.jdbc();
            long job = TestJobs.runningImport(jdbc, project, user);
            for (int i = 0; i < sizes.size(); i++) {
                jdbc.sql("""
                                insert into job_item (job_id, seq, name, bytes, state)
                                values (:job, :seq, 'file.txt', :bytes, 'PENDING')
                                """).param("job", job).param("seq", i + 1).param("bytes", new byte[sizes.get(i)])
                        .update();
            }
            var claimed = jobs.claimBatch(new JobId(job), limit, budget);
            assertThat(claimed).allSatisfy(c -> assertThat(c.input().bytes()).hasSize(sizes.get(c.seq() - 1)));
            return claimed.stream().map(JdbcJobRepository.Claimed::seq).toList();
        });
    }
}
