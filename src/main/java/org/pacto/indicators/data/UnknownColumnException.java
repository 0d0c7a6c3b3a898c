package org.pacto.indicators.data;

/** A breakdown, measure or weight names a column the table does not have. */
public class UnknownColumnException extends RuntimeException {

    private final String column;

    public UnknownColumnException(String column) {
        super("no such column: " + column);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
