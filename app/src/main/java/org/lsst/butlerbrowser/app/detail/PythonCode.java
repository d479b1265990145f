package org.lsst.butlerbrowser.app.detail;

/** The daf_butler Python that runs an {@link EquivalentQuery}, ready to paste into a notebook. */
public final class PythonCode {

    private PythonCode() {
    }

    public static String of(String repo, EquivalentQuery query) {
        String setup = "from lsst.daf.butler import Butler\n\nbutler = Butler(" + string(repo) + ")\n";
        if (query instanceof EquivalentQuery.Records r) {
            return setup + "records = butler.registry.queryDimensionRecords(" + string(r.element())
                    + ", where=" + string(r.where()) + ")";
        }
        EquivalentQuery.Datasets d = (EquivalentQuery.Datasets) query;
        return setup + "refs = butler.query_datasets(" + string(d.datasetType())
                + ", collections=" + string(d.collection())
                + (d.where().isEmpty() ? "" : ", where=" + string(d.where()))
                + ", find_first=" + (d.findFirst() ? "True" : "False") + ")";
    }

    /** A double-quoted Python string literal. */
    static String string(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
