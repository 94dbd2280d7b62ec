package org.factdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into an RFC 9457 problem ({@link ApiProblems}). It is not limited
 * to our controllers' packages: a wrong method, an unknown path, an unreadable multipart body or a
 * wrong content type fail before any controller is chosen, and must still answer JSON rather than
 * fall through to the servlet error page (which, outside /api, the sign-in redirect guards).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiLimits limits;

    ApiExceptionHandler(ApiLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    @ExceptionHandler({PermissionDeniedException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        String detail = e instanceof AccessDeniedException
                ? "Your account may not do this: it needs a role it does not have (an instance admin's, for example)."
                : e.getMessage();
        return answer(HttpStatus.FORBIDDEN, "forbidden", detail, null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return answer(HttpStatus.BAD_REQUEST, "invalid_input", e.getMessage(), e.field());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, "conflict", e.getMessage(), null);
    }

    @ExceptionHandler(ApiThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ApiThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", e.getMessage(), null));
    }

    @ExceptionHandler(ApiUnauthorizedException.class)
    ResponseEntity<ProblemDetail> unauthorized(ApiUnauthorizedException e) {
        return answer(HttpStatus.UNAUTHORIZED, "unauthorized", e.getMessage(), null);
    }

    /** Too many parts, or a part's headers too long (a long file name): Tomcat's limits, which Spring reports as sizes. */
    private ProblemDetail limitOfParts(Exception e) {
        String causes = causes(e).toLowerCase(Locale.ROOT);
        if (causes.contains("filecountlimit") || causes.contains("number of parts") || causes.contains("part count")) {
            var problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "too_large", "A request may carry at most "
                    + limits.maxParts() + " parts (files and fields). Send the files in several requests.", "files");
            problem.setProperty("limit", limits.maxParts());
            return problem;
        }
        if (causes.contains("header")) {
            var problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "too_large", "A part's headers are longer "
                    + "than " + limits.maxPartHeaderBytes() + " bytes: shorten the file name.", "files");
            problem.setProperty("limit", limits.maxPartHeaderBytes());
            return problem;
        }
        return null;
    }

    /** Malformed multipart bodies; too large ones come as {@link MaxUploadSizeExceededException}. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        var limited = limitOfParts(e);
        if (limited != null) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, limited);
        }
        return answer(HttpStatus.BAD_REQUEST, "invalid_input", "The multipart/form-data body could not be read: "
                + "each part needs a Content-Disposition header and the body must end with the closing boundary. "
                + "Let your HTTP client build it (curl -F file=@name).", null);
    }

    /** PostgreSQL refuses NUL in text; a query parameter can still bring one that no JSON check saw. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e, HttpServletRequest request) throws Exception {
        if (causes(e).contains("0x00")) {
            return answer(HttpStatus.BAD_REQUEST, "invalid_input", ApiInput.NUL_MESSAGE, null);
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // not ours: leave the UI's failures to the UI's error handling
            throw e;
        }
        log.error("Unexpected API failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on the server. It was logged; try again, and report it if it repeats.", null);
    }

    /** Spring MVC's own exceptions (wrong method, media type, parameters, bodies): our shape and words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
        ProblemDetail problem = switch (e) {
            case HttpRequestMethodNotSupportedException m -> ApiProblems.problem(status, "method_not_allowed",
                    m.getMethod() + " is not allowed on " + path + ". Allowed: "
                            + String.join(", ", m.getSupportedMethods() == null ? new String[0] : m.getSupportedMethods())
                            + ".", null);
            case HttpMediaTypeNotSupportedException m -> ApiProblems.problem(status, "unsupported_media_type",
                    (m.getContentType() == null ? "The request has no Content-Type." : "This call does not take "
                            + m.getContentType() + ".") + " Send Content-Type: " + types(m.getSupportedMediaTypes())
                            + ".", "Content-Type");
            case HttpMediaTypeNotAcceptableException m -> ApiProblems.problem(status, "not_acceptable",
                    "This call answers only " + types(m.getSupportedMediaTypes())
                            + ". Send Accept: application/json, or leave Accept out.", "Accept");
            case NoResourceFoundException n -> notThere(status, path);
            case NoHandlerFoundException n -> notThere(status, path);
            case MissingServletRequestParameterException m -> ApiProblems.problem(status, "invalid_input",
                    "Send the parameter " + m.getParameterName() + " (" + m.getParameterType() + ").",
                    m.getParameterName());
            case MissingServletRequestPartException m -> ApiProblems.problem(status, "invalid_input",
                    "Send a multipart/form-data part named \"" + m.getRequestPartName() + "\" with the file.",
                    m.getRequestPartName());
            case MissingRequestHeaderException m -> ApiProblems.problem(status, "invalid_input",
                    "Send the header " + m.getHeaderName() + ".", m.getHeaderName());
            case MethodArgumentTypeMismatchException m -> ApiProblems.problem(status, "invalid_input",
                    m.getName() + " must be " + describe(elementType(m)) + "; \"" + value(m.getValue()) + "\" is not.",
                    m.getName());
            case TypeMismatchException m -> ApiProblems.problem(status, "invalid_input",
                    m.getPropertyName() + " must be " + describe(m.getRequiredType()) + ".", m.getPropertyName());
            case HttpMessageNotReadableException m -> unreadable(status, m);
            case MaxUploadSizeExceededException m -> tooLarge(status, m);
            default -> ApiProblems.problem(status, status.is5xxServerError() ? "internal_error" : "invalid_input",
                    body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : e.getMessage(), null);
        };
        problem.setInstance(uri(path));
        if (status.is5xxServerError()) {
            log.error("API failure", e);
        }
        var responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(responseHeaders).body(problem);
    }

    private ProblemDetail tooLarge(HttpStatusCode status, Exception e) {
        var limited = limitOfParts(e);
        if (limited != null) {
            return limited;
        }
        var problem = ApiProblems.problem(status, "too_large", "The request is larger than the server accepts: at most "
                + limits.maxFileSize() + " a file and " + limits.maxRequestSize() + " a request. "
                + "Send fewer or smaller files per request.", "files");
        problem.setProperty("limit", Map.of("file", limits.maxFileSize(), "request", limits.maxRequestSize()));
        return problem;
    }

    private static ProblemDetail notThere(HttpStatusCode status, String path) {
        return ApiProblems.problem(status, "not_found", "There is no API call at " + path
                + ". The calls are listed in the OpenAPI document at /v3/api-docs.", null);
    }

    private static ProblemDetail unreadable(HttpStatusCode status, HttpMessageNotReadableException e) {
        var jackson = find(e, JacksonException.class);
        if (jackson == null) {
            return ApiProblems.problem(status, "invalid_input", "This call needs a JSON body, as the OpenAPI document "
                    + "at /v3/api-docs describes.", null);
        }
        String field = path(jackson);
        String detail;
        if (jackson instanceof UnrecognizedPropertyException u) {
            detail = "There is no field \"" + u.getPropertyName() + "\" here. Fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                    + ".";
        } else if (jackson instanceof InvalidFormatException f && f.getValue() instanceof String s && s.indexOf(0) >= 0) {
            detail = ApiInput.NUL_MESSAGE;
        } else if (jackson instanceof MismatchedInputException m && m.getTargetType() != null && field != null) {
            detail = field + " must be " + describe(m.getTargetType()) + ".";
        } else if (jackson instanceof StreamReadException) {
            detail = "The body is not valid JSON: " + firstLine(jackson.getOriginalMessage()) + ".";
        } else {
            detail = (field == null ? "The body" : field) + " does not fit this call: "
                    + firstLine(jackson.getOriginalMessage()) + ".";
        }
        return ApiProblems.problem(status, "invalid_input", detail, field);
    }

    /** A JSON path such as {@code tags[1]} or {@code evidence[0].url}, or null for the body as a whole. */
    private static String path(JacksonException e) {
        var sb = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                sb.append('[').append(reference.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number in decimal digits (no decimals, quotes or hex)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time in ISO 8601";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object as documented";
    }

    /** What each value of a repeatable parameter must be: outcome=NOPE is no ItemState, not "no list". */
    private static Class<?> elementType(MethodArgumentTypeMismatchException m) {
        var type = m.getRequiredType();
        if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            var declared = org.springframework.core.ResolvableType.forMethodParameter(m.getParameter());
            var element = type.isArray() ? declared.getComponentType().resolve() : declared.asCollection().resolveGeneric(0);
            return element == null ? type : element;
        }
        return type;
    }

    private static String value(Object value) {
        return value instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value);
    }

    private static String types(Collection<MediaType> types) {
        return types == null || types.isEmpty() ? "application/json"
                : types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String causes(Throwable e) {
        var sb = new StringBuilder();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String error, String detail, String field) {
        return answer(status, ApiProblems.problem(status, error, detail, field));
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            problem.setInstance(uri(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static java.net.URI uri(String path) {
        try {
            return path == null ? null : java.net.URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
