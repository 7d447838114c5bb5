/// A recorded erasure of a person's identifying values (PIPL Art. 47, 删除权): what
/// ``RegisterTransaction/erase(_:reason:)`` returns.
///
/// **What is erased**, from every row that ever held it (current record, every history row past and
/// present, superseded ones included, the change log's old and new values, the name-search index):
/// the name (replaced by ``Erasure/marker``, `已删除`: a member always has a name), former names,
/// document number, mobile, e-mail, address and notes; the notes of relations the person holds or is
/// the relative in; the introducers (other people's names) of their party memberships.
///
/// **What is kept**, so that every count, statistic, change report, cadre and work-report figure stays
/// as it was and ``Register/check(quick:progress:)`` still passes: every coded field (sex, ethnicity,
/// political status, education, rank, grade, region, religion, document type …), the org unit, the
/// dates and intervals, the birth date (age bands and ages are counted from it), 籍贯, work unit and
/// post (the change report lists their changes), and every record (posts, memberships, categories …).
/// Those are quasi-identifiers: with the name and identifiers gone the person is no longer directly
/// identifiable, but a unit with one 副局长 born on a given day still narrows them down. Erase a member
/// when the law requires it; archive them otherwise.
///
/// **Out of reach**: backups and copies made before the erasure, files exported earlier (the export
/// log and the access log say which and to whom), free text typed elsewhere (changeset reasons, workflow
/// opinions, household names and addresses, access-log details): the register cannot rewrite what it
/// does not hold or what its own hash chain protects. ``Register/erase(_:reason:by:)`` overwrites the
/// freed database pages (`PRAGMA secure_delete`) and checkpoints the write-ahead log so the old values
/// leave the file itself.
///
/// **Threading.** A value type: `Sendable`.
public struct Erasure: Hashable, Sendable {
    /// The erasure's id.
    public let id: Int64
    /// Whose values were erased.
    public let member: MemberID
    /// The changeset that recorded it: who, when and why (``Register/changesets()``).
    public let changeset: Int64
    /// Why (the request, its date and number).
    public let reason: String
    /// The member fields erased.
    public let fields: [MemberField]
    /// The access-log entry that records it (action ``AccessAction/erasure``).
    public let accessLogEntry: AccessLogEntry

    /// What an erased name reads: `已删除`.
    public static let marker = "已删除"

    /// The member fields an erasure removes: name (to ``marker``), former names, document number,
    /// mobile, e-mail, address and notes.
    public static let erasedFields: [MemberField] = [.name, .formerNames, .documentNumber, .mobile, .email, .address, .notes]
}
