package org.lsst.butlerbrowser.model.region;

import java.util.ArrayList;
import java.util.List;

/**
 * The union of its operands. daf_butler produces these when it aggregates regions (':'-joined base64
 * text); with no operands it is the empty region.
 */
public record UnionRegion(List<Region> operands) implements Region {

    public UnionRegion {
        operands = List.copyOf(operands);
    }

    @Override
    public String typeName() {
        return "UnionRegion";
    }

    @Override
    public boolean contains(UnitVector3d v) {
        for (Region r : operands) {
            if (r.contains(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BoundingCircle boundingCircle() {
        BoundingCircle c = BoundingCircle.EMPTY;
        for (Region r : operands) {
            c = c.expandedTo(r.boundingCircle());
        }
        return c;
    }

    /** Exact only for zero or one operand; overlaps between operands are not worked out (NaN). */
    @Override
    public double areaSquareDegrees() {
        return switch (operands.size()) {
            case 0 -> 0.0;
            case 1 -> operands.get(0).areaSquareDegrees();
            default -> Double.NaN;
        };
    }

    @Override
    public List<List<UnitVector3d>> outlines() {
        return concatenatedOutlines(operands);
    }

    static List<List<UnitVector3d>> concatenatedOutlines(List<Region> operands) {
        List<List<UnitVector3d>> out = new ArrayList<>();
        for (Region r : operands) {
            out.addAll(r.outlines());
        }
        return List.copyOf(out);
    }
}
