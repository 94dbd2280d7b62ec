package org.factdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.report.ExportFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsViewTest extends KaribuViewTest {

    @Autowired ClaimFixtures claimFixtures;

    @Test
    void an_export_runs_in_the_background_and_ends_with_a_download_link() {
        var project = fixtures.project("Export desk", fixtures.user("rv-exporter"));
        signIn("rv-exporter");
        claimFixtures.bridgeClaim(project);
        navigate(ReportNavigation.reports(project));
        var view = _get(ReportsView.class);
        view.format.setValue(ExportFormat.CSV);
        assertThat(view.bom.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Export")));
        assertThat(view.export.isEnabled()).as("one export at a time").isFalse();
        assertThat(view.cancel.isVisible()).isTrue();
        view.running.join();
        MockVaadin.runUIQueue();

        var download = _get(view.result, Anchor.class);
        assertThat(download.getText()).startsWith("Download export-desk-").endsWith(".csv");
        assertThat(view.export.isEnabled()).isTrue();
        assertThat(view.cancel.isVisible()).isFalse();
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
