package org.pacto.services.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.services.calculation.ProofKind;
import org.pacto.services.calculation.ProofRule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card desk: a caseworker, supervisor or focal point of a local authority checks the kinds of proof, and the
 * {@link ProofRule} decides; the card's holder data are sealed; anyone holding the verification link learns only
 * whether the card is valid, expired or revoked.
 */
@Service
public class Cards {

    static final String RECORD = "services.card";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PHOTO_LIMIT = 400_000;

    private final CardRepository cards;
    private final FieldCipher cipher;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final int validityYears;
    private final ProofRule rule = ProofRule.standard();
    private final SecureRandom random = new SecureRandom();

    Cards(CardRepository cards, FieldCipher cipher, Actors actors, AuditTrail audit, ObjectProvider<Clock> clock,
          @Value("${pacto.services.card-validity-years:3}") int validityYears) {
        this.cards = cards;
        this.cipher = cipher;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.validityYears = validityYears;
    }

    /** A card just issued; {@code verification} is the only time the public link's secret is given out. */
    public record Issued(UUID id, String number, String status, LocalDate expires, String verification) {
    }

    /** A card as its desk reads it (audited); the photo is never returned. */
    public record CardView(UUID id, String number, String name, LocalDate birthDate, String address,
                           List<String> proofs, int identityPoints, int residencePoints, LocalDate issuedOn,
                           LocalDate expires, String status, boolean photo) {
    }

    /** One line of the desk's list: the number and status, nothing about the holder. */
    public record CardLine(UUID id, String number, LocalDate issuedOn, LocalDate expires, String status) {
    }

    /** Whether the person may work at a card desk: staff of a local authority. */
    public boolean mayIssue(Actor actor) {
        boolean role = actor.has(Role.CASEWORKER) || actor.has(Role.SUPERVISOR) || actor.has(Role.FOCAL_POINT);
        return role && actors.organisation(actor.organisation()).map(o -> o.kind().equals("local-authority"))
                .orElse(false);
    }

