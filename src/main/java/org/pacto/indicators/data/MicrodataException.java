package org.pacto.indicators.data;

import org.jspecify.annotations.Nullable;

/** The engine refused a file or a query (the message is DuckDB's, never shown as such to the public). */
public class MicrodataException extends RuntimeException {

    public MicrodataException(@Nullable String message, Throwable cause) {
        super(message, cause);
    }
}
