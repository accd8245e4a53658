import ArgumentParser
import GraphStore

/// The `--db` option shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The graph store (SQLite file); created when missing.")
    var db: String = "./eventgraph.sqlite"

    /// Opens the store, turning a broken or foreign file into a one-line failure.
    func open() throws -> GraphStore { try Self.open(path: db) }

    /// Opens the store at `path`, turning a broken or foreign file into a one-line failure.
    static func open(path db: String) throws -> GraphStore {
        do {
            return try GraphStore(path: db)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("\(db): cannot open the store: \(error)")
        }
    }
}
