package org.promisetracker.platform.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds one fixed instance of a record from its components alone, so a new event needs no
 * hand-written sample and the same event always serializes to the same bytes.
 */
final class EventSamples {

    static final LocalDate DATE = LocalDate.of(2024, 3, 31);
    static final Instant INSTANT = Instant.parse("2024-03-31T09:30:00Z");
    // the trailing zero is deliberate: the stored scale of money and measures must survive
    static final BigDecimal DECIMAL = new BigDecimal("12.50");

    private EventSamples() {}

    static Object of(Class<?> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName()
                    + " is annotated with @Revision but is not a record; events in shared-events are records");
        }
        RecordComponent[] components = recordType.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(recordType, components[i].getName(), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not build a sample " + recordType.getName(), e);
        }
    }

    private static Object value(Class<?> owner, String name, Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return List.of(value(owner, name, parameterized.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> raw) {
            if (raw == String.class) {
                return name + "-sample";
            }
            if (raw == LocalDate.class) {
                return DATE;
            }
            if (raw == Instant.class) {
                return INSTANT;
            }
            if (raw == BigDecimal.class) {
                return DECIMAL;
            }
            if (raw == int.class || raw == Integer.class) {
                return 1;
            }
            if (raw == long.class || raw == Long.class) {
                return 1L;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return true;
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (raw.isRecord()) {
                return of(raw);
            }
        }
        throw new IllegalArgumentException("No sample value for " + owner.getSimpleName() + "." + name + " of type "
                + type.getTypeName() + "; teach EventSamples a fixed value for it");
    }
}
