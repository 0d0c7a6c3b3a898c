package org.pacto.services.domain;

import java.util.Map;

/**
 * A refusal the issue names with its own problem code and figures ({@code insufficient-proof} with the points
 * counted, {@code consent-required}): answered by the services API as a 400 problem+json carrying them.
 */
public class RefusedRequest extends RuntimeException {

    private final String code;
    private final Map<String, Object> properties;

    public RefusedRequest(String code, Map<String, Object> properties) {
        super(code);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
