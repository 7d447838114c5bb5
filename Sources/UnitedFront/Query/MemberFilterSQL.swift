/// Compiles a ``MemberFilter`` into one SQL condition on the member history row `h` (and `m`, the
/// member), evaluated as of `date` under `knowledge`, with positional `?` parameters only.
///
/// Each leaf reads only rows visible under the knowledge and in force on the date, through the indexes
/// of the member's own rows (`*_by_member`, `*_by_record`) or, for the org-unit subtree, a recursive
/// CTE over `org_unit_history` by parent. Conditions never evaluate to NULL where it matters: `!`
/// coalesces its operand, so "not male" keeps members without a recorded sex.
struct MemberFilterSQL {
    typealias Fragment = (sql: String, arguments: [any DatabaseValueConvertible])

    let codes: CodeCatalog
    let date: LocalDate
    let knowledge: Knowledge

    /// The condition for `node`.
    func condition(_ node: MemberFilter.Node) throws -> Fragment {
        switch node {
        case .all:
            return ("1", [])
        case .and(let lhs, let rhs):
            let (l, r) = (try condition(lhs), try condition(rhs))
            return ("(\(l.sql)) AND (\(r.sql))", l.arguments + r.arguments)
        case .or(let lhs, let rhs):
            let (l, r) = (try condition(lhs), try condition(rhs))
            return ("(\(l.sql)) OR (\(r.sql))", l.arguments + r.arguments)
        case .not(let inner):
            let i = try condition(inner)
            return ("NOT coalesce((\(i.sql)), 0)", i.arguments)
        case .category(let category, let tiers, let sources):
            return try membership(category, tiers: tiers, sources: sources)
        case .under(let unit):
            return subtree(unit)
        case .region(let code):
            return try region(code)
        case .sex(let sex):
            return ("h.sex IS ?", [try codes.resolve(sex, field: .sex).rawValue])
        case .ethnicity(let values):
            return recorded("h.ethnicity", in: try values.map { try codes.resolve($0, field: .ethnicity).rawValue })
        case .minorityEthnicity:
            return ("h.ethnicity IS NOT NULL AND h.ethnicity <> ?", [Ethnicity.han.rawValue])
        case .age(let years):
            guard years.lowerBound >= 0 else {
                throw ValidationError(field: "age", value: "\(years.lowerBound)-\(years.upperBound)",
                                      reason: .malformed(expected: "an age range of whole years, not negative"))
            }
            return age(years)
        case .ageBand(let band):
            return age(try ageBand(band))
        case .education(let floor):
            return try education(atLeast: floor)
        case .politicalStatus(let values):
            return recorded("h.political_status", in: try values.map { try codes.resolve($0, field: .politicalStatus).rawValue })
        case .rank(let floor):
            return try rank(atLeast: floor)
        case .grade(let floor):
            return try grade(atLeast: floor)
        case .workflow(let kind, let states):
            return try workflow(kind, states)
        case .organisation(let organisation, let roles):
            var sql = "x.organisation = ?"
            var arguments: [any DatabaseValueConvertible] = [String(organisation.rawValue)]
            if !roles.isEmpty {
                let roles = try roles.map { try codes.resolve($0, field: "role").rawValue }
                sql += " AND x.role IN (\(Self.marks(roles.count)))"
                arguments += roles.sorted() as [any DatabaseValueConvertible]
            }
            return held("organisation_membership", (sql, arguments))
        case .enterpriseIndustry(let industry):
            return try enterprise(industry: industry)
        case .enterpriseScale(let scale):
            return enterprise(("e.scale = ?", [try codes.resolve(scale, field: "scale").rawValue]))
        case .overseasType(let types):
            let types = try types.map { try codes.resolve($0, field: "type").rawValue }
            return held("overseas", types.isEmpty ? ("1", []) : ("x.type IN (\(Self.marks(types.count)))", types.sorted()))
        case .overseasCountry(let country):
            return held("overseas", ("x.country = ?", [try codes.resolve(country, field: "country").rawValue]))
        case .engaged(let start, let end, let kinds):
            return try engaged(from: start, through: end, kinds: kinds)
        case .text(let text):
            guard !text.trimmingSpaces().isEmpty else { throw ValidationError(field: "text", value: text, reason: .missing) }
            let search = NameSearchSQL.members(matching: text)
            return ("h.member_id IN (\(search.sql))", search.arguments)
        }
    }

    // MARK: Helpers

    /// `?, ?, ?`.
    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// Visible under the knowledge and in force on the date: a row of a history table aliased `alias`.
    private func inForce(_ alias: String) -> Fragment {
        let visible = knowledge.condition(alias)
        return ("\(visible.sql) AND \(alias).valid_from <= ? AND (\(alias).valid_to IS NULL OR \(alias).valid_to > ?)",
                visible.arguments + [date, date])
    }

    /// `column` one of `values`, or recorded at all when there are none.
    private func recorded(_ column: String, in values: [String]) -> Fragment {
        values.isEmpty ? ("\(column) IS NOT NULL", [])
            : ("\(column) IN (\(Self.marks(values.count)))", values.sorted() as [any DatabaseValueConvertible])
    }

