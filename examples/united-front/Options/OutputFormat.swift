import ArgumentParser

/// How a command prints data: an aligned table for people, JSON or CSV for programs.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Columns aligned by display width (CJK characters take two cells).
    case table
    /// JSON with sorted keys.
    case json
    /// CSV with Chinese headers, RFC 4180 quoting, UTF-8.
    case csv
}
