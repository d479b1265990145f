package org.lsst.butlerbrowser.model.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every collection of a registry and the chains between them. Flattening follows daf_butler: a
 * chain's children in position order, depth first, first occurrence wins; a cycle (which daf_butler
 * prevents on write, but a damaged registry may hold) is cut, not followed.
 */
public final class CollectionGraph {

    private final Map<String, Collection> byName;
    private final Map<Long, Collection> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> parents = new TreeMap<>();

    public CollectionGraph(List<Collection> collections) {
        Map<String, Collection> map = new TreeMap<>();
        for (Collection c : collections) {
            map.put(c.name(), c);
            byId.put(c.id(), c);
            for (String child : c.children()) {
                parents.computeIfAbsent(child, k -> new ArrayList<>()).add(c.name());
            }
        }
        parents.values().forEach(Collections::sort);
        this.byName = Collections.unmodifiableMap(map);
    }

    /** All collections sorted by name. */
    public List<Collection> all() {
        return List.copyOf(byName.values());
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Collection get(String name) {
        Collection c = byName.get(name);
        if (c == null) {
            throw new RegistryException("no collection named '" + name + "' in this registry");
        }
        return c;
    }

    public Collection byId(long id) {
        return byId.get(id);
    }

    /** The chains that list this collection as a child, sorted by name. */
    public List<String> parents(String name) {
        return parents.getOrDefault(name, List.of());
    }

    /** Collections that no chain includes: what a scientist usually starts from. */
    public List<Collection> topLevel() {
        return byName.values().stream().filter(c -> parents(c.name()).isEmpty()).toList();
    }

    /** The non-chained collections searched for this one, in search order. */
    public List<Collection> flatten(String name) {
        return flattenAll(List.of(name), false);
    }

    /**
     * Flattens several collections into one search path; with {@code keepChains} the chains
     * themselves stay in the list before their children (daf_butler's "flattened with chains").
     */
    public List<Collection> flattenAll(List<String> names, boolean keepChains) {
        Set<String> seen = new LinkedHashSet<>();
        List<Collection> out = new ArrayList<>();
        for (String n : names) {
            visit(get(n), seen, new LinkedHashSet<>(), keepChains, out);
        }
        return out;
    }

    private void visit(Collection c, Set<String> seen, Set<String> path, boolean keepChains, List<Collection> out) {
        if (!path.add(c.name())) {
            return; // a cycle: the chain is already being expanded above us
        }
        if (c.isChain()) {
            if (keepChains && seen.add(c.name())) {
                out.add(c);
            }
            for (String child : c.children()) {
                Collection cc = byName.get(child);
                if (cc != null) {
                    visit(cc, seen, path, keepChains, out);
                }
            }
        } else if (seen.add(c.name())) {
            out.add(c);
        }
        path.remove(c.name());
    }

    /** Chains whose children include themselves through some path; each is listed once. */
    public List<String> cycles() {
        List<String> result = new ArrayList<>();
        for (Collection c : byName.values()) {
            if (c.isChain() && reaches(c.name(), c.name(), new LinkedHashSet<>())) {
                result.add(c.name());
            }
        }
        return result;
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        Collection c = byName.get(from);
        if (c == null || !seen.add(from)) {
            return false;
        }
        for (String child : c.children()) {
            if (child.equals(target) || reaches(child, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Collections whose names match any of the patterns (globs or exact names), sorted by name. */
    public List<Collection> matching(List<String> patterns, Predicate<Collection> filter) {
        List<NamePattern> globs = patterns.stream().map(NamePattern::new).toList();
        return byName.values().stream()
                .filter(c -> globs.isEmpty() || globs.stream().anyMatch(g -> g.matches(c.name())))
                .filter(filter)
                .toList();
    }
}
