package org.pacto.dialogue.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.calculation.PanelBalance;
import org.pacto.dialogue.domain.Attendance;
import org.pacto.dialogue.domain.Consultation;
import org.pacto.dialogue.domain.ConsultationInput;
import org.pacto.dialogue.domain.Consultations;
import org.pacto.dialogue.domain.DialogueEvent;
import org.pacto.dialogue.domain.EventInput;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.dialogue.domain.ReportInput;
import org.pacto.dialogue.domain.Reports;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.pacto.dialogue.web.ConsultationsApi.*;
import org.pacto.dialogue.web.EventsApi.*;
import org.pacto.dialogue.web.RecommendationsApi.*;

/**
 * Turns the dialogue's domain records into the API's answers. Kept out of the controllers, which see only answers
 * (ArchitectureTest: controllers do not depend on entities); the answers never carry more than the controller
 * documents.
 */
final class DialogueAnswers {

    private DialogueAnswers() {
    }

    static EventAnswer answer(DialogueEvent e) {
        return new EventAnswer(e.id().toString(), e.title(), e.modality().code(), e.openToPublic(),
                e.interpretation(), e.rapporteurs(), e.sessions().stream().map(s -> new SessionAnswer(
                        s.id().toString(), s.topic(), s.objectives(), s.startsAt(), s.endsAt(), s.panel().stream()
                        .map(p -> new PanelistAnswer(p.name(), p.sector().code(), p.moderator())).toList(),
                        PanelBalance.warnings(s.panel().stream().filter(p -> !p.moderator())
                                .map(p -> p.sector().code()).toList()).stream()
                                .map(w -> Map.<String, Object>of("code", w.code(), "arguments", w.arguments()))
                                .toList())).toList(),
                e.reportStatus().code(), e.synthetic());
    }

    static RecommendationAnswer answer(FollowUp.Followed f) {
        var r = f.recommendation();
        return new RecommendationAnswer(r.id().toString(), f.event(), f.eventId().toString(), r.text(),
                r.objectives(), r.addressee().code(), f.latest().stream().map(x -> new AnswerItem(
                x.organisationName(), x.status().code(), x.evidence(), x.answeredOn(), x.synthetic())).toList(),
                f.synthetic());
    }

    static ConsultationAnswer answer(Consultation c, Instant now) {
        String state = c.closed(now) ? "closed" : c.open(now) ? "open" : "upcoming";
        return new ConsultationAnswer(c.id().toString(), c.question(), c.options().stream()
                .map(o -> new OptionAnswer(o.key(), o.label(), o.objectives())).toList(), c.winners(), c.opens(),
                c.closes(), state, c.synthetic());
    }

    static RegistrantAnswer registrant(Events.Registrant r) {
        return new RegistrantAnswer(r.id().toString(), r.name(), r.email(), r.organisation(), r.country(),
                r.sector().code(), r.gender(), r.confirmed(), r.synthetic());
    }
}
