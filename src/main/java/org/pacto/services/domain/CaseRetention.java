package org.pacto.services.domain;

import java.time.Clock;
import java.time.Duration;
import org.pacto.platform.ScheduledWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention (issue 13): cases closed longer ago than {@code pacto.services.retention-days} (default 730) are
 * anonymised every night — name, contact and languages removed, the audit trail kept.
 */
@Component
@EnableScheduling
class CaseRetention {

    private final CaseFiles cases;
    private final Duration period;
    private final Clock clock;
    private final ScheduledWork scheduled;

    CaseRetention(CaseFiles cases, @Value("${pacto.services.retention-days:730}") long days,
                  ObjectProvider<Clock> clock, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.cases = cases;
        this.period = Duration.ofDays(days);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${pacto.services.retention-cron:0 30 3 * * *}", zone = "UTC")
    void nightly() {
        // once per cluster (platform.ScheduledWork)
        scheduled.once("services.retention", this::anonymise);
    }

    int anonymise() {
        return cases.anonymiseClosedBefore(clock.instant().minus(period));
    }
}
