package org.pacto.financing.calculation;

/** What a meeting decided on one proposal. */
public enum Decision {
    APPROVED("approved"), REJECTED("rejected"), QUORUM_NOT_MET("quorum-not-met");

    private final String code;

    Decision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
