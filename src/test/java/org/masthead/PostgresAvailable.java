package org.masthead;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets PostgreSQL runs skip — loudly — on a developer's machine without a server, and fails them
 * instead under CI, which must never pass without having tested PostgreSQL.
 */
class PostgresAvailable implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("runs on SQLite");
        }
        if (reachable == null) {
            reachable = TestDatabase.postgresReachable();
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.POSTGRES_SERVER);
        }
        String message = "PostgreSQL is not reachable at " + TestDatabase.POSTGRES_SERVER
                + ": PostgreSQL tests SKIPPED. Start the server to run them.";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(message.replace("SKIPPED", "cannot be skipped under CI"));
        }
        System.err.println("\n*** " + message + " ***\n");
        return ConditionEvaluationResult.disabled(message);
    }
}
