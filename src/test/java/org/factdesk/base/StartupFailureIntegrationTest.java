package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.factdesk.FactdeskApplication;
import org.factdesk.base.database.DatabaseUnreachableException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;

class StartupFailureIntegrationTest {

    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir;

    @Test
    void an_unreachable_external_database_is_reported_in_one_line_naming_the_url() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/factdesk";

        // command-line arguments, as an operator would pass them; they outrank application.properties
        assertThatThrownBy(() -> new SpringApplicationBuilder(FactdeskApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=x", "--server.port=0",
                        "--factdesk.demo=false", "--factdesk.data-dir=" + dataDir))
                .satisfies(failure -> {
                    boolean unreachable = false;
                    for (Throwable t = failure; t != null; t = t.getCause()) {
                        unreachable |= t instanceof DatabaseUnreachableException;
                    }
                    assertThat(unreachable).isTrue();
                    assertThat(StartupFailureReporter.describe(failure)).hasValueSatisfying(text ->
                            assertThat(text).contains(url).doesNotContain("\n"));
                });
    }

    @Test
    void a_taken_port_is_reported_with_what_to_do() {
        var line = StartupFailureReporter.describe(new IllegalStateException(new PortInUseException(8080)));

        assertThat(line).hasValueSatisfying(text -> assertThat(text)
                .contains("port 8080 is already in use")
                .contains("--server.port"));
    }

    @Test
    void other_failures_keep_spring_boots_full_report() {
        assertThat(StartupFailureReporter.describe(new IllegalStateException("something else"))).isEmpty();
    }
}
