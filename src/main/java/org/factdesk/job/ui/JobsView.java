package org.factdesk.job.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobId;
import org.factdesk.job.JobItem;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.job.JobTopics;
import org.factdesk.team.MyProject;
import org.factdesk.team.ui.ProjectScope;

/**
 * A project's jobs, live: each with its progress, rate and time left, and the results of one of them, every file
 * with what became of it (filterable to the refused ones). Every instance shows the same, because it is all read
 * from the database when the job's topic says it changed.
 */
@Route(JobNavigation.JOBS_ROUTE)
@PageTitle("Jobs · Factdesk")
@PermitAll
class JobsView extends Main implements BeforeEnterObserver {

    /** What the results can be narrowed to. */
    enum ResultFilter {
        ALL("All results", List.of()),
        REFUSED("Refused only", List.of(ItemState.REJECTED, ItemState.FAILED)),
        IMPORTED("Imported", List.of(ItemState.DONE)),
        DUPLICATES("Already there", List.of(ItemState.DUPLICATE)),
        NOT_DONE("Waiting or not done", List.of(ItemState.PENDING, ItemState.CANCELLED));

        final String label;
        final List<ItemState> states;

        ResultFilter(String label, List<ItemState> states) {
            this.label = label;
            this.states = states;
        }
    }

    private final ProjectScope scope;
    private final JobService jobs;
    private final LiveChannel live;
    private final Map<JobKind, JobItemLink> links;
    private final Clock clock;
    private final ViewHeader header = new ViewHeader("Jobs");
    private final Div list = new Div();
    private final H2 resultsTitle = new H2();
    private final Select<ResultFilter> filter = new Select<>();
    private final Grid<JobItem> results = new Grid<>();
    private final Div resultsBox = new Div();
    private MyProject project;
    private JobId selected;
    private JobItemLink selectedLink;
    private JobKind selectedKind;
    private final Grid.Column<JobItem> itemColumn;

    JobsView(ProjectScope scope, JobService jobs, LiveChannel live, List<JobItemLink> links, Clock clock) {
        this.scope = scope;
        this.jobs = jobs;
        this.live = live;
        this.links = links.stream().collect(Collectors.toMap(JobItemLink::kind, Function.identity()));
        this.clock = clock;
        addClassNames("fd-view", "fd-view-wide");
        list.addClassName("fd-jobs");
        filter.setItems(ResultFilter.values());
        filter.setItemLabelGenerator(f -> f.label);
        filter.setValue(ResultFilter.ALL);
        filter.setAriaLabel("Show");
        filter.addValueChangeListener(e -> showResults());
        // fixed widths: auto width would size the columns to the first page only ("Waiting", item 1)
        results.addColumn(i -> i.seq() + 1).setHeader("#").setWidth("5.5em").setFlexGrow(0);
        itemColumn = results.addColumn(JobItem::name).setHeader("File").setFlexGrow(2).setTooltipGenerator(JobItem::name);
        results.addColumn(this::outcome).setHeader("Outcome").setWidth("11em").setFlexGrow(0)
                .setPartNameGenerator(i -> "fd-outcome-" + i.state().name().toLowerCase(java.util.Locale.ROOT));
        results.addColumn(i -> i.message() == null ? "" : i.message()).setHeader("Message").setFlexGrow(3)
                .setTooltipGenerator(i -> i.message() == null ? "" : i.message());
        results.addComponentColumn(this::open).setHeader("").setAutoWidth(true).setFlexGrow(0);
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        results.setHeight("28rem");
        var bar = new Div(resultsTitle, filter);
        bar.addClassName("fd-job-results-bar");
        resultsBox.add(bar, results);
        resultsBox.addClassName("fd-job-results");
        resultsBox.setVisible(false);
        add(header, list, resultsBox);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            boolean first = project == null;
            project = p;
            header.withSubtitle(p.name());
            selected = event.getLocation().getQueryParameters().getSingleParameter(JobNavigation.JOB)
                    .flatMap(JobId::parse).orElse(null);
            if (first) {
                LiveUpdates.follow(this, live, JobTopics.project(p.id()), new ThrottledRedraw(this::redraw)::on);
            }
            redraw();
            showResults();
        });
    }

    private void redraw() {
        var shown = jobs.list(project.id(), 30);
        var progress = jobs.progress(shown);
        var outputs = jobs.outputs(shown);
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new Paragraph("No jobs yet. Upload a ZIP of sources on the Sources page, or send many files "
                    + "through the API: they are imported here, in the background. Reports exported on the Reports "
                    + "page are made here too, and wait here for their download."));
        }
        var now = clock.instant();
        for (Job job : shown) {
            var card = new JobCard(job, progress.get(job.id()), now, job.id().equals(selected), () -> select(job.id()),
                    () -> cancel(job));
            var output = outputs.get(job.id());
            if (output != null) {
                card.withAction(JobDownloads.link(jobs, output));
            }
            list.add(card);
        }
        if (selected != null) {
            results.getDataProvider().refreshAll();
        }
    }

    private void select(JobId id) {
        selected = id;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, JobNavigation.job(project.id(), id)));
        redraw();
        showResults();
    }

    private void cancel(Job job) {
        var after = jobs.cancel(job.id());
        Notifications.success(after.data().state().finished() ? "\"" + job.data().title() + "\" is "
                + after.data().state().label().toLowerCase(java.util.Locale.ROOT) + "." : "Cancelling…");
        redraw();
    }

    private void showResults() {
        if (selected == null || project == null) {
            resultsBox.setVisible(false);
            return;
        }
        var job = jobs.get(selected);
        resultsTitle.setText("Results of \"" + job.data().title() + "\"");
        selectedLink = links.get(job.data().kind());
        selectedKind = job.data().kind();
        itemColumn.setHeader(selectedKind.item());
        var states = filter.getValue().states;
        results.setItems(DataProvider.fromCallbacks(
                q -> jobs.items(selected, states, q.getOffset(), q.getLimit()).stream(),
                q -> jobs.countItems(selected, states)));
        resultsBox.setVisible(true);
    }

    /** A done item says what was done to it: imported, exported, restored. */
    private String outcome(JobItem item) {
        return item.state() == ItemState.DONE ? selectedKind.done() : item.state().label();
    }

    private com.vaadin.flow.component.Component open(JobItem item) {
        Optional<String> href = selectedLink == null ? Optional.empty() : selectedLink.href(item);
        return href.<com.vaadin.flow.component.Component>map(h -> new Anchor(h, selectedLink.label(item)))
                .orElseGet(Div::new);
    }
}
