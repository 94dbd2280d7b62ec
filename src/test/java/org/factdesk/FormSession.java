package org.factdesk;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's cookies, over plain HTTP: loads the sign-in page as a browser would (which gives a
 * session and the form's CSRF token in its meta tags) and posts the sign-in form, without following
 * redirects, so a test sees exactly where the server sends it.
 */
public final class FormSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfParameter;
    private String csrfToken;

    public FormSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Loads the sign-in page and remembers the CSRF token it carries. */
    public HttpResponse<String> openSignInPage() throws Exception {
        var response = get("/login");
        Map<String, String> meta = new LinkedHashMap<>();
        META.matcher(response.body()).results().forEach(m -> meta.put(m.group(1), m.group(2)));
        csrfParameter = meta.get("_csrf_parameter");
        csrfToken = meta.get("_csrf");
        return response;
    }

    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    /** Posts the sign-in form with the page's CSRF token, as the browser's form does. */
    public HttpResponse<String> signIn(String login, String password) throws Exception {
        if (csrfToken == null) {
            openSignInPage();
        }
        var form = new LinkedHashMap<String, String>();
        form.put("username", login);
        form.put("password", password);
        if (csrfParameter != null && csrfToken != null) {
            form.put(csrfParameter, csrfToken);
        }
        return postForm("/login", form);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect points, or empty for an answer that is not one. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** True when this session may open the projects page: it is signed in and its session is valid. */
    public boolean isSignedIn() throws Exception {
        var response = get("/");
        return response.statusCode() == 200;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }
}
