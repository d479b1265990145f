package org.lsst.butlerbrowser.model.universe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dimension universe a registry was created with, read from its {@code config:dimensions.json}
 * attribute. Elements are kept in daf_butler's universe order, which fixes the column order of every
 * multi-dimension table and data ID.
 */
public final class DimensionUniverse {

    private final String namespace;
    private final int version;
    private final String commonSkypix;
    private final Map<String, DimensionElement> elements;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, List<String>> spatialMembers;

    /** {@code spatialMembers}: each spatial family's members as configured, first choice first. */
    DimensionUniverse(String namespace, int version, String commonSkypix, List<DimensionElement> ordered,
                      Map<String, List<String>> spatialMembers) {
        this.namespace = namespace;
        this.version = version;
        this.commonSkypix = commonSkypix;
        Map<String, DimensionElement> map = new LinkedHashMap<>();
        for (DimensionElement e : ordered) {
            index.put(e.name(), map.size());
            map.put(e.name(), e);
        }
        this.elements = Collections.unmodifiableMap(map);
        this.spatialMembers = Map.copyOf(spatialMembers);
    }

    public String namespace() {
        return namespace;
    }

    public int version() {
        return version;
    }

    /** The skypix dimension whose overlaps the registry materializes (normally htm7). */
    public String commonSkypix() {
        return commonSkypix;
    }

    /** Every element, dimensions first, in universe order. */
    public Collection<DimensionElement> elements() {
        return elements.values();
    }

    public boolean has(String name) {
        return elements.containsKey(name);
    }

    public DimensionElement element(String name) {
        DimensionElement e = elements.get(name);
        if (e == null) {
            throw new UnknownNameException("dimension element", name, elements.keySet());
        }
        return e;
    }

    public boolean isDimension(String name) {
        DimensionElement e = elements.get(name);
        return e != null && e.isDimension();
    }

    /** Sorts dimension names into universe order (unknown names are an error). */
    public List<String> sorted(Collection<String> names) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(names));
        for (String n : list) {
            element(n);
        }
        list.sort(Comparator.comparingInt(index::get));
        return list;
    }

    /**
     * The full dimensions of a group given its required ones: the required dimensions plus
     * everything they imply, transitively (visit → physical_filter → band), in universe order.
     */
    public List<String> withImplied(Collection<String> required) {
        Set<String> all = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(required);
        while (!pending.isEmpty()) {
            String d = pending.remove(pending.size() - 1);
            if (all.add(d)) {
                DimensionElement e = element(d);
                pending.addAll(e.required());
                pending.addAll(e.implied());
            }
        }
        return sorted(all);
    }

    /** Dimensions whose values a data ID with these required dimensions gets by joining tables. */
    public List<String> impliedOnly(Collection<String> required) {
        List<String> all = new ArrayList<>(withImplied(required));
        all.removeAll(required);
        return all;
    }

    /**
     * The column type of a record field (one of {@link FieldSpec}'s types): a dimension column has
     * the type of that dimension's key, any other field its declared type.
     */
    public String fieldType(DimensionElement element, String field) {
        for (String d : element.required()) {
            if (element.columnFor(d).equals(field)) {
                return keyType(d);
            }
        }
        if (element.implied().contains(field)) {
            return keyType(field);
        }
        return element.field(field).map(FieldSpec::type).orElse("string");
    }

    private String keyType(String dimension) {
        FieldSpec key = element(dimension).primaryKey();
        return key == null ? "string" : key.type();
    }

    /**
     * The members of a spatial family in daf_butler's order of preference for automatic joins, the
     * finest first (visit_detector_region before visit, patch before tract). A universe that does not
     * list them gets its family's elements latest-first, which puts the finer ones first too.
     */
    public List<String> spatialFamilyMembers(String family) {
        List<String> listed = spatialMembers.get(family);
        if (listed != null) {
            return listed;
        }
        List<String> members = new ArrayList<>();
        elements.values().stream().filter(e -> family.equals(e.spatialFamily())).forEach(e -> members.add(0, e.name()));
        return members;
    }
}
