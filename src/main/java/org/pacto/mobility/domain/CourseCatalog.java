package org.pacto.mobility.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The courses Pacto offers (issue 14, after seed 001, line 2: a diploma course on labour mobility for officials,
 * in Spanish and English as its note 3 asks, and training for returnees). Titles, audiences and topics are in the
 * module's message bundle under {@code mobility.course.<code>.*}. The schedules are SYNTHETIC examples: no
 * institution has announced these editions; pages and the API say so.
 */
@Component
public class CourseCatalog {

    /**
     * @param modality online, in-person or blended
     * @param languages ISO 639-1 codes
     * @param audience officials or returnees
     * @param threshold percent of sessions to attend for the certificate
     */
    public record Course(String code, String modality, List<String> languages, String audience, int hours,
                         int sessions, int threshold, List<String> topics, boolean synthetic) {
    }

    private static final List<Course> COURSES = List.of(
            new Course("labour-mobility-diploma", "online", List.of("es", "en"), "officials", 120, 10,
                    org.pacto.mobility.calculation.CertificateRule.DEFAULT_THRESHOLD,
                    List.of("fair-recruitment", "decent-work", "labour-standards", "care-work"), true),
            new Course("returnee-skills", "blended", List.of("es"), "returnees", 24, 6,
                    org.pacto.mobility.calculation.CertificateRule.DEFAULT_THRESHOLD,
                    List.of("skills-recognition", "decent-work"), true));

    public List<Course> all() {
        return COURSES;
    }

    public Optional<Course> find(String code) {
        return COURSES.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
