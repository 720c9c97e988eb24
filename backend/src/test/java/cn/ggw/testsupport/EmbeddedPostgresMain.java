package cn.ggw.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL as a stand-alone process for {@code ./ggw run} and the browser tests.
 *
 * <pre>
 * java -cp backend/target/test-classes:&lt;test classpath&gt; cn.ggw.testsupport.EmbeddedPostgresMain \
 *      [--port 55432] [--data .ggw/run/pgdata]
 * </pre>
 *
 * Prints exactly one line {@code READY <jdbcUrl>} to stdout once the server accepts connections,
 * then blocks until the process is terminated (SIGTERM/SIGINT); a shutdown hook stops the server.
 * Without {@code --data} the database lives in a temporary directory and is thrown away.
 * Exit codes: 0 after a normal shutdown, 1 when the server could not start, 2 on bad arguments.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "-h", "--help" -> {
                    System.out.println("usage: EmbeddedPostgresMain [--port N] [--data DIR]");
                    return;
                }
                default -> usage("unknown argument: " + arg);
            }
        }

        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(data, port);
        } catch (Exception e) {
            System.err.println("EmbeddedPostgresMain: could not start PostgreSQL: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("EmbeddedPostgresMain: error while stopping PostgreSQL: " + e);
            } finally {
                stopped.countDown();
            }
        }, "embedded-postgres-stop"));

        System.out.println("READY " + server.jdbcUrl());
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) {
                usage("port out of range: " + s);
            }
            return p;
        } catch (NumberFormatException e) {
            usage("not a port number: " + s);
            return -1;
        }
    }

    private static void usage(String problem) {
        System.err.println("EmbeddedPostgresMain: " + problem);
        System.err.println("usage: EmbeddedPostgresMain [--port N] [--data DIR]");
        System.exit(2);
    }
}
