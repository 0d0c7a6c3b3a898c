package org.pacto.identity;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pacto.identity.account.Membership;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 4: once an organisation is removed its people can no longer sign in or act (tokens 401, sessions
 * ended, invitations refused), while the secretariat still reads its record, marked as removed.
 */
@PactoTest
class OrganisationRemovalTest {

    private static final Pattern JOIN = Pattern.compile("/join#(\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    Membership membership;
    @Autowired
    Actors actors;
    @Autowired
    Outbox outbox;

    @Test
    void removingAnOrganisationEndsItsPeoplesAccessAndKeepsItsRecordForTheSecretariat() {
        var secretariat = Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
        String name = "Municipalidad en Baja " + System.nanoTime();
        String id = secretariat.post("/api/v1/organisations", Map.of("name", name, "kind", "local-authority",
                "level", "local", "country", "CL")).json().get("id").asString();
        String email = "focal" + System.nanoTime() + "@baja.example";
        membership.createPerson(OrganisationId.of(id), email, "Punto Focal", Set.of(Role.FOCAL_POINT),
                SignInTest.PASSWORD);
        var person = Api.at(port).withToken(membership.createToken(actors.byEmail(email).orElseThrow(), "sistema"));
        assertThat(person.get("/api/v1/me").status()).isEqualTo(200);
        var session = Api.at(port);
        assertThat(SignInTest.signIn(session, email, SignInTest.PASSWORD)).endsWith("/profile");
        String invited = "colega" + System.nanoTime() + "@baja.example";
        assertThat(person.post("/api/v1/invitations", Map.of("email", invited, "role", "member")).status())
                .isEqualTo(202);
        var link = JOIN.matcher(outbox.to(invited).getFirst().body());
        assertThat(link.find()).isTrue();

        assertThat(secretariat.delete("/api/v1/organisations/" + id, Map.of("reason", "Registro duplicado"))
                .status()).isEqualTo(204);

        var me = person.get("/api/v1/me");
        assertThat(me.status()).as("its tokens no longer work").isEqualTo(401);
        assertThat(person.post("/api/v1/invitations", Map.of("email", "otra" + invited, "role", "member"))
                .status()).as("nor do its people write").isEqualTo(401);
        assertThat(session.get("/profile").status()).as("its sessions have ended").isEqualTo(302);
        assertThat(SignInTest.signIn(Api.at(port), email, SignInTest.PASSWORD))
                .as("sign-in refused with the usual message").endsWith("/login?error");
        var join = Api.at(port).submitForm("/join", "/join", Map.of("secret", link.group(1), "name", "Colega",
                "password", "una-clave-larga-de-colega"));
        assertThat(join.status()).as("its invitations are refused").isEqualTo(200);
        assertThat(join.body()).contains("class=\"error\"").doesNotContain("name=\"password\"");
        assertThat(actors.byEmail(invited)).isEmpty();

        assertThat(Api.at(port).get("/organisations").body()).as("gone from the public directory")
                .doesNotContain(name);
        var staff = Api.at(port);
        var secretary = DemoAccounts.withRole("secretariat");
        assertThat(SignInTest.signIn(staff, secretary.email(), secretary.password())).endsWith("/profile");
        String list = staff.get("/organisations").body();
        assertThat(list).as("the secretariat still sees it, marked").contains(name).contains("badge removed");
        var page = staff.get("/organisations/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("Registro duplicado");
    }
}
