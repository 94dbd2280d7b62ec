package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.team.SystemTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports into one project that overlap in time, as a bulk import's workers and several editors' uploads do. What
 * they share after their commits (the project's timeline build, the linking workers) must not make one wait for the
 * other's transaction, nor fail it.
 */
@FactdeskIntegrationTest
class ConcurrentImportsIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired SystemTasks system;
    @Autowired TransactionTemplate transaction;
    @Autowired Fixtures fixtures;

    // threads of its own: the common pool of a two-core machine runs one task at a time
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @Test
    void an_import_that_starts_while_another_is_uncommitted_is_stored_whole_with_its_claims() throws Exception {
        var owner = fixtures.user("overlap-owner");
        var project = fixtures.project("Overlapping imports", owner);
        var firstStored = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            var result = system.runAs(owner, () -> importer.importOne(project,
                    ImportRequest.file("first.txt", "text/plain", GeneratedNews.bytes(1, 300))));
            firstStored.countDown();
            // the first import's transaction stays open while the second one runs
            sleep(1500);
            return result;
        }), threads);
        assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> system.runAs(owner,
                () -> importer.importOne(project, ImportRequest.file("second.txt", "text/plain",
                        GeneratedNews.bytes(2, 300))))), threads);

        assertThat(first.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        var secondResult = second.get(30, TimeUnit.SECONDS);
        assertThat(secondResult.message()).isEqualTo("Imported.");
        assertThat(secondResult.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(fixtures.jdbc().sql("""
                        select count(*) from document d
                        where d.project_id = :p and exists (select 1 from claim c where c.document_id = d.id)
                        """).param("p", project.value()).query(Long.class).single()).isEqualTo(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
