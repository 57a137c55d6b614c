package org.promisetracker.query.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of projection work under a savepoint of the batch's transaction, so that when it
 * fails PostgreSQL can go on with the rest of the batch: without one, the first failed statement
 * aborts the whole transaction, and every event after it would fail too.
 * <p>
 * On the transaction's own JDBC connection, which Spring binds to the data source for the batch,
 * rather than through a nested Spring transaction, which the transaction manager refuses.
 */
@Component
class Savepoints {

    private final DataSource dataSource;

    Savepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void run(Runnable work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = savepoint(connection);
            try {
                work.run();
            } catch (RuntimeException | Error failure) {
                rollBack(connection, savepoint, failure);
                throw failure;
            }
            release(connection, savepoint);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.getAutoCommit() ? null : connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a savepoint", e);
        }
    }

    private static void rollBack(Connection connection, Savepoint savepoint, Throwable failure) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release a savepoint", e);
        }
    }
}