    @Transactional
    public Issued issue(Actor actor, CardInput input) {
        requireDesk(actor);
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointRules.text(problems, "name", input.name(), 300, true);
        ServicePointRules.text(problems, "address", input.address(), 500, true);
        LocalDate today = LocalDate.now(clock);
        if (input.birthDate() == null) {
            problems.add(new FieldProblem("birthDate", "required"));
        } else if (input.birthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "in-the-future"));
        }
        List<ProofKind> kinds = proofs(input.proofs(), problems);
        byte[] photo = photo(input.photo(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var assessment = assess(kinds);
        String token = secret();
        var card = new RegistrationCard(UUID.randomUUID(), newNumber(today), actor.organisation().value(),
                assessment.counted().stream().map(ProofKind::code).sorted().toList(), assessment.identityPoints(),
                assessment.residencePoints(), today, today.plusYears(validityYears), hash(token), clock.instant());
        card.seal(cipher.seal(input.name().strip(), card.context("holder_name")),
                cipher.seal(input.birthDate().toString(), card.context("birth_date")),
                cipher.seal(input.address().strip(), card.context("address")),
                photo == null ? null : cipher.seal(Base64.getEncoder().encodeToString(photo), card.context("photo")));
        card.keepVerification(hash(token), cipher.seal(token, card.context("verification_secret")));
        cards.save(card);
        audit.changed(RECORD, card.id().toString(), "issued", Map.of("number", card.number(),
                "proofs", card.proofKinds()));
        return new Issued(card.id(), card.number(), card.status().code(), card.expiresOn(), "/card/verify/" + token);
    }

    /** What the public verification link says: valid, expired or revoked; nothing else. */
    @Transactional(readOnly = true)
    public String verify(String token) {
        if (token.length() > 100) {
            throw new NotFoundException("card", "?");
        }
        var card = cards.findByVerificationHash(hash(token)).orElseThrow(() -> new NotFoundException("card", "?"));
        return switch (card.statusOn(LocalDate.now(clock))) {
            case ISSUED, RENEWED -> "valid";
            case EXPIRED -> "expired";
            case REVOKED -> "revoked";
        };
    }

    @Transactional
    public CardView read(Actor actor, UUID id, String reason) {
        String why = CaseAccess.reason(reason);
        var card = own(actor, id);
        audit.personalDataRead(RECORD, id.toString(), why);
        return new CardView(card.id(), card.number(), cipher.open(card.holderName(), card.context("holder_name")),
                LocalDate.parse(cipher.open(card.birthDate(), card.context("birth_date"))),
                cipher.open(card.address(), card.context("address")), card.proofKinds(), card.identityPoints(),
                card.residencePoints(), card.issuedOn(), card.expiresOn(),
                card.statusOn(LocalDate.now(clock)).code(), card.hasPhoto());
    }

    /** What is printed on a card: the holder's data, the issuer, and the verification link for the QR code. */
    public record Printable(String number, String name, LocalDate birthDate, String address, LocalDate issuedOn,
                            LocalDate expires, String status, String issuer, String verification,
                            byte @Nullable [] photo) {
    }

    /**
     * The card as it is printed (the issuing desk, with a reason, audited like a read). A card issued before its
     * link's secret was kept sealed gets a new link here: the old one then answers 404, as a lost link should.
     */
    @Transactional
    public Printable printable(Actor actor, UUID id, String reason) {
        String why = CaseAccess.reason(reason);
        var card = own(actor, id);
        String token;
        if (card.verificationSecret() == null) {
            token = secret();
            card.keepVerification(hash(token), cipher.seal(token, card.context("verification_secret")));
            audit.changed(RECORD, id.toString(), "verification-link-renewed", Map.of("number", card.number()));
        } else {
            token = cipher.open(card.verificationSecret(), card.context("verification_secret"));
        }
        audit.personalDataRead(RECORD, id.toString(), "print: " + why);
        byte[] photo = card.photo() == null ? null
                : Base64.getDecoder().decode(cipher.open(card.photo(), card.context("photo")));
        String issuer = actors.organisation(actor.organisation()).map(o -> o.name()).orElse("");
        return new Printable(card.number(), cipher.open(card.holderName(), card.context("holder_name")),
                LocalDate.parse(cipher.open(card.birthDate(), card.context("birth_date"))),
                cipher.open(card.address(), card.context("address")), card.issuedOn(), card.expiresOn(),
                card.statusOn(LocalDate.now(clock)).code(), issuer, "/card/verify/" + token, photo);
    }

    @Transactional(readOnly = true)
    public List<CardLine> issuedBy(Actor actor) {
        requireDesk(actor);
        LocalDate today = LocalDate.now(clock);
        return cards.findTop200ByIssuerIdOrderByCreatedAtDesc(actor.organisation().value()).stream()
                .map(c -> new CardLine(c.id(), c.number(), c.issuedOn(), c.expiresOn(), c.statusOn(today).code()))
                .toList();
    }

    /** One card's line (number, dates, status), for the desk's card page: nothing about the holder. */
    @Transactional(readOnly = true)
    public CardLine line(Actor actor, UUID id) {
        var card = own(actor, id);
        return new CardLine(card.id(), card.number(), card.issuedOn(), card.expiresOn(),
                card.statusOn(LocalDate.now(clock)).code());
    }

    /** Renewal: the proofs are checked again and the card gets a new expiry date. */
    @Transactional
    public CardLine renew(Actor actor, UUID id, @Nullable List<CardInput.Proof> proofs) {
        var card = own(actor, id);
        List<FieldProblem> problems = new ArrayList<>();
        List<ProofKind> kinds = proofs(proofs, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var assessment = assess(kinds);
        LocalDate today = LocalDate.now(clock);
        if (!card.renew(today.plusYears(validityYears), assessment.counted().stream().map(ProofKind::code).sorted()
                .toList(), assessment.identityPoints(), assessment.residencePoints())) {
            throw new ConflictException("services-card-revoked", "a revoked card is not renewed");
        }
        audit.changed(RECORD, id.toString(), "renewed", Map.of("proofs", card.proofKinds()));
        return new CardLine(card.id(), card.number(), card.issuedOn(), card.expiresOn(), card.statusOn(today).code());
    }

    @Transactional
    public CardLine revoke(Actor actor, UUID id, @Nullable String reason) {
        var card = own(actor, id);
        String why = CaseAccess.reason(reason == null ? "" : reason);
        card.revoke(why);
        audit.changed(RECORD, id.toString(), "revoked", Map.of("reason", why));
        return new CardLine(card.id(), card.number(), card.issuedOn(), card.expiresOn(), card.status().code());
    }

    private ProofRule.Assessment assess(List<ProofKind> kinds) {
        var assessment = rule.assess(kinds);
        if (!assessment.sufficient()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("identityPoints", assessment.identityPoints());
            figures.put("residencePoints", assessment.residencePoints());
            figures.put("requiredIdentityPoints", rule.minimumIdentity());
            figures.put("requiredResidencePoints", rule.minimumResidence());
            throw new RefusedRequest("insufficient-proof", figures);
        }
        return assessment;
    }

    private RegistrationCard own(Actor actor, UUID id) {
        requireDesk(actor);
        return cards.findById(id).filter(c -> c.issuerId().equals(actor.organisation().value()))
                .orElseThrow(() -> new NotFoundException("card", id));
    }

    private void requireDesk(Actor actor) {
        if (!mayIssue(actor)) {
            throw new AccessDeniedException("card desks are staffed by a local authority's caseworkers and focal points");
        }
    }

    private static List<ProofKind> proofs(@Nullable List<CardInput.Proof> proofs, List<FieldProblem> problems) {
        if (proofs == null || proofs.isEmpty()) {
            problems.add(new FieldProblem("proofs", "required"));
            return List.of();
        }
        if (proofs.size() > 20) {
            problems.add(new FieldProblem("proofs", "too-many", 20));
            return List.of();
        }
        List<ProofKind> kinds = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) {
            String code = proofs.get(i).kind();
            var kind = code == null ? java.util.Optional.<ProofKind>empty() : ProofKind.fromCode(code);
            if (kind.isEmpty()) {
                problems.add(code == null ? new FieldProblem("proofs[" + i + "].kind", "required")
                        : new FieldProblem("proofs[" + i + "].kind", "services-unknown-code", code));
            } else {
                kinds.add(kind.get());
            }
        }
        return kinds;
    }

    private static byte @Nullable [] photo(@Nullable String photo, List<FieldProblem> problems) {
        if (photo == null || photo.isBlank()) {
            return null;
        }
        if (photo.length() > PHOTO_LIMIT) {
            problems.add(new FieldProblem("photo", "too-long", PHOTO_LIMIT));
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(photo.strip());
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
            boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
            if (jpeg || png) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below
        }
        problems.add(new FieldProblem("photo", "services-photo"));
        return null;
    }

    private String newNumber(LocalDate today) {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder number = new StringBuilder("TM-").append(today.getYear()).append('-');
            for (int i = 0; i < 6; i++) {
                number.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            if (!cards.existsByNumber(number.toString())) {
                return number.toString();
            }
        }
        throw new IllegalStateException("no free card number");
    }

    private String secret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
