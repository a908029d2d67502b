package org.hazlab.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer of hazlab's incident loading in scripts/bench/duckdb-side-by-side.sh, run as its own process: DuckDB's JDBC
 * driver loads the file ({@code CREATE TABLE AS SELECT * FROM read_csv_auto}) and groups it the way the hazlab
 * script does (month of date_received x product_code x event_type). Prints the DuckDB version, the number of rows
 * and groups, and the time of load and group-by inside the process.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' org.hazlab.bench.DuckDbIncidents FILE}
 */
public final class DuckDbIncidents {

    private DuckDbIncidents() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: DuckDbIncidents INCIDENTS.csv");
            System.exit(2);
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet rs = statement.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
            statement.execute("CREATE TABLE incidents AS SELECT * FROM read_csv_auto('"
                    + args[0].replace("'", "''") + "')");
            long loaded = System.nanoTime();
            long rows;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM incidents")) {
                rs.next();
                rows = rs.getLong(1);
            }
            long groups = 0;
            try (ResultSet rs = statement.executeQuery("SELECT strftime(date_received, '%Y-%m') AS month,"
                    + " product_code, event_type, count(*) AS n FROM incidents GROUP BY ALL ORDER BY ALL")) {
                while (rs.next()) {
                    groups++;
                }
            }
            long done = System.nanoTime();
            System.out.printf("duckdb %s: %d rows, %d groups, load %d ms, group-by %d ms%n", version, rows, groups,
                    (loaded - start) / 1_000_000, (done - loaded) / 1_000_000);
        }
    }
}
