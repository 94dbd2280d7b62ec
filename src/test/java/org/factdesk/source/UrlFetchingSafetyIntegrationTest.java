package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * What a URL may make the server fetch. Every server here is one the test starts on a loopback
 * address; no request ever leaves the machine.
 */
class UrlFetchingSafetyIntegrationTest {

    final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    HttpServer serve(String address, int port, String text) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException fetcherGaveUp) {
                // expected: the fetcher stops reading
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        servers.add(server);
        return server;
    }

    static UrlFetcher fetcher(List<String> allowlist) {
        return new UrlFetcher(new SourceSettings(DataSize.ofMegabytes(1), Duration.ofSeconds(2), Duration.ofSeconds(1),
                3, allowlist, null));
    }

    static String text(UrlFetcher.Fetched fetched) {
        return new String(fetched.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_host_name_on_the_allowlist_allows_exactly_that_name_and_port() throws Exception {
        int port = serve("127.0.0.1", 0, "page").getAddress().getPort();
        int other = serve("127.0.0.1", 0, "other port").getAddress().getPort();

        var byName = fetcher(List.of("localhost"));
        assertThat(text(byName.fetch("http://localhost:" + port + "/"))).isEqualTo("page");
        assertThatThrownBy(() -> byName.fetch("http://127.0.0.1:" + port + "/"))
                .as("the address behind the name is not the name").hasMessageContaining("private network");

        var byNameAndPort = fetcher(List.of("localhost:" + port));
        assertThat(text(byNameAndPort.fetch("http://localhost:" + port + "/"))).isEqualTo("page");
        assertThatThrownBy(() -> byNameAndPort.fetch("http://localhost:" + other + "/"))
                .hasMessageContaining("private network");
        assertThatThrownBy(() -> byNameAndPort.fetch("http://127.0.0.1:" + port + "/"))
                .hasMessageContaining("private network");

        var byAddressAndPort = fetcher(List.of("127.0.0.1:" + port));
        assertThat(text(byAddressAndPort.fetch("http://127.0.0.1:" + port + "/"))).isEqualTo("page");
        assertThatThrownBy(() -> byAddressAndPort.fetch("http://127.0.0.1:" + other + "/"))
                .hasMessageContaining("private network");
    }

    @Test
    void every_special_purpose_address_range_is_refused() throws Exception {
        for (String address : List.of("64:ff9b::a00:1", "64:ff9b:1::1", "::10.0.0.1", "::", "2002:c0a8:101::1",
                "2001::1", "2001:db8::1", "100::1", "fec0::1", "fe80::1", "ff02::1", "::ffff:10.0.0.1", "192.0.0.8",
                "192.0.2.1", "198.51.100.1", "203.0.113.5", "192.88.99.1", "255.255.255.255", "224.0.0.1",
                "0.1.2.3", "127.8.8.8", "169.254.0.1", "172.16.0.1", "198.18.0.1")) {
            assertThat(UrlFetcher.isInternal(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "2a00:1450:4001::1")) {
            assertThat(UrlFetcher.isInternal(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThatThrownBy(() -> fetcher(List.of()).fetch("http://[64:ff9b::7f00:1]/"))
                .hasMessageContaining("private network");
    }

    @Test
    void the_time_limit_covers_the_whole_download_not_only_the_headers() throws Exception {
        int port = serve("127.0.0.1", 0, "page").getAddress().getPort();
        long started = System.nanoTime();

        assertThatThrownBy(() -> fetcher(List.of("127.0.0.1")).fetch("http://127.0.0.1:" + port + "/trickle"))
                .isInstanceOf(SourceRejectedException.class).hasMessageContaining("within 1 s");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void the_server_connects_to_the_address_it_checked_even_when_the_name_is_rebound() throws Exception {
        // The same port on two loopback addresses: the allowed one, and "the internal network".
        int port = serve("127.0.0.1", 0, "the page that was checked").getAddress().getPort();
        serve("127.0.0.2", port, "internal secret");
        ScriptedDns.script("rebind.scripted.test", "127.0.0.1", "127.0.0.2");

        var fetched = fetcher(List.of("127.0.0.1/32")).fetch("http://rebind.scripted.test:" + port + "/");

        assertThat(text(fetched)).isEqualTo("the page that was checked");
    }
}
