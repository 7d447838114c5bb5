/// Keeping a member's 职务, 职务层次 and 职级 in step with their posts (see ``PostRecord``).
extension RegisterTransaction {
    /// Sets `member`'s post, rank and (when a post carries one) grade from `day` on to those of their
    /// principal post on each date a post begins, changes or ends.
    func followPosts(of member: MemberID, from day: LocalDate) throws {
        let history = recordHistory(PostRecord.self)
        let posts = try history.records(of: member).map { try history.rows(of: $0) }
        var days: Set<String> = [day.iso8601]
        for rows in posts { for row in rows where row.validFrom > day.iso8601 { days.insert(row.validFrom) } }
        for date in days.sorted() {
            let serving = posts.compactMap { rows -> (start: String, post: PostRecord)? in
                guard let k = FieldHistoryPlanner<PostRecord.Field>.index(of: date, in: rows) else { return nil }
                let post = PostRecord(values: rows[k].values)
                return post.isActive ? (rows[0].validFrom, post) : nil
            }
            let principal = serving.min { isPrincipal($0, over: $1) }?.post
            let grade = serving.compactMap(\.post.grade).max { position($0) < position($1) }
            try change(member, effective: try LocalDate.stored(date)) { record in
                record.post = principal?.displayTitle
                record.rank = principal?.rank
                if let grade { record.grade = grade }
            }
        }
    }

    /// The principal of two serving posts: a 领导职务 first, then the higher 职务层次, then the earlier begun.
    private func isPrincipal(_ a: (start: String, post: PostRecord), over b: (start: String, post: PostRecord)) -> Bool {
        if a.post.isLeadership != b.post.isLeadership { return a.post.isLeadership }
        let (ra, rb) = (a.post.rank.map(position) ?? 0, b.post.rank.map(position) ?? 0)
        if ra != rb { return ra > rb }
        return a.start < b.start
    }

    private func position<Value: CodedValue>(_ value: Value) -> Int { codes.code(value)?.position ?? 0 }
}
