package org.pacto.financing.domain;

import org.jspecify.annotations.Nullable;
import org.pacto.financing.calculation.Ballot;

/**
 * Ballots are stored by their code ({@code yes}, {@code no}, {@code abstain}). The enum lives in the pure core,
 * which may not know platform types, so this converter does what {@code platform.CodedConverter} does for the
 * module's other enums.
 */
@jakarta.persistence.Converter(autoApply = true)
public class BallotColumn implements jakarta.persistence.AttributeConverter<Ballot, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Ballot ballot) {
        return ballot == null ? null : ballot.code();
    }

    @Override
    public @Nullable Ballot convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : Ballot.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown ballot " + code));
    }
}
