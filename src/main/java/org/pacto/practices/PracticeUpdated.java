package org.pacto.practices;

/** Published when the secretariat approves an update of a published practice: it is now public version {@code version}. */
public record PracticeUpdated(String id, String title, String organisation, int version) {
}
