package org.pacto.identity.demo;

import java.util.Set;
import org.pacto.identity.Role;
import org.pacto.identity.account.Membership;
import org.pacto.identity.account.OrganisationDetails;
import org.pacto.identity.account.OrganisationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there is no default account: the first admin comes from
 * {@code PACTO_ADMIN_EMAIL}, {@code PACTO_ADMIN_PASSWORD} and {@code PACTO_ADMIN_ORGANISATION},
 * and is created only while no admin exists.
 */
@Component
@Order(5)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final Membership membership;
    private final OrganisationRegistry registry;
    private final String email;
    private final String password;
    private final String organisation;

    FirstAdmin(Membership membership, OrganisationRegistry registry,
               @Value("${pacto.admin.email:}") String email, @Value("${pacto.admin.password:}") String password,
               @Value("${pacto.admin.organisation:Pacto}") String organisation) {
        this.membership = membership;
        this.registry = registry;
        this.email = email;
        this.password = password;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || membership.anyAdmin()) {
            return;
        }
        if (!org.pacto.identity.account.PasswordRules.problems(password, email).isEmpty()) {
            throw new IllegalStateException("PACTO_ADMIN_PASSWORD must have at least "
                    + org.pacto.identity.account.PasswordRules.MINIMUM
                    + " characters besides blanks and must not be the e-mail address");
        }
        var organisationId = registry.registerOnSetUp(new OrganisationDetails(organisation, "international-organisation",
                null, "global", null, null, false));
        membership.createPerson(organisationId, email, "Admin", Set.of(Role.ADMIN), password);
        log.info("First admin account created from PACTO_ADMIN_EMAIL");
    }
}
