package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class DocumentServiceIntegrationTest {

    @Autowired DocumentService documents;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    Document importText(org.factdesk.team.ProjectId project, String title, String text) {
        var result = importer.importPasted(project, title, text);
        assertThat(result.stored()).as(result.message()).isTrue();
        return documents.get(result.documentId());
    }

    @Test
    void stored_text_keeps_its_content_with_only_line_endings_and_unicode_form_normalised() {
        var owner = fixtures.user("ds-owner");
        var project = fixtures.project("Texts", owner);
        fixtures.signIn("ds-owner");

        var document = importText(project, "Crlf", "Line one\r\nCafe\u0301 <b>bold</b>\r");

        assertThat(documents.currentText(document.id()).text()).isEqualTo("Line one\nCaf\u00e9 <b>bold</b>\n");
        assertThat(document.currentVersion()).isEqualTo(1);
    }

    @Test
    void viewers_cannot_import_and_strangers_cannot_see_documents() {
        var owner = fixtures.user("ds-own2");
        var viewer = fixtures.user("ds-view2");
        fixtures.user("ds-stranger");
        var project = fixtures.project("Guarded", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        fixtures.signIn("ds-own2");
        var document = importText(project, "Secret memo", "text");

        fixtures.signIn("ds-view2");
        assertThat(documents.get(document.id()).data().title()).isEqualTo("Secret memo");
        assertThatThrownBy(() -> importer.importPasted(project, "Nope", "other text"))
                .isInstanceOf(PermissionDeniedException.class);

        fixtures.signIn("ds-stranger");
        assertThatThrownBy(() -> documents.get(document.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.list(project)).isInstanceOf(NotFoundException.class);
    }
}
