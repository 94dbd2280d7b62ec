package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.ImportResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** URL imports against a small HTTP server on the loopback address, which the test settings allowlist. */
@FactdeskIntegrationTest
class UrlImportIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired Fixtures fixtures;

    HttpServer server;
    final AtomicReference<String> article = new AtomicReference<>("<html><body><article><h1>Ferry strike</h1>"
            + "<p>Dock workers walked out on Monday morning, the union said in a statement to reporters.</p>"
            + "<p>Ferries to the islands were cancelled for the rest of the day, the operator confirmed.</p>"
            + "</article></body></html>");

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> respond(exchange, 200, "text/html; charset=utf-8", article.get()));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "<p>nope</p>"));
        server.createContext("/image", exchange -> respond(exchange, 200, "image/png", "\u0089PNG...."));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", "late");
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/big", exchange -> respond(exchange, 200, "text/plain", "x".repeat(3 * 1024 * 1024)));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        fixtures.signOut();
    }

    static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // the fetcher gave up early on purpose
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    UrlFetcher fetcher(List<String> allowlist) {
        return new UrlFetcher(new SourceSettings(DataSize.ofMegabytes(1), Duration.ofSeconds(2), Duration.ofSeconds(1), 3,
                allowlist, null));
    }

    @Test
    void a_page_is_imported_and_a_second_import_of_the_same_url_is_a_new_version() {
        var owner = fixtures.user("url-owner");
        var project = fixtures.project("Web sources", owner);
        fixtures.signIn("url-owner");

        var first = importer.importUrl(project, url("/article"));
        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.IMPORTED);
        var document = documents.get(first.documentId());
        assertThat(document.data().title()).isEqualTo("Ferry strike");
        assertThat(document.data().url()).isEqualTo(url("/article"));

        assertThat(importer.importUrl(project, url("/article")).outcome()).isEqualTo(Outcome.DUPLICATE);

        article.set(article.get().replace("Monday", "Tuesday"));
        var second = importer.importUrl(project, url("/article"));
        assertThat(second.outcome()).isEqualTo(Outcome.NEW_VERSION);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(documents.currentText(first.documentId()).text()).contains("Tuesday");
    }

    @Test
    void private_and_link_local_addresses_are_refused_unless_allowlisted() {
        var owner = fixtures.user("url-owner2");
        var project = fixtures.project("Careful", owner);
        fixtures.signIn("url-owner2");

        for (String address : List.of("http://10.1.2.3/admin", "http://169.254.169.254/latest/meta-data",
                "http://192.168.0.1/", "http://[::1]/")) {
            var result = importer.importUrl(project, address);
            assertThat(result.outcome()).as(address).isEqualTo(Outcome.REJECTED);
            assertThat(result.message()).as(address).contains("private network");
        }
        assertThatThrownBy(() -> fetcher(List.of()).fetch(url("/article")))
                .isInstanceOf(SourceRejectedException.class).hasMessageContaining("private network");
        assertThat(fetcher(List.of("127.0.0.1")).fetch(url("/article")).bytes()).isNotEmpty();
    }

    @Test
    void broken_answers_get_clear_reasons() {
        var fetcher = fetcher(List.of("127.0.0.0/8"));

        assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).hasMessageContaining("404").hasMessageContaining("not found");
        assertThatThrownBy(() -> fetcher.fetch(url("/image"))).hasMessageContaining("image/png")
                .hasMessageContaining("not a document");
        assertThatThrownBy(() -> fetcher.fetch(url("/slow"))).hasMessageContaining("within 1 s");
        assertThatThrownBy(() -> fetcher.fetch(url("/loop"))).hasMessageContaining("redirects more than 3 times");
        assertThatThrownBy(() -> fetcher.fetch(url("/big"))).hasMessageContaining("limit is 1.0 MB");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/file.txt")).hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessageContaining("Only http and https");
    }

    @Test
    void cidr_rules_match_exactly_their_range() throws Exception {
        assertThat(UrlFetcher.matchesCidr(InetAddress.getByName("10.1.2.3"), "10.0.0.0/8")).isTrue();
        assertThat(UrlFetcher.matchesCidr(InetAddress.getByName("11.1.2.3"), "10.0.0.0/8")).isFalse();
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("fd00::1"))).isTrue();
    }
}
