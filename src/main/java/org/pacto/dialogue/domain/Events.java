package org.pacto.dialogue.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pacto.dialogue.domain.EventInput.RegistrationInput;
import org.pacto.dialogue.domain.EventInput.SessionInput;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Mailer;
import org.pacto.platform.SealedFields;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.pacto.platform.ConflictException;
import org.pacto.platform.NotFoundException;
import org.pacto.taxonomy.Framework;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dialogues (events) with their sessions and panels, and people's registration: one person per e-mail address and
 * event (seed 003: "solo una persona por dirección de correo"), confirmed by a personal link.
 */
@Service
public class Events {

    static final String RECORD = "dialogue.event";
    static final String REGISTRATION = "dialogue.registration";
    static final int MAX_SESSIONS = 20;
    static final int MAX_PANEL = 30;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** What a new event answers: its id and its sessions' ids, in the order sent. */
    public record Created(UUID id, List<UUID> sessions) {
    }

    /** A new registration and the secret of its confirmation link (shown once, only to the person). */
    public record Registered(UUID id, String token) {
    }

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Framework framework;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final SealedFields sealed;
    private final Clock clock;

    Events(EventRepository events, RegistrationRepository registrations, Framework framework, AuditTrail audit,
           SealedFields sealed, Mailer mailer, MessageSource messages, @Value("${pacto.base-url:http://localhost:8080}") String baseUrl,
           ObjectProvider<Clock> clock) {
        this.events = events;
        this.registrations = registrations;
        this.framework = framework;
        this.audit = audit;
        this.sealed = sealed;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public Created create(Actor actor, EventInput input) {
        return create(actor, input, false);
    }

    @Transactional
    public Created create(Actor actor, EventInput input, boolean synthetic) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat creates dialogues");
        }
        var refusals = new Refusals();
        String title = refusals.text("title", input.title(), 300);
        Modality modality = Modality.HYBRID;
        if (input.modality() != null) {
            modality = Modality.fromCode(input.modality()).orElse(Modality.HYBRID);
            if (Modality.fromCode(input.modality()).isEmpty()) {
                refusals.add("modality", "unknown-modality");
            }
        }
        List<String> rapporteurs = new ArrayList<>();
        List<String> sentRapporteurs = input.rapporteurs() == null ? List.of() : input.rapporteurs();
        if (sentRapporteurs.size() > 10) {
            refusals.add("rapporteurs", "too-many", 10);
        } else {
            for (int i = 0; i < sentRapporteurs.size(); i++) {
                rapporteurs.add(refusals.text("rapporteurs[" + i + "]", sentRapporteurs.get(i), 200));
            }
        }
        List<Session> sessions = new ArrayList<>();
        List<SessionInput> sent = input.sessions() == null ? List.of() : input.sessions();
        if (sent.isEmpty()) {
            refusals.add("sessions", "required");
        } else if (sent.size() > MAX_SESSIONS) {
            refusals.add("sessions", "too-many", MAX_SESSIONS);
        } else {
            for (int i = 0; i < sent.size(); i++) {
                sessions.add(session(refusals, "sessions[" + i + "]", i, sent.get(i)));
            }
        }
        refusals.throwIfAny();
        DialogueEvent event = events.save(new DialogueEvent(title, modality, Boolean.TRUE.equals(input.open()),
                Boolean.TRUE.equals(input.interpretation()), rapporteurs, sessions, synthetic, clock.instant()));
        audit.changed(RECORD, event.id().toString(), "created", Map.of("title", title, "sessions", sessions.size()));
        return new Created(event.id(), event.sessions().stream().map(Session::id).toList());
    }

    private static Session session(Refusals refusals, String field, int position, SessionInput input) {
        String topic = refusals.text(field + ".topic", input.topic(), 300);
        List<Integer> objectives = refusals.objectives(field + ".objectives", input.objectives(), true);
        java.time.Instant sentStarts = refusals.instant(field + ".starts", input.starts());
        java.time.Instant sentEnds = refusals.instant(field + ".ends", input.ends());
        if (sentStarts != null && sentEnds != null && !sentEnds.isAfter(sentStarts)) {
            refusals.add(field + ".ends", "end-before-start");
        }
        List<Panelist> panel = new ArrayList<>();
        var sentPanel = input.panel() == null ? List.<EventInput.PanelistInput>of() : input.panel();
        if (sentPanel.size() > MAX_PANEL) {
            refusals.add(field + ".panel", "too-many", MAX_PANEL);
        } else {
            for (int j = 0; j < sentPanel.size(); j++) {
                var p = sentPanel.get(j);
                String name = refusals.text(field + ".panel[" + j + "].name", p.name(), 200);
                Optional<Sector> sector = p.sector() == null ? Optional.empty() : Sector.fromCode(p.sector());
                if (sector.isEmpty()) {
                    refusals.add(field + ".panel[" + j + "].sector", p.sector() == null ? "required"
                            : "unknown-sector");
                }
                panel.add(new Panelist(name, sector.orElse(Sector.OTHER), Boolean.TRUE.equals(p.moderator())));
            }
        }
        java.time.Instant starts = sentStarts == null ? java.time.Instant.EPOCH : sentStarts;
        java.time.Instant ends = sentEnds == null ? starts : sentEnds;
        return new Session(position, topic, objectives, starts, ends, panel);
    }

    /**
     * A person registers (no sign-in needed). The same e-mail again for the same event is refused (409
     * {@code already-registered}); the unique key refuses a race of two at once (409 {@code already-exists}).
     */
    @Transactional
    public Registered register(UUID eventId, RegistrationInput input) {
        return register(eventId, input, false);
    }

    @Transactional
    public Registered register(UUID eventId, RegistrationInput input, boolean synthetic) {
        DialogueEvent event = find(eventId);
        var refusals = new Refusals();
        String name = refusals.text("name", input.name(), 200);
        String email = refusals.text("email", input.email(), 254);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            refusals.add("email", "not-an-email");
        }
        String organisation = refusals.text("organisation", input.organisation(), 300);
        String country = refusals.text("country", input.country(), 2).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !framework.isCountry(country)) {
            refusals.add("country", "unknown-country");
        }
        Optional<Sector> sector = input.sector() == null ? Optional.empty() : Sector.fromCode(input.sector());
        if (input.sector() == null || input.sector().isBlank()) {
            refusals.add("sector", "required");
        } else if (sector.isEmpty()) {
            refusals.add("sector", "unknown-sector");
        }
        String gender = refusals.optional("gender", input.gender(), 100);
        refusals.throwIfAny();
        if (!synthetic && !registrationOpen(event)) {
            throw new ConflictException("registration-closed", "the dialogue is over");
        }
        String folded = Registration.emailKey(email);
        if (registrations.existsByEventIdAndEmailIndex(event.id(), sealed.index(folded, Registration.EMAIL_INDEX))
                || registrations.existsByEventIdAndEmailKey(event.id(), folded)) {
            throw new ConflictException("already-registered", "one registration per e-mail address");
        }
        String token = newToken();
        Registration registration = new Registration(event.id(), organisation, country, sector.orElseThrow(), gender,
                hash(token), clock.instant(), synthetic);
        registration.seal(sealed, name, email);
        registrations.saveAndFlush(registration);
        // No personal data in the trail: the registration's id, the event and the sector only.
        audit.changed(REGISTRATION, registration.id().toString(), "registered",
                Map.of("event", event.id().toString(), "sector", sector.orElseThrow().code()));
        if (!synthetic) {
            // The personal link carries its secret after '#': browsers never send it, so no access log sees it.
            Locale locale = LocaleContextHolder.getLocale();
            mailer.send(new Mailer.OutgoingMail(email,
                    messages.getMessage("dialogue.mail.subject", new Object[] {event.title()}, locale),
                    messages.getMessage("dialogue.mail.body", new Object[] {name, event.title(),
                        baseUrl + "/dialogue/registrations/confirm#" + token}, locale)));
        }
        return new Registered(registration.id(), token);
    }

    /** People may register until the last session ends. */
    public boolean registrationOpen(DialogueEvent event) {
        return event.sessions().stream().anyMatch(s -> s.endsAt().isAfter(clock.instant()));
    }

    /** The person follows their link: the registration is confirmed (twice changes nothing). */
    @Transactional
    public Optional<UUID> confirm(String token) {
        return registrations.findByTokenHash(hash(token)).map(r -> {
            r.confirm(clock.instant());
            audit.changed(REGISTRATION, r.id().toString(), "confirmed", Map.of());
            return r.eventId();
        });
    }

    @Transactional(readOnly = true)
    public DialogueEvent one(UUID id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<DialogueEvent> all() {
        return events.latestFirst();
    }

    /** A registrant with the personal data opened: what only the secretariat reads. */
    public record Registrant(UUID id, String name, String email, String organisation, String country, Sector sector,
                             @org.jspecify.annotations.Nullable String gender, boolean confirmed, boolean synthetic) {
    }

    /** The registrants with their personal data: the secretariat only, and every read is audited. */
    @Transactional
    public List<Registrant> registrants(Actor actor, UUID eventId) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat reads registrations");
        }
        find(eventId);
        audit.personalDataRead(REGISTRATION, "event:" + eventId, "list registrants of a dialogue");
        return registrations.of(eventId).stream().map(r -> new Registrant(r.id(), r.name(sealed), r.email(sealed),
                r.organisation(), r.country(), r.sector(), r.gender(), r.confirmedAt() != null, r.synthetic()))
                .toList();
    }

    DialogueEvent find(UUID id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("dialogue", id));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
