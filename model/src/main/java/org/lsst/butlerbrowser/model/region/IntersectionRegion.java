package org.lsst.butlerbrowser.model.region;

import java.util.List;

/** The intersection of its operands; with no operands it is the whole sky (sphgeom's convention). */
public record IntersectionRegion(List<Region> operands) implements Region {

    public IntersectionRegion {
        operands = List.copyOf(operands);
    }

    @Override
    public String typeName() {
        return "IntersectionRegion";
    }

    @Override
    public boolean contains(UnitVector3d v) {
        for (Region r : operands) {
            if (!r.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** The smallest operand bounding circle: valid, though the intersection may be much smaller. */
    @Override
    public BoundingCircle boundingCircle() {
        BoundingCircle best = BoundingCircle.FULL;
        for (Region r : operands) {
            BoundingCircle c = r.boundingCircle();
            if (c.openingAngleDeg() < best.openingAngleDeg()) {
                best = c;
            }
        }
        return best;
    }

    /** Exact only for zero or one operand; the overlap of several operands is not worked out (NaN). */
    @Override
    public double areaSquareDegrees() {
        return switch (operands.size()) {
            case 0 -> 4.0 * Math.PI * SQ_DEG_PER_SR;
            case 1 -> operands.get(0).areaSquareDegrees();
            default -> Double.NaN;
        };
    }

    /** The operands' outlines; clipping them to the intersection is left to the drawing code. */
    @Override
    public List<List<UnitVector3d>> outlines() {
        return UnionRegion.concatenatedOutlines(operands);
    }
}
