package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.FormSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Behind a TLS-terminating proxy that the operator declared, the session cookie is Secure. */
@FactdeskIntegrationTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForwardedTlsSessionIntegrationTest {

    @LocalServerPort int port;

    static String sessionCookie(java.net.http.HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    @Test
    void a_request_forwarded_as_https_gets_a_secure_same_site_session_cookie() throws Exception {
        var behindProxy = new FormSession(port).get("/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(behindProxy)).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");

        var plain = new FormSession(port).get("/login");
        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("Secure");
    }
}
