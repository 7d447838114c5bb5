import ArgumentParser
import UnitedFront

/// `united-front arrangement add|change|end|list`: 政治安排, seats and posts in 人大, 政协 and other bodies.
struct ArrangementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrangement",
        abstract: "Add a 政治安排 (人大代表, 政协委员, 特约人员, 团体职务), change or end it, or list a member's.",
        discussion: """
            Kinds, levels and roles take a code, a name or an alias: 政协委员 or CPPCC_MEMBER; 市, 盟 or \
            MUNICIPAL; 常委 or STANDING_MEMBER. Every change is dated (--effective) and kept.
            """,
        subcommands: [ArrangementAddCommand.self, ArrangementChangeCommand.self, ArrangementEndCommand.self,
                      ArrangementListCommand.self]
    )
}

/// `ARRANGEMENT-ID`: the 政治安排 a command is about.
struct ArrangementArgument: ParsableArguments {
    /// The arrangement's id.
    @Argument(help: "The arrangement's id (see `arrangement list`).", transform: ArgumentValues.recordID("arrangement"))
    var id: ArrangementID
}

/// The values of a 政治安排: `arrangement add` needs --kind and --level; `arrangement change` takes any.
struct ArrangementFieldOptions: ParsableArguments {
    /// 类别.
    @Option(help: "类别: 人大代表, 政协委员, 特约人员 or 团体职务.") var kind: ArrangementKind?
    /// 级别.
    @Option(help: "级别: 全国, 省, 市, 县 or 乡.") var level: ArrangementLevel?
    /// The body.
    @Option(help: "The body (锡林郭勒盟政协).") var body: String?
    /// 届次.
    @Option(help: "届次 (第十四届).") var term: String?
    /// 职务 in the body.
    @Option(help: "职务 in the body: 主席, 副主席, 秘书长, 常委, 委员 (an empty value clears it).") var role: ArrangementRole?
    /// 界别.
    @Option(help: "界别, for 政协委员 (无党派人士, 经济界).") var sector: String?
    /// 文号.
    @Option(help: "文号 of the decision.") var document: String?

    /// Whether any value is given.
    var isEmpty: Bool {
        kind == nil && level == nil && body == nil && term == nil && role == nil && sector == nil && document == nil
    }

    /// Writes the given values into `arrangement`; an empty value clears an optional one.
    func apply(to arrangement: inout ArrangementRecord) {
        if let kind { arrangement.kind = kind }
        if let level { arrangement.level = level }
        if let body { arrangement.body = body.isEmpty ? nil : body }
        if let term { arrangement.term = term.isEmpty ? nil : term }
        if let role { arrangement.role = role.rawValue.isEmpty ? nil : role }
        if let sector { arrangement.sector = sector.isEmpty ? nil : sector }
        if let document { arrangement.document = document.isEmpty ? nil : document }
    }
}
