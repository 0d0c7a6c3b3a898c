package org.pacto.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Mailer;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining and signing in: invitations (by a focal point for their organisation, or by the
 * secretariat for any), accepting them, password resets and API tokens.
 */
@Service
public class Membership {

    static final int RESET_MAILS_PER_HOUR = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;
    private final InvitationRepository invitations;
    private final PasswordResetRepository resets;
    private final ApiTokenRepository tokens;
    private final OrganisationRegistry organisations;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final String baseUrl;

    Membership(PersonRepository people, InvitationRepository invitations, PasswordResetRepository resets,
               ApiTokenRepository tokens, OrganisationRegistry organisations, PasswordEncoder passwords,
               Mailer mailer, MessageSource messages, AuditTrail audit,
               @Value("${pacto.base-url:http://localhost:8080}") String baseUrl) {
        this.people = people;
        this.invitations = invitations;
        this.resets = resets;
        this.tokens = tokens;
        this.organisations = organisations;
        this.passwords = passwords;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    /**
     * Who may invite whom: focal points into their own organisation, as member or focal point; the secretariat
     * anyone anywhere. The answer is the same whether the address already has an account or not (issue 16,
     * item 10): an existing account gets a mail saying what to do instead of an invitation.
     */
    @Transactional
    public void invite(Actor inviter, OrganisationId organisation, String email, Role role, Locale locale) {
        boolean focal = inviter.isFocalPointOf(organisation) && (role == Role.MEMBER || role == Role.FOCAL_POINT);
        if (!(inviter.isStaff() || focal) || (role == Role.ADMIN && !inviter.has(Role.ADMIN))) {
            throw new AccessDeniedException("may not invite with this role here");
        }
        var org = organisations.find(organisation);
        if (email == null || email.length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException(new FieldProblem("email", "not-an-email"));
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        var existing = people.findActiveByEmail(address);
        if (existing.isPresent()) {
            audit.changed("invitation", organisation.toString(), "addressed-to-existing-account",
                    Map.of("organisation", organisation.toString(), "role", role.code()));
            mailer.send(new Mailer.OutgoingMail(address,
                    messages.getMessage("mail.invitation.existing.subject", new Object[] {org.name()}, locale),
                    messages.getMessage("mail.invitation.existing.body", new Object[] {inviter.name(), org.name(),
                        messages.getMessage("role." + role.code(), null, locale), baseUrl + "/login",
                        baseUrl + "/password/forgot"}, locale)));
            return;
        }
        String secret = Secrets.newSecret("inv_");
        var invitation = invitations.save(new Invitation(organisation, address, role, Secrets.hash(secret),
                inviter.person()));
        audit.changed("invitation", invitation.id().toString(), "created",
                Map.of("organisation", organisation.toString(), "role", role.code()));
        mailer.send(new Mailer.OutgoingMail(invitation.email(),
                messages.getMessage("mail.invitation.subject", new Object[] {org.name()}, locale),
                messages.getMessage("mail.invitation.body", new Object[] {inviter.name(), org.name(),
                    messages.getMessage("role." + role.code(), null, locale), joinLink(secret)}, locale)));
    }

    /**
     * The mailed links carry their secret in the fragment ({@code #…}), which browsers never send: the secret
     * reaches Pacto only in the body of a POST, never in a request line that access logs and proxies record.
     */
    private String joinLink(String secret) {
        return baseUrl + "/join#" + secret;
    }

    private String resetLink(String secret) {
        return baseUrl + "/password/reset#" + secret;
    }

    /** A usable invitation: not accepted, not expired, and to an organisation that has not been removed. */
    public Optional<Invitation> invitation(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Secrets.hash(secret.strip())).filter(i -> i.usable(Instant.now()))
                .filter(i -> organisations.active(i.organisation()));
    }

    /** Accepting the mailed link proves the address; the person chooses a name and a password. */
    @Transactional
    public PersonId accept(String secret, String name, String password) {
        var invitation = invitation(secret).orElseThrow(() -> new NotFoundException("invitation", "link"));
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "required"));
        }
        PasswordRules.check(password, invitation.email(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (people.findActiveByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("already-member", "already a member");
        }
        invitation.accept(Instant.now());
        var person = new Person(invitation.organisation(), invitation.email(), name, Set.of(invitation.role()));
        person.setPassword(passwords.encode(password), true);
        people.save(person);
        audit.changed("person", person.id().toString(), "joined",
                Map.of("organisation", invitation.organisation().toString(), "role", invitation.role().code()));
        return person.id();
    }

    /**
     * Always answers the same way, so the form does not reveal who has an account; at most
     * {@value #RESET_MAILS_PER_HOUR} links are mailed to one address in an hour (issue 16, item 9).
     */
    @Transactional
    public void requestPasswordReset(String email, Locale locale) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return;
        }
        people.findActiveByEmail(email.strip()).filter(Person::active).ifPresent(person -> {
            Instant now = Instant.now();
            if (resets.countByPersonIdAndCreatedAtAfter(person.id().value(), now.minus(Duration.ofHours(1)))
                    >= RESET_MAILS_PER_HOUR) {
                return;
            }
            String secret = Secrets.newSecret("pwd_");
            resets.save(new PasswordReset(Secrets.hash(secret), person.id().value()));
            mailer.send(new Mailer.OutgoingMail(person.email(),
                    messages.getMessage("mail.reset.subject", null, locale),
                    messages.getMessage("mail.reset.body", new Object[] {person.name(), resetLink(secret)},
                            locale)));
        });
    }

    public boolean resetUsable(String secret) {
        return usableReset(secret).isPresent();
    }

    private Optional<PasswordReset> usableReset(@Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return resets.findById(Secrets.hash(secret.strip())).filter(r -> r.usable(Instant.now()));
    }

    /**
     * Sets a new password through a mailed link. The person's sessions end (whoever knew the old password is
     * signed out), every other outstanding link is used up, and on request the person's API tokens are revoked.
     */
    @Transactional
    public void resetPassword(String secret, String password, boolean revokeTokens) {
        var reset = usableReset(secret).orElseThrow(() -> new NotFoundException("password reset", "link"));
        var person = people.findById(reset.personId()).filter(Person::active)
                .orElseThrow(() -> new NotFoundException("password reset", "link"));
        List<FieldProblem> problems = new ArrayList<>();
        PasswordRules.check(password, person.email(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        person.setPassword(passwords.encode(password), true);
        person.endSessions();
        reset.use(now);
        int otherLinks = resets.useAll(person.id().value(), now);
        int revoked = revokeTokens ? tokens.revokeAll(List.of(person.id().value()), now) : 0;
        audit.changed("person", person.id().toString(), "password-reset",
                Map.of("otherLinksUsedUp", otherLinks, "tokensRevoked", revoked));
    }

    /** Whether a session signed in at this session version may still act (item 9: resets end sessions). */
    @Transactional(readOnly = true)
    public boolean sessionCurrent(PersonId person, int sessionVersion) {
        return people.findById(person.value())
                .filter(p -> p.active() && p.sessionVersion() == sessionVersion).isPresent();
    }

    /** Creates a token and returns its secret, which is shown once and never stored. */
    @Transactional
    public String createToken(Actor actor, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(new FieldProblem("name", "required"));
        }
        String secret = Secrets.newSecret("pacto_");
        var token = tokens.save(new ApiToken(actor.person().value(), name.strip(), Secrets.hash(secret),
                secret.substring(0, 12)));
        audit.changed("api-token", token.id().toString(), "created", Map.of("name", name.strip()));
        return secret;
    }

    /** Registers a token whose secret is given (demo accounts publish theirs in demo-accounts.json). */
    @Transactional
    public void registerToken(PersonId person, String name, String secret) {
        tokens.save(new ApiToken(person.value(), name, Secrets.hash(secret), secret.substring(0, 12)));
    }

    @Transactional
    public void revokeToken(Actor actor, java.util.UUID tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.personId().equals(actor.person().value()))
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke();
        audit.changed("api-token", tokenId.toString(), "revoked", Map.of());
    }

    public List<ApiToken> tokens(Actor actor) {
        return tokens.findByPersonIdOrderByCreatedAtDesc(actor.person().value());
    }

    /** The person a valid, unrevoked token belongs to, if their account is active; records its use. */
    @Transactional
    public Optional<Person> personForToken(String secret) {
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> !t.revoked())
                .flatMap(t -> {
                    Instant now = Instant.now();
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60))) {
                        t.used(now);
                    }
                    return people.findById(t.personId());
                })
                .filter(p -> p.active());
    }

    /** Creates a person directly (first admin, demo accounts); never used for self-service. */
    @Transactional
    public PersonId createPerson(OrganisationId organisation, String email, String name, Set<Role> roles,
                                 @Nullable String password) {
        var person = new Person(organisation, email, name, roles);
        if (password != null) {
            person.setPassword(passwords.encode(password), true);
        }
        people.save(person);
        audit.changed("person", person.id().toString(), "created", Map.of("roles",
                roles.stream().map(Role::code).sorted().toList()));
        return person.id();
    }

    /** Demo mode only: gives a demo account a fresh password, published in demo-accounts.json. */
    @Transactional
    public void setDemoPassword(PersonId person, String password) {
        people.findById(person.value()).orElseThrow().setPassword(passwords.encode(password), true);
    }

    public boolean anyAdmin() {
        return people.anyAdmin();
    }

    public Optional<Person> byEmail(String email) {
        return people.findActiveByEmail(email);
    }

    public List<Person> inOrganisation(OrganisationId organisation) {
        return people.findActiveInOrganisation(organisation.value());
    }
}
