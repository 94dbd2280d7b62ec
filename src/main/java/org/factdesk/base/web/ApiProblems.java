package org.factdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one error format, RFC 9457 problem details: {@code type} (one URN per kind of error),
 * {@code title}, {@code status}, {@code detail} (a sentence that says what to do), {@code instance}
 * (the path), {@code error} (the same kind as a short code, for scripts) and, where one input is at
 * fault, {@code field}. Used by the MVC exception handler and by the security filters, which run
 * before Spring MVC and so write the same shape by hand.
 */
public final class ApiProblems {

    public static final String TYPE_PREFIX = "urn:factdesk:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String error, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + error));
        var reason = HttpStatus.resolve(status.value());
        problem.setTitle(reason == null ? "Error " + status.value() : reason.getReasonPhrase());
        problem.setProperty("error", error);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** Writes a problem straight to the response: for filters, where no exception handler runs. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
                             String detail) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", TYPE_PREFIX + error);
        var reason = HttpStatus.resolve(status);
        body.put("title", reason == null ? "Error " + status : reason.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("error", error);
        writeBody(response, status, body);
    }

    static void writeBody(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
