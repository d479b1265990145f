package org.lsst.butlerbrowser.model.registry;

import java.util.List;

/**
 * What {@code butler query-datasets} asks: dataset types and collections (names or globs, '*' for
 * all), find-first or all, a where-expression, and a row limit (0 = no limit).
 */
public record DatasetQuery(List<String> datasetTypes, List<String> collections, boolean findFirst,
                           WhereClause where, long limit) {

    public DatasetQuery {
        datasetTypes = List.copyOf(datasetTypes);
        collections = List.copyOf(collections);
        where = where == null ? WhereClause.NONE : where;
    }

    public static DatasetQuery of(String datasetType, List<String> collections, boolean findFirst) {
        return new DatasetQuery(List.of(datasetType), collections, findFirst, WhereClause.NONE, 0);
    }

    public DatasetQuery withLimit(long newLimit) {
        return new DatasetQuery(datasetTypes, collections, findFirst, where, newLimit);
    }

    public DatasetQuery withWhere(WhereClause newWhere) {
        return new DatasetQuery(datasetTypes, collections, findFirst, newWhere, limit);
    }
}
