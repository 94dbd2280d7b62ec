package org.factdesk.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.DocumentId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claims list at a million claims: the queries behind its first page, a filtered page, a
 * full-text page and the counts. Prints figures; asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=ClaimsGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.claims=1000000]}.
 */
@FactdeskIntegrationTest
class ClaimsGridBenchmark {

    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void claims_grid_at_scale() {
        int n = Integer.getInteger("factdesk.bench.claims", 1_000_000);
        var project = fixtures.project("Million claims", fixtures.user("bench-grid"));
        long[] documents = new long[20];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = jdbc.sql("""
                            insert into document (project_id, title, outlet, source_type, created_at, updated_at)
                            values (:project, :title, :outlet, 'NEWS', now(), now()) returning id
                            """)
                    .param("project", project.value()).param("title", "Document " + i)
                    .param("outlet", "Outlet " + (i % 5)).query(Long.class).single();
        }
        long loadStart = System.nanoTime();
        jdbc.sql("""
                        insert into claim (project_id, document_id, document_version, start_offset, end_offset, quote, score,
                                           claimant, has_figure, status, origin, created_at, updated_at)
                        select :project, (:firstDocument + (g % 20)), 1, (g % 5000) * 10, (g % 5000) * 10 + 80,
                               (array['The bridge collapsed injuring', 'Officials said the ferry strike cost',
                                      'Troops withdrew from the district after', 'The council voted to close'])[1 + g % 4]
                                 || ' ' || g || ' people on day ' || (g % 365),
                               ((g::bigint * 7919) % 101)::int,
                               case when g % 3 = 0 then 'Spokesperson ' || (g % 50) end,
                               g % 4 < 2,
                               (array['SUGGESTED','TO_CHECK','IN_PROGRESS','NEEDS_REVIEW','PUBLISHED','DISMISSED'])[1 + g % 6],
                               'EXTRACTED', now(), now()
                        from generate_series(1, :n) g
                        """)
                .param("project", project.value()).param("firstDocument", documents[0]).param("n", n).update();
        jdbc.sql("analyze claim").update();
        jdbc.sql("analyze document").update();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        fixtures.signIn("bench-grid");

        var filtered = new ClaimQuery(null, "Outlet 2", ClaimStatus.TO_CHECK, 60, null, null, true, null);
        var text = new ClaimQuery(null, null, null, null, null, "ferry strike", null, null);
        var claimant = new ClaimQuery(new DocumentId(documents[3]), null, null, null, null, null, null, "spokesperson 7");
        System.out.printf(Locale.ROOT, "%nCLAIMS GRID BENCHMARK (%,d claims in one project, loaded in %.0f s)%n", n,
                loadSeconds);
        print("first page, by score", () -> claims.find(project, ClaimQuery.all(), ClaimSort.SCORE, 0, 50).size());
        print("first page, newest", () -> claims.find(project, ClaimQuery.all(), ClaimSort.NEWEST, 0, 50).size());
        print("filtered page (outlet, status, score, figure)", () -> claims.find(project, filtered, ClaimSort.SCORE, 0, 50).size());
        print("full-text page \"ferry strike\"", () -> claims.find(project, text, ClaimSort.SCORE, 0, 50).size());
        print("document + claimant page", () -> claims.find(project, claimant, ClaimSort.SCORE, 0, 50).size());
        print("page 100 by score (offset 5,000)", () -> claims.find(project, ClaimQuery.all(), ClaimSort.SCORE, 5_000, 50).size());
        print("count, all", () -> claims.count(project, ClaimQuery.all()));
        print("count, filtered", () -> claims.count(project, filtered));
        System.out.println();
        fixtures.signOut();
    }

    static void print(String label, Supplier<Integer> query) {
        long[] times = new long[7];
        int rows = 0;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            rows = query.get();
            times[i] = System.nanoTime() - start;
        }
        long[] warm = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "  %-48s %8.1f ms  (rows %d, first run %.1f ms)%n", label, warm[warm.length / 2] / 1e6,
                rows, times[0] / 1e6);
    }
}
