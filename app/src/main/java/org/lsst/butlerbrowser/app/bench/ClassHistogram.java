package org.lsst.butlerbrowser.app.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/** The live objects of this JVM by class, as {@code jcmd PID GC.class_histogram} prints them (it collects fully first). */
final class ClassHistogram {

    private ClassHistogram() {
    }

    /** How many live instances of each of these classes (fully qualified names) there are. */
    static Map<String, Long> counts(List<String> classes) throws JMException {
        Map<String, Long> counts = new LinkedHashMap<>();
        classes.forEach(c -> counts.put(c, 0L));
        for (String line : live().split("\n")) {
            // "  12:          2         80  org.lsst.butlerbrowser.model.tap.TapResult"
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && counts.containsKey(f[3])) {
                counts.put(f[3], Long.parseLong(f[1]));
            }
        }
        return counts;
    }

    static String live() throws JMException {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
