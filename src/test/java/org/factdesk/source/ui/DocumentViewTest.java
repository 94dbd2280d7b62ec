package org.factdesk.source.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.KaribuViewTest;
import org.factdesk.source.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentViewTest extends KaribuViewTest {

    @Autowired DocumentService documents;
    @Autowired org.factdesk.source.SourceImporter importer;

    @Test
    void edit_details_refuses_an_address_that_is_no_web_address_and_saves_a_corrected_one() {
        var project = fixtures.project("Details of dv-details", fixtures.user("dv-details"));
        signIn("dv-details");
        var id = importer.importPasted(project, "Bridge", "The council said on Monday that 12 people were hurt.")
                .documentId();
        navigate(SourceNavigation.documentDetails(id));
        _click(_get(Button.class, spec -> spec.withText("Edit details")));
        var url = _get(TextField.class, spec -> spec.withLabel("URL"));

        _setValue(url, "council statement");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("https://");
        assertThat(_get(Dialog.class).isOpened()).as("nothing is saved; the editor fixes the address").isTrue();

        _setValue(url, "https://council.example/statement");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Outlet / publisher")), "Harbour Post");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var saved = documents.get(id).data();
        assertThat(saved.url()).isEqualTo("https://council.example/statement");
        assertThat(saved.outlet()).isEqualTo("Harbour Post");
        assertThat(saved.title()).isEqualTo("Bridge");
    }

    @Test
    void a_source_with_two_dates_says_so_and_its_button_makes_the_other_one_the_documents_date() {
        var project = fixtures.project("Two dates of dv-dates", fixtures.user("dv-dates"));
        signIn("dv-dates");
        var id = importer.importPasted(project, "Pier", """
                July 2, 2025

                Ferry crossings halted after the pier cracked

                Mar 14, 2025

                Ferry operators halted every crossing after engineers found a crack in the pier on Tuesday.
                """).documentId();
        navigate(SourceNavigation.documentDetails(id));

        var notice = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-dates-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("Two dates: 2 Jul 2025 and 14 Mar 2025.",
                "Factdesk reads the text as of 14 Mar 2025, the date nearest the start of the text.");
        assertThat(_find(Button.class, spec -> spec.withText("Use 14 Mar 2025"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Use 2 Jul 2025")));

        assertThat(documents.get(id).data().publishedOn()).isEqualTo(java.time.LocalDate.of(2025, 7, 2));
        assertThat(notice.getElement().getTextRecursively())
                .contains("Factdesk reads the text as of 2 Jul 2025, as an editor set it.");
        assertThat(_get(Button.class, spec -> spec.withText("Use 14 Mar 2025")).isVisible()).isTrue();
    }

    @Test
    void a_source_with_one_date_shows_no_dates_notice_and_a_viewer_gets_no_buttons() {
        var project = fixtures.project("One date of dv-onedate", fixtures.user("dv-onedate"));
        fixtures.member(project, fixtures.user("dv-onedate-viewer"), org.factdesk.team.ProjectRole.VIEWER);
        signIn("dv-onedate");
        var single = importer.importPasted(project, "Quay", "June 3, 2025\n\nThe quay reopened on Monday.\n")
                .documentId();
        var twice = importer.importPasted(project, "Pier", "June 9, 2025\n\nPier reopens to small boats\n\n"
                + "June 3, 2025\n\nThe pier reopened on Monday.\n").documentId();
        navigate(SourceNavigation.documentDetails(single));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-dates-notice")))
                .as("hidden").isEmpty();

        signIn("dv-onedate-viewer");
        navigate(SourceNavigation.documentDetails(twice));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-dates-notice"))
                .getElement().getTextRecursively()).contains("Two dates: 9 Jun 2025 and 3 Jun 2025.");
        assertThat(_find(Button.class, spec -> spec.withText("Use 9 Jun 2025"))).isEmpty();
    }
}
