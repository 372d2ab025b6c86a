package org.masthead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Masthead: publishing, reader funding and discussion for an independent newsroom, in one program.
 */
@SpringBootApplication
@EnableScheduling
public class MastheadApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MastheadApplication.class);
        if (java.util.Arrays.asList(args).contains("create-owner")) {
            // A one-off command: no web server, exit when done.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
