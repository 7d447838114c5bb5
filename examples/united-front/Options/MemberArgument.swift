import ArgumentParser
import UnitedFront

/// `ID`: the member a command is about, by the id `add` and `list` print.
struct MemberArgument: ParsableArguments {
    /// The member's id.
    @Argument(help: "The member's id.", transform: ArgumentValues.memberID)
    var id: MemberID
}
