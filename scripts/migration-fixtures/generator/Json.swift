// A small JSON value with one canonical text form (keys sorted, no spaces), so that a fixture's reads are
// byte-identical when the script runs again. The test reads it back with Foundation and compares values.

indirect enum Json: Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([Json])
    case object([String: Json])

    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return Json.quote(value)
        case .array(let values): return "[" + values.map(\.text).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { Json.quote($0) + ":" + members[$0]!.text }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

func json(_ text: String?) -> Json { text.map(Json.string) ?? .null }
func json(_ value: Int64?) -> Json { value.map(Json.int) ?? .null }

/// The reads one run records: each read names its call and arguments and points at its result, and equal
/// results are stored once (a member reads the same on most dates).
struct Reads {
    private(set) var results: [Json] = []
    private var index: [Json: Int] = [:]
    private(set) var reads: [Json] = []

    mutating func add(_ read: String, _ arguments: [String: Json], _ result: Json) {
        let position: Int
        if let known = index[result] {
            position = known
        } else {
            position = results.count
            results.append(result)
            index[result] = position
        }
        var entry = arguments
        entry["read"] = .string(read)
        entry["result"] = .int(Int64(position))
        reads.append(.object(entry))
    }

    /// One read or result per line, so that a diff of two runs is readable.
    func text(header: [String: Json]) -> String {
        var lines = ["{"]
        for key in header.keys.sorted() { lines.append(Json.quote(key) + ":" + header[key]!.text + ",") }
        lines.append("\"results\":[")
        lines.append(results.map(\.text).joined(separator: ",\n"))
        lines.append("],\n\"reads\":[")
        lines.append(reads.map(\.text).joined(separator: ",\n"))
        lines.append("]}")
        return lines.joined(separator: "\n") + "\n"
    }
}
