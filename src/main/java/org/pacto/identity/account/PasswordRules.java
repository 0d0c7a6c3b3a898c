package org.pacto.identity.account;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * What a password must be (issue 16, item 10): at least {@value #MINIMUM} characters besides blanks at either end,
 * not made of blanks, not the account's own e-mail address, at most {@value #MAXIMUM} characters (bcrypt reads
 * 72 bytes; the limit only keeps requests small).
 */
public final class PasswordRules {

    public static final int MINIMUM = 12;
    static final int MAXIMUM = 200;

    private PasswordRules() {
    }

    public static void check(@Nullable String password, @Nullable String email, List<FieldProblem> problems) {
        if (password == null || password.isBlank()) {
            problems.add(new FieldProblem("password", password == null || password.isEmpty()
                    ? "password-too-short" : "password-blank", MINIMUM));
        } else if (password.strip().length() < MINIMUM) {
            problems.add(new FieldProblem("password", "password-too-short", MINIMUM));
        } else if (password.length() > MAXIMUM) {
            problems.add(new FieldProblem("password", "too-long", MAXIMUM));
        } else if (email != null && password.strip().toLowerCase(Locale.ROOT)
                .equals(email.strip().toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem("password", "password-is-email"));
        }
    }

    /** The problems of a password, as codes (first admin's start-up check). */
    public static List<FieldProblem> problems(@Nullable String password, @Nullable String email) {
        var problems = new java.util.ArrayList<FieldProblem>();
        check(password, email, problems);
        return problems;
    }
}
