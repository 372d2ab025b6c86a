package org.masthead.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar masthead.jar create-owner --email=… --name=…}: creates the first owner from the
 * command line, for servers where nobody opens {@code /setup} in a browser. What was typed was
 * checked before the application started ({@link OwnerRequest}); here the owner is made, unless the
 * site has one already.
 */
@Component
class CreateOwnerCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Accounts accounts;
    private final ObjectProvider<OwnerRequest> request;
    private volatile int exitCode;

    CreateOwnerCommand(Accounts accounts, ObjectProvider<OwnerRequest> request) {
        this.accounts = accounts;
        this.request = request;
    }

    /** Creates the owner, or says in one line on standard error why not and ends with exit code 1. */
    @Override
    public void run(ApplicationArguments args) {
        OwnerRequest owner = request.getIfAvailable();
        if (owner == null) {
            if (OwnerRequest.isAsked(args.getSourceArgs())) {
                // Started some other way than the jar's main class: the request was never read.
                throw new IllegalStateException(OwnerRequest.COMMAND + " runs from the jar: java -jar masthead.jar "
                        + OwnerRequest.COMMAND + " --email=…");
            }
            return;
        }
        try {
            Member made = accounts.createOwner(owner.email(), owner.name(), owner.password());
            System.out.println("Created owner " + made.email() + ". Sign in at /signin.");
        }
        catch (AccountProblem problem) {
            OwnerRequest.sayWhyNot(problem);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
