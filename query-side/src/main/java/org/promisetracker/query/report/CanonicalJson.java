package org.promisetracker.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.query.text.StorableText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * One byte sequence per snapshot, whoever computes it: properties and map keys sorted, no
 * whitespace, dates as ISO strings, numbers without trailing zeros (35.0 and 35 are one value).
 * Its SHA-256 is what an auditor compares. Every string goes through {@link StorableText}: the frozen
 * side reads the projection's rows, where the rule was applied, and the verifying side the raw events.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(BenefitView.class, RefOnlyWhenGiven.class)
            .addModule(new SimpleModule()
                    .addSerializer(BigDecimal.class, new PlainDecimal())
                    .addSerializer(String.class, new Storable()))
            .build();

    private CanonicalJson() {}

    /**
     * A benefit's {@code ref} is written only when it has one: reports frozen before benefits had
     * refs hold none, and a replay of the same facts must give the same bytes, hash and fingerprint.
     */
    private interface RefOnlyWhenGiven {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String ref();
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static String sha256(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static final class PlainDecimal extends ValueSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            generator.writeNumber(plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString());
        }
    }

    private static final class Storable extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(StorableText.of(value));
        }
    }
}
