// Runs Neo4j Community in this JVM with only the Bolt connector, for `npm start` (on 127.0.0.1) and for the local
// container image (on 0.0.0.0). Java 17 runs this single file directly: java -cp 'lib/*' Launcher.java
//
// Configuration, all from the environment so the container image and the Node launcher share one contract:
//   NEO4J_HOME_DIR       where databases, transaction logs and logs live (created if missing)      default ./neo4j-home
//   NEO4J_BOLT_ADDRESS   the Bolt listen address                                                    default 127.0.0.1
//   NEO4J_BOLT_PORT      the Bolt port                                                              default 7687
//   NEO4J_AUTH           "neo4j/<password>" (as the official image) or "none"                       default none
//   NEO4J_PAGECACHE      page cache size, e.g. 256m                                                  default 256m
//   NEO4J_EXIT_ON_EOF    "true": stop when standard input closes, so the JVM dies with the Node process that
//                        started it even if that process is killed without a chance to clean up    default false
// Prints "Started." on stdout once Bolt answers, as the official image does: testcontainers waits for that line.
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_HOME_DIR", "neo4j-home")).toAbsolutePath();
        String address = env("NEO4J_BOLT_ADDRESS", "127.0.0.1");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String auth = env("NEO4J_AUTH", "none");
        boolean authEnabled = !auth.equals("none");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(address.equals("0.0.0.0") ? "localhost" : address, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "256m")))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // The search index is eventually consistent (cypher/schema/create-fulltext-search.cypher). By default
                // Lucene reopens its reader after every transaction it applies: a new segment per article, merged
                // again and again, about a quarter of Neo4j's CPU while loading. Once a second is plenty for a
                // search index nobody waits on; whoever must see a load at once (the loader, the ingest API) calls
                // db.index.fulltext.awaitEventuallyConsistentIndexRefresh(), which still refreshes immediately.
                .setConfig(FulltextSettings.eventually_consistent_refresh_interval, Duration.ofSeconds(1))
                // Bolt otherwise waits 2 x 5 s for idle connections at shutdown, past `podman stop`'s 10 s grace:
                // the store is already checkpointed by then, so half a second is plenty.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (env("NEO4J_EXIT_ON_EOF", "false").equals("true")) exitOnEndOfInput();
        if (authEnabled) setPassword(dbms, auth);
        waitForBolt(address.equals("0.0.0.0") ? "127.0.0.1" : address, port);
        System.out.println("Bolt enabled on " + address + ":" + port + ".");
        System.out.println("Started.");
        System.out.flush();
        stopped.await();
    }

    // The official image reads NEO4J_AUTH=neo4j/<password>; do the same so one test setup serves both images.
    private static void setPassword(DatabaseManagementService dbms, String auth) {
        String[] parts = auth.split("/", 2);
        if (parts.length != 2 || !parts[0].equals("neo4j") || parts[1].length() < 8) {
            throw new IllegalArgumentException("NEO4J_AUTH must be neo4j/<password of 8 or more characters> or none");
        }
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", parts[1]));
        } catch (RuntimeException error) {
            // A restart on kept data with the same password: Neo4j refuses to "change" it to itself, and that is fine.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
        }
    }

    private static void exitOnEndOfInput() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* the parent never writes; we only wait for the end */ }
            } catch (Exception ignored) {
                // a broken pipe means the parent is gone too
            }
            System.exit(0); // runs the shutdown hook, which stops the DBMS cleanly
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void waitForBolt(String host, int port) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt did not open on " + host + ":" + port);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
