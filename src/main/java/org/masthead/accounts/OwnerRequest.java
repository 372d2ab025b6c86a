package org.masthead.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * What {@code java -jar masthead.jar create-owner --email=… --name=…} was given, with the password,
 * checked before the application starts: the password is asked for at once rather than after the
 * seconds the application takes to start, and a mistake in what was typed is answered in a moment.
 * Only what the database knows (whether the site has an owner already) waits for it
 * ({@link CreateOwnerCommand}).
 * The password is read from the terminal, or from standard input when piped, never from the command
 * line (where other users of the machine could read it in the process list).
 */
public final class OwnerRequest {

    static final String COMMAND = "create-owner";

    private final String email;
    private final String name;
    private final String password;

    private OwnerRequest(String email, String name, String password) {
        this.email = email;
        this.name = name;
        this.password = password;
    }

    /** Whether the command line asks for the owner to be created. */
    public static boolean isAsked(String... args) {
        return Arrays.asList(args).contains(COMMAND);
    }

    /**
     * Reads the request and the password, or says in one line on standard error why it cannot
     * become an owner and gives null: a person at a terminal needs the reason, not a stack trace.
     */
    public static OwnerRequest read(String... args) {
        try {
            ApplicationArguments arguments = new DefaultApplicationArguments(args);
            String email = Credentials.email(single(arguments, "email"));
            String name = Credentials.displayName(arguments.containsOption("name") ? single(arguments, "name")
                    : email.substring(0, Math.max(1, email.indexOf('@'))));
            String password = typedPassword();
            Credentials.password(password, email);
            return new OwnerRequest(email, name, password);
        }
        catch (AccountProblem | IllegalArgumentException problem) {
            sayWhyNot(problem);
            return null;
        }
    }

    static void sayWhyNot(RuntimeException problem) {
        System.err.println(COMMAND + ": " + problem.getMessage());
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String password() {
        return password;
    }

    /** Never the password, wherever a request is printed. */
    @Override
    public String toString() {
        return "OwnerRequest[" + email + "]";
    }

    private static String single(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("Give exactly one --" + option + "=… to " + COMMAND + ".");
        }
        return values.get(0);
    }

    private static String typedPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the owner: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
