import ArgumentParser
import UnitedFront

/// `united-front post add|change|end|list`: a member's posts (职务), from 任职 to 免职.
struct PostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Add a post (职务) a member holds, change or end it, or list a member's posts.",
        discussion: """
            A member may hold several posts at once (兼职). The member's 职务 and 职务层次 follow their \
            posts: the principal post in force (a 领导职务 first, then the highest 职务层次). Ranks and grades \
            take a code, a name or an alias: 副科, 乡科级副职 or 142; 四级主任科员. Every change is dated \
            (--effective) and kept.
            """,
        subcommands: [PostAddCommand.self, PostChangeCommand.self, PostEndCommand.self, PostListCommand.self]
    )
}

/// `POST-ID`: the post a command is about, by the id `post add` and `post list` print.
struct PostArgument: ParsableArguments {
    /// The post's id.
    @Argument(help: "The post's id (see `post list`).", transform: ArgumentValues.recordID("post"))
    var id: PostID
}

/// The values of a post: `post add` needs --title and --unit (or --org-unit); `post change` takes any.
struct PostFieldOptions: ParsableArguments {
    /// 任职单位.
    @Option(help: "任职单位, as written (锡林浩特市教育局); default the --org-unit's name.") var unit: String?
    /// The org unit the post is in.
    @Option(help: "The id of the org unit the post is in (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?
    /// 职务名称.
    @Option(help: "职务名称 (副局长).") var title: String?
    /// 职务层次.
    @Option(help: "职务层次: 副科, 乡科级副职, 142 … (an empty value clears it).") var rank: CadreRank?
    /// 职级.
    @Option(help: "职级: 四级主任科员, 一级调研员 … (an empty value clears it).") var grade: CivilServiceGrade?
    /// 领导职务.
    @Flag(inversion: .prefixedNo, help: "Whether it is a 领导职务 (default: not).") var leadership: Bool?
    /// 任职文号.
    @Option(help: "任职文号 (锡党干字〔2021〕15号).") var document: String?
    /// 任免机关.
    @Option(help: "任免机关 (中共锡林浩特市委).") var authority: String?

    /// Whether any value is given.
    var isEmpty: Bool {
        unit == nil && orgUnit == nil && title == nil && rank == nil && grade == nil && leadership == nil
            && document == nil && authority == nil
    }

    /// Writes the given values into `post`; an empty value clears an optional one. A new --org-unit
    /// without --unit names the post's unit after the org unit.
    func apply(to post: inout PostRecord) {
        if let orgUnit {
            post.orgUnit = orgUnit
            if unit == nil { post.unit = "" }
        }
        if let unit { post.unit = unit }
        if let title { post.title = title }
        if let rank { post.rank = rank.rawValue.isEmpty ? nil : rank }
        if let grade { post.grade = grade.rawValue.isEmpty ? nil : grade }
        if let leadership { post.isLeadership = leadership }
        if let document { post.appointmentDocument = document.isEmpty ? nil : document }
        if let authority { post.appointingAuthority = authority.isEmpty ? nil : authority }
    }
}
