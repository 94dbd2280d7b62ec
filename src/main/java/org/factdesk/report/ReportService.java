package org.factdesk.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import org.factdesk.timeline.Timeline;
import org.factdesk.timeline.TimelineEvent;
import org.factdesk.timeline.TimelineQuery;
import org.factdesk.timeline.TimelineService;
import org.factdesk.timeline.TimelineSvg;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.base.Blanks;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes reports. An export streams: one document and its claims are in memory at a time, and the output
 * goes out as it is written. It reads one snapshot of the database, so a report never mixes states.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ReportService {

    private final TimelineService timelines;
    private final org.factdesk.agreement.AgreementService agreement;

    private final JdbcReportRepository reports;
    private final ClaimService claims;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final org.factdesk.base.BackgroundTasks tasks;
    private final Clock clock;

    ReportService(JdbcReportRepository reports, ClaimService claims, ProjectAccess access, CurrentUser currentUser,
                  org.factdesk.base.BackgroundTasks tasks, TimelineService timelines,
                  org.factdesk.agreement.AgreementService agreement, Clock clock) {
        this.timelines = timelines;
        this.agreement = agreement;
        this.reports = reports;
        this.tasks = tasks;
        this.claims = claims;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A file name for the download: the project's name, the day and the format's extension. */
    @Transactional(readOnly = true)
    public String fileName(ProjectId projectId, ExportFormat format) {
        return slug(access.requireRead(projectId).name()) + "-" + clock.instant().atZone(ZoneOffset.UTC).toLocalDate()
                + "." + format.extension;
    }

    /** Checks that the export can be made (access, and the settings its format needs); its file name. */
    @Transactional(readOnly = true)
    public String prepare(ExportRequest request) {
        String name = fileName(request.projectId(), request.format());
        if (request.format() == ExportFormat.CLAIMREVIEW) {
            requirePublisher(request.projectId());
        }
        return name;
    }

    /** How many claims an export of this request covers, before it is made. */
    public int count(ExportRequest request) {
        access.requireRead(request.projectId());
        return scope(request).values().stream().mapToInt(List::size).sum();
    }

    /** No export runs longer: past it, it stops and says so, rather than holding a thread and the server's shutdown. */
    public static final java.time.Duration TIME_LIMIT = java.time.Duration.ofMinutes(15);

    public void export(ExportRequest request, OutputStream out, ExportProgress caller) {
        access.requireRead(request.projectId());
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        var progress = new ExportProgress() {
            @Override
            public void progressed(int claimsDone, int claimsTotal) {
                caller.progressed(claimsDone, claimsTotal);
            }

            @Override
            public boolean cancelled() {
                if (System.nanoTime() > deadline) {
                    throw new ExportCancelledException("The export took longer than " + TIME_LIMIT.toMinutes()
                            + " minutes and was stopped. Export a smaller part (one source, one status).");
                }
                return caller.cancelled() || tasks.stopping();
            }
        };
        if (request.format() == ExportFormat.CLAIMREVIEW) {
            requirePublisher(request.projectId());
        }
        try {
            if (request.format() == ExportFormat.PDF) {
                exportPdf(request, out, progress);
            } else if (request.format() == ExportFormat.LINKS) {
                var buffered = new BufferedOutputStream(out, 64 * 1024);
                writeLinks(request, buffered, progress);
                buffered.flush();
            } else {
                var buffered = new BufferedOutputStream(out, 64 * 1024);
                write(request, writer(request, buffered), progress);
                buffered.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ClaimReview names the publisher and the public URL of each fact-check: without them it says nothing usable. */
    private void requirePublisher(ProjectId projectId) {
        var publisher = reports.publisher(projectId);
        if (Blanks.toNull(publisher.name()) == null || Blanks.toNull(publisher.publicUrlBase()) == null) {
            throw new InvalidInputException("ClaimReview needs your publisher's name and the public address of your "
                    + "fact-checks. An owner sets them under Rating scale → Publishing.");
        }
    }

    /** The dashboard: the report's charts over every claim of the project that is not dismissed. */
    public List<String> dashboard(ProjectId projectId) {
        access.requireRead(projectId);
        var scope = scope(new ExportRequest(projectId, ExportFormat.HTML, ClaimQuery.all(),
                ExportOptions.defaults().withUnreviewed(true)));
        return ReportCharts.of(reports, ids(scope)).all();
    }

    public static List<String> dashboardTitles() {
        return ReportCharts.titles();
    }

    private void exportPdf(ExportRequest request, OutputStream out, ExportProgress progress) throws IOException {
        try (var pdf = new PdfReportWriter(out)) {
            write(request, pdf, progress);
        }
    }

    private void write(ExportRequest request, ReportWriter writer, ExportProgress progress) throws IOException {
        var scope = scope(request);
        var documents = documents(request, scope);
        var header = header(request, scope, documents);
        int total = header.claims();
        progress.progressed(0, total);
        writer.begin(header);
        int done = 0;
        for (long documentId : documents) {
            if (progress.cancelled()) {
                throw new ExportCancelledException();
            }
            var claimIds = scope.getOrDefault(new DocumentId(documentId), List.of()).stream().map(ClaimId::value).toList();
            var document = reports.document(documentId);
            writer.document(document, claimIds.isEmpty() ? List.of()
                    : reports.claims(claimIds, request.options(), request.format() == ExportFormat.JSON));
            done += claimIds.size();
            progress.progressed(done, total);
        }
        writer.end();
    }

    private ReportWriter writer(ExportRequest request, OutputStream out) {
        return switch (request.format()) {
            case HTML -> new HtmlReportWriter(out, false);
            case CSV -> new CsvReportWriter(out, request.options());
            case JSON -> new JsonReportWriter(out);
            case MARKDOWN -> new MarkdownReportWriter(out);
            case CLAIMREVIEW -> new ClaimReviewWriter(out);
            case W3C -> new WebAnnotationWriter(out, linksOf(ids(scope(request))));
            case PDF -> throw new IllegalArgumentException("PDF is rendered from the HTML report");
            case LINKS -> throw new IllegalArgumentException("The links CSV is written from the links, not the documents");
        };
    }

    /** The links a Web Annotation export carries: those of its claims that no editor rejected. */
    private WebAnnotationWriter.Links linksOf(Long[] ids) {
        var query = new JdbcReportRepository.LinkQuery(null, false, false);
        return new WebAnnotationWriter.Links() {
            @Override
            public int count() {
                return reports.countLinks(ids, query);
            }

            @Override
            public void each(java.util.function.Consumer<ReportRows.LinkPair> each) {
                reports.links(ids, query, Integer.MAX_VALUE, each);
            }
        };
    }

    /**
     * The links CSV: every link of the claims in scope, rejected ones too, streamed row by row. A links export is
     * not one of verdicts, so the claims without one count in its scope.
     */
    private void writeLinks(ExportRequest request, OutputStream out, ExportProgress progress) throws IOException {
        var ids = ids(scope(request));
        progress.progressed(0, ids.length);
        var writer = new CsvLinksWriter(out, request.options());
        writer.begin();
        int[] rows = {0};
        reports.links(ids, new JdbcReportRepository.LinkQuery(null, true, false), Integer.MAX_VALUE, link -> {
            if (++rows[0] % 1_000 == 0 && progress.cancelled()) {
                throw new ExportCancelledException();
            }
            writer.link(link);
        });
        writer.end();
        progress.progressed(ids.length, ids.length);
    }

    /**
     * The claims the request covers, by document; dismissed ones only when asked for (or filtered for), and
     * those without a verdict only when asked for.
     */
    private Map<DocumentId, List<ClaimId>> scope(ExportRequest request) {
        var matched = claims.idsByDocument(request.projectId(), request.filter());
        // a reviewer judging claims blind in an open agreement round gets reports without them (decision 0020)
        var hidden = claims.verdictsHidden(request.projectId());
        if (!hidden.isEmpty()) {
            var seen = new LinkedHashMap<DocumentId, List<ClaimId>>();
            matched.forEach((document, ids) -> {
                var left = ids.stream().filter(id -> !hidden.contains(id)).toList();
                if (!left.isEmpty()) {
                    seen.put(document, left);
                }
            });
            matched = seen;
        }
        boolean dismissed = request.options().dismissed() || request.filter().status() == ClaimStatus.DISMISSED;
        boolean unreviewed = request.options().unreviewed() || request.format() == ExportFormat.LINKS;
        if (dismissed && unreviewed) {
            return matched;
        }
        var all = matched.values().stream().flatMap(List::stream).map(ClaimId::value).toArray(Long[]::new);
        var kept = new java.util.HashSet<>(reports.kept(all, dismissed, unreviewed));
        var scope = new LinkedHashMap<DocumentId, List<ClaimId>>();
        matched.forEach((document, ids) -> {
            var left = ids.stream().filter(id -> kept.contains(id.value())).toList();
            if (!left.isEmpty()) {
                scope.put(document, left);
            }
        });
        return scope;
    }

    /** A whole-project report lists every source, even those without claims; a filtered one only those it covers. */
    private List<Long> documents(ExportRequest request, Map<DocumentId, List<ClaimId>> scope) {
        var filter = request.filter();
        if (filter.document() != null) {
            return reports.documentIds(request.projectId(), List.of(filter.document().value()));
        }
        boolean wholeProject = filter.equals(ClaimQuery.all());
        return reports.documentIds(request.projectId(),
                wholeProject ? null : scope.keySet().stream().map(DocumentId::value).toList());
    }

    /** The conflicts a report lists at most; past them it says how many more there are. */
    static final int MAX_CONFLICTS = 500;

    private ReportRows.Header header(ExportRequest request, Map<DocumentId, List<ClaimId>> scope, List<Long> documents) {
        var projectId = request.projectId();
        var project = reports.project(projectId);
        Long[] ids = ids(scope);
        var dates = reports.dates(documents);
        var statuses = reports.byStatus(ids);
        var byStatus = new ArrayList<ReportRows.Count>();
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.add(new ReportRows.Count(status.label(), status.color, statuses.getOrDefault(status, 0)));
        }
        var titles = reports.titles(projectId, documents);
        // "Where the sources disagree": the conflicts of the report's claims that no editor rejected (HTML and PDF)
        var conflicts = new ArrayList<ReportRows.LinkPair>();
        int conflictsTotal = 0;
        if (request.format() == ExportFormat.HTML || request.format() == ExportFormat.PDF) {
            var query = new JdbcReportRepository.LinkQuery("CONFLICTS", false, true);
            conflictsTotal = reports.countLinks(ids, query);
            if (conflictsTotal > 0) {
                reports.links(ids, query, MAX_CONFLICTS, conflicts::add);
            }
        }
        var toc = documents.stream().map(id -> new ReportRows.TocEntry(id, titles.get(id),
                scope.getOrDefault(new DocumentId(id), List.of()).size())).toList();
        String filter = describe(request.filter(), titles);
        String scopeLine = (filter.isEmpty() ? "The whole project" : "Claims with " + filter)
                + (request.options().unreviewed() ? ", claims without a verdict included" : "")
                + (request.options().dismissed() ? ", dismissed claims included" : "");
        return new ReportRows.Header(projectId.value(), project.name(), project.description(), clock.instant(),
                currentUser.require().displayName(), request.options(), scopeLine, dates.first(), dates.last(),
                reports.editors(ids), reports.scale(projectId), reports.publisher(projectId), documents.size(), ids.length,
                reports.byVerdict(ids), byStatus, reports.byOutlet(ids), ReportCharts.of(reports, ids).all(), toc,
                conflicts, conflictsTotal, timeline(request, ids), rounds(request));
    }

    /**
     * The project's agreement rounds with their figures, newest first, when asked for (HTML, PDF, JSON); a round
     * whose figures the reader may not see yet (they still judge it blind) is left out. Null when not asked.
     */
    private List<org.factdesk.agreement.RoundReport> rounds(ExportRequest request) {
        var format = request.format();
        if (!request.options().agreement()
                || !(format == ExportFormat.HTML || format == ExportFormat.PDF || format == ExportFormat.JSON)) {
            return null;
        }
        return agreement.rounds(request.projectId()).stream().map(r -> agreement.report(r.id()))
                .filter(org.factdesk.agreement.RoundReport::figuresShown).toList();
    }

    /** Months a drawing of the report's timeline covers at most; a longer timeline is drawn one period a page. */
    static final int TIMELINE_PERIOD_MONTHS = 6;

    private ReportRows.TimelineSection timeline(ExportRequest request, Long[] ids) {
        boolean drawn = request.format() == ExportFormat.HTML || request.format() == ExportFormat.PDF;
        if (!request.options().timeline() || !(drawn || request.format() == ExportFormat.JSON)) {
            return null;
        }
        var inReport = java.util.Set.of(ids);
        var all = timelines.timeline(request.projectId(), TimelineQuery.all());
        var events = all.events().stream().filter(e -> e.claims().stream()
                .anyMatch(c -> inReport.contains(c.claimId().value()))).toList();
        var timeline = new Timeline(events, all.undated(), all.first(), all.last());
        var periods = new ArrayList<ReportRows.Period>();
        if (drawn && !events.isEmpty()) {
            var first = events.stream().map(TimelineEvent::date).min(LocalDate::compareTo).orElseThrow();
            var last = events.stream().map(TimelineEvent::dateEnd).max(LocalDate::compareTo).orElseThrow();
            if (!first.plusMonths(TIMELINE_PERIOD_MONTHS).isBefore(last)) {
                periods.add(new ReportRows.Period(HtmlReportWriter.DAY.format(first) + " – "
                        + HtmlReportWriter.DAY.format(last), TimelineSvg.draw(timeline,
                        TimelineSvg.Window.around(first, last), TimelineSvg.Lanes.OUTLET, null)));
            } else {
                for (var start = first.withDayOfMonth(1); !start.isAfter(last); start = start.plusMonths(TIMELINE_PERIOD_MONTHS)) {
                    var end = start.plusMonths(TIMELINE_PERIOD_MONTHS).minusDays(1);
                    var from = start;
                    var inPeriod = events.stream().filter(e -> !e.dateEnd().isBefore(from) && !e.date().isAfter(end))
                            .toList();
                    if (!inPeriod.isEmpty()) {
                        periods.add(new ReportRows.Period(HtmlReportWriter.DAY.format(start) + " – "
                                + HtmlReportWriter.DAY.format(end), TimelineSvg.draw(new Timeline(inPeriod, 0, null,
                                null), TimelineSvg.Window.days(start, end), TimelineSvg.Lanes.OUTLET, null)));
                    }
                }
            }
        }
        return new ReportRows.TimelineSection(timeline, periods);
    }

    /** A claims filter in words, as a report's scope line and the report builder name it; empty for none. */
    public String describe(ProjectId projectId, ClaimQuery filter) {
        access.requireRead(projectId);
        return describe(filter, filter.document() == null ? Map.of()
                : reports.titles(projectId, List.of(filter.document().value())));
    }

    /** Names only what belongs to the project: a document of another project reads as "unknown". */
    private static String describe(ClaimQuery f, Map<Long, String> titles) {
        var parts = new ArrayList<String>();
        if (f.document() != null) {
            String title = titles.get(f.document().value());
            parts.add(title == null ? "an unknown document" : "document “" + title + "”");
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            parts.add("tag " + f.tag().strip());
        }
        if (Boolean.TRUE.equals(f.sourceChanged())) {
            parts.add("a changed source");
        }
        if (f.status() != null) {
            parts.add("status " + f.status().label());
        }
        if (f.outlet() != null && !f.outlet().isBlank()) {
            parts.add("outlet " + f.outlet());
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add("text “" + f.text() + "”");
        }
        if (f.claimant() != null && !f.claimant().isBlank()) {
            parts.add("claimant " + f.claimant());
        }
        if (Boolean.TRUE.equals(f.hasFigure())) {
            parts.add("with figures");
        }
        if (f.minScore() != null || f.maxScore() != null) {
            parts.add("score " + (f.minScore() == null ? 0 : f.minScore()) + "–" + (f.maxScore() == null ? 100 : f.maxScore()));
        }
        return String.join(", ", parts);
    }

    private static Long[] ids(Map<DocumentId, List<ClaimId>> scope) {
        return scope.values().stream().flatMap(List::stream).map(ClaimId::value).toArray(Long[]::new);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+[^-]*$", "");
        }
        return slug.isEmpty() ? "factdesk" : slug;
    }
}
