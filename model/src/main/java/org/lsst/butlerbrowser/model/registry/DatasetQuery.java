package org.lsst.butlerbrowser.model.registry;

import java.util.List;

/**
 * What {@code butler query-datasets} asks: dataset types and collections (names or globs, '*' for
 * all), find-first or all, a where-expression, a row limit (0 = no limit) and, for a browser that
 * pages through the answer, the order of its rows (empty: the database's order).
 */
public record DatasetQuery(List<String> datasetTypes, List<String> collections, boolean findFirst,
                           WhereClause where, long limit, List<SortKey> orderBy) {

    /**
     * One term of the order: a column of the answer, which is {@link #ID}, {@link #RUN},
     * {@link #VALIDITY} or the name of one of the dataset type's dimensions.
     */
    public record SortKey(String column, boolean descending) {

        public static final String ID = "id";
        public static final String RUN = "run";
        public static final String VALIDITY = "validity";

        public static SortKey ascending(String column) {
            return new SortKey(column, false);
        }
    }

    public DatasetQuery {
        datasetTypes = List.copyOf(datasetTypes);
        collections = List.copyOf(collections);
        where = where == null ? WhereClause.NONE : where;
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    /** A query in the database's order, as the command line asks. */
    public DatasetQuery(List<String> datasetTypes, List<String> collections, boolean findFirst, WhereClause where,
                        long limit) {
        this(datasetTypes, collections, findFirst, where, limit, List.of());
    }

    public static DatasetQuery of(String datasetType, List<String> collections, boolean findFirst) {
        return new DatasetQuery(List.of(datasetType), collections, findFirst, WhereClause.NONE, 0);
    }

    public DatasetQuery withLimit(long newLimit) {
        return new DatasetQuery(datasetTypes, collections, findFirst, where, newLimit, orderBy);
    }

    public DatasetQuery withWhere(WhereClause newWhere) {
        return new DatasetQuery(datasetTypes, collections, findFirst, newWhere, limit, orderBy);
    }

    public DatasetQuery withOrderBy(List<SortKey> newOrder) {
        return new DatasetQuery(datasetTypes, collections, findFirst, where, limit, newOrder);
    }
}
