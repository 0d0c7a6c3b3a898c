package org.pacto.practices;

/** Published when the secretariat publishes a practice (as good or as promising). */
public record PracticePublished(String id, String title, String organisation, boolean promising) {
}
