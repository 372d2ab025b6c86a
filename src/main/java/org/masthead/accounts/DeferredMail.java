package org.masthead.accounts;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Mail whose sending must not show in the answer's timing: whether a reset link goes out depends on
 * whether the address has an account, and a page that took longer for real addresses would say so.
 * The request is answered at once; the looking up, writing and queueing happen here, one at a time,
 * retried while the database is too busy to take them.
 */
@Component
class DeferredMail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeferredMail.class);
    private static final int ATTEMPTS = 5;

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(2_000), work -> {
                Thread thread = new Thread(work, "deferred-mail");
                thread.setDaemon(true);
                return thread;
            });

    void run(Runnable errand) {
        try {
            worker.execute(() -> attempt(errand));
        }
        catch (RejectedExecutionException full) {
            // Only a flood past every per-client limit fills the queue; its mail is what is dropped.
            log.warn("Deferred mail queue is full; a message was not sent");
        }
    }

    private static void attempt(Runnable errand) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                errand.run();
                return;
            }
            catch (CannotCreateTransactionException | TransientDataAccessException
                    | DataAccessResourceFailureException busy) {
                sleep(attempt * 500L);
            }
            catch (RuntimeException e) {
                log.error("Deferred mail failed", e);
                return;
            }
        }
        log.error("Deferred mail gave up: the database stayed busy");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
