package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.DocumentService;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FactdeskIntegrationTest
class DocumentDateChangeIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    static LocalDate tuesday(Claim claim) {
        return claim.data().facts().dates().stream().filter(d -> d.raw().contains("Tuesday")).findFirst()
                .orElseThrow().date();
    }

    @Test
    void a_new_document_date_resolves_its_claims_relative_dates_again_with_a_revision() {
        var project = fixtures.project("Redated", fixtures.user("ddc-owner"));
        fixtures.signIn("ddc-owner");
        var id = importer.importPasted(project, "Depot fire", "March 6, 2026\n\nThe city council said on Tuesday "
                + "that 14 people were injured in the fire at the Harbour Street depot at 3 a.m.\n").documentId();
        var claim = claims.forDocument(id).getFirst();
        assertThat(tuesday(claim)).isEqualTo(LocalDate.of(2026, 3, 3));

        var document = documents.get(id);
        documents.updateMetadata(id, document.version(), new org.factdesk.source.DocumentData(document.data().title(),
                null, null, LocalDate.of(2026, 3, 12), null, document.data().sourceType()), document.language());

        var moved = claims.forDocument(id).getFirst();
        assertThat(moved.id()).isEqualTo(claim.id());
        assertThat(tuesday(moved)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(claims.history(claim.id())).extracting(ClaimRevision::action)
                .contains(ClaimRevisionAction.DATES_RESOLVED_AGAIN);
    }

    @Test
    void facts_stored_before_dates_had_a_time_of_day_still_read() {
        var project = fixtures.project("Old facts", fixtures.user("ddc-old"));
        fixtures.signIn("ddc-old");
        var id = importer.importPasted(project, "Depot fire", "March 6, 2026\n\nThe city council said that 14 people "
                + "were injured at 3 a.m. on Tuesday in the fire at the Harbour Street depot.\n").documentId();
        var claim = claims.forDocument(id).getFirst();
        assertThat(claim.data().facts().dates().getFirst().time()).isEqualTo(java.time.LocalTime.of(3, 0));

        // as an earlier Factdesk wrote them: dates without time and partOfDay
        int rows = jdbc.sql("""
                        update claim set facts = jsonb_set(facts, '{dates}', (select jsonb_agg(d - 'time' - 'partOfDay')
                                                                          from jsonb_array_elements(facts -> 'dates') d))
                        where id = :id
                        """).param("id", claim.id().value()).update();
        assertThat(rows).isEqualTo(1);

        var old = claims.forDocument(id).getFirst().data().facts().dates().getFirst();
        assertThat(old.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(old.time()).isNull();
        assertThat(old.partOfDay()).isNull();
    }
}
