package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.factdesk.ApiClient;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ordinary path side by side with the service layer: documents sent one per request by several clients to
 * {@code POST /api/projects/{id}/documents} over real HTTP (token sign-in, multipart, JSON answer), against the same
 * number of documents given to {@link SourceImporter#importOne} by as many threads. Claims are extracted on both
 * unless {@code -Dfactdesk.bench.extract=false}. Prints figures; asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=HttpImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.docs=500]
 * [-Dfactdesk.bench.clients=4] [-Dfactdesk.bench.extract=false]}.
 */
@FactdeskIntegrationTest
// linking (issue 15) is measured by LinkBenchmark: here its queue is written but no worker runs
@org.springframework.test.context.TestPropertySource(properties = {"factdesk.claims.extract-on-import=${factdesk.bench.extract:true}",
        "factdesk.links.workers=0"})
class HttpImportBenchmark {

    @LocalServerPort int port;
    @Autowired ApiClient api;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;

    @Test
    void one_document_a_request_against_the_service_layer() throws Exception {
        int n = Integer.getInteger("factdesk.bench.docs", 500);
        int clients = Integer.getInteger("factdesk.bench.clients", 4);
        var owner = fixtures.user("http-bench");
        var warmProject = fixtures.project("HTTP warm-up", owner);
        var httpProject = fixtures.project("HTTP benchmark", owner);
        var serviceProject = fixtures.project("Service benchmark", owner);
        String token = api.on(port).bearer("http-bench");
        me = fixtures.signIn("http-bench");
        fixtures.signOut();

        // warm-up of both paths, outside the measurement
        run(clients, 100, i -> http(warmProject, token, "warm-h" + i, 90_000 + i));
        run(clients, 100, i -> service(warmProject, "warm-s" + i, 95_000 + i));

        var httpTimes = new LongAdder();
        double httpSeconds = run(clients, n, i -> {
            long t = System.nanoTime();
            http(httpProject, token, "doc" + i, i);
            httpTimes.add(System.nanoTime() - t);
        });
        double serviceSeconds = run(clients, n, i -> service(serviceProject, "doc" + i, 50_000 + i));

        System.out.printf(Locale.ROOT, "%nHTTP IMPORT BENCHMARK (%d documents of ~5 KB, %d clients, %s)%n", n, clients,
                Boolean.parseBoolean(System.getProperty("factdesk.bench.extract", "true")) ? "claims extracted"
                        : "no extraction");
        System.out.printf(Locale.ROOT, "  HTTP, one a request : %.2f s = %.0f docs/s (%.1f ms a request)%n", httpSeconds,
                n / httpSeconds, httpTimes.sum() / 1e6 / n);
        System.out.printf(Locale.ROOT, "  service layer       : %.2f s = %.0f docs/s%n", serviceSeconds, n / serviceSeconds);
        System.out.printf(Locale.ROOT, "  HTTP / service      : %.2f%n%n", serviceSeconds / httpSeconds);
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Seconds {@code clients} threads take to do steps 0…n-1 between them. */
    private double run(int clients, int n, Step step) throws Exception {
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int c = 0; c < clients; c++) {
                tasks.add(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        step.run(i);
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private void http(ProjectId project, String token, String name, int seed) throws Exception {
        String boundary = "----factdesk-bench-" + seed;
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(SourceImportBenchmark.article(new Random(seed), seed).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = api.send(api.request("/api/projects/" + project.value() + "/documents", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("IMPORTED")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private org.factdesk.team.FactdeskPrincipal me;

    private void service(ProjectId project, String name, int seed) {
        fixtures.signIn(me);
        try {
            var result = importer.importOne(project, ImportRequest.file(name + ".txt", "text/plain",
                    SourceImportBenchmark.article(new Random(seed), seed).getBytes(StandardCharsets.UTF_8)));
            if (!result.stored()) {
                throw new IllegalStateException(result.message());
            }
        } finally {
            fixtures.signOut();
        }
    }
}
