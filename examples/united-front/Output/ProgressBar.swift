import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal (so that
/// logs and pipes stay clean).
struct ProgressBar {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let label: String

    init(_ label: String) { self.label = label }

    /// Redraws the bar at `fraction` (0…1) with a trailing note such as the row count.
    func update(fraction: Double, note: String) {
        guard enabled else { return }
        let width = 30
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% \(note)\u{1B}[K".utf8))
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
