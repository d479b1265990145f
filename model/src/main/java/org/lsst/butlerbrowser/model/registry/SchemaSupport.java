package org.lsst.butlerbrowser.model.registry;

import java.util.Map;

/**
 * The registry manager schema versions Butler Browser can read. daf_butler's rule applies: a
 * different major version is incompatible, and a newer minor version than the reader knows may
 * have changed the layout, so both are refused with a message rather than misread.
 */
final class SchemaSupport {

    /** Class short name → newest supported "major.minor". */
    private static final Map<String, int[]> SUPPORTED = Map.of(
            "DefaultButlerAttributeManager", new int[] {1, 0},
            "StaticDimensionRecordStorageManager", new int[] {6, 0},
            "SynthIntKeyCollectionManager", new int[] {2, 0},
            "ByDimensionsDatasetRecordStorageManagerUUID", new int[] {2, 0},
            "ByNameOpaqueTableStorageManager", new int[] {0, 2},
            "MonolithicDatastoreRegistryBridgeManager", new int[] {0, 2},
            "ObsCoreLiveTableManager", new int[] {0, 0});

    /** Managers whose tables Butler Browser never reads; any version of them is fine. */
    private static final java.util.Set<String> NOT_READ = java.util.Set.of("opaque", "datastores");

    private SchemaSupport() {
    }

    static void check(ButlerAttributes attributes) {
        for (String kind : new String[] {"attributes", "dimensions", "collections", "datasets"}) {
            if (attributes.manager(kind).isEmpty()) {
                throw new RegistryException("this registry's butler_attributes names no " + kind
                        + " manager, so it is not a Butler registry Butler Browser can read");
            }
        }
        for (ManagerVersion m : attributes.managers()) {
            if (NOT_READ.contains(m.kind())) {
                continue;
            }
            int[] newest = SUPPORTED.get(m.shortName());
            if (newest == null) {
                throw new RegistryException("this registry's " + m.kind() + " manager " + m.shortName()
                        + (m.version() == null ? "" : " (" + m.version() + ")") + " is not one Butler Browser can read");
            }
            if (m.version() == null || m.major() < 0) {
                throw new RegistryException("this registry's butler_attributes has no valid version for the "
                        + m.kind() + " manager " + m.shortName());
            }
            boolean newer = m.major() > newest[0] || m.major() == newest[0] && m.minor() > newest[1];
            if (newer) {
                throw new RegistryException("this registry's schema (" + m.kind() + " manager " + m.version()
                        + ") is newer than Butler Browser supports (" + newest[0] + "." + newest[1] + ")");
            }
            if (m.major() < newest[0]) {
                throw new RegistryException("this registry's schema (" + m.kind() + " manager " + m.version()
                        + ") is older than Butler Browser supports (" + newest[0] + ".x); migrate it with daf_butler_migrate");
            }
        }
    }
}
