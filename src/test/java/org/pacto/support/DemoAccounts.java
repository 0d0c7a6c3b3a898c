package org.pacto.support;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The demo accounts Pacto wrote to {@code <data-dir>/demo-accounts.json} in demo mode. */
public final class DemoAccounts {

    public record Account(String email, String password, String role, String organisation, String token) {
    }

    private DemoAccounts() {
    }

    public static List<Account> all() {
        try {
            return JsonMapper.builder().build().readValue(
                    Files.readString(TestDatabase.dataDirectory().resolve("demo-accounts.json")),
                    new TypeReference<List<Account>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("demo-accounts.json not written", e);
        }
    }

    public static Account withRole(String role) {
        return all().stream().filter(a -> a.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo account with role " + role));
    }

    public static Account byEmail(String email) {
        return all().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
    }
}
