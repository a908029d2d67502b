// The notebook's way in, measured by scripts/bench/duckdb-side-by-side.sh: bind a workspace as the shell does
// (and as a saved session's first cell does: useWorkspace), then count its incidents by month x product code x
// event type, the same GROUP BY DuckDB runs. `incidents` is the columnar value the importers built.
import groovy.transform.BaseScript
import org.hazlab.dsl.HazlabScript
@BaseScript HazlabScript hazlab

useWorkspace param('workspace', 'target/bench/pump-1000000')
def counts = incidents.countBy('month', 'product_code', 'event_type')
println "hazlab: ${incidents.rowCount()} rows, ${counts.rowCount()} groups"
