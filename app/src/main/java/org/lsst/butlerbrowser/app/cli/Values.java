package org.lsst.butlerbrowser.app.cli;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.HexFormat;
import org.lsst.butlerbrowser.model.region.Region;
import org.lsst.butlerbrowser.model.time.Timespan;

/** Formats values the way the butler command line shows them (Python's reprs). */
final class Values {

    private Values() {
    }

    static String text(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return python(d);
        }
        if (v instanceof Region) {
            return "(elided)";
        }
        if (v instanceof Timespan t) {
            return t.toCliString();
        }
        return v.toString();
    }

    /** Python's float repr: shortest round-trip digits, exponent only outside [1e-4, 1e16). */
    static String python(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal value = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double a = Math.abs(d);
        if (a >= 1e-4 && a < 1e16) {
            String plain = value.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = value.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - value.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** daf_butler shows a {@code hash} field (stored base64) as 0x and hex digits. */
    static String hash(String base64) {
        try {
            return "0x" + HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }
}
