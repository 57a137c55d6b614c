package org.promisetracker.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.TransactionSuspensionNotSupportedException;

/**
 * Whether a failure means the database cannot be reached (so trying again shortly is the answer), not
 * that the work itself is wrong. The failure arrives wrapped in whatever layers it crossed (Axon's
 * command and query wrappers, its event store, JPA and Hibernate, Spring's transaction and JDBC
 * translation), so the whole cause chain is read, and what decides is the driver's own word: a
 * connection-class SQLState, a refused connection or the pool giving up waiting.
 */
public final class DatabaseOutages {

    private static final int MAX_DEPTH = 64;

    private DatabaseOutages() {}

    public static boolean isUnreachable(Throwable failure) {
        return isUnreachable(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isUnreachable(Throwable failure, Set<Throwable> seen) {
        for (Throwable cause = failure;
                cause != null && seen.size() < MAX_DEPTH && seen.add(cause);
                cause = cause.getCause()) {
            if (isUnreachableItself(cause)) {
                return true;
            }
            // a rollback that failed after the connection broke is thrown with the first failure suppressed
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isUnreachable(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUnreachableItself(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByThePool(sql))) {
            return true;
        }
        if (cause instanceof CannotCreateTransactionException) {
            // these two say the transaction manager cannot do what was asked, not that the database is away
            return !(cause instanceof NestedTransactionNotSupportedException
                    || cause instanceof TransactionSuspensionNotSupportedException);
        }
        // includes CannotGetJdbcConnectionException, and what Spring makes of SQLState 08 and 53/57
        return cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || "org.hibernate.exception.JDBCConnectionException"
                        .equals(cause.getClass().getName());
    }

    /**
     * HikariCP closes a connection the database dropped under a transaction, and the transaction's next
     * statement then fails with its own exception, which carries no SQLState: its message is all there is.
     */
    private static boolean isClosedByThePool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * Class 08 is "connection exception"; 57P01-57P03 are PostgreSQL's admin shutdown, crash shutdown
     * and "cannot connect now" (starting up or in recovery).
     */
    static boolean isConnectionState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }

    /** One line for the log: during an outage every request fails alike, and a stack trace each would bury the rest. */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }
}
