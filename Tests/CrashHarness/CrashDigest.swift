public import UnitedFront

/// What a committed changeset did, reduced to a fingerprint the writer prints with `ok` and the harness
/// computes again after the kill: proof that the change is there *with its effect*, not just its id.
///
/// A member's part is its timeline entries of that changeset (effective date, kind, every value from →
/// to, recorded when, by whom, why). The timeline comes from the append-only change log, so later writes
/// never alter an earlier changeset's entries and the digest stays valid for the life of the file. An
/// org unit's part is its name, kind, parent and establishment date (the writer never changes a unit).
/// The fingerprint is FNV-1a (64 bits) of that text: stable across processes, unlike `Hasher`.
public enum CrashDigest {
    /// The text of `changeset`'s effect on `subject`; nil when it touched nothing of it (or the subject
    /// does not exist).
    public static func effect(of changeset: Int64, on subject: CrashSubject, in snapshot: RegisterSnapshot) throws -> String? {
        switch subject {
        case .member(let id):
            let entries: [TimelineEntry]
            do {
                entries = try snapshot.timeline(of: id).filter { $0.changeset.id == changeset }
            } catch RegisterError.memberNotFound {
                return nil
            }
            return entries.isEmpty ? nil : entries.map(\.description).joined(separator: "\n")
        case .orgUnit(let id):
            guard let unit = try snapshot.orgUnit(id) else { return nil }
            return "\(unit.record.name) \(unit.record.kind.rawValue) \(unit.record.parent?.description ?? "-") \(unit.establishedOn)"
        }
    }

    /// The fingerprint of `changeset`'s effects on `subjects`, in their order: 16 hex digits. A subject
    /// it did not touch counts as the text `untouched`.
    public static func digest(of changeset: Int64, subjects: [CrashSubject], in snapshot: RegisterSnapshot) throws -> String {
        var text = ""
        for subject in subjects {
            text += "\(subject)\n\(try effect(of: changeset, on: subject, in: snapshot) ?? "untouched")\n"
        }
        return fingerprint(text)
    }

    /// FNV-1a (64 bits) of `text`'s UTF-8, as 16 lowercase hex digits.
    public static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
