import ArgumentParser
import GraphStore

/// The `--db` option shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The graph store (SQLite file). ingest creates it when missing; queries require it.")
    var db: String = "./eventgraph.sqlite"

    /// Opens the store for a query: read-only, and it must exist and be an EventGraph store.
    func open() throws -> GraphStore { try Self.open(path: db, access: .readOnly) }

    /// Opens the store for ingest or merge: created when missing, refused when damaged or foreign.
    func openForWriting() throws -> GraphStore { try Self.open(path: db, access: .readWrite) }

    /// Opens the store at `path`, turning a missing, broken or foreign file into a one-line failure.
    static func open(path db: String, access: GraphStore.Access) throws -> GraphStore {
        do {
            return try GraphStore(path: db, access: access)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("\(db): cannot open the store: \(error)")
        }
    }
}
