package org.pacto.dialogue.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.domain.Addressee;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.dialogue.domain.ResponseStatus;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/** The follow-up's filters, bound as one record from the query (pages and API alike). */
public record RecommendationFilter(@Nullable String objective, @Nullable String addressee, @Nullable String status) {

    /** The filter checked: an unknown objective, addressee or status is a 400 naming it. */
    public FollowUp.Filter valid() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer number = null;
        if (objective != null && !objective.isBlank()) {
            try {
                number = Integer.parseInt(objective.strip());
                if (number < 1 || number > 23) {
                    problems.add(new FieldProblem("objective", "unknown-objective", objective.strip()));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("objective", "unknown-objective",
                        org.pacto.platform.InputLimits.shortened(objective)));
            }
        }
        if (addressee != null && !addressee.isBlank() && Addressee.fromCode(addressee).isEmpty()) {
            problems.add(new FieldProblem("addressee", "unknown-addressee"));
        }
        if (status != null && !status.isBlank() && !"no-response".equals(status)
                && ResponseStatus.fromCode(status).isEmpty()) {
            problems.add(new FieldProblem("status", "unknown-status"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FollowUp.Filter(number, addressee, status);
    }

    public boolean any() {
        return (objective != null && !objective.isBlank()) || (addressee != null && !addressee.isBlank())
                || (status != null && !status.isBlank());
    }
}
