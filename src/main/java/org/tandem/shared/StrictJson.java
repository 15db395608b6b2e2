package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read strictly: a key sent twice, a number sent as a string (or a string as a number), a fraction
 * for a whole number, a date outside {@link InputBounds}, and text with control or direction-override
 * characters are refused with a 400 naming the field, instead of being taken with a guess.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictReading() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("tandem-input-bounds").setDeserializerModifier(new Bounds()));
    }

    /** Wraps the deserializers of text and dates so that what they read is checked against {@link InputBounds}. */
    static final class Bounds extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class) {
                return new Checked(deserializer);
            }
            return deserializer;
        }
    }

    static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        private static Object checked(JsonParser parser, Object value) {
            String problem = switch (value) {
                case String text when !InputBounds.textAcceptable(text) -> InputBounds.TEXT_MESSAGE;
                case LocalDate date when !InputBounds.dateInRange(date) -> InputBounds.DATE_MESSAGE;
                case Instant instant when !InputBounds.instantInRange(instant) -> InputBounds.DATE_MESSAGE;
                case OffsetDateTime time when !InputBounds.instantInRange(time.toInstant()) -> InputBounds.DATE_MESSAGE;
                case null, default -> null;
            };
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, String.valueOf(value), value.getClass());
            }
            return value;
        }
    }
}
