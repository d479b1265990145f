package org.lsst.butlerbrowser.app.datasets;

import org.lsst.butlerbrowser.model.query.ExpressionException;

/**
 * Why the filter expression was rejected and which characters to mark.
 *
 * @param start first offending character (0-based)
 * @param end   one past the last offending character
 */
public record FilterProblem(String message, int start, int end) {

    public static FilterProblem of(ExpressionException e) {
        return new FilterProblem(e.oneLine(), e.start(), e.end());
    }
}
