package org.pacto.practices.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, editing, submitting and withdrawing a practice: the submitting organisation's side. */
@Service
public class Submissions {

    private final PracticeBook book;
    private final PracticeRepository practices;
    private final Assignments assignments;
    private final Contacts contacts;
    private final PracticeHistory history;
    private final PracticeCalls calls;
    private final PracticeValidation validation;
    private final Actors actors;
    private final AuditTrail audit;
    private final Mailer mailer;

    Submissions(PracticeBook book, PracticeRepository practices, Assignments assignments, Contacts contacts,
                PracticeHistory history, PracticeCalls calls, PracticeValidation validation, Actors actors,
                AuditTrail audit, Mailer mailer) {
        this.book = book;
        this.practices = practices;
        this.assignments = assignments;
        this.contacts = contacts;
        this.history = history;
        this.calls = calls;
        this.validation = validation;
        this.actors = actors;
        this.audit = audit;
        this.mailer = mailer;
    }

    @Transactional
    public Practice create(Actor actor, PracticeInput input) {
        PracticeContent content = validation.draft(input);
        calls.requireKnown(content);
        OrganisationSummary organisation = actors.organisation(actor.organisation()).orElseThrow();
        Practice practice = practices.save(new Practice(organisation.id().value(), organisation.name(),
                actor.person().value(), actor.email(), content));
        saveContact(practice, input);
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "created", Map.of("title", practice.title(),
                "status", practice.status().code()));
        return practice;
    }

    /** Creates a practice for an organisation without a signed-in person (demo content). */
    @Transactional
    public Practice createFor(OrganisationSummary organisation, PracticeInput input, String demoKey) {
        PracticeContent content = validation.draft(input);
        Practice practice = new Practice(organisation.id().value(), organisation.name(), null, null, content);
        practice.markDemo(demoKey);
        practice = practices.save(practice);
        saveContact(practice, input);
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "created", Map.of("title", practice.title()));
        return practice;
    }

    @Transactional
    public Practice edit(Actor actor, String id, PracticeInput input) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireSubmitter(actor, practice);
        PracticeContent content = validation.draft(input);
        calls.requireKnown(content);
        practice.edit(content);
        saveContact(practice, input);
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "edited", Map.of("title", practice.title()));
        return practice;
    }

    /** Submits a draft, or resubmits after revision (back to the same reviewers). Returns acronym warnings. */
    @Transactional
    public List<String> submit(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireSubmitter(actor, practice);
        validation.submittable(practice.content());
        boolean resubmission = practice.status() == PracticeStatus.REVISION_REQUESTED;
        practice.submit();
        history.snapshot(practice, resubmission ? "resubmitted" : "submitted", null);
        audit.changed(PracticeBook.RECORD, practice.id().toString(), resubmission ? "resubmitted" : "submitted",
                Map.of("status", practice.status().code()));
        if (resubmission) {
            for (ReviewAssignment a : assignments.findByPractice(practice.id())) {
                mailer.send(new Mailer.OutgoingMail(a.email(), "Pacto: practice resubmitted for review",
                        "The practice \"" + practice.title() + "\" was revised and awaits your review again."));
            }
        }
        return PracticeValidation.unexplainedAcronyms(practice.title(), practice.summary(), practice.description());
    }

    @Transactional
    public Practice withdraw(Actor actor, String id) {
        Practice practice = book.visible(Optional.of(actor), id);
        book.requireSubmitter(actor, practice);
        practice.withdraw();
        audit.changed(PracticeBook.RECORD, practice.id().toString(), "withdrawn", Map.of());
        return practice;
    }

    void saveContact(Practice practice, PracticeInput input) {
        var c = input.contact();
        if (c == null || c.name() == null || c.email() == null) {
            return;
        }
        var existing = contacts.findById(practice.id());
        if (existing.isPresent()) {
            existing.get().change(c.name().strip(), c.email().strip(), c.phone());
        } else {
            contacts.save(new PracticeContact(practice.id(), c.name().strip(), c.email().strip(), c.phone()));
        }
    }
}
