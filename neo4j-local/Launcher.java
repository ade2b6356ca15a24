// A local Neo4j Community 5.26 for development and tests: an embedded DBMS with only the Bolt
// connector, on 127.0.0.1, without auth. Run as a single-file program:
//   java -cp "$(cat cp.txt)" Launcher.java --home DIR [--port 7687] [--pagecache 256m]
// It prints one readiness line ("cio-graph-neo4j ready bolt://127.0.0.1:PORT") and shuts down
// cleanly on SIGTERM. Setting constants (not strings) are used because unknown keys abort startup.
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    String home = null;
    int port = 7687;
    long pagecache = ByteUnit.mebiBytes(256);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pagecache = ByteUnit.parse(args[++i]);
        default -> {
          System.err.println("cio-graph-neo4j: unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    if (home == null) {
      System.err.println("cio-graph-neo4j: --home DIR is required");
      System.exit(2);
    }
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(home))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("cio-graph-neo4j stopped");
      System.out.flush();
    }));
    // Touch the default database so readiness means "accepts queries", not just "started".
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("cio-graph-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
