package org.promisetracker.web.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as the contract writes them, and nothing else is guessed at: Jackson's
 * defaults would store {@code "rag": 2} as the third constant, {@code "AMBER "} as AMBER (its enum
 * reader trims, with no switch to stop it), {@code 20230220} as an epoch day in the year 57358,
 * {@code "2023-02-20T10:00"} as its date, {@code []} or {@code "   "} for a date as no date at
 * all, {@code 5} as the text "5" and {@code "5"} as the number 5. Each of these is now a 400 naming
 * the field ({@link ProblemAdvice}).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("promise-tracker-strict-json")
                        .addDeserializer(LocalDate.class, new IsoString<>(LocalDate.class, StrictJson::date))
                        .addDeserializer(Instant.class, new IsoString<>(Instant.class, Instant::parse))
                        .setDeserializerModifier(new ValueDeserializerModifier() {
                            @Override
                            public ValueDeserializer<?> modifyEnumDeserializer(
                                    DeserializationConfig config,
                                    JavaType type,
                                    BeanDescription.Supplier description,
                                    ValueDeserializer<?> deserializer) {
                                return new ExactEnumName(deserializer);
                            }
                        }));
    }

    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    }

    /** A date or instant only from a JSON string in its ISO form: no numbers, arrays, blanks or extra parts. */
    private static final class IsoString<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        IsoString(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not in its ISO form");
            }
        }
    }

    /** An enum constant only by its exact name: Jackson's own reader would also take it with spaces around. */
    private static final class ExactEnumName extends DelegatingDeserializer {

        ExactEnumName(ValueDeserializer<?> names) {
            super(names);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> names) {
            return new ExactEnumName(names);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getString();
                // trim() is what Jackson strips (every char up to U+0020); strip() adds Unicode spaces
                if (!text.equals(text.trim()) || !text.equals(text.strip())) {
                    return ctxt.handleWeirdStringValue(handledType(), text, "not one of its names");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
