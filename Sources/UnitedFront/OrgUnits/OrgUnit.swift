/// An org unit as a read returns it: id, record and the day it was established, current or as of a date.
@dynamicMemberLookup
public struct OrgUnit: Identifiable, Hashable, Sendable {
    /// The register's id.
    public let id: OrgUnitID
    /// Name, kind, parent and region.
    public let record: OrgUnitRecord
    /// The effective date the unit was established in the register.
    public let establishedOn: LocalDate
    /// The kind's Chinese name: 街道.
    public let kindName: String

    /// Reads a field of ``record``.
    public subscript<Value>(dynamicMember keyPath: KeyPath<OrgUnitRecord, Value>) -> Value {
        record[keyPath: keyPath]
    }
}
