package org.factdesk.base.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST API (/v3/api-docs, Swagger UI at /api/docs). The controllers
 * describe their calls; this adds what every call shares: the bearer token, and the problem-details
 * answers each kind of call can give, so that clients (and the contract test) know every response.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI factdeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Factdesk API").version("1")
                        .description("Every call has the permissions its token's owner has in the UI. Errors are "
                                + "RFC 9457 problem details (application/problem+json).")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token (Account → API tokens, or "
                                        + "POST /api/auth/token)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    static Schema<?> problemSchema() {
        var problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong and what to do")
                .addProperty("type", new StringSchema().format("uri").example(ApiProblems.TYPE_PREFIX + "invalid_input"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("status must be one of SUGGESTED, TO_CHECK, …"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/claims/42"))
                .addProperty("error", new StringSchema().description("the kind of problem, for scripts")
                        ._enum(List.of("invalid_input", "unauthorized", "forbidden", "not_found", "method_not_allowed",
                                "not_acceptable", "conflict", "too_large", "unsupported_media_type",
                                "too_many_requests", "internal_error")))
                .addProperty("field", new StringSchema().description("the input at fault, e.g. tags[1], limit, "
                        + "Content-Type"))
                .addProperty("limit", new Schema<>().description("for 413: the limit that was exceeded"));
        problem.setRequired(List.of("type", "title", "status", "detail", "error"));
        return problem;
    }

    /** The error answers of each operation, from what it takes and who may call it. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // added here: springdoc builds the document's components itself
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> customize(path, method, op)));
        };
    }

    private static void customize(String path, PathItem.HttpMethod method, Operation op) {
        {
            boolean anonymous = op.getSecurity() != null && op.getSecurity().isEmpty();
            var body = op.getRequestBody();
            boolean multipart = body != null && body.getContent() != null
                    && body.getContent().containsKey("multipart/form-data");
            add(op, "400", "Bad input: a malformed body, a wrong type, a missing or out-of-range value");
            if (!anonymous) {
                add(op, "401", "No token, or an unknown or revoked one");
                add(op, "403", "The caller's role may not do this");
            } else {
                add(op, "401", "Wrong login name or password");
                add(op, "403", "The account must change its temporary password first");
                add(op, "429", "Too many failed attempts: wait (Retry-After) and try again");
            }
            if (path.contains("{")) {
                add(op, "404", "It does not exist, or the caller is no member of its project");
            }
            add(op, "406", "The Accept header asks for something this call does not answer");
            if (body != null) {
                add(op, "415", "A wrong or missing Content-Type");
            }
            if (multipart) {
                add(op, "413", "Too large: a file, the request, the number of parts or a part's headers");
            }
            if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.DELETE) {
                op.getResponses().putIfAbsent("409", problemResponse("Someone else changed it in the meantime"));
            }
            add(op, "500", "A failure on the server; it is logged");
        }
    }

    private static void add(Operation op, String status, String description) {
        op.getResponses().putIfAbsent(status, problemResponse(description));
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
