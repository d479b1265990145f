package org.lsst.butlerbrowser.app.bench;

/**
 * What the window benchmark clicks: a collection and a dataset type on the Datasets screen, a
 * dimension element on the Dimensions screen, and how many rows count as the first ones.
 *
 * @param resetElement a small element shown between runs, so that each run selects {@code element} anew
 */
record GuiScenario(String collection, String datasetType, String element, String resetElement, int rows) {

    /** The case on the scale registry: a three-level chain, and the element with 400,000 records. */
    static final GuiScenario SCALE = new GuiScenario(CollectionPlan.TOP, "calexp", "visit_detector_region", "instrument",
            1_000);
}
