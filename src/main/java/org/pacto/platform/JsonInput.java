package org.pacto.platform;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON side of {@link InputLimits}, set once on Spring's mapper (and on any module's own strict
 * mapper through {@link #apply}): every string is refused when it holds control characters or is
 * too long and is otherwise normalised to NFC; every decimal, double and date is bounded; a
 * {@code null} inside a list, array or map is refused; an untyped number is read as an exact decimal.
 * A refusal is a {@link Refused} carrying the
 * path of the field, which {@code platform.web.ErrorResponses} turns into a 400 field error.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** Adds the bounds to a mapper under construction. */
    public static <B extends MapperBuilder<?, B>> B apply(B builder) {
        // a number read into an untyped member (Object, a map's value) stays exact: as a double,
        // 1e-999999999 would silently become 0 and 1e999999999 infinity
        return builder.addModule(module())
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .changeDefaultNullHandling(n -> JsonSetter.Value.construct(n.getValueNulls(), Nulls.FAIL));
    }

    /** The deserializers that bound strings, numbers and dates. */
    public static JacksonModule module() {
        var module = new SimpleModule("pacto-input");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(BigDecimal.class, new Decimal());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE));
        module.addDeserializer(LocalDate.class, new RealisticDate());
        return module;
    }

    /** An input refused by a bound: the field's path is added by Jackson as the exception unwinds. */
    public static final class Refused extends MismatchedInputException {
        private final String code;
        private final List<Object> arguments;

        Refused(JsonParser parser, Class<?> type, String code, Object... arguments) {
            super(parser, "refused input: " + code, type);
            this.code = code;
            this.arguments = List.of(arguments);
        }

        public String code() {
            return code;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            var refusal = InputLimits.textRefusal(text);
            if (refusal.isPresent()) {
                throw new Refused(p, String.class, refusal.get(), InputLimits.MAX_TEXT);
            }
            return InputLimits.normalised(text);
        }

        @Override
        public @Nullable Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    private static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            var refusal = InputLimits.decimalRefusal(value);
            if (refusal.isPresent()) {
                throw new Refused(p, BigDecimal.class, refusal.get(), refusal.get().equals("too-many-decimals")
                        ? InputLimits.MAX_SCALE : InputLimits.MAX_INTEGER_DIGITS);
            }
            return value;
        }
    }

    /** {@code 1e999999999} reads as infinity: refused, as are NaN and the infinities sent as text. */
    private static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private final ValueDeserializer<?> standard;

        FiniteDouble(Class<?> type) {
            super(type);
            this.standard = NumberDeserializers.find(type);
        }

        @Override
        public @Nullable Double deserialize(JsonParser p, DeserializationContext ctxt) {
            Double value = (Double) standard.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new Refused(p, Double.class, "number-too-large", InputLimits.MAX_INTEGER_DIGITS);
            }
            return value;
        }

        @Override
        public @Nullable Object getNullValue(DeserializationContext ctxt) {
            return standard.getNullValue(ctxt);
        }
    }

    private static final class RealisticDate extends StdScalarDeserializer<LocalDate> {
        RealisticDate() {
            super(LocalDate.class);
        }

        @Override
        public @Nullable LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (value != null && !InputLimits.realistic(value)) {
                throw new Refused(p, LocalDate.class, "date-out-of-range", InputLimits.EARLIEST_DATE.getYear(),
                        InputLimits.LATEST_DATE.getYear());
            }
            return value;
        }
    }
}
