package org.factdesk.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of claims waiting to be linked, with no worker running (this test drains it): a new document's claims
 * wait as one row, every one of them is linked, and a document queued again while a worker has it stays queued.
 */
@FactdeskIntegrationTest
@TestPropertySource(properties = "factdesk.links.workers=0")
class LinkQueueIntegrationTest {

    private static final String REPORT = """
            Council statement on the Kestrel Bay footbridge

            March 4, 2026

            Eleven people were injured when the footbridge in Kestrel Bay collapsed on Tuesday, the council said.
            The harbour authority closed the quay until further notice, a spokesperson said.
            Repairs will cost 2.4 million euros and take until June, the city engineer said on Wednesday.
            """;

    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired LinkWorker worker;
    @Autowired JdbcLinkRepository queue;
    @Autowired TransactionTemplate transaction;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_new_documents_claims_wait_as_one_row_and_are_all_linked() {
        var project = project("queue-new");
        long document = importReport(project);
        long claims = count("select count(*) from claim where document_id = :d", document);
        assertThat(claims).isGreaterThanOrEqualTo(3);

        assertThat(count("select count(*) from link_pending_document where document_id = :d", document)).isEqualTo(1);
        assertThat(count("select count(*) from link_pending p join claim c on c.id = p.claim_id where c.document_id = :d",
                document)).isZero();
        assertThat(links.pending(project)).isEqualTo((int) claims);

        worker.drain(() -> false);

        assertThat(links.pending(project)).isZero();
        assertThat(count("select count(*) from link_text where document_id = :d", document)).isEqualTo(claims);
    }

    @Test
    void a_document_queued_again_while_a_worker_has_it_stays_queued() {
        var project = project("queue-again");
        long document = importReport(project);
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);

        var taken = transaction.execute(status -> queue.take(50, at, at.minusSeconds(300)));
        assertThat(taken.documents()).containsExactly(document);
        transaction.executeWithoutResult(status -> queue.queue(List.of(document), List.of(), at.plusSeconds(1)));
        transaction.executeWithoutResult(status -> queue.done(taken, at));

        assertThat(count("select count(*) from link_pending_document where document_id = :d and taken_at is null",
                document)).isEqualTo(1);
        worker.drain(() -> false);
        assertThat(links.pending(project)).isZero();
    }

    private ProjectId project(String owner) {
        var project = fixtures.project("Queue " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        return project;
    }

    private long importReport(ProjectId project) {
        return importer.importOne(project, ImportRequest.file("council.txt", "text/plain",
                REPORT.getBytes(StandardCharsets.UTF_8))).documentId().value();
    }

    private long count(String sql, long document) {
        return fixtures.jdbc().sql(sql).param("d", document).query(Long.class).single();
    }
}
