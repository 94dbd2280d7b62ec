package org.factdesk.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The timeline at scale: a project of 100,000 claims in 20,000 events (five claims of five sources each, joined by
 * links, one event in ten with a conflict) over five years, written in SQL; then the server time of a full build, of
 * a year's and a week's view through the service and the API, and of the page's drawing of them. Prints figures;
 * asserts nothing about speed. Run with {@code ./mvnw test -Dtest=TimelineBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.events=20000]}.
 */
@FactdeskIntegrationTest
@TestPropertySource(properties = "factdesk.links.workers=0")
class TimelineBenchmark {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired Fixtures fixtures;
    @Autowired SourceImporter importer;
    @Autowired TimelineBuild build;
    @Autowired TimelineService timeline;
    @Autowired JdbcTimelineRepository repository;

    private static final int SOURCES = 40;
    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 5 * 365;

    @Test
    void timeline_views_of_a_large_project() throws Exception {
        int events = Integer.getInteger("factdesk.bench.events", 20_000);
        var project = fixtures.project("Timeline benchmark", fixtures.user("tl-bench"));
        fixtures.signIn("tl-bench");
        for (int i = 0; i < SOURCES; i++) {
            importer.importOne(project, ImportRequest.file("outlet-" + i + ".txt", "text/plain",
                    ("Outlet " + i + " report\n\nA line of text for the claims to point into.\n")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        write(project, events);
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        fixtures.jdbc().sql("analyze claim, claim_link, document").update();

        start = System.nanoTime();
        var built = build.build(project);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        fixtures.jdbc().sql("analyze timeline_event, event_member").update();

        var year = TimelineQuery.all().between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        var week = TimelineQuery.all().between(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 11));
        var yearTimeline = timeline.timeline(project, year);
        var weekTimeline = timeline.timeline(project, week);
        double[] serviceYear = times(10, () -> timeline.timeline(project, year));
        double[] serviceWeek = times(50, () -> timeline.timeline(project, week));
        double[] rowsYear = times(10, () -> repository.eventClaims(project, year, null, true));
        var yearWindow = TimelineSvg.Window.days(year.from(), year.to());
        var weekWindow = TimelineSvg.Window.days(week.from(), week.to());
        double[] pageYear = times(10, () -> {
            timeline.extent(project, TimelineQuery.all());
            TimelineSvg.draw(timeline.drawing(project, year), yearWindow, TimelineSvg.Lanes.SOURCE, null);
        });
        double[] pageWeek = times(50, () -> {
            timeline.extent(project, TimelineQuery.all());
            TimelineSvg.draw(timeline.drawing(project, week), weekWindow, TimelineSvg.Lanes.SOURCE, null);
        });
        String svg = TimelineSvg.draw(yearTimeline, yearWindow, TimelineSvg.Lanes.SOURCE, null);
        // the drawings, to look at: a year of 4,000 events and a month of some 330
        var monthWindow = TimelineSvg.Window.days(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "timeline-year.svg"), svg);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "timeline-month.svg"), TimelineSvg.draw(
                timeline.timeline(project, TimelineQuery.all().between(monthWindow.from().toLocalDate(),
                        monthWindow.to().toLocalDate())), monthWindow, TimelineSvg.Lanes.OUTLET, null));

        String token = api.on(port).bearer("tl-bench");
        String yearPath = "/api/projects/" + project.value() + "/timeline?from=2023-01-01&to=2023-12-31";
        String weekPath = "/api/projects/" + project.value() + "/timeline?from=2023-06-05&to=2023-06-11";
        int yearBytes = api.get(yearPath, token).body().length();
        int weekBytes = api.get(weekPath, token).body().length();
        double[] httpYear = times(10, () -> api.get(yearPath, token));
        double[] httpWeek = times(50, () -> api.get(weekPath, token));

