package cn.ggw.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server from the zonky binaries, with the application's own
 * non-superuser role and database, for the tests ({@code ./ggw run} runs the same binaries without a JVM).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String ROLE = "ggw";
    public static final String PASSWORD = "ggw";
    public static final String DATABASE = "ggw";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirOrNull a directory that keeps the data between starts, or null for a throw-away one
     * @param port          a fixed port, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDirOrNull, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    // Error details quote row values (ID numbers, phones): the server log keeps only the message.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", dataDirOrNull == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", dataDirOrNull == null ? "off" : "on");
            if (dataDirOrNull != null) {
                builder.setDataDirectory(dataDirOrNull.toFile()).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.ensureApplicationDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private void ensureApplicationDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
                s.execute("create role " + ROLE + " login nosuperuser nocreatedb nocreaterole password '" + PASSWORD + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application role and database", e);
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String username() {
        return ROLE;
    }

    public String password() {
        return PASSWORD;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
