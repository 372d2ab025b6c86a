package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.ManyClientsTest;
import org.masthead.Session;
import org.masthead.TestClients;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Card testers open checkout after checkout: one client opens three here, then is asked to wait. */
@ManyClientsTest
class SupportPage_LimitsTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> give(String client) {
        return new Session(port).from(client).postRaw("/support", "amount", "5", "frequency", "one-time", "attempt",
                UUID.randomUUID().toString());
    }

    @Test
    void aClientOpensAFewCheckouts_thenIsToldToWait_whileOthersStillGive() {
        String client = TestClients.next();
        for (int i = 0; i < 3; i++) {
            assertThat(give(client).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> refused = give(client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text())
                .isEqualTo("Many gifts were begun from your network in the last minutes. Please try again in ten minutes.");
        assertThat(give(TestClients.next()).statusCode()).isEqualTo(303);
    }
}
