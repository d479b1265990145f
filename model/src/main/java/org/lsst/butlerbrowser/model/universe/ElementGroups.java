package org.lsst.butlerbrowser.model.universe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The elements of a universe arranged as a tree the way the universe relates them, for people to
 * browse (instrument → visit → visit_detector_region; skymap → tract → patch).
 *
 * <p>The rule, derived only from the universe:
 * <ul>
 *   <li>A dimension hangs under its most specific required dependency: the last one in universe
 *       order. Universe order places every element after everything it depends on, so the last
 *       dependency is the deepest (patch goes under tract, not skymap). A dimension with no
 *       dependency is a root (instrument, skymap, band).</li>
 *   <li>A join element (visit_detector_region) hangs under the dimension the universe says populates
 *       it ({@code populated_by}); older universes name none, and then the dimension rule applies
 *       to its required dimensions.</li>
 *   <li>Skypix dimensions are computed, not stored: they are kept apart, by pixelization family.</li>
 * </ul>
 * Implied dependencies (visit → physical_filter) are links between records, not tree edges.
 */
public final class ElementGroups {

    private final List<DimensionElement> roots = new ArrayList<>();
    private final Map<String, List<DimensionElement>> children = new LinkedHashMap<>();
    private final Map<String, DimensionElement> parents = new LinkedHashMap<>();
    private final Map<String, List<DimensionElement>> skypixFamilies = new LinkedHashMap<>();

    private ElementGroups(DimensionUniverse universe) {
        for (DimensionElement e : universe.elements()) {
            if (e.isSkypix()) {
                skypixFamilies.computeIfAbsent(e.spatialFamily(), f -> new ArrayList<>()).add(e);
                continue;
            }
            Optional<DimensionElement> parent = parentOf(universe, e);
            if (parent.isPresent()) {
                parents.put(e.name(), parent.get());
                children.computeIfAbsent(parent.get().name(), p -> new ArrayList<>()).add(e);
            } else {
                roots.add(e);
            }
        }
    }

    public static ElementGroups of(DimensionUniverse universe) {
        return new ElementGroups(universe);
    }

    private static Optional<DimensionElement> parentOf(DimensionUniverse universe, DimensionElement e) {
        if (!e.isDimension() && e.populatedBy() != null && universe.has(e.populatedBy())) {
            DimensionElement populator = universe.element(e.populatedBy());
            if (!populator.isSkypix() && !populator.name().equals(e.name())) {
                return Optional.of(populator);
            }
        }
        List<String> dependencies = e.requiredDependencies();
        if (dependencies.isEmpty()) {
            return Optional.empty();
        }
        // required() is in universe order, so the last dependency is the deepest one
        return Optional.of(universe.element(dependencies.get(dependencies.size() - 1)));
    }

    /** Stored elements (and band-like views) that hang under no other, in universe order. */
    public List<DimensionElement> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** The elements hanging directly under this one, in universe order. */
    public List<DimensionElement> children(String element) {
        return Collections.unmodifiableList(children.getOrDefault(element, List.of()));
    }

    public Optional<DimensionElement> parent(String element) {
        return Optional.ofNullable(parents.get(element));
    }

    /** Skypix dimensions by family ("htm", "healpix"), levels in universe order. */
    public Map<String, List<DimensionElement>> skypixFamilies() {
        return Collections.unmodifiableMap(skypixFamilies);
    }
}
