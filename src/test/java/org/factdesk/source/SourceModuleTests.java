package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

/** The source module on its own (with what it depends on): an import stores a version and says so. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@ExtendWith(CleanDatabaseExtension.class)
class SourceModuleTests {

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void pasted_text_becomes_a_document_whose_first_version_is_announced(PublishedEvents events) {
        var owner = fixtures.user("sm-owner");
        var project = fixtures.project("Module", owner);
        fixtures.signIn("sm-owner");

        var result = importer.importPasted(project, "Council statement", "Eleven people were hurt on Tuesday.");

        assertThat(result.stored()).as(result.message()).isTrue();
        assertThat(documents.currentText(result.documentId()).text()).contains("Eleven people were hurt");
        assertThat(events.ofType(DocumentsImported.class)
                .matching(e -> e.documents().size() == 1 && e.documents().getFirst().documentId().equals(result.documentId())
                        && e.documents().getFirst().text().text().contains("Eleven people were hurt"))).hasSize(1);
    }
}
