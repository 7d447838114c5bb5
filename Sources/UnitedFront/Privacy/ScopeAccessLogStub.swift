// TEMPORARY: the access-log interface of branch `accesslog`, until it is merged. Deleted at the merge.
public struct AccessAction: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let export = AccessAction(rawValue: "export")
    public static let unmaskedRead = AccessAction(rawValue: "unmasked_read")
}
public struct AccessEvent: Sendable, Hashable {
    public var actor: String
    public var role: String
    public var purpose: DisclosurePurpose
    public var action: AccessAction
    public var fields: [MemberField]
    public var members: [MemberID]
    public var reason: String?
    public var detail: String
    public init(actor: String, role: String = "", purpose: DisclosurePurpose, action: AccessAction,
                fields: [MemberField] = [], members: [MemberID] = [], reason: String? = nil, detail: String = "") {
        (self.actor, self.role, self.purpose, self.action) = (actor, role, purpose, action)
        (self.fields, self.members, self.reason, self.detail) = (fields, members, reason, detail)
    }
}
public struct AccessLogEntry: Sendable, Hashable {
    public var id: Int64
    public var event: AccessEvent
}
nonisolated(unsafe) var scopeStubAccessLog: [AccessEvent] = []
extension Register {
    @discardableResult public func recordAccess(_ event: AccessEvent) throws -> AccessLogEntry {
        scopeStubAccessLog.append(event)
        return AccessLogEntry(id: Int64(scopeStubAccessLog.count), event: event)
    }
    public func accessLog(from: Timestamp? = nil, through: Timestamp? = nil) throws -> [AccessLogEntry] {
        scopeStubAccessLog.enumerated().map { AccessLogEntry(id: Int64($0.offset + 1), event: $0.element) }
    }
}
