/// The yearly work report (年度工作报告): every figure the seed report quotes, in one call.
extension RegisterSnapshot {
    /// The figures of `year`'s work report for the whole register or, when `root` is given, for the
    /// subtree below it as it stands on 31 December, as the register knew them at `knownAt` (the latest
    /// knowledge when nil; the report says which), each with the ids behind it.
    ///
    /// The figures, in report order (see ``WorkReportFigure/key``): the members of each category on 31
    /// December (`people_<category code>`); `adjusted_cadres`, `leading_cadres`, `reserve_pool` (as
    /// ``adjustedCadres(in:under:knownAt:)``, ``leadingCadres(asOf:under:knownAt:)`` and
    /// ``reservePool(asOf:under:knownAt:)`` on 31 December); `nonpartisan_recommended` (members with a 推荐
    /// step of 无党派人士认定 dated in the year, registered, not archived and in the subtree that day) and
    /// `nonpartisan_awaiting` (推荐 or 考察 on 31 December, members of the subtree that day); `forums`,
    /// `training_sessions`, `attendances`, `attendees`; `chambers` (the 商会 in force on 31 December whose
    /// area is a unit of the subtree or above it), `chamber_member_enterprises`,
    /// `federation_member_enterprises`, `enterprises_visited`, `visits`, `problems_solved`,
    /// `paired_enterprises`, `paired_villages`; `overseas_households_visited` (the engagement figures as
    /// ``engagementFigureIDs(in:under:knownAt:)`` counts them).
    /// - Throws: ``ValidationError`` (field `year`) for a year outside 1…9998;
    ///   ``RegisterError/orgUnitNotFound(_:)`` for an unknown unit and ``RegisterError/orgUnitNotActive(_:on:)``
    ///   for one that does not exist on 31 December (as known at `knownAt`).
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> WorkReport {
        try WorkReportBuilder(snapshot: self, year: year, root: root, knownAt: knownAt).report()
    }
}
