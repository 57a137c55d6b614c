package org.promisetracker.web.imports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One import per plan at a time, whichever web node runs it: a PostgreSQL session advisory lock on a
 * connection of its own (not the thread's transaction, which the import's commands must not join),
 * released when the import ends, or by PostgreSQL when the connection or the node dies. A connection
 * whose unlock fails is aborted, not returned to the pool with the lock still held. Two imports
 * of one file at once would otherwise both find its history missing and both send it.
 */
@Component
class ImportLocks {

    private final DataSource dataSource;

    ImportLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The plan's lock, held until closed; empty when another import of the plan holds it. */
    Optional<Held> tryLock(String planId) {
        long key = key(planId);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                return Optional.of(new Held(connection, key));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Could not take the plan's import lock", e);
        }
    }

    /** A held lock; closing it unlocks and returns the connection. */
    static final class Held implements AutoCloseable {

        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            boolean unlocked = false;
            try {
                unlocked = call(connection, "SELECT pg_advisory_unlock(?)", key);
            } catch (SQLException e) {
                // below: the session must end, and PostgreSQL releases the lock with it
            }
            if (!unlocked) {
                // a pooled connection would keep its session, and the lock, for the next borrower
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException e) {
                    // it is broken already; the pool drops it
                }
            }
            closeQuietly(connection);
        }
    }

    /** 64 bits of the plan id's SHA-256, in a key space of its own ("import" is hashed in too). */
    private static long key(String planId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("promise-tracker import " + planId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to release
        }
    }
}
