import ArgumentParser

/// `--format table|json|csv` and `--codes`: how commands that print data print it.
struct OutputOptions: ParsableArguments {
    /// The output format.
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    /// Print stored codes (`02`, `REPRESENTATIVE`) instead of their Chinese names (蒙古族, 代表人士).
    @Flag(name: .long, help: "Print codes (02, REPRESENTATIVE) instead of Chinese names for coded values.")
    var codes = false
}
