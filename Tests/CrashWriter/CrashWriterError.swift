/// An error no write should give: the writer prints `fail` and exits.
struct CrashWriterError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
