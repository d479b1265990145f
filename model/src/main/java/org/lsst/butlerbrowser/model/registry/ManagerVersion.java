package org.lsst.butlerbrowser.model.registry;

/**
 * One registry manager as recorded in {@code butler_attributes}: its kind (datasets, collections,
 * ...), the fully qualified class daf_butler stored, and that class's schema version.
 */
public record ManagerVersion(String kind, String className, String version) {

    /** The class name without its module; daf_butler stores defining modules that differ from aliases. */
    public String shortName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    public int major() {
        return part(0);
    }

    public int minor() {
        return part(1);
    }

    private int part(int i) {
        String[] parts = version == null ? new String[0] : version.split("\\.");
        try {
            return i < parts.length ? Integer.parseInt(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