        if (Boolean.getBoolean("factdesk.bench.explain")) {
            fixtures.jdbc().sql("""
                    explain (analyze, buffers) select e.id, c.id, d.title, c.quote, l.label
                    from timeline_event e
                    join event_member m on m.project_id = e.project_id and m.event_id = e.id
                    join claim c on c.id = m.claim_id
                    join document d on d.id = c.document_id
                    left join claim_review r on r.claim_id = c.id
                    left join rating_level l on l.id = r.verdict_id
                    where e.project_id = :p and e.day <= '2023-12-31' and e.day_end >= '2023-01-01'
                    order by e.day, e.id, m.day nulls last, c.id
                    """).param("p", project.value()).query(String.class).list().forEach(System.out::println);
        }
        var out = new StringBuilder();
        out.append(String.format(Locale.ENGLISH, "%nTIMELINE BENCHMARK (%,d events, %,d claims, %d sources, %d years)%n",
                built.events().size(), built.events().stream().mapToInt(e -> e.members().size()).sum(), SOURCES,
                DAYS / 365));
        out.append(String.format(Locale.ENGLISH, "  data written in SQL : %.1f s%n", writeSeconds));
        out.append(String.format(Locale.ENGLISH, "  full build          : %.2f s%n", buildSeconds));
        out.append(String.format(Locale.ENGLISH, "  year view           : %,d events, %,d claims%n",
                yearTimeline.events().size(), yearTimeline.events().stream().mapToInt(e -> e.claims().size()).sum()));
        out.append(String.format(Locale.ENGLISH, "  week view           : %,d events, %,d claims%n",
                weekTimeline.events().size(), weekTimeline.events().stream().mapToInt(e -> e.claims().size()).sum()));
        line(out, "service, year", serviceYear);
        line(out, "service, week", serviceWeek);
        line(out, "  of which rows, year", rowsYear);
        line(out, "page (read + SVG), year", pageYear);
        line(out, "page (read + SVG), week", pageWeek);
        line(out, "API GET, year", httpYear);
        line(out, "API GET, week", httpWeek);
        out.append(String.format(Locale.ENGLISH, "  sizes               : year SVG %,d KB, year JSON %,d KB, week JSON %,d KB%n",
                svg.length() / 1024, yearBytes / 1024, weekBytes / 1024));
        System.out.println(out);
    }

    /** Five claims an event in five sources, links chaining them (confirmed or suggested), one event in ten in conflict. */
    private void write(ProjectId project, int events) {
        var jdbc = fixtures.jdbc();
        jdbc.sql("""
                        insert into claim (project_id, document_id, document_version, start_offset, end_offset, quote,
                                           score, facts, origin, created_at, updated_at)
                        select :project, d.ids[1 + ((g / 5 + g % 5 * 7) % array_length(d.ids, 1))], 1, 0, 10,
                               'Claim ' || g || ': forces reached the district of Quarter ' || (g / 5) % 97
                                   || ', officials said',
                               40 + g % 50,
                               jsonb_build_object('quantities', '[]'::jsonb, 'claimant', null, 'entities', '[]'::jsonb,
                                   'dates', jsonb_build_array(jsonb_build_object(
                                       'date', to_char(cast(:first as date) + ((g / 5) * :days / :events)
                                                       + case when g % 5 = 4 and (g / 5) % 10 = 0 then 1 else 0 end,
                                                       'YYYY-MM-DD'),
                                       'precision', 'DAY', 'raw', 'on that day', 'start', 0, 'end', 1))),
                               'EXTRACTED', now(), now()
                        from generate_series(0, :claims - 1) g,
                             (select array_agg(id order by id) as ids from document where project_id = :project) d
                        """)
                .param("project", project.value()).param("first", java.sql.Date.valueOf(FIRST)).param("days", DAYS)
                .param("events", events).param("claims", events * 5).update();
        jdbc.sql("""
                        insert into claim_link (project_id, claim_a, claim_b, relation, state, score, reasons,
                                                differences, created_at, updated_at)
                        select :project, c.id, c.id + 1,
                               case when k = 3 and e % 10 = 0 then 'CONFLICTS' else 'CORROBORATES' end,
                               case when k % 2 = 0 then 'CONFIRMED' else 'SUGGESTED' end, 70, '[]',
                               cast(case when k = 3 and e % 10 = 0
                                    then '[{"kind": "DATE", "thisSide": "on one day", "otherSide": "the next"}]'
                                    else '[]' end as jsonb),
                               now(), now()
                        from (select id, (row_number() over (order by id) - 1) as n from claim
                              where project_id = :project) c,
                             lateral (select c.n / 5 as e, c.n % 5 as k) x
                        where k < 4
                        """)
                .param("project", project.value()).update();
    }

    private interface Action {
        void run() throws Exception;
    }

    private static double[] times(int runs, Action action) throws Exception {
        action.run(); // warm-up
        var ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void line(StringBuilder out, String what, double[] sorted) {
        out.append(String.format(Locale.ENGLISH, "  %-20s: median %6.1f ms, worst %6.1f ms (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length));
    }
}
