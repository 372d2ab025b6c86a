package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings that would break the discussion are refused when the application starts, with what to change. */
class DiscussionSettings_CheckTest {

    private static DiscussionSettings settings(int depth, int threadsPerPage) {
        return new DiscussionSettings(depth, threadsPerPage, 10, Duration.ofMinutes(15), 10_000, 3, 10, 10, 60);
    }

    @Test
    void aDepthBelowTwo_isRefused_namingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(1, 20))
                .withMessageContaining("masthead.discussion.depth must be at least 2");
    }

    @Test
    void noThreadsOnAPage_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(5, 0))
                .withMessageContaining("threads-per-page");
    }
}
