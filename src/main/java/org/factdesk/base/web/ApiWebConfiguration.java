package org.factdesk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict reading of API input. Spring's defaults are lenient in ways that store surprises: path and
 * query numbers accept hex ({@code 0x10} is claim 16; see {@link ApiBinding}), JSON takes {@code 1.5} as 1 and {@code "5"} as 5,
 * unknown fields (typos) are ignored, and a NUL character reaches PostgreSQL, which refuses it.
 * Only the HTTP layer is strict: the application's own {@link JsonMapper} (stored JSON, archives)
 * stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) s -> {
            if (s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date", e);
            }
        });
    }

    /**
     * Refused before the call runs: NUL in a query or form parameter (before it reaches a query), and
     * an Accept header that rules out JSON, which Spring would find out only when writing the answer,
     * after a POST had already written its rows.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotAcceptableException {
                if (handler instanceof HandlerMethod method && method.getReturnType().getParameterType() != void.class
                        && !acceptsJson(request)) {
                    throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON,
                            MediaType.APPLICATION_PROBLEM_JSON));
                }
                for (var entry : request.getParameterMap().entrySet()) {
                    for (String value : entry.getValue()) {
                        if (ApiInput.hasNul(value) || ApiInput.hasNul(entry.getKey())) {
                            throw new InvalidInputException(entry.getKey(), ApiInput.NUL_MESSAGE);
                        }
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private static boolean acceptsJson(HttpServletRequest request) {
        var accept = request.getHeaders(HttpHeaders.ACCEPT);
        if (accept == null || !accept.hasMoreElements()) {
            return true;
        }
        try {
            var types = new ArrayList<MediaType>();
            Collections.list(accept).forEach(a -> types.addAll(MediaType.parseMediaTypes(a)));
            return types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Runs after Spring Boot's own customizer, so that its JSON converter is the one the API uses. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictApiJson(JsonMapper mapper) {
        JsonMapper strict = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // no number as a date (epoch days): 42 is not a claim date
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("factdesk-api-text").addDeserializer(String.class, new NoNulText()))
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /** Text without NUL: PostgreSQL cannot store it, and no real text needs it. */
    static final class NoNulText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (ApiInput.hasNul(value)) {
                throw InvalidFormatException.from(p, ApiInput.NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
