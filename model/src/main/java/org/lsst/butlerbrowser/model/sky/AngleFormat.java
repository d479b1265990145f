package org.lsst.butlerbrowser.model.sky;

import java.util.Locale;

/**
 * How grid labels and positions are written: sexagesimal (RA in hours, minutes, seconds; Dec in
 * degrees, arcminutes, arcseconds) or decimal degrees, with just the precision a grid step needs.
 */
public enum AngleFormat {

    SEXAGESIMAL, DEGREES;

    /** A right ascension (or galactic longitude, which is always in degrees) for a grid of step {@code stepDeg}. */
    public String longitude(double deg, double stepDeg, boolean hours) {
        double d = ((deg % 360) + 360) % 360;
        if (this == DEGREES || !hours) {
            return decimal(d, stepDeg, false);
        }
        double stepSeconds = stepDeg / 15 * 3600;
        int decimals = stepSeconds >= 1 ? 0 : (int) Math.ceil(-Math.log10(stepSeconds) - 1e-9);
        double unit = Math.pow(10, -decimals);
        long total = Math.round(d / 15 * 3600 / unit);
        long perHour = Math.round(3600 / unit);
        total %= 24 * perHour;
        long h = total / perHour;
        long rest = total % perHour;
        long perMinute = Math.round(60 / unit);
        long m = rest / perMinute;
        double s = (rest % perMinute) * unit;
        if (stepSeconds >= 3600 && m == 0 && s == 0) {
            return h + "h";
        }
        if (stepSeconds >= 60 && s == 0) {
            return String.format(Locale.ROOT, "%dh%02dm", h, m);
        }
        return String.format(Locale.ROOT, "%dh%02dm%0" + (decimals == 0 ? 2 : 3 + decimals) + "." + decimals + "fs", h, m, s);
    }

    /** A declination (or galactic latitude) for a grid of step {@code stepDeg}, signed. */
    public String latitude(double deg, double stepDeg) {
        if (this == DEGREES) {
            return decimal(deg, stepDeg, true);
        }
        double stepSeconds = stepDeg * 3600;
        int decimals = stepSeconds >= 1 ? 0 : (int) Math.ceil(-Math.log10(stepSeconds) - 1e-9);
        double unit = Math.pow(10, -decimals);
        long total = Math.round(Math.abs(deg) * 3600 / unit);
        long perDegree = Math.round(3600 / unit);
        long perMinute = Math.round(60 / unit);
        long d = total / perDegree;
        long m = (total % perDegree) / perMinute;
        double s = (total % perMinute) * unit;
        String sign = deg < 0 && total != 0 ? "−" : "+";
        if (stepSeconds >= 3600 && m == 0 && s == 0) {
            return sign + d + "°";
        }
        if (stepSeconds >= 60 && s == 0) {
            return String.format(Locale.ROOT, "%s%d°%02d′", sign, d, m);
        }
        return String.format(Locale.ROOT, "%s%d°%02d′%0" + (decimals == 0 ? 2 : 3 + decimals) + "." + decimals + "f″",
                sign, d, m, s);
    }

    private static String decimal(double deg, double stepDeg, boolean signed) {
        int decimals = stepDeg >= 1 ? 0 : (int) Math.ceil(-Math.log10(stepDeg) - 1e-9);
        String text = String.format(Locale.ROOT, "%." + decimals + "f°", Math.abs(deg));
        boolean zero = Math.abs(deg) < 0.5 * Math.pow(10, -decimals);
        if (!signed) {
            return text;
        }
        return (deg < 0 && !zero ? "−" : "+") + text;
    }
}
