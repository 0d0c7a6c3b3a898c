package org.pacto.dialogue.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dialogue as the secretariat creates it with its sessions (issue 11): title, modality ({@code in-person},
 * {@code online}, {@code hybrid}), whether it is open to the public, Spanish–English interpretation, rapporteurs,
 * and each session's topic, objectives, start, end and panel.
 */
public record EventInput(@Nullable String title, @Nullable String modality, @Nullable Boolean open,
                         @Nullable Boolean interpretation, @Nullable List<String> rapporteurs,
                         @Nullable List<SessionInput> sessions) {

    public record SessionInput(@Nullable String topic, @Nullable List<Integer> objectives, @Nullable Instant starts,
                               @Nullable Instant ends, @Nullable List<PanelistInput> panel) {
    }

    public record PanelistInput(@Nullable String name, @Nullable String sector, @Nullable Boolean moderator) {
    }

    /** A person's registration (no sign-in needed); {@code gender} is optional and self-described. */
    public record RegistrationInput(@Nullable String name, @Nullable String email, @Nullable String organisation,
                                    @Nullable String country, @Nullable String sector, @Nullable String gender) {
    }
}
