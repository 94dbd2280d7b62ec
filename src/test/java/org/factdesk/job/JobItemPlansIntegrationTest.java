package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans PostgreSQL gives the statements a job runs once per item, checked the way a long job meets them: as a
 * prepared statement on its generic plan (PostgreSQL's choice after five runs, which no longer looks at the values).
 * A statement that finds its item by walking the job's other items costs nothing on a small job and, on an import of
 * 10,000 files, most of a second per batch.
 */
@FactdeskIntegrationTest
class JobItemPlansIntegrationTest {

    private static final Pattern NAMED = Pattern.compile("(?<!:):(\\w+)");

    @Autowired Fixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @Test
    void saving_an_items_result_on_a_generic_plan_reads_that_item_and_no_other() {
        String plan = genericPlan("plans-save", JdbcJobRepository.SAVE_RESULT, Map.of("state", "'DONE'", "document", "null",
                "message", "'Imported.'", "now", "now()", "project", "null", "job", "JOB", "seq", "1500",
                "pending", "'PENDING'"));

        assertThat(plan).contains("job_item").doesNotContain("Rows Removed by Filter").doesNotContain("Seq Scan");
    }

    @Test
    void taking_the_next_pending_items_of_a_half_done_job_does_not_walk_past_the_done_ones() {
        String plan = genericPlan("plans-claim", JdbcJobRepository.CLAIM_BATCH, Map.of("id", "JOB", "pending", "'PENDING'",
                "limit", "50"));

        assertThat(plan).doesNotContain("Rows Removed by Filter").doesNotContain("Seq Scan");
    }

    /**
     * Runs the statement's generic plan with EXPLAIN ANALYZE on a job of 3,000 items, the first 1,499 done, and rolls
     * everything back. {@code values} are SQL literals by parameter name; JOB stands for the job's id.
     */
    private String genericPlan(String owner, String statement, Map<String, String> values) {
        var user = fixtures.user(owner);
        var project = fixtures.project("Plans", user);
        var order = new LinkedHashMap<String, Integer>();
        var positional = NAMED.matcher(statement).replaceAll(m -> "\\$" + order.computeIfAbsent(m.group(1),
                k -> order.size() + 1));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            var jdbc = fixtures.jdbc();
            long job = TestJobs.runningImport(jdbc, project, user);
            jdbc.sql("""
                            insert into job_item (job_id, seq, name, bytes, state)
                            select :job, g, 'file-' || g || '.txt', convert_to(repeat('text ', 300), 'UTF8'),
                                   case when g < 1500 then 'DONE' else 'PENDING' end
                            from generate_series(1, 3000) g
                            """).param("job", job).update();
            jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
            jdbc.sql("prepare item_statement as " + positional).update();
            var arguments = order.keySet().stream().map(name -> values.get(name).replace("JOB", Long.toString(job)))
                    .toList();
            var plan = String.join("\n", jdbc.sql("explain (analyze, costs off, timing off) execute item_statement("
                    + String.join(", ", arguments) + ")").query(String.class).list());
            jdbc.sql("deallocate item_statement").update();
            return plan;
        });
    }
}
