/// The cadre ladders: 职务层次 (GB/T 12407, ``CadreRank``) and 职级 (the 2019 civil-service grades,
/// ``CivilServiceGrade``), compared on one ladder so that "副科级以上" means the same for either.
extension CodeCatalog {
    /// The 职务层次 a 职级 corresponds to under the 2019 公务员职务与职级并行规定 (四级主任科员 → 乡科级副职);
    /// nil for a grade the list does not know.
    public func cadreRank(equivalentTo grade: CivilServiceGrade) -> CadreRank? {
        code(grade)?.parent.map(CadreRank.init(rawValue:))
    }

    /// Whether `rank` is at or above `floor` on the 职务层次 ladder: "副科级以上" is
    /// `isAtLeast(rank, .deputySection)`. False when either is not on the ladder.
    public func isAtLeast(_ rank: CadreRank, _ floor: CadreRank) -> Bool {
        guard let position = code(rank)?.position, let floorPosition = code(floor)?.position else { return false }
        return position >= floorPosition
    }

    /// The level a record holds on the 职务层次 ladder: its 职务层次, or else the one its 职级 corresponds to.
    public func cadreLevel(of record: MemberRecord) -> CadreRank? {
        if let rank = record.rank { return code(rank).map { CadreRank(rawValue: $0.code) } }
        return record.grade.flatMap(cadreRank(equivalentTo:))
    }
}
