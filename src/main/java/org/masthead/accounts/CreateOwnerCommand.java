package org.masthead.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar masthead.jar create-owner --email=… --name=…}: creates the first owner from the
 * command line, for servers where nobody opens {@code /setup} in a browser. The password is read
 * from the terminal, or from standard input when piped, never from the command line (where other
 * users of the machine could read it in the process list).
 */
@Component
class CreateOwnerCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "create-owner";

    private final Accounts accounts;
    private volatile int exitCode;

    CreateOwnerCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Creates the owner, or says in one line on standard error why not and ends with exit code 1:
     * a person at a terminal needs the reason, not a stack trace.
     */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!args.getNonOptionArgs().contains(NAME)) {
            return;
        }
        try {
            String email = single(args, "email");
            String name = args.containsOption("name") ? single(args, "name")
                    : email.substring(0, Math.max(1, email.indexOf('@')));
            Member owner = accounts.createOwner(email, name, password());
            System.out.println("Created owner " + owner.email() + ". Sign in at /signin.");
        }
        catch (AccountProblem | IllegalArgumentException problem) {
            System.err.println(NAME + ": " + problem.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String single(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("Give exactly one --" + option + "=… to " + NAME + ".");
        }
        return values.get(0);
    }

    private static String password() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the owner: ");
            return typed == null ? "" : new String(typed);
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
    }
}
