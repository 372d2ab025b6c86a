package org.masthead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a test application at a database of its own: a fresh SQLite file, or a fresh PostgreSQL
 * database on the local server that is dropped when the test JVM ends. Which one is chosen by the
 * {@code masthead.test.database} system property; the build runs every database test once with each.
 * Mail goes to the run's {@link TestMailServer}, and Stripe's API calls to its {@link StripeStandIn}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "masthead.test.database";
    public static final String POSTGRES_SERVER = System.getProperty("masthead.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String POSTGRES_USER = System.getProperty("masthead.test.postgres.user", "postgres");

    public static String kind() {
        return System.getProperty(PROPERTY, "sqlite");
    }

    public static boolean isPostgres() {
        return kind().equals("postgresql");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = newDataDirectory();
        String url;
        if (isPostgres()) {
            String name = "masthead_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            url = POSTGRES_SERVER + name;
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.username=" + POSTGRES_USER, "spring.datasource.password=");
        }
        else {
            url = "jdbc:sqlite:" + dataDir.resolve("masthead.db")
                    + "?journal_mode=WAL&foreign_keys=true&busy_timeout=5000&synchronous=NORMAL&transaction_mode=IMMEDIATE";
        }
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.datasource.url=" + url,
                "masthead.data-dir=" + dataDir,
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailServer.port(),
                "masthead.stripe.secret-key=" + StripeStandIn.SECRET_KEY,
                "masthead.stripe.webhook-secret=" + StripeStandIn.WEBHOOK_SECRET,
                "masthead.stripe.api-base=" + StripeStandIn.base(),
                "masthead.stripe.checkout-origin=" + StripeStandIn.base());
    }

    private static Path newDataDirectory() {
        try {
            Path root = Path.of("target", "test-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), kind() + "-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a statement against the server's maintenance database. */
    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_SERVER + " refused: " + sql, e);
        }
    }

    /** Whether the PostgreSQL server answers at all. */
    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "")) {
            return connection.isValid(2);
        }
        catch (SQLException e) {
            return false;
        }
    }
}
