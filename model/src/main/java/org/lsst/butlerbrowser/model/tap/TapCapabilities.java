package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * What a TAP service's VOSI {@code /capabilities} document (TAPRegExt) says it offers.
 *
 * @param languages          query languages with versions and language features
 * @param outputFormats      result formats, each with MIME type, aliases and TAPRegExt id
 * @param uploadMethods      TAPRegExt upload-method ids (inline, http, ...)
 * @param dataModels         data model ids, e.g. {@code ivo://ivoa.net/std/obscore#core-1.1}
 * @param defaultMaxrec      rows returned when MAXREC is not given, or -1 when not stated
 * @param hardMaxrec         the most rows the service returns at all, or -1 when not stated
 * @param executionDuration  default run-time limit of a job in seconds, or -1
 * @param retentionPeriod    default seconds before a job is destroyed, or -1
 * @param uploadLimitBytes   the most bytes an upload may have, or -1
 */
public record TapCapabilities(List<Language> languages, List<OutputFormat> outputFormats, List<String> uploadMethods,
        List<String> dataModels, long defaultMaxrec, long hardMaxrec, long executionDuration, long retentionPeriod,
        long uploadLimitBytes) {

    private static final String GEOMETRY_FEATURES = "ivo://ivoa.net/std/TAPRegExt#features-adqlgeo";

    /** A query language, its versions, and its optional features by feature type. */
    public record Language(String name, List<String> versions, Map<String, List<String>> features) {
        public Language {
            versions = List.copyOf(versions);
            features = Map.copyOf(features);
        }
    }

    /** A result format the service offers. */
    public record OutputFormat(String mime, List<String> aliases, String ivoId) {
        public OutputFormat {
            aliases = List.copyOf(aliases);
        }
    }

    public TapCapabilities {
        languages = List.copyOf(languages);
        outputFormats = List.copyOf(outputFormats);
        uploadMethods = List.copyOf(uploadMethods);
        dataModels = List.copyOf(dataModels);
    }

    /**
     * The ADQL geometry functions the service offers (upper case): what a query may use. The Rubin
     * Science Platform's Qserv service lists POINT, CIRCLE, DISTANCE, POLYGON and CONTAINS, but no
     * INTERSECTS.
     */
    public Set<String> geometryFunctions() {
        Set<String> out = new LinkedHashSet<>();
        for (Language l : languages) {
            if (l.name().equalsIgnoreCase("ADQL")) {
                l.features().getOrDefault(GEOMETRY_FEATURES, List.of())
                        .forEach(f -> out.add(f.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    public boolean supportsGeometry(String function) {
        return geometryFunctions().contains(function.toUpperCase(Locale.ROOT));
    }

    /** Whether the service lists the ObsCore 1.x data model. */
    public boolean hasObsCore() {
        return dataModels.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).startsWith("ivo://ivoa.net/std/obscore"));
    }

    /** The hard row limit, when the service states one. */
    public OptionalLong maxrecLimit() {
        return hardMaxrec >= 0 ? OptionalLong.of(hardMaxrec) : OptionalLong.empty();
    }

    /** Whether the service lists this format (by TAPRegExt id or MIME type); the default VOTable always counts. */
    public boolean offers(ResultFormat format) {
        return format == ResultFormat.VOTABLE || find(format) != null;
    }

    /**
     * The RESPONSEFORMAT value to send for a format: the MIME type the service lists for it (DaCHS
     * refuses some spellings of the standard types), the standard MIME type when it lists none, and
     * null for the default VOTable.
     */
    public String responseFormatFor(ResultFormat format) {
        if (format == ResultFormat.VOTABLE) {
            return null;
        }
        OutputFormat listed = find(format);
        return listed == null ? format.mime() : listed.mime();
    }

    private OutputFormat find(ResultFormat format) {
        for (OutputFormat o : outputFormats) {
            if (format.ivoId() != null && format.ivoId().equals(o.ivoId())) {
                return o;
            }
        }
        if (format == ResultFormat.CSV) {
            // DaCHS lists a bare "text/csv" and "text/csv;header=present"; the header names the columns.
            for (OutputFormat o : outputFormats) {
                String mime = o.mime().replace(" ", "").toLowerCase(Locale.ROOT);
                if (mime.startsWith("text/csv;") && mime.contains("header=present")) {
                    return o;
                }
            }
        }
        for (OutputFormat o : outputFormats) {
            if (format.mime() != null && format.mime().replace(" ", "").equalsIgnoreCase(o.mime().replace(" ", ""))) {
                return o;
            }
        }
        return null;
    }

    /** Reads a VOSI capabilities document; only the TAP capability's details are kept. */
    static TapCapabilities parse(InputStream in) throws IOException, SAXException {
        Element root = Xml.parse(in).getDocumentElement();
        if (!"capabilities".equals(root.getLocalName())) {
            throw new SAXException("the document is a <" + root.getLocalName() + ">, not VOSI capabilities");
        }
        Element tap = null;
        for (Element c : Xml.children(root, "capability")) {
            if ("ivo://ivoa.net/std/TAP".equalsIgnoreCase(c.getAttribute("standardID").strip())) {
                tap = c;
            }
        }
        if (tap == null) {
            return new TapCapabilities(List.of(), List.of(), List.of(), List.of(), -1, -1, -1, -1, -1);
        }
        List<Language> languages = new ArrayList<>();
        for (Element l : Xml.children(tap, "language")) {
            String name = Xml.childText(l, "name");
            if (name == null) {
                continue; // TAPRegExt requires a name: a language without one can be neither chosen nor tested
            }
            List<String> versions = Xml.childTexts(l, "version");
            Map<String, List<String>> features = new LinkedHashMap<>();
            for (Element lf : Xml.children(l, "languageFeatures")) {
                List<String> forms = Xml.children(lf, "feature").stream().map(f -> Xml.childText(f, "form"))
                        .filter(Objects::nonNull).toList();
                features.merge(lf.getAttribute("type").strip(), forms, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
            }
            languages.add(new Language(name, versions, features));
        }
        List<OutputFormat> formats = new ArrayList<>();
        for (Element o : Xml.children(tap, "outputFormat")) {
            String mime = Xml.childText(o, "mime");
            if (mime != null) {
                formats.add(new OutputFormat(mime, Xml.childTexts(o, "alias"), Xml.attribute(o, "ivo-id")));
            }
        }
        List<String> uploads = Xml.children(tap, "uploadMethod").stream().map(u -> Xml.attribute(u, "ivo-id"))
                .filter(Objects::nonNull).toList();
        List<String> models = Xml.children(tap, "dataModel").stream().map(m -> Xml.attribute(m, "ivo-id"))
                .filter(Objects::nonNull).toList();
        return new TapCapabilities(languages, formats, uploads, models,
                limit(tap, "outputLimit", "default", "row"), limit(tap, "outputLimit", "hard", "row"),
                limit(tap, "executionDuration", "default", null), limit(tap, "retentionPeriod", "default", null),
                limit(tap, "uploadLimit", "hard", "byte"));
    }

    /** A TAPRegExt limit in the given unit (when a unit is required), else -1. */
    private static long limit(Element tap, String element, String which, String unit) {
        Element e = Xml.child(tap, element);
        Element value = e == null ? null : Xml.child(e, which);
        if (value == null || Xml.text(value) == null) {
            return -1;
        }
        String u = Xml.attribute(value, "unit");
        if (unit != null && u != null && !u.equalsIgnoreCase(unit)) {
            return -1;
        }
        try {
            return Long.parseLong(Xml.text(value));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
