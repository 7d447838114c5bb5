extension ValidationError {
    /// The field a refused value was given for: a member field by its column name (`document_number`),
    /// or one of the other values a write takes (`category`, `tier`, `since`, `recorded_at` …); for sheets
    /// the importer may name a column of its own.
    ///
    /// Match it like a code: `catch let error as ValidationError where error.field == .documentNumber`.
    public struct Field: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
        CustomStringConvertible
    {
        /// The English name: the column name of a member field.
        public let rawValue: String

        /// Wraps a name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A name literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// The member field's column name.
        public init(_ field: MemberField) { self.rawValue = field.rawValue }

        /// The name.
        public var description: String { rawValue }

        /// The member field this names, if it names one.
        public var memberField: MemberField? { MemberField(rawValue: rawValue) }

        /// 姓名.
        public static let name = Field(.name)
        /// 曾用名.
        public static let formerNames = Field(.formerNames)
        /// 性别.
        public static let sex = Field(.sex)
        /// 出生日期.
        public static let birthDate = Field(.birthDate)
        /// 民族.
        public static let ethnicity = Field(.ethnicity)
        /// 籍贯.
        public static let nativePlace = Field(.nativePlace)
        /// 证件类型.
        public static let documentType = Field(.documentType)
        /// 证件签发国家.
        public static let documentCountry = Field(.documentCountry)
        /// 证件号码.
        public static let documentNumber = Field(.documentNumber)
        /// 政治面貌.
        public static let politicalStatus = Field(.politicalStatus)
        /// 学历.
        public static let education = Field(.education)
        /// 工作单位.
        public static let workUnit = Field(.workUnit)
        /// 职务.
        public static let post = Field(.post)
        /// 职务层次.
        public static let rank = Field(.rank)
        /// 职级.
        public static let grade = Field(.grade)
        /// 手机.
        public static let mobile = Field(.mobile)
        /// 电子邮箱.
        public static let email = Field(.email)
        /// 住址.
        public static let address = Field(.address)
        /// 所属区划.
        public static let region = Field(.region)
        /// 所属单位.
        public static let orgUnit = Field(.orgUnit)
        /// 宗教信仰.
        public static let religion = Field(.religion)
        /// 教职.
        public static let clergyPost = Field(.clergyPost)
        /// 宗教活动场所.
        public static let venue = Field(.venue)
        /// 备注.
        public static let notes = Field(.notes)
        /// An org unit's parent.
        public static let parent: Field = "parent"
        /// An org unit's kind.
        public static let kind: Field = "kind"
        /// A category (code, name or alias).
        public static let category: Field = "category"
        /// A tier.
        public static let tier: Field = "tier"
        /// A category source.
        public static let source: Field = "source"
        /// Why a member left a category or was archived (code list `exit_reason`).
        public static let exitReason: Field = "exit_reason"
        /// The corrected start of a membership.
        public static let since: Field = "since"
        /// An effective date.
        public static let effective: Field = "effective"
        /// A date given as text.
        public static let date: Field = "date"
        /// A workflow kind's definition.
        public static let workflowKind: Field = "workflow_kind"
        /// The state a workflow step enters.
        public static let workflowState: Field = "workflow_state"
        /// A changeset's recorded-at instant.
        public static let recordedAt: Field = "recorded_at"
    }
}
