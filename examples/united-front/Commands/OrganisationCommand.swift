import ArgumentParser
import UnitedFront

/// `united-front organisation add|change|end|list|members|enterprises|chambers`: 工商联, 商会, 新联会 ….
struct OrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation",
        abstract: "Register an organisation (工商联, 商会, 新联会, 侨联 …), change or end it, list them, their members and enterprises.",
        discussion: """
            Kinds take a name or code: 工商联, 商会, 异地商会, 行业商会, 乡镇商会, 新联会, 侨联, 欧美同学会, 其他. --area is \
            the org unit it covers (a 乡镇商会's 街道), which decides `organisation chambers --covering`. Terms \
            (届次) are `term` records; members' seats `seat`; enterprises' memberships `membership`. An \
            organisation's end takes its terms, seats and memberships with it.
            """,
        subcommands: [OrganisationAddCommand.self, OrganisationChangeCommand.self, OrganisationEndCommand.self,
                      OrganisationListCommand.self, OrganisationMembersCommand.self, OrganisationEnterprisesCommand.self,
                      OrganisationChambersCommand.self]
    )
}

/// `ORGANISATION-ID`: the organisation a command is about.
struct OrganisationArgument: ParsableArguments {
    /// The organisation's id.
    @Argument(help: "The organisation's id (see `organisation list`).", transform: ArgumentValues.recordID("organisation"))
    var id: OrganisationID
}

/// The values of an organisation: `organisation add` needs --name and --kind; `organisation change`
/// takes any.
struct OrganisationFieldOptions: ParsableArguments {
    /// 名称.
    @Option(help: "名称 (新城区工商联).") var name: String?
    /// 类型.
    @Option(help: "类型: 工商联, 商会, 异地商会, 行业商会, 乡镇商会, 新联会, 侨联, 欧美同学会, 其他.") var kind: OrganisationKind?
    /// The organisation above it.
    @Option(help: "The id of the organisation it belongs under (a 商会's 工商联).", transform: ArgumentValues.recordID("parent"))
    var parent: OrganisationID?
    /// The org unit whose area it covers.
    @Option(help: "The id of the org unit whose area it covers (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var area: OrgUnitID?
    /// The org unit that works with it.
    @Option(help: "The id of the org unit that works with it (its 统战部).", transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?

    /// Whether any value is given.
    var isEmpty: Bool { name == nil && kind == nil && parent == nil && area == nil && orgUnit == nil }

    /// Writes the given values into `record`.
    func apply(to record: inout OrganisationRecord) {
        if let name { record.name = name }
        if let kind { record.kind = kind }
        if let parent { record.parent = parent }
        if let area { record.area = area }
        if let orgUnit { record.orgUnit = orgUnit }
    }
}
