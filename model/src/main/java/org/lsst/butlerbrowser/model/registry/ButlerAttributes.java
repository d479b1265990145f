package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code butler_attributes} table: manager classes, their versions and stored configs. */
public final class ButlerAttributes {

    private static final String MANAGER_PREFIX = "config:registry.managers.";

    private final Map<String, String> values;

    public ButlerAttributes(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The managers in the order daf_butler lists them in butler_attributes (sorted by kind). */
    public List<ManagerVersion> managers() {
        List<ManagerVersion> list = new ArrayList<>();
        values.forEach((name, cls) -> {
            if (name.startsWith(MANAGER_PREFIX)) {
                list.add(new ManagerVersion(name.substring(MANAGER_PREFIX.length()), cls, values.get("version:" + cls)));
            }
        });
        return list;
    }

    public Optional<ManagerVersion> manager(String kind) {
        return managers().stream().filter(m -> m.kind().equals(kind)).findFirst();
    }
}
