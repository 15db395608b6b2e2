package org.tandem.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the OpenAPI document say how the API refuses, the same way {@link ProblemAdvice} and the security chain do:
 * RFC 9457 problems for 400 (with field errors), 401, 403, 404, 409 and 412. The rules are the conventions of API.md,
 * applied to every operation from its shape, so a new endpoint is documented without anyone remembering to.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            components(openApi).addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    document(path, method, operation)));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean ifMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
        if (takesInput) {
            add(responses, "400", "Invalid input: the errors name each field");
        }
        add(responses, "401", "No valid credentials: HTTP Basic of a local account or a Bearer personal access token");
        if (!path.equals("/api/v1/me") && !path.startsWith("/api/v1/me/")) {
            add(responses, "403", "Visible to the caller, but not theirs to do");
        }
        if (path.contains("{")) {
            add(responses, "404", "Missing, or not visible to the caller");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "Not possible in the current state, or changed by someone else meanwhile");
        }
        if (ifMatch) {
            add(responses, "412", "If-Match names a version that is no longer current");
        }
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Components components(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        return openApi.getComponents();
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema().properties(Map.of("field", new StringSchema(), "message", new StringSchema()));
        return new ObjectSchema().description("An RFC 9457 problem; errors only for 400")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
