package org.pacto.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseStatusTest {

    @Test
    void answersMoveForward() {
        assertThat(ResponseStatus.ACCEPTED.mayBeFollowedBy(ResponseStatus.IN_PROGRESS)).isTrue();
        assertThat(ResponseStatus.IN_PROGRESS.mayBeFollowedBy(ResponseStatus.IMPLEMENTED)).isTrue();
        assertThat(ResponseStatus.IN_PROGRESS.mayBeFollowedBy(ResponseStatus.IN_PROGRESS)).isTrue();
        assertThat(ResponseStatus.NOT_ACCEPTED.mayBeFollowedBy(ResponseStatus.ACCEPTED)).isTrue();
    }

    @Test
    void answersDoNotGoBackAndImplementedIsFinal() {
        assertThat(ResponseStatus.IN_PROGRESS.mayBeFollowedBy(ResponseStatus.ACCEPTED)).isFalse();
        assertThat(ResponseStatus.IN_PROGRESS.mayBeFollowedBy(ResponseStatus.NOT_ACCEPTED)).isFalse();
        for (ResponseStatus next : ResponseStatus.values()) {
            assertThat(ResponseStatus.IMPLEMENTED.mayBeFollowedBy(next)).isFalse();
        }
    }

    @Test
    void codesAreTheContractsOnes() {
        assertThat(ResponseStatus.fromCode("not-accepted")).contains(ResponseStatus.NOT_ACCEPTED);
        assertThat(ResponseStatus.fromCode("rejected")).isEmpty();
    }
}