    /// A record of `kind` held by the member, in force on the date, whose history row `x` meets `condition`.
    private func held(_ kind: String, _ condition: Fragment) -> Fragment {
        let x = inForce("x")
        return ("""
            EXISTS (SELECT 1 FROM \(kind) r JOIN \(kind)_history x ON x.record_id = r.id
              WHERE r.member_id = h.member_id AND \(x.sql) AND x.status = 'active' AND \(condition.sql))
            """, x.arguments + condition.arguments)
    }

    // MARK: Leaves

    private func membership(_ category: Category?, tiers: Set<Tier>, sources: Set<CategorySource>) throws -> Fragment {
        let c = inForce("c")
        var sql = "EXISTS (SELECT 1 FROM member_category_history c WHERE c.member_id = h.member_id"
        var arguments: [any DatabaseValueConvertible] = []
        if let category {
            sql += " AND c.category = ?"
            arguments.append(try codes.resolve(category, field: .category).rawValue)
        }
        sql += " AND \(c.sql)"
        arguments += c.arguments
        if !tiers.isEmpty {
            let tiers = try tiers.map { try codes.resolve($0, field: .tier).rawValue }.sorted()
            sql += " AND c.tier IN (\(Self.marks(tiers.count)))"
            arguments += tiers as [any DatabaseValueConvertible]
        }
        if !sources.isEmpty {
            let sources = try sources.map { try codes.resolve($0, field: .source).rawValue }.sorted()
            sql += " AND c.source IN (\(Self.marks(sources.count)))"
            arguments += sources as [any DatabaseValueConvertible]
        }
        return (sql + ")", arguments)
    }

    /// The owning unit in `root`'s subtree as it stood on the date: a recursive CTE down the parent
    /// links of the units in force and not dissolved that day.
    private func subtree(_ root: OrgUnitID) -> Fragment {
        let u = inForce("u")
        return ("""
            h.org_unit IN (WITH RECURSIVE subtree(id) AS (
                SELECT CAST(u.unit_id AS TEXT) FROM org_unit_history u WHERE u.unit_id = ? AND \(u.sql) AND u.status = 'active'
                UNION
                SELECT CAST(u.unit_id AS TEXT) FROM subtree s JOIN org_unit_history u ON u.parent_id = s.id
                WHERE \(u.sql) AND u.status = 'active')
              SELECT id FROM subtree)
            """, [root as any DatabaseValueConvertible] + u.arguments + u.arguments)
    }

    /// 所属区划 in the division `code` names: a range of codes sharing its significant prefix.
    private func region(_ text: String) throws -> Fragment {
        let code = try RegionCode(text, field: .region).code
        guard let division = codes.division(containing: code) else {
            throw ValidationError(field: .region, value: text, reason: .malformed(expected: "a known GB/T 2260 division"))
        }
        let prefix: String
        if code.count > 6 {
            prefix = code
        } else {
            switch division.level {
            case .province: prefix = String(code.prefix(2))
            case .prefecture: prefix = String(code.prefix(4))
            case .county: prefix = code
            }
        }
        // ':' follows '9': every code starting with the prefix lies in [prefix, prefix + ":").
        return ("h.region >= ? AND h.region < ?", [prefix, prefix + ":"])
    }

    /// Full years on the date within `years`: born on or before the date `lower` years earlier, and
    /// after the date `upper + 1` years earlier (as text, so 29 February needs no special case).
    private func age(_ years: ClosedRange<Int>) -> Fragment {
        func shifted(_ years: Int) -> String {
            let year = max(0, date.year - min(years, 9000))
            let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
            return "\(pad(year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
        }
        // Clamped before adding one: an open-ended range (`50...Int.max`) must not overflow.
        return ("h.birth_date <= ? AND h.birth_date > ?", [shifted(years.lowerBound), shifted(min(years.upperBound, 9000) + 1)])
    }

    /// The ages of a statistics age band, by key or name.
    private func ageBand(_ text: String) throws -> ClosedRange<Int> {
        let bands = StatisticsCounter.ageBands
        let given = text.trimmingSpaces()
        guard let index = bands.firstIndex(where: { $0.key == given || $0.name == given }) else {
            throw ValidationError(field: "age_band", value: text, reason: .malformed(
                expected: "an age band: " + bands.map { "\($0.key) (\($0.name))" }.joined(separator: ", ")))
        }
        let lower = index == 0 ? 0 : bands[index - 1].upTo + 1
        return lower...min(bands[index].upTo, 1000)
    }

    private func education(atLeast floor: Education) throws -> Fragment {
        let floor = try codes.resolve(floor, field: .education)
        let list = try codes.required(.education)
        func level(_ code: Code) -> Int { Int(code.parent ?? code.code) ?? Int.max }
        guard let target = list.code(floor.rawValue).map(level) else { return ("0", []) }
        let included = list.codes.filter { level($0) <= target }.map(\.code).sorted()
        return ("h.education IN (\(Self.marks(included.count)))", included)
    }

