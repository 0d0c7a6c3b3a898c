package org.pacto.portability.saved;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calculations people chose to keep. Only their owner (the acting {@link Actor}, passed first as everywhere) sees them; every read is recorded as a read
 * of personal data, every save as a change (without the content, which is personal).
 */
@Service
public class SavedCalculations {

    static final String RECORD = "portability.saved-calculation";
    private static final int NAME_LIMIT = 200;
    private static final int REASON_LIMIT = 1000;
    /** The reason recorded when the owner gives none. */
    public static final String DELETED_BY_OWNER = "deleted by owner";

    private final SavedCalculationRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    SavedCalculations(SavedCalculationRepository repository, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A saved calculation: its request and result as JSON text. */
    public record Saved(UUID id, String name, Instant savedAt, String input, String result) {
    }

    @Transactional
    public Saved save(Actor owner, String name, String inputJson, String resultJson) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("name", "required"));
        }
        if (trimmed.length() > NAME_LIMIT) {
            throw new InvalidInputException(new FieldProblem("name", "too-long", NAME_LIMIT));
        }
        var saved = repository.save(new SavedCalculation(owner.person().value(), trimmed, inputJson, resultJson,
                clock.instant()));
        audit.changed(RECORD, saved.id().toString(), "saved", Map.of("name", trimmed));
        return view(saved);
    }

    @Transactional
    public List<Saved> of(Actor owner) {
        audit.personalDataRead(RECORD, "person:" + owner.person(), "list own saved calculations");
        return repository.kept(owner.person().value()).stream()
                .map(SavedCalculations::view).toList();
    }

    @Transactional
    public Saved one(Actor owner, UUID id) {
        var saved = repository.findById(id).filter(s -> s.ownedBy(owner.person().value()))
                .orElseThrow(() -> new NotFoundException("saved calculation", id));
        audit.personalDataRead(RECORD, id.toString(), "read own saved calculation");
        return view(saved);
    }

    /**
     * The owner deletes one of their saved calculations (soft: the row keeps who, when and why). A blank reason is
     * recorded as {@value #DELETED_BY_OWNER}. Someone else's, or an already deleted one, is not found.
     */
    @Transactional
    public void delete(Actor owner, UUID id, String reason) {
        String why = reason.strip().isEmpty() ? DELETED_BY_OWNER : reason.strip();
        if (why.length() > REASON_LIMIT) {
            throw new InvalidInputException(new FieldProblem("reason", "too-long", REASON_LIMIT));
        }
        var saved = repository.findById(id).filter(s -> s.ownedBy(owner.person().value()))
                .orElseThrow(() -> new NotFoundException("saved calculation", id));
        saved.delete("person:" + owner.person().value(), why);
        audit.changed(RECORD, id.toString(), "deleted", Map.of("reason", why));
    }

    private static Saved view(SavedCalculation s) {
        return new Saved(s.id(), s.name(), s.savedAt(), s.input(), s.result());
    }
}
