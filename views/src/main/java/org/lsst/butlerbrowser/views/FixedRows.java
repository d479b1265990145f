package org.lsst.butlerbrowser.views;

import javafx.scene.text.Font;

/**
 * The fixed height of the rows of a table or list ({@code setFixedCellSize}): the height Modena
 * gives a row of text (2 em), or more for a taller graphic. Lists of hundreds of thousands of rows
 * need one: with rows of varying height the control measures rows to estimate its scroll bar
 * whenever rows are added, and a table lays out a cell for every column of a row, also the columns
 * scrolled out of sight; with a fixed height it does neither.
 */
public final class FixedRows {

    /** A cell's padding (2 px top and bottom at 12 px) and its border (1 px), in em. */
    private static final double CELL_FRAME_EM = 5.0 / 12;

    private FixedRows() {
    }

    /** Rows as high as a line of text, or as the tallest graphic a cell shows ({@code graphicHeight} px; 0 for none). */
    public static double height(double graphicHeight) {
        double em = Font.getDefault().getSize();
        return Math.ceil(Math.max(2 * em, graphicHeight + CELL_FRAME_EM * em));
    }
}
