package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacto.identity.Actors;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every pledge action against every role, over real HTTP (issue 16, item 2): the focal point acts for the
 * organisation, members draft and report, the organisation's reviewers have no pledge rights, the secretariat
 * publishes, returns and corrects. The rules are written in {@code domain.Pledges}.
 */
@PactoTest
class PledgePermissionsTest {

    /** Who acts, relative to the pledging organisation (Quilmes). */
    enum Who {
        LEAD_FOCAL_POINT, LEAD_MEMBER, LEAD_REVIEWER, OTHER_FOCAL_POINT, OTHER_MEMBER, SECRETARIAT, ANONYMOUS
    }

    /** What they try; each case starts from a fresh pledge in the status the action needs. */
    enum Action {
        DRAFT, SUBMIT, PUBLISH, REPORT, CORRECT_REPORT, CLOSE, INVITE_CO_SIGNATORY, SIGN_OPEN_PLEDGE, READ_CONTACTS
    }

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Actors actors;

    static Stream<Arguments> matrix() {
        // statuses: 2xx allowed; 403 refused; 404 a draft the other organisation cannot see; 401 not signed in
        Map<Action, int[]> expected = new java.util.EnumMap<>(Action.class);
        //                                       lead fp, member, reviewer, other fp, other member, secretariat, anon
        expected.put(Action.DRAFT, new int[] {201, 201, 403, 201, 201, 403, 401});
        expected.put(Action.SUBMIT, new int[] {200, 403, 403, 404, 404, 403, 401});
        expected.put(Action.PUBLISH, new int[] {403, 403, 403, 403, 403, 200, 401});
        expected.put(Action.REPORT, new int[] {201, 201, 403, 403, 403, 403, 401});
        expected.put(Action.CORRECT_REPORT, new int[] {403, 403, 403, 403, 403, 200, 401});
        expected.put(Action.CLOSE, new int[] {200, 403, 403, 403, 403, 403, 401});
        expected.put(Action.INVITE_CO_SIGNATORY, new int[] {200, 403, 403, 404, 404, 403, 401});
        // the lead's own focal point cannot co-sign its pledge: a conflict, not a permission
        expected.put(Action.SIGN_OPEN_PLEDGE, new int[] {409, 403, 403, 200, 403, 403, 401});
        expected.put(Action.READ_CONTACTS, new int[] {200, 200, 403, 404, 404, 200, 401});
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((action, statuses) -> {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(action, who, statuses[who.ordinal()]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @MethodSource("matrix")
    void everyRoleMayDoWhatItsRoleAllowsAndNothingElse(Action action, Who who, int status) {
        var fixture = new PledgeFixture(port, outbox, actors);
        Api api = api(fixture, who);
        var answer = switch (action) {
            case DRAFT -> api.post("/api/v1/pledges", PledgeFixture.pledge());
            case SUBMIT -> api.post(path(fixture.draft()) + "/submit", Map.of());
            case PUBLISH -> api.post(path(fixture.submitted()) + "/decision", Map.of("decision", "publish"));
            case REPORT -> {
                String id = fixture.published();
                yield api.post(path(id) + "/progress", PledgeFixture.report(fixture.firstTarget(id), 100));
            }
            case CORRECT_REPORT -> {
                String id = fixture.published();
                String target = fixture.firstTarget(id);
                String report = fixture.as("focal-point").post(path(id) + "/progress",
                        PledgeFixture.report(target, 100)).json().get("report").asString();
                yield api.put(path(id) + "/reports/" + report, Map.of("values",
                        List.of(Map.of("target", target, "value", 200)), "reason", "Cifra acumulada."));
            }
            case CLOSE -> api.post(path(fixture.published()) + "/close", Map.of("outcome", "withdrawn"));
            case INVITE_CO_SIGNATORY -> api.post(path(fixture.draft()) + "/cosignatories",
                    Map.of("organisation", fixture.organisationId(PledgeFixture.LIMA)));
            case SIGN_OPEN_PLEDGE -> {
                var body = PledgeFixture.pledge();
                body.put("openForSignatures", true);
                yield api.post(path(fixture.published(body)) + "/sign", Map.of());
            }
            case READ_CONTACTS -> api.get(path(fixture.draft()) + "/contacts");
        };
        assertThat(answer.status()).as(action + " by " + who + ": " + answer.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("forbidden");
        }
    }

    private static Api api(PledgeFixture fixture, Who who) {
        return switch (who) {
            case LEAD_FOCAL_POINT -> fixture.as("focal-point");
            case LEAD_MEMBER -> fixture.person(PledgeFixture.QUILMES, "member");
            case LEAD_REVIEWER -> fixture.person(PledgeFixture.QUILMES, "reviewer");
            case OTHER_FOCAL_POINT -> fixture.person(PledgeFixture.TAPACHULA, "focal-point");
            case OTHER_MEMBER -> fixture.as("member");
            case SECRETARIAT -> fixture.as("secretariat");
            case ANONYMOUS -> fixture.anonymous();
        };
    }

    private static String path(String id) {
        return "/api/v1/pledges/" + id;
    }
}
