package org.promisetracker.query.projection;

/** No database in these tests: the work runs as it comes, with no savepoint around it. */
final class DirectSavepoints extends Savepoints {

    DirectSavepoints() {
        super(null);
    }

    @Override
    void run(Runnable work) {
        work.run();
    }
}
