package org.pacto.practices.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for practices: the secretariat opens themed calls with a deadline; featured calls are shown first. */
@Service
public class PracticeCalls {

    private final Calls calls;
    private final PracticeBook book;
    private final AuditTrail audit;

    PracticeCalls(Calls calls, PracticeBook book, AuditTrail audit) {
        this.calls = calls;
        this.book = book;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CallForPractices> all() {
        return calls.findAllByDeadline();
    }

    @Transactional
    public CallForPractices open(Actor actor, @Nullable String title, @Nullable String theme, @Nullable String deadline,
                                 boolean featured) {
        book.requireStaff(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "required"));
        } else if (title.length() > PracticeValidation.TITLE_MAX) {
            problems.add(new FieldProblem("title", "too-long", PracticeValidation.TITLE_MAX));
        }
        if (theme != null && !theme.isBlank() && !theme.matches("[a-z0-9-]{2,40}")) {
            problems.add(new FieldProblem("theme", "unknown-theme", theme));
        }
        LocalDate due = null;
        try {
            due = deadline == null ? null : LocalDate.parse(deadline);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("deadline", "invalid-date", deadline));
        }
        if (due == null && problems.stream().noneMatch(p -> p.field().equals("deadline"))) {
            problems.add(new FieldProblem("deadline", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CallForPractices call = calls.save(new CallForPractices(title.strip(), theme == null || theme.isBlank() ? null
                : theme, due, featured));
        audit.changed("call-for-practices", call.id().toString(), "opened", Map.of("title", call.title(),
                "deadline", due.toString()));
        return call;
    }

    void requireKnown(PracticeContent content) {
        if (content.call() != null && calls.findById(content.call()).isEmpty()) {
            throw new InvalidInputException(new FieldProblem("call", "unknown-call"));
        }
    }
}
