package org.factdesk.team;

import org.factdesk.KaribuViewTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * (In team: a test context made before EmbeddedModeIntegrationTest's own would find Vaadin's security context
 * strategy replaced by that one, so this walk runs after it, as the other view tests do.)
 * <p>
 * Every page of the app, opened by a member of one project with the ids of another project in its path and in
 * every query parameter that takes an id: none of them shows anything of the other project.
 */
class CrossProjectRoutesViewTest extends KaribuViewTest {

    static final String SECRET_TITLE = "Quarry ledger of the other desk";
    static final String SECRET_WORDS = "Forty-one barges left the quarry harbour on Friday, the foreman said.";

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;

    /** What the page's selects and combo boxes offer: their labels are drawn in the browser, not in the tree. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String choices() {
        var labels = new StringBuilder();
        for (var select : com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.select.Select.class)) {
            var generator = ((com.vaadin.flow.component.select.Select) select).getItemLabelGenerator();
            ((com.vaadin.flow.component.select.Select) select).getListDataView().getItems()
                    .forEach(item -> labels.append(generator == null ? String.valueOf(item) : generator.apply(item)));
        }
        for (var group : com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)) {
            var radio = (com.vaadin.flow.component.radiobutton.RadioButtonGroup) group;
            radio.getListDataView().getItems().forEach(item -> labels.append(radio.getItemLabelGenerator().apply(item)));
        }
        for (var box : com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.combobox.ComboBox.class)) {
            var combo = (com.vaadin.flow.component.combobox.ComboBox) box;
            if (combo.getDataProvider() instanceof com.vaadin.flow.data.provider.ListDataProvider) {
                combo.getListDataView().getItems().forEach(item -> labels.append(combo.getItemLabelGenerator().apply(item)));
            }
        }
        return labels.toString();
    }

    @Test
    void no_route_and_no_id_parameter_shows_another_projects_document_or_claim() {
        var theirs = fixtures.project("Their desk", fixtures.user("xp-owner"));
        signIn("xp-owner");
        var theirDocument = importer.importPasted(theirs, SECRET_TITLE, SECRET_WORDS).documentId();
        var theirClaim = claims.forDocument(theirDocument).getFirst().id();
        var mine = fixtures.project("My desk", fixtures.user("xp-stranger"));
        signIn("xp-stranger");
        var myDocument = importer.importPasted(mine, "Harbour log", "Twelve ferries sailed on Monday, the port said.")
                .documentId();
        var myClaim = claims.forDocument(myDocument).getFirst().id();

        var templates = RouteConfiguration.forSessionScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).toList();
        assertThat(templates).as("the walk covers the pages with ids").contains("documents/:documentId",
                "claims/:claimId", "projects/:projectId/reports");
        var visited = new ArrayList<String>();
        for (String template : templates) {
            for (boolean ownPath : List.of(true, false)) {
                String path = template
                        .replace(":projectId", String.valueOf((ownPath ? mine : theirs).value()))
                        .replace(":documentId", String.valueOf((ownPath ? myDocument : theirDocument).value()))
                        .replace(":claimId", String.valueOf((ownPath ? myClaim : theirClaim).value()))
                        .replaceAll(":[A-Za-z]+\\??", "1");
                String query = "document=" + theirDocument.value() + "&claim=" + theirClaim.value()
                        + "&documentId=" + theirDocument.value() + "&claimId=" + theirClaim.value();
                String location = path + "?" + query;
                try {
                    navigate(location);
                } catch (Exception | com.github.mvysny.kaributesting.v10.MockAccessDeniedException e) {
                    // a page that refuses to open shows nothing at all; what matters is that nothing leaks
                    visited.add(location + " (refused: " + e.getClass().getSimpleName() + ")");
                    continue;
                }
                String shown = UI.getCurrent().getElement().getTextRecursively()
                        + UI.getCurrent().getElement().getOuterHTML() + choices();
                assertThat(shown).as(location).doesNotContain(SECRET_TITLE).doesNotContain("Forty-one barges");
                visited.add(location);
            }
        }
        assertThat(visited).hasSizeGreaterThan(10);
    }
}
