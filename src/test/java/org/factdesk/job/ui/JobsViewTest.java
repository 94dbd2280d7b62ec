package org.factdesk.job.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.KaribuViewTest;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobService;
import org.factdesk.source.BulkImports;
import org.factdesk.source.GeneratedNews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobsViewTest extends KaribuViewTest {

    @Autowired BulkImports imports;
    @Autowired JobService jobs;

    @Test
    void the_jobs_page_shows_a_finished_import_and_its_refused_files_on_their_own() throws Exception {
        var project = fixtures.project("Jobs desk", fixtures.user("jv-owner"));
        signIn("jv-owner");
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            for (String name : new String[] {"a.txt", "../b.txt", "c.txt"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(GeneratedNews.bytes(name.hashCode(), 150));
                zip.closeEntry();
            }
        }
        var job = imports.archive(project, "desk.zip", new ByteArrayInputStream(zipped.toByteArray()));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jobs.get(job.id()).data().state().finished());

        navigate(JobNavigation.jobs(project));
        var card = _get(JobCard.class);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("fd-job-title")).getText()).isEqualTo("desk.zip");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("fd-job-state")).getText()).isEqualTo("Done");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("fd-job-figures")).getText())
                .startsWith("3 of 3 · 1 refused");
        assertThat(_find(card, Button.class, spec -> spec.withText("Cancel"))).as("nothing to cancel").isEmpty();

        _click(_get(card, Button.class, spec -> spec.withText("Results")));
        @SuppressWarnings("unchecked")
        Grid<JobItem> results = _get(Grid.class);
        assertThat(GridKt._size(results)).isEqualTo(3);
        var view = _get(JobsView.class);
        _get(com.vaadin.flow.component.select.Select.class).setValue(JobsView.ResultFilter.REFUSED);
        assertThat(GridKt._size(results)).isEqualTo(1);
        assertThat(GridKt._get(results, 0).name()).isEqualTo("../b.txt");
        assertThat(view).isNotNull();
    }
}
