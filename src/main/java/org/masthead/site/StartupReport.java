package org.masthead.site;

import org.masthead.accounts.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Masthead, once the site answers, where it is and — while nobody can sign
 * in to the newsroom yet — how to make its owner.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Accounts accounts;
    private final String address;

    StartupReport(Accounts accounts, @Value("${server.address:}") String address) {
        this.accounts = accounts;
        this.address = address;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String host = address.isBlank() || address.equals("0.0.0.0") ? "localhost" : address;
        String url = "http://" + host + ":" + web.getWebServer().getPort() + "/";
        log.info("Masthead is ready at {}", url);
        if (accounts.needsSetup()) {
            log.info("There is no owner yet: open {}setup in a browser, or run "
                    + "java -jar masthead.jar create-owner --email=you@example.org --name=\"Your Name\"", url);
        }
    }
}
