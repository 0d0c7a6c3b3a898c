package org.pacto.reviews.domain;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One self-assessment answer: the question's code, {@code present}/{@code partial}/{@code absent} and evidence. */
@Embeddable
public record AssessmentAnswer(String question, String level, @Nullable String evidence) {
}
