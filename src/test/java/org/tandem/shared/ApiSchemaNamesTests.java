package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.support.IntegrationTest;

/**
 * The OpenAPI document names each schema by its type's simple name, and two types of the same name silently become one
 * schema: the document then shows one endpoint the other's body (as {@code /answers} once showed the skill re-check's).
 * Every type that enters or leaves the API must therefore have a name of its own, or an {@code @Schema(name)}; types
 * of the same name and the same shape (the same components of the same types) are one schema rightly.
 */
@IntegrationTest
class ApiSchemaNamesTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getKey().getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
                continue;
            }
            HandlerMethod method = entry.getValue();
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    walk(parameter.getGenericParameterType(), typesByName, seen);
                }
            }
            walk(method.getReturnType().getGenericParameterType(), typesByName, seen);
        }

        assertThat(typesByName).as("schema names of the API's types").isNotEmpty();
        assertThat(typesByName.entrySet().stream().filter(e -> e.getValue().stream().map(ApiSchemaNamesTests::shape).distinct().count() > 1)
                .map(e -> e.getKey() + " ← " + e.getValue()))
                .as("schema names shared by different types: give each an @Schema(name = ...)").isEmpty();
    }

    /** A record's components with their types, which is what its schema shows. */
    private static String shape(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!type.isRecord()) {
                return className;
            }
            StringBuilder shape = new StringBuilder();
            for (RecordComponent component : type.getRecordComponents()) {
                shape.append(component.getName()).append(':').append(component.getGenericType().getTypeName().replaceAll("[\\w.]+[.$]", "")).append(';');
            }
            return shape.toString();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Type type, Map<String, Set<String>> typesByName, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), typesByName, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, typesByName, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, typesByName, seen);
            }
        } else if (type instanceof Class<?> type1 && type1.getName().startsWith("org.tandem.") && !type1.isEnum() && seen.add(type1)) {
            Schema schema = type1.getAnnotation(Schema.class);
            String name = schema != null && !schema.name().isEmpty() ? schema.name() : type1.getSimpleName();
            typesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(type1.getName());
            if (type1.isRecord()) {
                for (RecordComponent component : type1.getRecordComponents()) {
                    walk(component.getGenericType(), typesByName, seen);
                }
            }
        }
    }
}
