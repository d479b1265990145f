package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The size of the reveal's steps (the reveal itself is shown in PagedTableViewTest). */
class StepwiseRevealTest {

    private static final long MS = 1_000_000;

    @Test
    void theNextStepTakesAsManyRowsAsTheLastStepsTimePerRowFitsInTheBudget() {
        assertEquals(4, StepwiseReveal.nextStep(4, 40 * MS));
        assertEquals(2, StepwiseReveal.nextStep(4, 80 * MS));
        assertEquals(1, StepwiseReveal.nextStep(2, 200 * MS), "at least one row");
    }

    @Test
    void aStepThatMeasuredLittleAtMostDoublesTheRows() {
        assertEquals(12, StepwiseReveal.nextStep(6, 2 * MS));
        assertEquals(2, StepwiseReveal.nextStep(1, 0));
    }
}
