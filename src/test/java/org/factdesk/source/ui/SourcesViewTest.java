package org.factdesk.source.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.factdesk.KaribuViewTest;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SourcesViewTest extends KaribuViewTest {

    @Autowired DocumentService documents;

    @SuppressWarnings("unchecked")
    Grid<Document> grid() {
        return _get(Grid.class);
    }

    ProjectId projectOf(String login) {
        var project = fixtures.project("Sources of " + login, fixtures.user(login));
        signIn(login);
        return project;
    }

    @Test
    void a_picked_outlet_stays_picked_and_titles_sort_both_ways() {
        var project = projectOf("sv-outlet");
        for (String[] doc : new String[][] {{"Alpha", "Harbour Post"}, {"Beta", "Valley News"}}) {
            var id = importer.importPasted(project, doc[0], "The " + doc[0] + " council said on Monday that 12 "
                    + "roads were closed after the storm.").documentId();
            var d = documents.get(id);
            documents.updateMetadata(id, d.version(), new org.factdesk.source.DocumentData(d.data().title(), doc[1],
                    null, null, null, d.data().sourceType()), null);
        }
        navigate("projects/" + project + "/sources");

        @SuppressWarnings("unchecked")
        var outlet = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withPlaceholder("Any outlet"));
        _setValue(outlet, "Valley News");
        assertThat(outlet.getValue()).isEqualTo("Valley News");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        _setValue(outlet, null);
        grid().sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid().getColumnByKey("title"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(GridKt._get(grid(), 0).data().title()).isEqualTo("Beta");
    }

    @Autowired org.factdesk.source.SourceImporter importer;

    @Test
    void the_upload_dialog_imports_each_file_and_reports_each_result() {
        var project = projectOf("sv-upload");
        navigate("projects/" + project + "/sources");

        _click(_get(Button.class, spec -> spec.withText("Upload files")));
        var upload = _get(Upload.class);
        UploadKt._upload(upload, "statement.txt", "text/plain",
                "Statement on the ferry strike\n\nThe union said 300 workers walked out.\n".getBytes(StandardCharsets.UTF_8));
        UploadKt._upload(upload, "empty.txt", "text/plain", new byte[0]);
        UploadKt._upload(upload, "again.txt", "text/plain",
                "Statement on the ferry strike\n\nThe union said 300 workers walked out.\n".getBytes(StandardCharsets.UTF_8));

        var results = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-import-row"));
        assertThat(results).hasSize(3);
        assertThat(results.get(0).getClassNames()).contains("fd-import-imported");
        assertThat(results.get(1).getClassNames()).contains("fd-import-rejected");
        assertThat(results.get(1).getElement().getTextRecursively()).contains("The file is empty.");
        assertThat(results.get(2).getClassNames()).contains("fd-import-duplicate");
        _click(_get(Button.class, spec -> spec.withText("Done")));

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).data().title()).isEqualTo("Statement on the ferry strike");
    }

    @Test
    void the_search_field_filters_the_list() {
        var project = projectOf("sv-search");
        navigate("projects/" + project + "/sources");
        _click(_get(Button.class, spec -> spec.withText("Upload files")));
        var upload = _get(Upload.class);
        UploadKt._upload(upload, "a.txt", "text/plain", "Ferry strike\n\nDock workers walked out.\n".getBytes());
        UploadKt._upload(upload, "b.txt", "text/plain", "Bridge collapse\n\nThe footbridge fell.\n".getBytes());
        _click(_get(Button.class, spec -> spec.withText("Done")));
        assertThat(GridKt._size(grid())).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search titles and text")), "footbridge");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).data().title()).isEqualTo("Bridge collapse");
    }

    @Test
    void viewers_get_no_import_buttons() {
        var owner = fixtures.user("sv-owner");
        var viewer = fixtures.user("sv-viewer");
        var project = fixtures.project("Read only sources", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        signIn("sv-viewer");

        navigate("projects/" + project + "/sources");

        _assertNone(Button.class, spec -> spec.withText("Upload files"));
        _assertNone(Button.class, spec -> spec.withText("Paste text"));
        _assertNone(Button.class, spec -> spec.withText("Add from URL"));
    }

    @Test
    void the_document_page_shows_the_infobox_as_a_table_and_markup_as_text() {
        var project = projectOf("sv-reader");
        navigate("projects/" + project + "/sources");
        _click(_get(Button.class, spec -> spec.withText("Upload files")));
        UploadKt._upload(_get(Upload.class), "wiki.txt", "text/plain", """
                = Harbour Bridge =

                Infobox
                - Opened: 1987
                - Length: 64 m

                The bridge <script>alert(1)</script> crossed the canal.
                """.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Done")));
        var document = GridKt._get(grid(), 0);

        navigate("documents/" + document.id());

        assertThat(_get(H2.class, spec -> spec.withClasses("fd-block-title")).getText()).isEqualTo("Harbour Bridge");
        assertThat(_find(NativeTableHeaderCell.class)).extracting(NativeTableHeaderCell::getText)
                .containsExactly("Opened", "Length");
        var paragraph = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("fd-block-paragraph"));
        assertThat(paragraph.getElement().getTextRecursively()).contains("<script>alert(1)</script>");
        assertThat(paragraph.getElement().getChildren().noneMatch(e -> e.getTag().equals("script"))).isTrue();
    }
}
