package org.factdesk.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for what it refuses before the application sees a request (an encoded NUL
 * in the path, a request line longer than the header limit): a problem for the API, instead of
 * Tomcat's HTML; anything else still gets Tomcat's page.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (uri != null && !uri.isEmpty() && !uri.startsWith("/api")) {
            super.report(request, response, throwable);
            return;
        }
        // as Tomcat's own page: only where nobody has written an answer yet, and only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("type", ApiProblems.TYPE_PREFIX + (status >= 500 ? "internal_error" : "invalid_input"));
        var reason = HttpStatus.resolve(status);
        body.put("title", reason == null ? "Error " + status : reason.getReasonPhrase());
        body.put("status", status);
        body.put("detail", status >= 500 ? "Something went wrong on the server. Try again, and report it if it repeats."
                : "The server could not read this request: an address with characters it may not hold (such as an "
                        + "encoded NUL) or longer than " + "the server takes, or malformed headers. Check how the "
                        + "request is built; send long text in a JSON body.");
        if (uri != null && !uri.isEmpty()) {
            body.put("instance", uri);
        }
        body.put("error", status >= 500 ? "internal_error" : "invalid_input");
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(body));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot take a body any more: nothing left to tell
        }
    }
}
