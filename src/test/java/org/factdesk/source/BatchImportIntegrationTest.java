package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.NotFoundException;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A bulk import's batch: every file judged as if uploaded alone, the new ones written together with their claims. */
@FactdeskIntegrationTest
class BatchImportIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired Fixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_batch_gives_each_file_its_own_outcome_in_order_and_stores_the_new_ones_with_claims_and_audit_rows() {
        var owner = fixtures.user("batch-owner");
        var project = fixtures.project("Batch", owner);
        fixtures.signIn("batch-owner");
        var earlier = importer.importOne(project, file("earlier.txt", GeneratedNews.bytes(7001, 250)));
        long auditBefore = audits(project);

        var results = transaction.execute(status -> importer.importBatch(project, List.of(
                file("one.txt", GeneratedNews.bytes(7002, 250)),
                file("again-earlier.txt", GeneratedNews.bytes(7001, 250)),
                file("empty.txt", new byte[0]),
                file("two.md", GeneratedNews.bytes(7003, 250)),
                file("one-copy.txt", GeneratedNews.bytes(7002, 250)))));

        assertThat(results).extracting(ImportResult::fileName, ImportResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("one.txt", ImportResult.Outcome.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("again-earlier.txt", ImportResult.Outcome.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("empty.txt", ImportResult.Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple("two.md", ImportResult.Outcome.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("one-copy.txt", ImportResult.Outcome.DUPLICATE));
        assertThat(results.get(1).documentId()).isEqualTo(earlier.documentId());
        assertThat(results.get(4).documentId()).isEqualTo(results.get(0).documentId());
        assertThat(results.get(2).message()).isEqualTo("The file is empty.");

        for (var imported : List.of(results.get(0), results.get(3))) {
            var text = documents.currentText(imported.documentId());
            assertThat(text.text()).startsWith("Incident report");
            assertThat(text.number()).isEqualTo(1);
            assertThat(documents.get(imported.documentId()).data().title()).isNotBlank();
            assertThat(claimsOf(imported)).as("claims of " + imported.fileName()).isPositive();
            // searchable like any upload
            assertThat(documents.find(project, new DocumentQuery(text.text().split("\n")[0], null, null, null, null),
                    DocumentSort.values()[0], 0, 10)).extracting(Document::id).contains(imported.documentId());
        }
        assertThat(audits(project) - auditBefore).isEqualTo(2);
    }

    @Test
    void a_batch_into_a_project_the_importer_may_not_edit_stores_nothing() {
        var owner = fixtures.user("batch-owner2");
        var reader = fixtures.user("batch-reader");
        var project = fixtures.project("Batch read-only", owner);
        fixtures.member(project, reader, ProjectRole.VIEWER);
        fixtures.signIn("batch-reader");

        assertThatThrownBy(() -> importer.importBatch(project, List.of(file("x.txt", GeneratedNews.bytes(7101, 200)))))
                .isInstanceOfAny(NotFoundException.class, org.factdesk.base.PermissionDeniedException.class);
        assertThat(fixtures.jdbc().sql("select count(*) from document where project_id = :p")
                .param("p", project.value()).query(Long.class).single()).isZero();
    }

    private long claimsOf(ImportResult imported) {
        return fixtures.jdbc().sql("select count(*) from claim where document_id = :d")
                .param("d", imported.documentId().value()).query(Long.class).single();
    }

    private long audits(ProjectId project) {
        return fixtures.jdbc().sql("select count(*) from audit_event where project_id = :p and action = 'imported'")
                .param("p", project.value()).query(Long.class).single();
    }

    private static ImportRequest file(String name, byte[] bytes) {
        return ImportRequest.file(name, name.endsWith(".md") ? "text/markdown" : "text/plain", bytes);
    }
}
