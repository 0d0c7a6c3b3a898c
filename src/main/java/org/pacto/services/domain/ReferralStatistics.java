package org.pacto.services.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Referral statistics (issue 13): sent, accepted, rejected, acceptance rate, median days to acceptance, overdue,
 * and how many involved the child and the gender lens. Only aggregates, and no cell below {@value #MIN_CELL}:
 * a smaller count is withheld ({@code null}), so that no one can be singled out.
 */
@Service
public class ReferralStatistics {

    public static final int MIN_CELL = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralStatistics(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The figures of a period; a withheld count is {@code null}. */
    public record Figures(
            @Schema(description = "First day counted") LocalDate from,
            @Schema(description = "Last day counted") LocalDate to,
            @Schema(description = "organisation (the caller's, sent and received) or all (secretariat)") String scope,
            @Schema(description = "Referrals sent") @Nullable Long sent,
            @Schema(description = "Accepted (now accepted or done)") @Nullable Long accepted,
            @Schema(description = "Rejected") @Nullable Long rejected,
            @Schema(description = "Revoked") @Nullable Long revoked,
            @Schema(description = "Accepted ÷ answered, 0–1") @Nullable Double acceptanceRate,
            @Schema(description = "Median days from sending to acceptance") @Nullable Double medianDaysToAcceptance,
            @Schema(description = "Unanswered after the days their urgency allows") @Nullable Long overdue,
            @Schema(description = "Involving a child (child lens)") @Nullable Long childLens,
            @Schema(description = "Involving violence, trafficking or pregnancy (gender lens)") @Nullable Long genderLens,
            @Schema(description = "Smallest count shown; smaller ones are withheld") int minimumCell) {
    }

    private record Row(UUID from, UUID to, String status, String urgency, Instant sentAt, @Nullable Instant acceptedAt,
                       String ageBand, List<String> needs) {
    }

    public Figures figures(Actor actor, @Nullable LocalDate from, @Nullable LocalDate to) {
        boolean all = actor.isStaff();
        if (!all && !CaseAccess.worksCases(actor)) {
            throw new AccessDeniedException("statistics of referrals are for case staff and the secretariat");
        }
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusYears(1) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException(new FieldProblem("from", "end-before-start"));
        }
        String sql = """
                select r.from_organisation, r.to_organisation, r.status, r.urgency, r.sent_at, r.accepted_at,
                       c.age_band, c.needs
                from services.referral r join services.case_file c on c.id = r.case_id
                where r.sent_at >= :first and r.sent_at < :after""";
        var query = jdbc.sql(all ? sql : sql + " and (r.from_organisation = :org or r.to_organisation = :org)")
                .param("first", first.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("after", last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        if (!all) {
            query = query.param("org", actor.organisation().value());
        }
        List<Row> rows = query.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7),
                List.of((String[]) rs.getArray(8).getArray()))).list();
        return figures(rows, first, last, all ? "all" : "organisation");
    }

    private Figures figures(List<Row> rows, LocalDate first, LocalDate last, String scope) {
        Instant now = clock.instant();
        long sent = rows.size();
        long accepted = rows.stream().filter(r -> r.acceptedAt() != null).count();
        long rejected = rows.stream().filter(r -> r.status().equals("rejected")).count();
        long revoked = rows.stream().filter(r -> r.status().equals("revoked")).count();
        long overdue = rows.stream().filter(r -> r.status().equals("sent") && r.sentAt().plus(Duration.ofDays(
                Urgency.fromCode(r.urgency()).orElseThrow().daysToAnswer())).isBefore(now)).count();
        long child = rows.stream().filter(r -> AgeBand.fromCode(r.ageBand()).map(AgeBand::child).orElse(false)
                || r.needs().stream().anyMatch(n -> Need.fromCode(n).map(Need::childLens).orElse(false))).count();
        long gender = rows.stream().filter(r -> r.needs().stream()
                .anyMatch(n -> Need.fromCode(n).map(Need::genderLens).orElse(false))).count();
        List<Double> days = new ArrayList<>();
        rows.stream().filter(r -> r.acceptedAt() != null).forEach(r -> days.add(
                Duration.between(r.sentAt(), r.acceptedAt()).toMinutes() / 1440.0));
        long answered = accepted + rejected;
        Double rate = answered >= MIN_CELL && accepted >= MIN_CELL ? Math.round(1000.0 * accepted / answered) / 1000.0
                : null;
        Double median = days.size() >= MIN_CELL ? Math.round(median(days) * 10) / 10.0 : null;
        return new Figures(first, last, scope, cell(sent), cell(accepted), cell(rejected), cell(revoked), rate,
                median, cell(overdue), cell(child), cell(gender), MIN_CELL);
    }

    /** A count shown only when it is zero or at least {@value #MIN_CELL}. */
    static @Nullable Long cell(long count) {
        return count == 0 || count >= MIN_CELL ? count : null;
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

}
