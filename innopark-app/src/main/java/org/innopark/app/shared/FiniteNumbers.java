package org.innopark.app.shared;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * JSON never carries a number as the string "NaN", "Infinity" or "-Infinity" (Jackson's default), which no client
 * can read as a number: a value that is not finite is written as {@code null}. Where such a value can occur (a growth
 * rate that cannot be computed, an indicator without data), the response says why in a field of its own (e.g. a
 * condition's {@code valueNote}). Registered on the web API's mapper and on every exporter's.
 */
@org.jspecify.annotations.NullMarked
public final class FiniteNumbers {

    private FiniteNumbers() {}

    /** The module: non-finite {@code double}/{@code Double} and {@code float}/{@code Float} values as null. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("innopark-finite-numbers");
        module.addSerializer(Double.class, new DoubleSerializer());
        module.addSerializer(Double.TYPE, new DoubleSerializer());
        module.addSerializer(Float.class, new FloatSerializer());
        module.addSerializer(Float.TYPE, new FloatSerializer());
        return module;
    }

    /** The value when finite, else null. */
    public static @org.jspecify.annotations.Nullable Double finite(@org.jspecify.annotations.Nullable Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }

    private static final class DoubleSerializer extends StdSerializer<Double> {
        DoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext context) {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value.doubleValue());
            }
        }
    }

    private static final class FloatSerializer extends StdSerializer<Float> {
        FloatSerializer() {
            super(Float.class);
        }

        @Override
        public void serialize(Float value, JsonGenerator gen, SerializationContext context) {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value.floatValue());
            }
        }
    }
}
