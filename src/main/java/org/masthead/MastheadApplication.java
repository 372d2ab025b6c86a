package org.masthead;

import org.masthead.accounts.OwnerRequest;
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
        if (OwnerRequest.isAsked(args)) {
            // A one-off command, whose arguments and password are checked first: no web server, and the
            // process ends with the command.
            OwnerRequest request = OwnerRequest.read(args);
            if (request == null) {
                System.exit(1);
                return;
            }
            application.setWebApplicationType(WebApplicationType.NONE);
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("ownerRequest", request));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
