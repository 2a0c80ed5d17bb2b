package org.courtstats.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * A delivery's table before it is written in some format: the header and, per data row, typed cells
 * (String, LocalDate, Number, Boolean, rich text, or a {@link Workbooks} formula or error value; null
 * for no cell). Changes return a new table, so every hostile file starts from the same cases.
 */
record Table(List<String> header, List<List<Object>> rows) {

    Table {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList();
    }

    int column(String name) {
        int column = header.indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return column;
    }

    /** The cell of one column changed row by row: {@code change(rowIndex, cell)}. */
    Table map(String name, BiFunction<Integer, Object, Object> change) {
        int column = column(name);
        List<List<Object>> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = new ArrayList<>(rows.get(i));
            row.set(column, change.apply(i, row.get(column)));
            changed.add(row);
        }
        return new Table(header, changed);
    }

    /** A new column at {@code at} holding {@code value(rowIndex)}. */
    Table insert(int at, String name, IntFunction<Object> value) {
        List<String> newHeader = new ArrayList<>(header);
        newHeader.add(at, name);
        List<List<Object>> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = new ArrayList<>(rows.get(i));
            row.add(at, value.apply(i));
            changed.add(row);
        }
        return new Table(newHeader, changed);
    }

    /** The given columns in that order; a column left out is dropped. */
    Table reorder(List<String> order) {
        List<List<Object>> changed = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> reordered = new ArrayList<>();
            order.forEach(name -> reordered.add(row.get(column(name))));
            changed.add(reordered);
        }
        return new Table(order, changed);
    }

    Table withRows(List<List<Object>> newRows) {
        return new Table(header, newRows);
    }
}
