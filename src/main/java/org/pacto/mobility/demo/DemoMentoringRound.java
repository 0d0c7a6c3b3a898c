package org.pacto.mobility.demo;

import java.util.List;
import java.util.Set;
import org.pacto.mobility.domain.Mentoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a SYNTHETIC mentoring round for officials (seed 001, line 2: virtual mentoring), four mentors and five
 * mentees with no person behind them, so that /mentoring shows ranked suggestions. Idempotent: nothing is added
 * once synthetic profiles exist.
 */
@Component
@Order(41)
class DemoMentoringRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMentoringRound.class);

    record Profile(String role, Set<String> areas, Set<String> languages) {
    }

    static final List<Profile> ROUND = List.of(
            new Profile(Mentoring.MENTOR, Set.of("fair-recruitment", "bilateral-agreements", "labour-standards"),
                    Set.of("es", "en")),
            new Profile(Mentoring.MENTOR, Set.of("care-work", "decent-work"), Set.of("es", "pt")),
            new Profile(Mentoring.MENTOR, Set.of("skills-recognition", "labour-market-information"), Set.of("en", "fr")),
            new Profile(Mentoring.MENTOR, Set.of("return", "skills-recognition", "decent-work"), Set.of("es")),
            new Profile(Mentoring.MENTEE, Set.of("fair-recruitment", "care-work"), Set.of("es")),
            new Profile(Mentoring.MENTEE, Set.of("skills-recognition", "return"), Set.of("es", "en")),
            new Profile(Mentoring.MENTEE, Set.of("labour-market-information"), Set.of("fr")),
            new Profile(Mentoring.MENTEE, Set.of("labour-standards", "decent-work", "care-work"), Set.of("pt")),
            new Profile(Mentoring.MENTEE, Set.of("bilateral-agreements"), Set.of("en")));

    private final boolean demo;
    private final Mentoring mentoring;

    DemoMentoringRound(@Value("${pacto.demo:false}") boolean demo, Mentoring mentoring) {
        this.demo = demo;
        this.mentoring = mentoring;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || mentoring.demoProfiles() > 0) {
            return;
        }
        ROUND.forEach(p -> mentoring.demo(p.role(), p.areas(), p.languages()));
        log.info("Demo mentoring round: {} synthetic profiles", ROUND.size());
    }
}
