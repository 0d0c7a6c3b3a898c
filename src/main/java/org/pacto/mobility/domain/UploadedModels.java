package org.pacto.mobility.domain;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.mobility.calculation.Xmile;
import org.pacto.mobility.calculation.XmileModel;
import org.pacto.mobility.calculation.XmileSimulation;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * XMILE models brought by analysts (issue 14): read safely, their equations checked against the grammar Pacto
 * evaluates ({@link XmileSimulation}), refused with field problems when malformed or not runnable (nothing is
 * stored then), stored as Pacto writes them so that a download is always well-formed XMILE.
 */
@Service
public class UploadedModels {

    /** At most 1 MB of XML. */
    public static final int MAX_CHARS = 1_000_000;

    private final UploadedModelRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    UploadedModels(UploadedModelRepository repository, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record Stored(UploadedModel model, XmileModel content) {
    }

    @Transactional
    public Stored upload(Actor actor, String xml) {
        if (xml.isBlank()) {
            throw new InvalidInputException(new FieldProblem("xmile", "required"));
        }
        if (xml.length() > MAX_CHARS) {
            throw new InvalidInputException(new FieldProblem("xmile", "too-long", MAX_CHARS));
        }
        XmileModel content;
        try {
            content = Xmile.read(xml);
        } catch (Xmile.Refused e) {
            throw new InvalidInputException(new FieldProblem("xmile", e.code(), e.getMessage()));
        }
        try {
            // every equation must be one Pacto can evaluate: a model is stored only if it can run
            XmileSimulation.compile(content, java.util.Map.of());
        } catch (XmileSimulation.Refused e) {
            throw new InvalidInputException(problems("xmile", e));
        }
        String name = content.name().length() > 200 ? content.name().substring(0, 200) : content.name();
        var saved = repository.save(new UploadedModel(name, Xmile.write(content), actor.organisation().value(),
                clock.instant()));
        audit.changed("mobility.demand-model", saved.id().toString(), "uploaded",
                Map.of("stocks", content.stocks().size(), "flows", content.flows().size()));
        return new Stored(saved, content);
    }

    /** Each problem of a model that cannot run as a field problem: its code, the variable and a short detail. */
    public static java.util.List<FieldProblem> problems(String field, XmileSimulation.Refused refused) {
        return refused.problems().stream()
                .map(p -> new FieldProblem(field, p.code(), p.variable(), p.detail())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UploadedModel> find(UUID id) {
        return repository.findById(id);
    }
}
