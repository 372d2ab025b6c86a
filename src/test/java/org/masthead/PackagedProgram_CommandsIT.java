package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged program, as the README tells an operator to run it: the built jar with the
 * documented JVM settings, on a fresh data folder, on SQLite and on PostgreSQL. It must serve the
 * demo from its very first answer, say where it is and how to make an owner, and take
 * {@code create-owner} with the password on standard input — after which that password signs in —
 * and start again with everything still there, even where the language models cannot load.
 */
class PackagedProgram_CommandsIT {

    private static final Path JAR = Path.of(System.getProperty("masthead.jar", "target/masthead.jar"));
    private static final List<String> JVM_OPTIONS = Arrays.stream(System.getProperty("masthead.jvm.options",
            "--enable-native-access=ALL-UNNAMED").split("\\s+")).filter(o -> !o.isBlank()).toList();
    private static final Path WORK = Path.of("target", "packaged-program");
    private static final String PASSWORD = "a long owner's password";

    @ParameterizedTest
    @ValueSource(strings = { "sqlite", "postgresql" })
    void theJar_servesTheDemoAtOnce_andCreateOwnerWorksAsTheReadmeSays(String database) throws Exception {
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK.toAbsolutePath(), database + "-");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MASTHEAD_DATA_DIR", data.toString());
        String postgresDatabase = null;
        if (database.equals("postgresql")) {
            requirePostgres();
            postgresDatabase = "masthead_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            TestDatabase.execute("CREATE DATABASE " + postgresDatabase);
            env.put("MASTHEAD_DB_URL", TestDatabase.POSTGRES_SERVER + postgresDatabase);
            env.put("MASTHEAD_DB_USER", TestDatabase.POSTGRES_USER);
        }
        int port = freePort();
        Path log = data.resolve("server.log");
        // Stripe's keys are the newsroom's to give; this machine's, if it has any, stay out.
        env.put("MASTHEAD_STRIPE_SECRET_KEY", "");
        env.put("MASTHEAD_STRIPE_WEBHOOK_SECRET", "");
        Process server = java(env, log, "--demo", "--server.port=" + port, "--server.address=127.0.0.1");
        try {
            String first = firstAnswer(server, port, log);
            assertThat(first).as("the very first answer already shows the demo").contains("The Larkhaven Ledger")
                    .contains("/articles/harbour-wall-repairs-to-begin-next-week-after-winter-storm-damage");
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Masthead is ready at"));
            String console = Files.readString(log);
            assertThat(console).as("the language models for threats load from the jar").doesNotContain("could not be loaded");
            assertThat(console).contains("Masthead is ready at http://127.0.0.1:" + port + "/")
                    .contains("There is no owner yet: open http://127.0.0.1:" + port + "/setup")
                    .contains("create-owner --email=");
            assertThat(first).as("the demo's goal bar").contains("class=\"goal-bar\"");
            // Without Stripe's keys, online giving is off and says so, and nothing fails.
            assertThat(new Http(port).page("/support").selectFirst(".give__off").text())
                    .startsWith("Online giving is not set up yet.");
            assertThat(new Http(port).send("POST", "/stripe/webhook").statusCode()).isEqualTo(404);

            // What the command says of what was typed does not hang on the database, and comes before the
            // application starts: asked once, on SQLite.
            if (database.equals("sqlite")) {
                Result weak = run(env, "short\n", "create-owner", "--email=owner@example.org");
                assertThat(weak.exitCode()).isEqualTo(1);
                assertThat(weak.output()).contains("create-owner: Use a password of at least 10 characters.")
                        .doesNotContain("Starting MastheadApplication").doesNotContain("Exception");
                assertThat(new Http(port).get("/setup").statusCode()).as("still no owner").isEqualTo(200);
                Result unnamed = run(env, "", "create-owner");
                assertThat(unnamed.exitCode()).isEqualTo(1);
                assertThat(unnamed.output()).contains("create-owner: Give exactly one --email=… to create-owner.")
                        .doesNotContain("Starting MastheadApplication").doesNotContain("Exception");
                Result misspelt = run(env, PASSWORD + "\n", "create-owner", "--email=owner.example.org");
                assertThat(misspelt.exitCode()).isEqualTo(1);
                assertThat(misspelt.output()).contains("create-owner: Enter an email address like name@example.org.")
                        .doesNotContain("Starting MastheadApplication").doesNotContain("Exception");
            }

            Result made = run(env, PASSWORD + "\n", "create-owner", "--email=owner@example.org", "--name=Олга Власник");
            assertThat(made.exitCode()).as(made.output()).isZero();
            assertThat(made.output()).contains("Created owner owner@example.org.")
                    .as("the application starts for what needs the database").contains("Starting MastheadApplication");
            Session owner = new Session(port);
            assertThat(owner.signIn("owner@example.org", PASSWORD)).as("the new owner signs in").isTrue();
            assertThat(owner.get("/newsroom").statusCode()).isEqualTo(200);
            assertThat(owner.get("/account").body()).contains("Олга Власник");
            assertThat(new Http(port).get("/setup").statusCode()).as("setup is gone once there is an owner").isEqualTo(404);
            assertThat(uploadPhoneSizePhoto(owner)).as("a 24-megapixel photo fits the documented heap").isEqualTo(302);

            // A second owner is refused once the database says there is one: asked once, on SQLite.
            if (database.equals("sqlite")) {
                Result again = run(env, "another long password\n", "create-owner", "--email=second@example.org");
                assertThat(again.exitCode()).as(again.output()).isEqualTo(1);
                assertThat(again.output()).contains("create-owner: This site already has an owner.")
                        .doesNotContain("Exception");
            }

            // Started again as the README's production line has it, without --demo: everything is still there.
            // On SQLite, where ONNX Runtime's native library cannot load (it is told to look in an empty folder):
            // the program still starts, says why the language models are missing, and moderates with its word
            // lists, as the README promises: a guest's insult is still answered with the warning that it may be held.
            stop(server);
            port = freePort();
            Path restartLog = data.resolve("server-again.log");
            List<String> withoutModels = database.equals("sqlite")
                    ? List.of("-Donnxruntime.native.path=" + Files.createDirectories(data.resolve("no-native-libraries")))
                    : List.of();
            server = java(env, restartLog, withoutModels, "--server.port=" + port, "--server.address=127.0.0.1");
            assertThat(firstAnswer(server, port, restartLog)).contains("The Larkhaven Ledger")
                    .contains("/articles/harbour-wall-repairs-to-begin-next-week-after-winter-storm-damage");
            assertThat(new Session(port).signIn("owner@example.org", PASSWORD)).as("the owner, after a restart").isTrue();
            if (!withoutModels.isEmpty()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(restartLog).contains("Masthead is ready at"));
                assertThat(Files.readString(restartLog)).contains("The language models for threats could not be loaded, "
                        + "so comments are read by the word lists alone");
                assertThat(guestPostsAnInsult(port).body()).as("the word lists still read an insult")
                        .contains("a moderator will read it before it appears");
            }
            assertThat(Files.readString(restartLog)).doesNotContain("There is no owner yet").doesNotContain("ERROR");
        }
        finally {
            stop(server);
            if (postgresDatabase != null) {
                TestDatabase.execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
            }
        }
        assertThat(Files.readString(log)).doesNotContain("ERROR").doesNotContain("OutOfMemoryError");
    }

    /**
     * The commands launched above are the README's: its production line starts the jar with the
     * options this test starts it with (those of {@code masthead.jvm.options} in {@code pom.xml}),
     * and its {@code create-owner} line takes the options given above.
     */
    @Test
    void theReadmesJavaCommands_areTheOnesLaunchedHere() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        String jar = "-jar target/masthead.jar";
        List<String> production = readme.stream().filter(line -> line.startsWith("java -") && line.endsWith(jar)).toList();
        assertThat(production).as("the README's production line").hasSize(1);
        String options = production.get(0).substring("java".length(), production.get(0).length() - jar.length()).strip();
        assertThat(options.split("\\s+")).containsExactlyElementsOf(JVM_OPTIONS);
        assertThat(readme).contains("java " + jar + " create-owner --email=you@example.org --name=\"Your Name\"");
    }

    private record Result(int exitCode, String output) {
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    /**
     * A guest posts an insult under the demo's harbour story, after the seconds a person needs to
     * write (three, as the site asks by default): the answer that warns them it may be held.
     */
    private static HttpResponse<String> guestPostsAnInsult(int port) throws InterruptedException {
        String comments = "/articles/harbour-wall-repairs-to-begin-next-week-after-winter-storm-damage/comments";
        Session guest = new Session(port);
        guest.get(comments);
        String shown = guest.field("shown");
        Thread.sleep(3_500);
        HttpResponse<String> warned = guest.post(comments, "body", "You are a pathetic idiot and a liar, and everyone here "
                + "knows it.", "shown", shown, "name", "Guest Reader", "email", "guest@readers.example.org");
        assertThat(warned.statusCode()).as(warned.body()).isEqualTo(422);
        return warned;
    }

    /** Uploads a photo the size a phone takes (6000 × 4000) to the media library, as the newsroom's form does. */
    private static int uploadPhoneSizePhoto(Session session) {
        session.get("/newsroom/media");
        return session.upload("/newsroom/media", "file", "harbour.jpg", Session.jpeg(6000, 4000), "alt",
                "A harbour at dusk").statusCode();
    }

    /** Runs the jar to the end, with this on standard input, and says what it printed. */
    private static Result run(Map<String, String> env, String input, String... args) throws Exception {
        Path output = Files.createTempFile(WORK.toAbsolutePath(), "command-", ".log");
        Process command = java(env, output, args);
        try (OutputStream in = command.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(command.waitFor(120, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Result(command.exitValue(), Files.readString(output));
    }

    private static Process java(Map<String, String> env, Path output, String... args) throws IOException {
        return java(env, output, List.of(), args);
    }

    private static Process java(Map<String, String> env, Path output, List<String> moreJvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(moreJvmOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Asks for the front page from the moment the process starts; the first answer it gives. */
    private static String firstAnswer(Process server, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server runs: " + Files.readString(log)).isTrue();
            try {
                HttpResponse<String> answer = client.send(home, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("the first answer").isEqualTo(200);
                return answer.body();
            }
            catch (java.net.ConnectException notYet) {
                Thread.sleep(25);
            }
        }
        throw new AssertionError("The server did not answer within two minutes: " + Files.readString(log));
    }

    private static void requirePostgres() {
        if (!TestDatabase.postgresReachable()) {
            String message = "PostgreSQL is not reachable at " + TestDatabase.POSTGRES_SERVER
                    + ": the packaged program's PostgreSQL run is SKIPPED.";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message.replace("is SKIPPED", "cannot be skipped under CI"));
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
