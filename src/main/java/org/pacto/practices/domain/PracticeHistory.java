package org.pacto.practices.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A practice's history: a snapshot at every step (submitted, resubmitted, published, updated…). */
@Component
public class PracticeHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Versions versions;
    private final Actors actors;

    PracticeHistory(Versions versions, Actors actors) {
        this.versions = versions;
        this.actors = actors;
    }

    List<PracticeVersion> of(UUID practice) {
        return versions.findByPractice(practice);
    }

    /** Records the practice as it stands; {@code published} is its public version number, if this step published it. */
    void snapshot(Practice practice, String note, @Nullable Integer published) {
        int number = versions.findByPractice(practice.id()).size() + 1;
        var content = practice.content();
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("title", practice.title());
        snapshot.put("summary", practice.summary());
        snapshot.put("description", practice.description());
        snapshot.put("objectives", practice.objectives());
        snapshot.put("principles", content.principles());
        snapshot.put("countries", practice.countries());
        snapshot.put("results", content.results());
        snapshot.put("lessons", content.lessons());
        String by = actors.current().map(Actor::email).orElse("system");
        versions.save(new PracticeVersion(practice.id(), number, practice.status(),
                JSON.writeValueAsString(snapshot), note, by, published));
    }
}