    private func rank(atLeast floor: CadreRank) throws -> Fragment {
        let floor = try codes.resolve(floor, field: .rank)
        let ranks = try codes.required(.cadreRank).codes.map(\.code).filter { codes.isAtLeast(CadreRank(rawValue: $0), floor) }
        let grades = try codes.required(.civilServiceGrade).codes.filter { $0.parent.map(ranks.contains) ?? false }.map(\.code)
        return ("(h.rank IN (\(Self.marks(ranks.count))) OR (h.rank IS NULL AND h.grade IN (\(Self.marks(grades.count)))))",
                ranks.sorted() + grades.sorted())
    }

    private func grade(atLeast floor: CivilServiceGrade) throws -> Fragment {
        let floor = try codes.resolve(floor, field: .grade)
        let list = try codes.required(.civilServiceGrade)
        guard let position = list.code(floor.rawValue)?.position else { return ("0", []) }
        let grades = list.codes.filter { $0.position >= position }.map(\.code).sorted()
        return ("h.grade IN (\(Self.marks(grades.count)))", grades)
    }

    /// A workflow of `kind` whose latest step on or before the date (not withdrawn as known) entered one of `states`.
    private func workflow(_ kind: WorkflowKind, _ states: Set<String>) throws -> Fragment {
        let ids = try states.map { text in
            guard let state = kind.state(text) else {
                throw ValidationError(field: .workflowState, value: text, reason: .malformed(
                    expected: "a state of \(kind.name): " + kind.states.map(\.name).joined(separator: ", ")))
            }
            return state.id
        }
        guard !ids.isEmpty else { return ("0", []) }
        let w = WorkflowReader.workflowCondition(knowledge), s = knowledge.condition("s")
        return ("""
            EXISTS (SELECT 1 FROM workflow w WHERE w.member_id = h.member_id AND w.kind = ? AND \(w.sql)
              AND (SELECT s.state FROM workflow_step s WHERE s.workflow_id = w.id AND \(s.sql) AND s.effective_on <= ?
                   ORDER BY s.effective_on DESC, s.id DESC LIMIT 1) IN (\(Self.marks(Set(ids).count))))
            """, [kind.id as any DatabaseValueConvertible] + w.arguments + s.arguments + [date]
                + (Set(ids).sorted() as [any DatabaseValueConvertible]))
    }

    /// An enterprise role in force on the date in an enterprise `e` in force that day meeting `condition`.
    private func enterprise(_ condition: Fragment) -> Fragment {
        let e = inForce("e")
        return held("enterprise_role", ("""
            EXISTS (SELECT 1 FROM enterprise_history e WHERE e.record_id = CAST(x.enterprise AS INTEGER)
              AND \(e.sql) AND e.status = 'active' AND \(condition.sql))
            """, e.arguments + condition.arguments))
    }

    /// An enterprise of `industry` or, for a 门类, one of its 大类 (and anything below them).
    private func enterprise(industry: Industry) throws -> Fragment {
        let industry = try codes.resolve(industry, field: "industry")
        let list = try codes.required(.industry)
        var included: [String] = [], pending = [industry.rawValue]
        while let code = pending.popLast(), !included.contains(code) {
            included.append(code)
            pending += list.children(of: code).map(\.code)
        }
        return enterprise(("e.industry IN (\(Self.marks(included.count)))", included.sorted()))
    }

    /// A participant record naming the member, as first recorded and not withdrawn, in an engagement
    /// whose first row (its date) lies in the period and is in force.
    private func engaged(from start: LocalDate, through end: LocalDate, kinds: Set<EngagementKind>) throws -> Fragment {
        guard start <= end else {
            throw ValidationError(field: "through", value: end.iso8601, reason: .malformed(expected: "a date on or after \(start.iso8601)"))
        }
        let x = knowledge.condition("x"), x0 = knowledge.condition("x0"), e = knowledge.condition("e"), e0 = knowledge.condition("e0")
        var sql = """
            EXISTS (SELECT 1 FROM participant_history x JOIN participant p ON p.id = x.record_id
                JOIN engagement_history e ON e.record_id = p.engagement_id
              WHERE x.member = CAST(h.member_id AS TEXT) AND \(x.sql) AND x.status = 'active'
                AND NOT EXISTS (SELECT 1 FROM participant_history x0 WHERE x0.record_id = x.record_id AND \(x0.sql)
                                AND x0.valid_from < x.valid_from)
                AND \(e.sql) AND e.status = 'active' AND e.valid_from >= ? AND e.valid_from <= ?
                AND NOT EXISTS (SELECT 1 FROM engagement_history e0 WHERE e0.record_id = e.record_id AND \(e0.sql)
                                AND e0.valid_from < e.valid_from)
            """
        var arguments: [any DatabaseValueConvertible] = x.arguments + x0.arguments + e.arguments + [start, end] + e0.arguments
        if !kinds.isEmpty {
            let kinds = try kinds.map { try codes.resolve($0, field: "kind").rawValue }.sorted()
            sql += " AND e.kind IN (\(Self.marks(kinds.count)))"
            arguments += kinds as [any DatabaseValueConvertible]
        }
        return (sql + ")", arguments)
    }
}
