package org.pacto.platform;

/** An action that the record's current state does not allow (e.g. publishing a draft). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
