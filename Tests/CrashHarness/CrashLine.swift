/// One line the crash writer prints on stdout, and the harness reads back after killing it.
///
/// ```text
/// ready 2 17                                   seed 2 opened the register; 17 changesets in it
/// begin import-all 12 crash-2-1 new=110105…,… bad=-
/// ok 18 import-all crash-2-1 m41,m42,… 9f2c61d0a3b4e5f6
/// noop change crash-2-2
/// refused category crash-2-3 not in category 无党派人士 …
/// fail DatabaseError …
/// ```
///
/// Every write's changeset carries its tag (`crash-<seed>-<n>`) as its reason, so the harness finds it
/// after a kill. `begin` comes before the write starts; exactly one of `ok` (committed, with the
/// changeset id, the members or units it touched and their ``CrashDigest``), `noop` (committed nothing),
/// `refused` (the register refused it: nothing written) follows it once the write has returned. A line
/// is written with one `write(2)` call, so a kill never leaves half a line that parses.
public enum CrashLine: Hashable, Sendable, CustomStringConvertible {
    /// The writer opened the register (seed, changesets found).
    case ready(seed: UInt64, changesets: Int)
    /// A write is about to start: its kind, its rows (1 unless a sheet), its tag, the document numbers of
    /// the new members it registers when it commits, and the documents of rows that must never be written.
    case begin(kind: String, rows: Int, tag: String, newDocuments: [String], badDocuments: [String])
    /// The write committed as changeset `changeset`.
    case ok(changeset: Int64, kind: String, tag: String, subjects: [CrashSubject], digest: String)
    /// The write committed nothing (every value was already so).
    case noop(kind: String, tag: String)
    /// The register refused the write: nothing may be visible of it.
    case refused(kind: String, tag: String, reason: String)
    /// The writer stopped on an error no write should give.
    case fail(String)

    /// The line as printed, without its newline.
    public var description: String {
        switch self {
        case .ready(let seed, let changesets): "ready \(seed) \(changesets)"
        case .begin(let kind, let rows, let tag, let new, let bad):
            "begin \(kind) \(rows) \(tag) new=\(Self.list(new)) bad=\(Self.list(bad))"
        case .ok(let changeset, let kind, let tag, let subjects, let digest):
            "ok \(changeset) \(kind) \(tag) \(Self.list(subjects.map(\.description))) \(digest)"
        case .noop(let kind, let tag): "noop \(kind) \(tag)"
        case .refused(let kind, let tag, let reason): "refused \(kind) \(tag) \(Self.oneLine(reason))"
        case .fail(let message): "fail \(Self.oneLine(message))"
        }
    }

    /// Parses a printed line; nil for anything else (a line cut short by the kill cannot happen, but a
    /// stray line from a library would not parse).
    public init?(_ line: some StringProtocol) {
        let words = String(line).split(separator: " ").map(String.init)
        guard let head = words.first else { return nil }
        switch head {
        case "ready":
            guard words.count == 3, let seed = UInt64(words[1]), let count = Int(words[2]) else { return nil }
            self = .ready(seed: seed, changesets: count)
        case "begin":
            guard words.count == 6, let rows = Int(words[2]), words[4].hasPrefix("new="), words[5].hasPrefix("bad=") else {
                return nil
            }
            self = .begin(kind: words[1], rows: rows, tag: words[3], newDocuments: Self.items(words[4].dropFirst(4)),
                          badDocuments: Self.items(words[5].dropFirst(4)))
        case "ok":
            guard words.count == 6, let changeset = Int64(words[1]) else { return nil }
            let subjects = Self.items(Substring(words[4])).compactMap(CrashSubject.init)
            guard subjects.count == Self.items(Substring(words[4])).count else { return nil }
            self = .ok(changeset: changeset, kind: words[2], tag: words[3], subjects: subjects, digest: words[5])
        case "noop":
            guard words.count == 3 else { return nil }
            self = .noop(kind: words[1], tag: words[2])
        case "refused":
            guard words.count >= 3 else { return nil }
            self = .refused(kind: words[1], tag: words[2], reason: words.dropFirst(3).joined(separator: " "))
        case "fail":
            self = .fail(words.dropFirst().joined(separator: " "))
        default:
            return nil
        }
    }

    /// The tag of a write's line; nil for `ready` and `fail`.
    public var tag: String? {
        switch self {
        case .begin(_, _, let tag, _, _), .ok(_, _, let tag, _, _), .noop(_, let tag), .refused(_, let tag, _): tag
        case .ready, .fail: nil
        }
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ",") }

    private static func items(_ text: Substring) -> [String] {
        text == "-" ? [] : text.split(separator: ",").map(String.init)
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
