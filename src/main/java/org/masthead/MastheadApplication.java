package org.masthead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Masthead: publishing, reader funding and discussion for an independent newsroom, in one program.
 */
@SpringBootApplication
@EnableScheduling
public class MastheadApplication {

    public static void main(String[] args) {
        SpringApplication.run(MastheadApplication.class, args);
    }
}
