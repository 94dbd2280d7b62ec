package org.factdesk.source.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
}
