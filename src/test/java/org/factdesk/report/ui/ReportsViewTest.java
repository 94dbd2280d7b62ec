package org.factdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.report.ExportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsViewTest extends KaribuViewTest {

    @Autowired ClaimFixtures claimFixtures;
    @Autowired JobService jobs;

    @Test
    void the_reports_page_starts_an_export_job_follows_it_and_offers_its_file_when_it_is_done() {
        var project = fixtures.project("Export desk", fixtures.user("rv-exporter"));
        signIn("rv-exporter");
        claimFixtures.bridgeClaim(project);
        navigate(ReportNavigation.reports(project));
        var view = _get(ReportsView.class);
        view.format.setValue(ExportFormat.CSV);
        assertThat(view.bom.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Export")));

        var job = view.running.job();
        assertThat(job.data().kind()).isEqualTo(JobKind.EXPORT);
        assertThat(jobs.get(job.id()).data().title()).startsWith("export-desk-").endsWith(".csv");
        assertThat(view.export.isEnabled()).as("one export at a time").isFalse();
        assertThat(_get(view.result, Span.class, spec -> spec.withClasses("fd-job-title")).getText())
                .isEqualTo(job.data().title());

        // the card redraws on the job's live signals, which reach the page through its UI queue
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.runUIQueue();
            return view.running.download().isPresent();
        });
        var download = _get(view.result, Anchor.class, spec -> spec.withClasses("fd-download"));
        assertThat(download.getText()).isEqualTo("Download " + job.data().title());
        assertThat(_get(view.result, Span.class, spec -> spec.withClasses("fd-job-state")).getText()).isEqualTo("Done");
        assertThat(view.export.isEnabled()).isTrue();

        // the page shows the latest export again when it is opened again
        navigate(ReportNavigation.reports(project));
        var again = _get(ReportsView.class);
        assertThat(again.running.job().id()).isEqualTo(job.id());
        assertThat(_get(again.result, Anchor.class, spec -> spec.withClasses("fd-download")).getText())
                .isEqualTo("Download " + job.data().title());
    }

    @Test
    void the_claims_list_hands_its_filter_to_the_report_builder() {
        var project = fixtures.project("Filter desk", fixtures.user("rv-filter"));
        signIn("rv-filter");
        claimFixtures.bridgeClaim(project);
        UI.getCurrent().navigate(ReportNavigation.reports(project), QueryParameters.simple(Map.of("status", "published")));
        var view = _get(ReportsView.class);
        assertThat(view.scope.getValue()).isEqualTo(ReportsView.Scope.FILTER);
        assertThat(view.scope.getItemLabelGenerator().apply(ReportsView.Scope.FILTER)).contains("Published");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Covers 0 claims."))).isNotNull();

        view.scope.setValue(ReportsView.Scope.PROJECT);
        view.unreviewed.setValue(true);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Covers 1 claim."))).isNotNull();
    }

    @Test
    void claims_without_a_verdict_are_in_a_report_only_when_the_builder_is_told_to_include_them() {
        var project = fixtures.project("Verdict desk", fixtures.user("rv-verdicts"));
        signIn("rv-verdicts");
        claimFixtures.bridgeClaim(project);
        navigate(ReportNavigation.reports(project));
        var view = _get(ReportsView.class);
        assertThat(view.unreviewed.getValue()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Covers 0 claims."))).isNotNull();
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Include claims without a verdict"))
                .setValue(true);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Covers 1 claim."))).isNotNull();
    }

    @Test
    void the_dashboard_shows_the_four_charts_of_the_project() {
        var project = fixtures.project("Dashboard desk", fixtures.user("rv-dashboard"));
        signIn("rv-dashboard");
        claimFixtures.bridgeClaim(project);
        navigate(ReportNavigation.dashboard(project));
        var titles = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.H2.class)
                .stream().map(com.vaadin.flow.component.html.H2::getText).toList();
        assertThat(titles).containsExactly("Verdicts", "Status over time", "Claims per outlet by verdict",
                "Work per editor");
        var charts = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.Html.class);
        assertThat(charts).hasSize(4);
        assertThat(charts.getFirst().getInnerHtml()).contains("<svg").contains("No verdict");
    }
}
