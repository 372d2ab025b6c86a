package org.masthead;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Masthead: publishing, reader funding and discussion for an independent newsroom, in one program.
 * The {@code pages} module is shared: every feature may use what pages have in common.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "pages")
public class MastheadApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MastheadApplication.class);
        if (Arrays.asList(args).contains("create-owner")) {
            // A one-off command: no web server, and the process ends with the command.
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
