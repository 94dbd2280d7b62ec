package org.factdesk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factdesk.team.ApiTokenService;
import org.springframework.stereotype.Component;

/** Calls the running test server's REST API over real HTTP, with tokens made for fixture users. */
@Component
public class ApiClient {

    private final Fixtures fixtures;
    private final ApiTokenService tokens;
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    ApiClient(Fixtures fixtures, ApiTokenService tokens) {
        this.fixtures = fixtures;
        this.tokens = tokens;
    }

    public ApiClient on(int port) {
        this.port = port;
        return this;
    }

    /** A fresh API token of this user, as the Authorization header value. */
    public String bearer(String login) {
        fixtures.signIn(login);
        try {
            return "Bearer " + tokens.create("test").secret();
        } finally {
            fixtures.signOut();
        }
    }

    public HttpRequest.Builder request(String path, String authorization) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    public HttpResponse<String> get(String path, String authorization) throws Exception {
        return send(request(path, authorization).GET());
    }

    public HttpResponse<String> postJson(String path, String authorization, String json) throws Exception {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request.build(), body);
    }
}
