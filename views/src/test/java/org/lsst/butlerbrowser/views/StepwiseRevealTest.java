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

    @Test
    void replacedRowsComeAtOnceWhenAllThatFitTakeNoMoreThanTheBudget() {
        assertEquals(-1, StepwiseReveal.firstRowsReplaced(MS, 30), "30 rows at 1 ms: at once");
        assertEquals(10, StepwiseReveal.firstRowsReplaced(4 * MS, 30), "30 rows at 4 ms: 10 first");
        assertEquals(1, StepwiseReveal.firstRowsReplaced(100 * MS, 30), "at least one row");
        assertEquals(0, StepwiseReveal.firstRowsReplaced(-1, 30), "nothing measured yet: the header's step first");
    }
}
