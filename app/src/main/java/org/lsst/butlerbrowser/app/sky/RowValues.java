package org.lsst.butlerbrowser.app.sky;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lsst.butlerbrowser.model.region.UnitVector3d;
import org.lsst.butlerbrowser.model.time.TaiTime;
import org.lsst.butlerbrowser.model.time.Timespan;
import org.lsst.butlerbrowser.views.sky.FootprintCategories;

/**
 * What the charts beside the sky read from a layer's rows: when each row was observed, its band,
 * and its numeric columns (with its footprint's centre as two more). Read once when the layer is
 * made, off the JavaFX thread.
 *
 * <p>The time is ObsCore's {@code t_min} (an MJD), else the begin of a record's {@code timespan}
 * (TAI, shown as UTC), else its {@code day_obs} (the observing night's date, YYYYMMDD), in that
 * order: the first the rows have.
 */
public final class RowValues {

    /** Derived columns the scatter plot offers besides the table's own. */
    public static final String CENTRE_RA = "footprint RA [deg]";
    public static final String CENTRE_DEC = "footprint Dec [deg]";
    public static final String TIME_MJD = "time [MJD]";

    private static final List<String> BAND_COLUMNS = List.of("band", "lsst_band", "physical_filter", "lsst_filter",
            "em_filter_name");
    private static final List<String> PREFERRED_Y = List.of("exposure_time", "t_exptime", "s_fov", "zenith_angle",
            "calib_level");
    private static final double MJD_OF_1970 = 40587;
    private static final double MS_PER_DAY = 86_400_000;

    private final String timeLabel;
    private final double[] times;
    private final String bandColumn;
    private final FootprintCategories bands;
    private final Map<String, double[]> numeric;

    private RowValues(String timeLabel, double[] times, String bandColumn, FootprintCategories bands,
                      Map<String, double[]> numeric) {
        this.timeLabel = timeLabel;
        this.times = times;
        this.bandColumn = bandColumn;
        this.bands = bands;
        this.numeric = numeric;
    }

    public static RowValues of(FootprintTable table) {
        String timeLabel = null;
        double[] times = null;
        for (String column : List.of("t_min", "timespan", "day_obs")) {
            int c = index(table, column);
            if (c >= 0) {
                double[] t = times(table, c, column.equals("day_obs"));
                if (Arrays.stream(t).anyMatch(v -> !Double.isNaN(v))) {
                    timeLabel = switch (column) {
                        case "t_min" -> "t_min (UTC)";
                        case "timespan" -> "timespan begin (UTC)";
                        default -> "day_obs";
                    };
                    times = t;
                    break;
                }
            }
        }
        String bandColumn = BAND_COLUMNS.stream().filter(b -> index(table, b) >= 0).findFirst().orElse(null);
        FootprintCategories bands = bandColumn == null ? null : table.categories(bandColumn);
        Map<String, double[]> numeric = new LinkedHashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            double[] v = numbers(table, c);
            if (v != null) {
                numeric.put(table.columns().get(c), v);
            }
        }
        if (times != null) {
            double[] mjd = new double[times.length];
            for (int r = 0; r < mjd.length; r++) {
                mjd[r] = times[r] / MS_PER_DAY + MJD_OF_1970;
            }
            numeric.put(TIME_MJD, mjd);
        }
        double[] ra = new double[table.rowCount()];
        double[] dec = new double[table.rowCount()];
        for (int r = 0; r < ra.length; r++) {
            var region = table.regions().get(r);
            UnitVector3d centre = region == null ? null : region.boundingCircle().center();
            ra[r] = centre == null ? Double.NaN : centre.raDeg();
            dec[r] = centre == null ? Double.NaN : centre.decDeg();
        }
        numeric.put(CENTRE_RA, ra);
        numeric.put(CENTRE_DEC, dec);
        return new RowValues(timeLabel, times, bandColumn, bands, numeric);
    }

    private static int index(FootprintTable table, String name) {
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    /** A column's values as milliseconds since 1970 (UTC), NaN where there is none. */
    private static double[] times(FootprintTable table, int column, boolean dayObs) {
        double[] out = new double[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = millis(table.value(r, column), dayObs);
        }
        return out;
    }

    /** A timespan's begin, a day_obs (YYYYMMDD) or an MJD as milliseconds since 1970. */
    private static double millis(Object v, boolean dayObs) {
        if (v instanceof Timespan t) {
            return t.beginNsec() == null || t.isEmpty() ? Double.NaN : TaiTime.toUtcInstant(t.beginNsec()).toEpochMilli();
        }
        if (dayObs && v instanceof Number n) {
            int d = n.intValue();
            try {
                return LocalDate.of(d / 10_000, d / 100 % 100, d % 100).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (java.time.DateTimeException e) {
                return Double.NaN;
            }
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return (n.doubleValue() - MJD_OF_1970) * MS_PER_DAY;
        }
        return Double.NaN;
    }

    /** A column's values as doubles when every value it has is a number; null otherwise. */
    private static double[] numbers(FootprintTable table, int column) {
        double[] out = new double[table.rowCount()];
        boolean any = false;
        for (int r = 0; r < out.length; r++) {
            Object v = table.value(r, column);
            if (v == null) {
                out[r] = Double.NaN;
            } else if (v instanceof Number n && !(v instanceof Boolean)) {
                out[r] = n.doubleValue();
                any = true;
            } else {
                return null;
            }
        }
        return any ? out : null;
    }

    /** What the times are ("t_min (UTC)", "timespan begin (UTC)", "day_obs"); null when the rows have none. */
    public String timeLabel() {
        return timeLabel;
    }

    /** Each row's time in milliseconds since 1970 (UTC), NaN for none; null when the rows have no times. */
    public double[] times() {
        return times;
    }

    /** The column the band comes from; null when the rows have none. */
    public String bandColumn() {
        return bandColumn;
    }

    /** Each row's band as an index into the bands in band order (ugrizy); null when the rows have none. */
    public FootprintCategories bands() {
        return bands;
    }

    /** The numeric columns, the table's first, then the time as MJD and the footprints' centres. */
    public List<String> numericColumns() {
        return List.copyOf(numeric.keySet());
    }

    /** A numeric column's values, NaN where a row has none. */
    public double[] numeric(String column) {
        double[] v = numeric.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no numeric column '" + column + "'; there are: "
                    + String.join(", ", numeric.keySet()));
        }
        return v;
    }

    /** The scatter plot's first x column: the time when the rows have one, else the footprints' RA. */
    public String defaultX() {
        return numeric.containsKey(TIME_MJD) ? TIME_MJD : CENTRE_RA;
    }

    /** The scatter plot's first y column: an exposure time or field size when there is one, else the Dec. */
    public String defaultY() {
        List<String> columns = numericColumns();
        List<String> lower = columns.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        for (String preferred : PREFERRED_Y) {
            int i = lower.indexOf(preferred);
            if (i >= 0) {
                return columns.get(i);
            }
        }
        return CENTRE_DEC;
    }
}
