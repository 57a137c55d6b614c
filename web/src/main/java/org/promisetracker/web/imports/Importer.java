package org.promisetracker.web.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.promisetracker.api.Rejection;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.FindPlanContents;
import org.promisetracker.api.view.PlanContents;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.web.api.Commands;
import org.promisetracker.web.api.Queries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports a file into a plan: reads it ({@link SpreadsheetReader}), matches it against the plan as
 * recorded ({@link PlanImport}) and, when asked and nothing is wrong, sends its commands one by one
 * through the same gateway as the API, as the signed-in user. With any problem nothing is sent.
 * <p>
 * The plan is read after the read model has caught up with every event stored so far, so a file
 * imported twice in a row matches the first import's items instead of sending them again; one import
 * runs per plan at a time across all nodes ({@link ImportLocks}), so two clicks on "Import" cannot
 * both send the history.
 */
@Component
public class Importer {

    /** How long to wait for the read model to show what is stored before matching against it. */
    private static final long READ_WAIT_MILLIS = 5_000;

    private static final long READ_QUEUE_SECONDS = 30;

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final ImportLocks locks;
    private final Semaphore reading = new Semaphore(1);

    Importer(Queries queries, Commands commands, Clock clock, ImportLocks locks) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * What the import did, or would do on a dry run. {@code refused} is the row whose command was
     * refused half-way through a real import (someone changed the plan at the same moment): the rows
     * before it were imported, and sending the same file again imports the rest.
     */
    public record Result(
            boolean dryRun,
            List<PlanImport.SheetCount> sheets,
            int created,
            List<ImportProblem> problems,
            List<ImportProblem> notices,
            List<PlanImport.Row> rows,
            ImportProblem refused) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** @throws UnreadableFile when the bytes are not a workbook (or CSV) that can be read at all */
    public Result run(String planId, byte[] file, ImportSheet csvSheet, boolean dryRun) {
        ImportFile read = read(file, csvSheet);
        if (dryRun) {
            return result(true, match(planId, read), read, 0, null);
        }
        ImportLocks.Held lock = locks.tryLock(planId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "Another import into this plan is under way; try again when it has finished."));
        try {
            PlanImport matched = match(planId, read);
            if (!matched.problems().isEmpty()) {
                return result(false, matched, read, 0, null);
            }
            int created = 0;
            for (PlanImport.Step step : matched.steps()) {
                Optional<ImportProblem> refused = send(step);
                if (refused.isPresent()) {
                    return result(false, matched, read, created, refused.get());
                }
                created++;
            }
            return result(false, matched, read, created, null);
        } finally {
            lock.close();
        }
    }

    /**
     * One file read at a time on this node: the largest file the reader accepts needs up to about
     * 190 MiB of heap while it is read (measured, see ZipCheck), so two at once would take most of
     * the service's 512 MiB. A second waits its turn, up to {@link #READ_QUEUE_SECONDS}, then is a 503.
     */
    private ImportFile read(byte[] file, ImportSheet csvSheet) {
        try {
            if (!reading.tryAcquire(READ_QUEUE_SECONDS, TimeUnit.SECONDS)) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Another file is being read just now; send this one again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The service is stopping.");
        }
        try {
            return SpreadsheetReader.read(file, csvSheet);
        } finally {
            reading.release();
        }
    }

    private PlanImport match(String planId, ImportFile read) {
        awaitReadModel();
        PlanContents plan =
                queries.one(new FindPlanContents(planId), PlanContents.class, "There is no plan " + planId + ".");
        return PlanImport.of(read, plan, clock);
    }

    private Optional<ImportProblem> send(PlanImport.Step step) {
        try {
            commands.send(step.command());
            return Optional.empty();
        } catch (CommandExecutionException e) {
            Optional<Rejection> rejection =
                    e.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
            if (rejection.isEmpty()) {
                throw e; // an outage: the API's own answer (503), and the same file can be sent again
            }
            return Optional.of(new ImportProblem(
                    step.sheet().title(),
                    step.row(),
                    null,
                    "refused as this row was imported: " + rejection.get().message()
                            + " The rows before it were imported; import the same file again to add the rest."));
        }
    }

    private void awaitReadModel() {
        ReadModelCaughtUp answer = queries.one(
                new AwaitReadModel(READ_WAIT_MILLIS), ReadModelCaughtUp.class, "The read side did not answer.");
        if (!answer.caughtUp()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The plan's latest changes are not readable yet, so the file cannot be matched against them; try"
                            + " again in a moment.");
        }
    }

    private static Result result(
            boolean dryRun, PlanImport matched, ImportFile read, int created, ImportProblem refused) {
        List<ImportProblem> problems = new ArrayList<>(matched.problems());
        return new Result(dryRun, matched.counts(), created, problems, read.notices(), matched.rows(), refused);
    }
}
