// The hazlab side of scripts/bench/duckdb-side-by-side.sh: load the incident file with the DSL word and count by
// month x product code x event type (DuckDB runs the same GROUP BY).
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

def file = param('file', 'target/bench/incidents-1m.csv')
def reports = incidents(file)
def counts = reports.countBy('month', 'product_code', 'event_type')
println "hazlab: ${reports.rowCount()} rows, ${counts.rowCount()} groups"
